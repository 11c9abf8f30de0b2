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

/// The manifest's fields as the parse read them when it split every line into an array: the
/// first four, an empty one nil, more ignored, the header only as the first line.
@Suite struct ManifestFieldTests {
    @Test func fieldsAreTheFirstFourOfEachLine() throws {
        let text = [
            "file\tpublished\tsource\ttitle\textra",
            "a.txt\t2015-10-30\tWire\tTalks\tignored\tand this",
            "b.txt", "c.txt\t", "d.txt\t\tWire", "e.txt\t\t\tOnly a title", "\t2015-10-30\tno file",
            "f.txt\t2016-02-29\t\t\t", "file\t2015-10-30\tnot the header\there", "# a comment\t2015-13-45",
            "g.txt\t2015-10-30\tWire\tT\u{E9}l\u{E9}gramme \u{1F4F0}",
        ].joined(separator: "\n")
        let rows = try Manifest.parse(text, source: "manifest.tsv").rows
        typealias Row = Manifest.Row
        #expect(rows == [
            "a.txt": Row(published: "2015-10-30", source: "Wire", title: "Talks"),
            "b.txt": Row(published: nil, source: nil, title: nil),
            "c.txt": Row(published: nil, source: nil, title: nil),
            "d.txt": Row(published: nil, source: "Wire", title: nil),
            "e.txt": Row(published: nil, source: nil, title: "Only a title"),
            "f.txt": Row(published: "2016-02-29", source: nil, title: nil),
            "file": Row(published: "2015-10-30", source: "not the header", title: "here"),
            "g.txt": Row(published: "2015-10-30", source: "Wire", title: "T\u{E9}l\u{E9}gramme \u{1F4F0}"),
        ])
    }

    /// A first line that does not start with the field "file" is a row.
    @Test func aFirstLineThatIsNoHeaderIsARow() throws {
        #expect(try Manifest.parse("a.txt\t2015-10-30", source: "m").rows["a.txt"]?.published == "2015-10-30")
        #expect(try Manifest.parse("files\t2015-10-30", source: "m").rows["files"]?.published == "2015-10-30")
        #expect(try Manifest.parse("file\t2015-10-30\nb.txt", source: "m").rows.keys.sorted() == ["b.txt"])
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

/// The byte-level parse reads every manifest as the character-level one it replaced (kept here
/// as the oracle): the same rows, or an error on the same line.
@Suite struct ManifestByteParseTests {
    /// The parse before 2026-12-03's fifth update pass, a `Character` at a time.
    static func characterParse(_ text: String, source: String) throws -> [String: Manifest.Row] {
        var rows: [String: Manifest.Row] = [:]
        for (index, rawLine) in text.lines.enumerated() {
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            if line.isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            if index == 0, fields.first == "file" { continue }
            let value = { (i: Int) -> String? in i < fields.count && !fields[i].isEmpty ? fields[i] : nil }
            guard let file = value(0) else { continue }
            let published = value(1)
            if let published, SimpleDate(iso: published) == nil {
                throw ExtractionError.badManifest(
                    source: source, line: index + 1, reason: "published date “\(published)” of “\(file)” is not a calendar date written YYYY-MM-DD (year 0001 or later)")
            }
            rows[file] = Manifest.Row(published: published, source: value(2), title: value(3))
        }
        return rows
    }

    static func outcome(_ parse: () throws -> [String: Manifest.Row]) -> String {
        do {
            return try parse().sorted { $0.key < $1.key }.map { "\($0.key)|\($0.value.published ?? "-")|\($0.value.source ?? "-")|\($0.value.title ?? "-")" }.joined(separator: "\n")
        } catch {
            return "error: \(error)"
        }
    }

    static let pieces = [
        "file", "a.txt", "b.md", "é.txt", "e\u{301}.txt", "#", "#\u{20E3}", "# note", "2015-10-30", "2016-02-29", "2015-02-30",
        "Wire", "Al Jazeera", "“Talks” — 🇸🇾", "\t", "\t", "\t", "\n", "\r\n", "\r", "\n\r", "\r\r\n", " ", "",
    ]

    @Test func randomManifestsReadAsCharactersRead() {
        var state: UInt64 = 0x9E3779B97F4A7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        for _ in 0..<3_000 {
            var text = next(3) == 0 ? "file\tpublished\tsource\ttitle\n" : ""
            for _ in 0..<next(30) { text += Self.pieces[next(Self.pieces.count)] }
            let bytes = Self.outcome { try Manifest.parse(text, source: "m.tsv").rows }
            let characters = Self.outcome { try Self.characterParse(text, source: "m.tsv") }
            #expect(bytes == characters, "\(text.debugDescription)")
        }
    }

    @Test(arguments: [
        "file\tpublished\na.txt\t2015-10-30\n", "#\u{20E3}x.txt\t2015-10-30\n", "# a.txt\t2015-10-30\n",
        "a.txt\t2015-10-30\r\r\nb.txt\t2015-10-3\n", "\n\nfile\tpublished\n", "a.txt\t\t\tTitle\t\textra",
    ])
    func chosenManifestsReadAsCharactersRead(_ text: String) {
        #expect(Self.outcome { try Manifest.parse(text, source: "m.tsv").rows } == Self.outcome { try Self.characterParse(text, source: "m.tsv") })
    }
}
