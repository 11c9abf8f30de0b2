import ActorGraphModel
import Foundation
import Testing

@testable import ActorGraphExtraction

/// The extractor's tables read by bytes (2026-12-05, the tenth update pass) read what the
/// `Character`-level and Foundation calls they replaced read: each fast path against its oracle,
/// on the bundled files and on texts made to hit the edges (line ends, combining marks, dots,
/// apostrophes, non-ASCII letters).
@Suite struct SetupReadingTests {
    /// The tokenizer's normal forms, as `normalizedWords` took them before its plain path.
    static func tokenized(_ name: String) -> [String] {
        let scalars = Array(name.unicodeScalars)
        return Tokenizer.tokens(scalars, in: 0..<scalars.count).map(\.norm)
    }

    static let edgeNames = [
        "", " ", "Dar es Salaam", "  Tel   Aviv ", "Sharm el-Sheikh", "Guinea-Bissau", "A Coruna", "UK",
        "G7", "P5+1", "Mexico City (DF)", "\"Quoted\" Name", "tab\tand\rcarriage\nreturn", "a\u{0B}b\u{0C}c",
        "x,y;z", "Kafr--Dan", "E3 / EU", "U.S.", "St. Petersburg", "O'Brien", "Côte d'Ivoire", "São Tomé",
        "Zürich Airport", "Da’esh", "Ibn Saud", "bin Salman", "ALL CAPS NAME", "mixedCASE words", "1st Army",
        "\u{7F}del", "#hash tag", "name|alias", "@class", "~3", "S1", "supply.V",
    ]

    /// Every name of the bundled tables, and the edge names, normalise as the tokenizer
    /// normalises them; the plain path takes ASCII without dots and apostrophes, and only that.
    @Test func plainNamesNormaliseAsTheTokenizerDoes() throws {
        var names = Self.edgeNames
        let cities = try #require(bundledText("cities"))
        TableLines.forEach(in: cities) { names.append(TableLines.cells($0)[0]) }
        let leaders = try #require(bundledText("leaders"))
        TableLines.forEach(in: leaders) { line in
            let cells = TableLines.cells(line)
            names.append(cells[0])
            if cells.count > 2 { names += cells[2].split(separator: "|").map(String.init) }
        }
        for entry in try Lexicon.bundled().entries {
            names += [entry.name] + entry.aliases + entry.demonyms + entry.metonyms
        }
        #expect(names.count > 20_000)
        var plain = 0
        for name in names {
            #expect(Tokenizer.normalizedWords(name) == Self.tokenized(name), "\(name.debugDescription)")
            let takes = name.utf8.allSatisfy { $0 < 0x80 && $0 != UInt8(ascii: ".") && $0 != UInt8(ascii: "'") }
            #expect((Tokenizer.plainNormalizedWords(name) != nil) == takes, "\(name.debugDescription)")
            if takes { plain += 1 }
        }
        #expect(plain > names.count / 2)
    }

    static let lineEnds = ["\n", "\r\n", "\r", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}", "\n\n\r\n"]

    /// Rows with comments (one a "#" with a combining mark, no comment), empty cells, non-ASCII
    /// cells and a combining mark after a tab.
    static func rows(_ end: String) -> String {
        ["name\tactor\taliases\tyears", "# a comment", "#\u{20E3} keycap\tx", "George W. Bush\tUnited States\t\t2001",
         "Recep Tayyip Erdoğan\tTurkey\tErdogan|Erdoğan\t2014", "\tleading\ttab\t", "e\u{301}\t\u{301}mark", "Solo", "",
         "Xi Jinping\tChina\tXi\t2012"].joined(separator: end) + end
    }

    /// The tables' lines and cells by bytes are the `Character` splits' (`isNewline`, "#" as a
    /// prefix, tabs): for the bundled tables and for every line end.
    @Test func tableLinesAreTheCharacterSplits() throws {
        var texts = try ["cities", "leaders"].map { try #require(bundledText($0)) }
        texts += Self.lineEnds.map(Self.rows)
        for text in texts {
            var lines: [[String]] = []
            TableLines.forEach(in: text) { line in
                guard !TableLines.isComment(line) else { return }
                lines.append(TableLines.cells(line))
            }
            let oracle = text.split(whereSeparator: \.isNewline).filter { !$0.hasPrefix("#") }.map {
                $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            }
            #expect(lines == oracle)
        }
    }

    /// The cells, splits and searches of the rule
    /// and lexicon readers as the `Character` calls they replaced.
    @Test func bytewiseTextReadsAsCharactersRead() throws {
        var texts = try ["world", "bodies", "generic", "lemmas"].map { try #require(bundledText($0)) }
        texts.append(try #require(bundledText("relations", "rules")))
        texts += Self.lineEnds.map(Self.rows)
        texts += ["", "\n", "\r\n\r\n", "a\r", "a\rb\nc\r\nd", "x # y: z|w", "é#\u{301}:x|y"]
        for text in texts {
            for line in text.lines {
                #expect(BytewiseText.cells(line) == line.split(separator: "\t", omittingEmptySubsequences: false))
                let ascii = BytewiseText.isASCII(line)
                #expect(ascii == line.unicodeScalars.allSatisfy(\.isASCII))
                for c: Character in ["#", ":", "|", " ", "\t", "\n", "\r\n", "é"] {
                    #expect(BytewiseText.firstIndex(of: c, in: line, ascii: ascii) == line.firstIndex(of: c))
                    #expect(BytewiseText.split(line, by: c, ascii: ascii) == line.split(separator: c).map(String.init))
                }
            }
        }
        // A "#" or "|" with a combining mark is another character: not found, not split.
        let marked = Substring("a#\u{301}b|\u{301}c")
        #expect(BytewiseText.firstIndex(of: "#", in: marked, ascii: false) == nil)
        #expect(BytewiseText.split(marked, by: "|", ascii: false) == ["a#\u{301}b|\u{301}c"])
        // CR LF is one character: a search for LF alone does not find it.
        let crlf = Substring("a\r\nb")
        #expect(BytewiseText.firstIndex(of: "\n", in: crlf, ascii: true) == nil)
        #expect(BytewiseText.split(crlf, by: "\n", ascii: true) == ["a\r\nb"])
    }

    /// A template's placeholder is found, and filled, as Foundation's `contains` and
    /// `replacingOccurrences` found and filled it: for every bundled template and state, and
    /// for non-ASCII and combining-mark edges.
    @Test func placeholdersAreFoundAndFilledAsFoundationDid() throws {
        let lexicon = try Lexicon.bundled()
        var texts = lexicon.entries.flatMap { [$0.name] + $0.aliases }
        texts += ["{", "{\u{301}demonym}", "x{demonym}{demonym}y", "{demonym", "Côte {country}", "{code}-{code}", "é{country}\u{301}"]
        for text in texts {
            #expect(LexiconEntry.hasPlaceholder(text) == text.contains("{"), "\(text.debugDescription)")
        }
        let templates = texts.filter { $0.contains("{") } + ["no placeholder", "Côte d’Ivoire"]
        #expect(templates.count > 20)
        let values = lexicon.entries.filter { $0.kind == .state }.flatMap { [$0.name, $0.demonyms.first ?? $0.name, $0.code ?? ""] }
            + ["", "Ivorian", "Côte d’Ivoire", "{country}"]
        for template in templates {
            for placeholder in ["{demonym}", "{country}", "{code}"] {
                for value in values {
                    #expect(LexiconMatcher.filled(template, placeholder, value) == template.replacingOccurrences(of: placeholder, with: value))
                }
            }
        }
    }

    /// The readers that memoise kinds read each row's own: a lexicon file whose rows alternate
    /// kinds (and one with a kind no row may have) and a rule file whose rules alternate heads.
    @Test func memoisedKindsAreEachRowsOwn() throws {
        let header = LexiconFile.header.joined(separator: "\t")
        let lexicon = try LexiconFile.parse(
            [header, "state\tAtlantis\tATL", "organization\tThe Guild", "armed_group\tThe Band", "State\tLemuria\tLEM", "organization\tThe Other Guild"]
                .joined(separator: "\n"),
            source: "test.tsv")
        #expect(lexicon.entries.map(\.kind) == [.state, .organization, .armedGroup, .state, .organization])
        #expect(throws: ExtractionError.self) {
            try LexiconFile.parse([header, "state\tAtlantis", "event\tThe Summit"].joined(separator: "\n"), source: "test.tsv")
        }
        var rules = RuleSet()
        try rules.parse("backs: S supports O\nopposes: S attacks O\nbacks: S arms O\ncoordinates_with: S joins O", source: "t.rules")
        #expect(rules.rules.map(\.product) == [.relation(.backs), .relation(.opposes), .relation(.backs), .relation(.coordinatesWith)])
        var bad = RuleSet()
        #expect(throws: ExtractionError.self) { try bad.parse("backs: S supports O\nadores: S loves O\nadores: S hugs O", source: "t.rules") }
    }
}
