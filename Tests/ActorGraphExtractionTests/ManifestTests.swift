import Foundation
import Testing

@testable import ActorGraphExtraction

@Suite struct ManifestTests {
    @Test func aCRLFManifestDatesTheDocuments() throws {
        let folder = try Fixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let manifest = "file\tpublished\tsource\ttitle\r\na.txt\t2015-10-30\tWire\tTalks\r\nb.txt\t2015-10-31\tWire\tMore talks\r\n"
        try Data(manifest.utf8).write(to: folder.appendingPathComponent("manifest.tsv"))
        try Data("Russia backs Assad.\r\n".utf8).write(to: folder.appendingPathComponent("a.txt"))
        try Data("Iran backs Assad.\r\n".utf8).write(to: folder.appendingPathComponent("b.txt"))
        let corpus = try Corpus.load(folder: folder)
        #expect(corpus.documents.map(\.published) == ["2015-10-30", "2015-10-31"])
        #expect(corpus.documents.map(\.title) == ["Talks", "More talks"])
    }

    @Test(arguments: ["\n", "\r\n", "\r"])
    func everyLineEndingReadsTheSameRows(_ end: String) throws {
        let text = ["file\tpublished\tsource\ttitle", "a.txt\t2015-10-30\tWire\tTalks", "b.txt\t2016-02-29\t\t"].joined(separator: end)
        let manifest = try Manifest.parse(text, source: "manifest.tsv")
        #expect(manifest.rows["a.txt"]?.published == "2015-10-30")
        #expect(manifest.rows["b.txt"]?.published == "2016-02-29")
    }
}

@Suite struct ManifestDateTests {
    @Test(arguments: ["0000-01-01", "+999-+1-+1", "2023-02-30", "2023-13-01", "15-10-30", "2015-1-30", "2015-10-30x", "２０１５-10-30"])
    func aPublishedDateThatIsNoCalendarDayIsAnErrorNamingFileAndRow(_ date: String) {
        let text = "file\tpublished\tsource\ttitle\na.txt\t2015-10-30\t\t\nb.txt\t\(date)\t\t\n"
        #expect {
            try Manifest.parse(text, source: "news/manifest.tsv")
        } throws: { error in
            "\(error)".hasPrefix("news/manifest.tsv:3: ") && "\(error)".contains("b.txt") && "\(error)".contains(date)
        }
    }

    @Test(arguments: ["2024-02-29", "0001-01-01", "1999-12-31"])
    func realDatesAreAccepted(_ date: String) throws {
        let manifest = try Manifest.parse("file\tpublished\na.txt\t\(date)\n", source: "manifest.tsv")
        #expect(manifest.rows["a.txt"]?.published == date)
    }
}
