@testable import ActorGraphFormats
import Testing

@Suite("JSONDepth")
struct JSONDepthTests {
    /// The scan as it was, one byte at a time: the oracle for the word-at-a-time one.
    static func oracle(_ bytes: [UInt8], limit: Int) -> Int? {
        var depth = 0, line = 1
        var inString = false, escaped = false, lastWasCR = false
        for byte in bytes {
            if byte == UInt8(ascii: "\n") && !lastWasCR || byte == UInt8(ascii: "\r") { line += 1 }
            lastWasCR = byte == UInt8(ascii: "\r")
            if inString {
                if escaped { escaped = false } else if byte == UInt8(ascii: "\\") { escaped = true } else if byte == UInt8(ascii: "\"") { inString = false }
                continue
            }
            switch byte {
            case UInt8(ascii: "\""): inString = true
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                depth += 1
                if depth > limit { return line }
            case UInt8(ascii: "]"), UInt8(ascii: "}"): depth = max(0, depth - 1)
            default: break
            }
        }
        return nil
    }

    /// Random runs of the bytes that matter (and some that only look alike: `;`, `=`, `|`, a
    /// non-ASCII letter), so that brackets, quotes and escapes fall at every offset of a word.
    @Test func findsTheSameLineAsTheByteByByteScan() {
        let alphabet = Array("[]{}\"\\ a;=|\n\r".utf8) + Array("é".utf8)
        var random = SplitMix(seed: 2026)
        for round in 0..<3_000 {
            let count = random.next(120)
            let bytes = (0..<count).map { _ in alphabet[random.next(alphabet.count)] }
            let limit = 1 + round % 6
            let got = bytes.withUnsafeBufferPointer { JSONDepth.lineTooDeep($0, limit: limit) }
            #expect(got == Self.oracle(bytes, limit: limit), "\(String(decoding: bytes, as: UTF8.self).debugDescription)")
        }
    }

    @Test func escapedQuotesAndBracketsInLongStringsDoNotCount() {
        let text = "{\"quote\": \"" + String(repeating: "[{ \\\" \\\\", count: 50) + "\", \"x\": [[]]}\n[[[["
        let bytes = Array(text.utf8)
        #expect(bytes.withUnsafeBufferPointer { JSONDepth.lineTooDeep($0, limit: 4) } == nil)
        #expect(bytes.withUnsafeBufferPointer { JSONDepth.lineTooDeep($0, limit: 3) } == 2)
    }
}
