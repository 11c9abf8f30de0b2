import ActorGraphModel
import Testing

@Suite struct TextLinesTests {
    @Test(arguments: ["a\nb\n\nc", "a\r\nb\r\n\r\nc", "a\rb\r\rc", "a\r\nb\n\rc"])
    func linesEndAtLFCRLFAndCRAlike(_ text: String) {
        #expect(text.lines == ["a", "b", "", "c"])
    }

    /// The lines found by bytes are the ones splitting on the three line-ending `Character`s gave
    /// (the reading before), of Strings and Substrings, with marks and emoji beside the endings.
    @Test func linesAreTheCharacterSplitsLines() {
        let pieces = ["a", "bc", " ", "\n", "\r", "\r\n", "\u{301}", "é", "e\u{301}", "🇸🇾", "👩‍👩‍👧", "\u{200D}", "\u{85}", "\u{2028}", "\t", "北"]
        var random = SplitMix64(seed: 17)
        for _ in 0..<3_000 {
            let text = (0..<Int(random.next() % 30)).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined()
            let oracle = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
            #expect(text.lines == oracle, "\(text.debugDescription)")
            let inner = text.dropFirst().dropLast()
            #expect(inner.lines == inner.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }, "\(text.debugDescription)")
        }
    }

    @Test func aFinalTerminatorLeavesOneEmptyLine() {
        #expect("a\r\n".lines == ["a", ""])
        #expect("".lines == [""])
    }
}
