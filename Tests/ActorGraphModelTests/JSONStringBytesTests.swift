import ActorGraphModel
import Foundation
import Testing

/// ``Swift/Array/appendJSONString(_:escapingSolidus:)`` writes what `JSONSerialization` reads back.
@Suite struct JSONStringBytesTests {
    func written(_ text: String, escapingSolidus: Bool = false) -> String {
        var bytes: [UInt8] = []
        bytes.appendJSONString(text, escapingSolidus: escapingSolidus)
        return String(decoding: bytes, as: UTF8.self)
    }

    @Test func escapesQuotesBackslashesAndControls() {
        #expect(written("a\"b\\c\n\t\u{1}é/") == #""a\"b\\c\n\t\u0001é/""#)
    }

    @Test func escapesTheSolidusOnlyWhenAsked() {
        #expect(written("</script>", escapingSolidus: true) == #""<\/script>""#)
        #expect(written("</script>") == #""</script>""#)
    }

    @Test func readsBackAsTheSameText() throws {
        for text in ["", "Lomé — “quoted”", "tab\tnull\u{0}end", "a/b\\c\"d", "👩‍👧 \u{7F}"] {
            for solidus in [false, true] {
                let data = Data(written(text, escapingSolidus: solidus).utf8)
                #expect(try JSONSerialization.jsonObject(with: data, options: .fragmentsAllowed) as? String == text)
            }
        }
    }
}
