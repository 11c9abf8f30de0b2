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

    /// Numbers are written as `String(value)` writes them, at every length and sign.
    @Test func decimalsAsStringWritesThem() {
        var random = SplitMix64(seed: 5)
        var values = [0, 1, 9, 10, 99, 100, -1, -10, Int.max, Int.min, Int.max - 1]
        for _ in 0..<2_000 { values.append(Int(truncatingIfNeeded: random.next()) >> Int(random.next() % 64)) }
        for value in values {
            var bytes: [UInt8] = [0x41]
            bytes.appendDecimal(value)
            #expect(bytes == [0x41] + Array(String(value).utf8), "\(value)")
        }
    }
}
