import ActorGraphModel
import Foundation
import Testing

@testable import ActorGraphExtraction

/// The rule and lexicon files' lines, statements, lists and trims read by bytes (2026-12-08, the
/// set-up's byte readers) read what the `String` and `Character` calls they replaced read: each
/// against its oracle, on the bundled files and on texts made to hit the edges (line ends,
/// comments, tabs, blank lines, non-ASCII names, whitespace that is not ASCII, CR LF).
@Suite struct BundledTextTests {
    static let lineEnds = ["\n", "\r\n", "\r", "\n\n", "\r\n\r\n", "\n\r"]

    /// Lines of a rule file: statements, comments, examples, blank lines, tabs, non-ASCII words.
    static func ruleText(_ end: String) -> String {
        [
            "# a comment", "", "backs: S supports O   # a trailing comment", "\t+ Iran supports Hezbollah.\t", "  ",
            "list place-noun: côte d’ivoire  ", "opposes: S attacks O#no space", "#\u{301} a hash with a mark: kept",
            "\u{00A0}title: Foreign Minister\u{00A0}", "define @x = a b c\u{2003}", "é # é", "#", "   # indented comment", "last",
        ].joined(separator: end)
    }

    static var texts: [String] {
        get throws {
            var texts = try ["world", "bodies", "generic", "lemmas", "leaders", "cities"].map { try #require(bundledText($0)) }
            texts.append(try #require(bundledText("relations", "rules")))
            texts += lineEnds.map(ruleText)
            texts += ["", "\n", "\r", "\r\n", "a", "a\n", "\na", "a\r\n\nb\r\rc\n\r"]
            return texts
        }
    }

    /// The lines and their numbers are `lines`'s: LF, CR LF and CR end a line; empty lines count.
    @Test func linesAreTheLinesOfText() throws {
        for text in try Self.texts {
            var lines: [(Int, String)] = []
            BytewiseText.forEachLine(in: text) { lines.append(($0, String(decoding: $1, as: UTF8.self))) }
            let oracle = text.lines.map(String.init)
            #expect(lines.map(\.1) == oracle)
            #expect(lines.map(\.0) == Array(1...max(1, oracle.count)))
        }
    }

    /// The statements are what the rule parser read line by line before: the line before its
    /// first "#" `Character`, trimmed as Foundation trims `whitespaces`, empty ones left out.
    @Test func statementsAreTheTrimmedLinesBeforeTheirComments() throws {
        for text in try Self.texts {
            var statements: [(Int, String)] = []
            BytewiseText.forEachStatement(in: text) { statements.append(($0, $1)) }
            var oracle: [(Int, String)] = []
            for (index, raw) in text.lines.enumerated() {
                var line = String(raw)
                if let hash = line.firstIndex(of: "#") { line = String(line[..<hash]) }
                line = line.trimmingCharacters(in: .whitespaces)
                if !line.isEmpty { oracle.append((index + 1, line)) }
            }
            #expect(statements.map(\.0) == oracle.map(\.0))
            #expect(statements.map(\.1) == oracle.map(\.1))
        }
        // A "#" with a combining mark is another character: no comment.
        var kept: [String] = []
        BytewiseText.forEachStatement(in: "x #\u{301} y") { kept.append($1) }
        #expect(kept == ["x #\u{301} y"])
    }

    /// A trim by bytes is Foundation's trim of `whitespaces`, whatever stands at either end.
    @Test func trimmingIsFoundationsTrim() throws {
        var texts = ["", " ", "\t", " \t ", "a", " a ", "\ta b\t", "\u{00A0}a\u{00A0}", "\u{2003} a", "a \u{200B}", "é ", " é",
                     " \u{301}a", "a\u{301} ", "#\u{301}", "\u{00A0}", " \u{3000} x \u{3000} "]
        for text in try Self.texts { texts += text.lines.map(String.init) }
        for text in texts {
            let oracle = text.trimmingCharacters(in: .whitespaces)
            #expect(text.trimmingWhitespace() == oracle, "\(text.debugDescription)")
            #expect(Substring(text).trimmingWhitespace() == oracle, "\(text.debugDescription)")
        }
    }

    /// A lexicon cell's list is its `|`-parts, trimmed, the empty ones left out.
    @Test func listItemsAreTheTrimmedParts() throws {
        var cells = ["", "|", "a", "a|b", " a | b ||c| ", "Côte d’Ivoire|Ivory Coast", "\u{00A0}x\u{00A0}|y", "a|\u{301}b", "||"]
        for entry in try Lexicon.bundled().entries {
            cells.append((entry.aliases + entry.demonyms + entry.metonyms).joined(separator: "|"))
        }
        for cell in cells {
            let oracle = cell.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            #expect(BytewiseText.listItems(cell) == oracle, "\(cell.debugDescription)")
        }
    }

    /// The tab-separated cells of a line, found in place, are the line split at its tabs.
    @Test func cellsAreTheLineSplitAtTabs() throws {
        for text in try Self.texts + ["\t", "\t\t", "a\t", "\ta", "é\tü\t\u{301}"] {
            for line in text.lines {
                #expect(BytewiseText.cells(line) == line.split(separator: "\t", omittingEmptySubsequences: false))
            }
        }
    }

    /// A byte is found in place as the UTF-8 view finds it.
    @Test func aByteIsFoundAsTheViewFindsIt() {
        for text in ["", "{", "a{b}", "Côte {country}", "plain", "x.y", String(repeating: "é", count: 40) + "{"] {
            for byte in [UInt8(ascii: "{"), UInt8(ascii: "."), 0xC3] {
                #expect(BytewiseText.contains(byte, in: text) == text.utf8.contains(byte))
                #expect(BytewiseText.contains(byte, in: Substring(text)) == text.utf8.contains(byte))
            }
        }
    }
}
