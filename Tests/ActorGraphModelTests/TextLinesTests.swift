import ActorGraphModel
import Testing

@Suite struct TextLinesTests {
    @Test(arguments: ["a\nb\n\nc", "a\r\nb\r\n\r\nc", "a\rb\r\rc", "a\r\nb\n\rc"])
    func linesEndAtLFCRLFAndCRAlike(_ text: String) {
        #expect(text.lines == ["a", "b", "", "c"])
    }

    @Test func aFinalTerminatorLeavesOneEmptyLine() {
        #expect("a\r\n".lines == ["a", ""])
        #expect("".lines == [""])
    }
}
