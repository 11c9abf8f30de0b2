import Testing

@testable import ActorGraphExtraction

/// ``Swift/String/init(ascribing:)`` (evidence quotes, a person's text as written, non-ASCII
/// tokens) takes an ASCII pass when every scalar is ASCII: it must give the String the scalars
/// make the public way, byte for byte, for every sentence-sized piece of the fixtures' texts, their
/// upper-cased copies and pieces made to reach the edges (a non-ASCII scalar first, last, alone,
/// of every UTF-8 width).
@Suite struct ScalarTextTests {
    static func expectSame(_ scalars: [Unicode.Scalar], _ range: Range<Int>, _ context: String) {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[range])
        let expected = String(view)
        let made = [String(scalars, range), String(ascribing: scalars[range])]
        let inPlace = scalars.withUnsafeBufferPointer { String(ascribing: UnsafeBufferPointer(rebasing: $0[range])) }
        for string in made + [inPlace] {
            #expect(Array(string.utf8) == Array(expected.utf8), "\(context) \(range)")
        }
    }

    @Test func textsAsThePublicWayMakesThem() throws {
        var pieces = 0
        for (text, name) in try Fixture.oracleTexts() {
            let scalars = Array(text.unicodeScalars)
            // Pieces of every length up to a long sentence's, over the whole text.
            var start = 0
            var length = 1
            while start < scalars.count {
                let end = Swift.min(scalars.count, start + length)
                Self.expectSame(scalars, start..<end, name)
                pieces += 1
                start = end
                length = length % 400 + 37
            }
            Self.expectSame(scalars, 0..<scalars.count, name)
        }
        #expect(pieces > 1_000)
    }

    @Test func piecesAtTheEdges() {
        let texts = [
            "", "a", "é", "\u{7F}", "\u{80}", "\u{7FF}", "\u{800}", "\u{FFFF}", "\u{10000}", "\u{10FFFF}", "😀",
            "plain ASCII text of a sentence.", "é then ASCII", "ASCII then é", "“quoted” — dashed …", "Erdoğan met Lavrov in Zürich.",
            String(repeating: "x", count: 1000) + "ü", "ü" + String(repeating: "x", count: 1000), "\0nul\0",
        ]
        for text in texts {
            let scalars = Array(text.unicodeScalars)
            Self.expectSame(scalars, 0..<scalars.count, text)
            for k in scalars.indices { Self.expectSame(scalars, k..<scalars.count, text) }
        }
    }
}
