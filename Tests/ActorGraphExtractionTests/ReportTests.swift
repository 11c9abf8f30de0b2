import ActorGraphModel
import Testing

@testable import ActorGraphExtraction

@Suite struct ReportTests {
    @Test func listsActorsRelationsQuotesAndWarnings() {
        let docs = [
            Document(name: "a.txt", text: "Iran backs Hezbollah.", published: nil),
            Document(name: "b.txt", text: "Nothing <here> at all.", published: nil),
        ]
        var result = BuildResult.build(Corpus(documents: docs, warnings: ["c.txt: binary data, not text; skipped"]), lexicon: Fixture.lexicon, rules: Fixture.rules)
        let report = Report.markdown(result)
        #expect(report.contains("## Actors: state (1)\n\n- Iran\n"))
        #expect(report.contains("### Iran backs Hezbollah (support 1)"))
        #expect(report.contains("“Iran backs Hezbollah.”"))
        #expect(report.contains("## Documents that yielded nothing (1)\n\n- b.txt"))
        #expect(report.contains("- c.txt: binary data, not text; skipped"))
        result.warnings = []
        #expect(Report.markdown(result).contains("## Warnings (0)\n\nNone."))
    }

    @Test func longEvidenceListsAreCut() {
        let docs = (1...15).map { Document(name: "d\($0).txt", text: "Iran backs Hezbollah.", published: nil) }
        let report = Report.markdown(BuildResult.build(Corpus(documents: docs), lexicon: Fixture.lexicon, rules: Fixture.rules))
        #expect(report.contains("… and 5 more sentence(s) in graph.json"))
    }

    /// The scalar-by-scalar escape `Report.escape` replaced, as the oracle of the byte one.
    private static func scalarEscape(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for c in text.unicodeScalars {
            switch c {
            case "<": out.append(contentsOf: "&lt;".unicodeScalars)
            case ">": out.append(contentsOf: "&gt;".unicodeScalars)
            case "*", "_", "`", "[", "]", "#", "|", "\\":
                out.append("\\")
                out.append(c)
            case "\n", "\r": out.append(" ")
            default: out.append(c)
            }
        }
        return String(out)
    }

    @Test func escapeKeepsMarkdownAndHTMLFromBreaking() {
        #expect(Report.escape("a <b> *c* _d_ `e` [f] #g |h| \\i") == "a &lt;b&gt; \\*c\\* \\_d\\_ \\`e\\` \\[f\\] \\#g \\|h\\| \\\\i")
        #expect(Report.escape("one\r\ntwo\nthree") == "one  two three")
        #expect(Report.escape("Émile Zoë — “plain”") == "Émile Zoë — “plain”")
    }

    /// Byte for byte the scalar rewrite on random texts of ASCII marks, line ends, accents
    /// (composed and combining), CJK and emoji; the bytes of each spelling are kept.
    @Test func escapeByBytesMatchesTheScalarRewrite() {
        let pieces = ["<", ">", "*", "_", "`", "[", "]", "#", "|", "\\", "\n", "\r", "\r\n", "a", "Z", " ", "&", "é", "e\u{301}", "—", "“", "北京", "🇫🇷", "\u{2028}", "\t"]
        var random = SplitMix64(seed: 11)
        for _ in 0..<5_000 {
            let count = Int(random.next() % 24)
            let text = (0..<count).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined()
            let escaped = Report.escape(text)
            #expect(Array(escaped.utf8) == Array(Self.scalarEscape(text).utf8), "\(text.debugDescription)")
        }
    }
}
