import Foundation
import Testing

@testable import ActorGraphExtraction

/// The gazetteer read a byte at a time holds what the character-level reading it replaced (kept
/// here as the oracle) held: for the bundled file, and for texts with every kind of line end.
@Suite struct GazetteerTests {
    /// The reading before 2026-12-03's fifth update pass.
    static func characterRead(_ text: String) -> [String: [[String]]] {
        var names: [String: [[String]]] = [:]
        for line in text.split(whereSeparator: \.isNewline) where !line.hasPrefix("#") {
            guard let form = line.split(separator: "\t", omittingEmptySubsequences: false).first, form != "form" else { continue }
            let words = Tokenizer.normalizedWords(String(form))
            guard words.count >= 2, let first = words.first else { continue }
            names[first, default: []].append(words)
        }
        for key in names.keys { names[key]?.sort { $0.count > $1.count } }
        return names
    }

    @Test func theBundledFileReadsAsCharactersRead() throws {
        let text = try #require(bundledText("cities"))
        let names = Gazetteer(tsv: text).namesByFirstWord
        #expect(names.count > 1_000)
        #expect(names == Self.characterRead(text))
    }

    @Test(arguments: ["\n", "\r\n", "\r", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}", "\n\n\r\n"])
    func everyLineEndReadsTheSameNames(_ end: String) {
        let rows = ["form\tname\tcountry", "# a comment", "#\u{20E3} Keycap City\tx", "Dar es Salaam\tDar es Salaam\tTZA",
                    "Tel Aviv\tTel Aviv-Yafo\tISR", "Sharm el-Sheikh\tSharm\tEGY", "Oneword\tx", "São Tomé\tx", "Tel Aviv Yafo\tx", ""]
        let text = rows.joined(separator: end) + end
        let names = Gazetteer(tsv: text).namesByFirstWord
        #expect(names == Self.characterRead(text))
        #expect(names["dar"] != nil && names["oneword"] == nil)
    }

    /// A build reads the gazetteer ahead, on another core: after that the extractor finds it
    /// read (and a second call does nothing more).
    @Test func preparingReadsTheBundledGazetteer() {
        BundledTables.prepare()
        BundledTables.prepare()
        #expect(!Gazetteer.bundled.namesByFirstWord.isEmpty)
        #expect(Gazetteer.bundled.namesByFirstWord["dar"]?.contains(["dar", "es", "salaam"]) ?? false)
    }
}
