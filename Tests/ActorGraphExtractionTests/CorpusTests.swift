import Foundation
import Testing

@testable import ActorGraphExtraction

@Suite struct CorpusTests {
    @Test func aMissingFolderIsAnError() {
        #expect(throws: ExtractionError.missingFolder("/no/such/folder")) {
            try Corpus.load(folder: URL(fileURLWithPath: "/no/such/folder"))
        }
    }

    @Test func anEmptyFolderIsAnError() throws {
        let folder = try Fixture.temporaryFolder()
        #expect(throws: ExtractionError.emptyCorpus(folder.path)) { try Corpus.load(folder: folder) }
    }

    @Test func badFilesAreWarnedAboutAndTheRestIsRead() throws {
        let folder = try Fixture.temporaryFolder()
        try Data("Iran backs Hezbollah.".utf8).write(to: folder.appendingPathComponent("good.txt"))
        try Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00]).write(to: folder.appendingPathComponent("image.txt"))
        try Data([0x43, 0x61, 0x66, 0xE9, 0x20, 0x74, 0x61, 0x6C, 0x6B, 0x73]).write(to: folder.appendingPathComponent("latin1.md"))
        try Data("ignored".utf8).write(to: folder.appendingPathComponent("notes.pdf"))
        let corpus = try Corpus.load(folder: folder)
        #expect(corpus.documents.map(\.name) == ["good.txt", "latin1.md"])
        #expect(corpus.warnings.contains { $0.hasPrefix("image.txt:") && $0.contains("binary") })
        #expect(corpus.warnings.contains { $0.hasPrefix("latin1.md:") && $0.contains("UTF-8") })
    }

    @Test func aHugeOneLineFileIsSkippedWithAWarning() throws {
        let folder = try Fixture.temporaryFolder()
        try Data("Iran backs Hezbollah.".utf8).write(to: folder.appendingPathComponent("a.txt"))
        let line = String(repeating: "x", count: 50 << 20)
        try Data(line.utf8).write(to: folder.appendingPathComponent("big.txt"))
        let result = try BuildResult.build(folder: folder, lexicon: Fixture.lexicon, rules: Fixture.rules)
        #expect(result.warnings.contains { $0.hasPrefix("big.txt:") })
        #expect(result.graph.relationCount == 1)
    }

    @Test func theManifestDatesDocuments() throws {
        let folder = try Fixture.temporaryFolder()
        try Data("file\tpublished\tsource\ttitle\na.txt\t2024-02-01\tWire\tA title\n".utf8).write(to: folder.appendingPathComponent("manifest.tsv"))
        try Data("Text.".utf8).write(to: folder.appendingPathComponent("a.txt"))
        let corpus = try Corpus.load(folder: folder)
        #expect(corpus.documents.first?.published == "2024-02-01")
        #expect(corpus.documents.first?.title == "A title")
    }

    @Test func aBadManifestDateNamesTheLine() throws {
        let folder = try Fixture.temporaryFolder()
        try Data("file\tpublished\na.txt\t1 Feb 2024\n".utf8).write(to: folder.appendingPathComponent("manifest.tsv"))
        try Data("Text.".utf8).write(to: folder.appendingPathComponent("a.txt"))
        #expect(throws: ExtractionError.self) { try Corpus.load(folder: folder) }
    }
}
