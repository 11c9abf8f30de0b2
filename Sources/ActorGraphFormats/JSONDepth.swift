/// The depth scan behind ``NestingDepth/checkJSON(_:source:limit:)``: one pass over the bytes,
/// eight at a time where no byte can matter (inside a string, no quote or backslash; outside,
/// no quote or bracket).
enum JSONDepth {
    /// The line (from 1) where the brackets outside strings first open more than `limit` deep,
    /// or nil when they never do.
    static func lineTooDeep(_ bytes: UnsafeBufferPointer<UInt8>, limit: Int) -> Int? {
        guard let base = bytes.baseAddress else { return nil }
        let count = bytes.count
        var depth = 0
        var i = 0
        var inString = false
        while i < count {
            if i + 8 <= count {
                let word = UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
                let marks = inString ? quotesOrBackslashes(word) : quotesOrBrackets(word)
                // The lowest mark is exact (see `matches`): skip to that byte.
                i += marks.trailingZeroBitCount >> 3
                if marks == 0 { continue }
            }
            let byte = base[i]
            i += 1
            if inString {
                if byte == UInt8(ascii: "\\") {
                    i += 1  // the escaped byte, whatever it is
                } else if byte == UInt8(ascii: "\"") {
                    inString = false
                }
                continue
            }
            switch byte {
            case UInt8(ascii: "\""): inString = true
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                depth += 1
                if depth > limit { return line(of: i - 1, in: bytes) }
            case UInt8(ascii: "]"), UInt8(ascii: "}"): depth = max(0, depth - 1)
            default: break
            }
        }
        return nil
    }

    /// The line of the byte at `position`: CRLF, LF and CR each end one line.
    private static func line(of position: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var line = 1
        var lastWasCR = false
        for byte in bytes[..<position] {
            if byte == UInt8(ascii: "\n") && !lastWasCR || byte == UInt8(ascii: "\r") { line += 1 }
            lastWasCR = byte == UInt8(ascii: "\r")
        }
        return line
    }

    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let high: UInt64 = 0x8080_8080_8080_8080

    /// The high bit of each byte of `word` that equals `byte`, by the classic test (a byte of `x`
    /// is zero when `(x - 0x01…) & ~x & 0x80…` marks it). A borrow can mark a byte above a true
    /// match, never below one, so the lowest mark is always exact.
    @inline(__always)
    private static func matches(_ word: UInt64, _ byte: UInt8) -> UInt64 {
        let x = word ^ (ones &* UInt64(byte))
        return (x &- ones) & ~x & high
    }

    @inline(__always)
    private static func quotesOrBackslashes(_ word: UInt64) -> UInt64 {
        matches(word, UInt8(ascii: "\"")) | matches(word, UInt8(ascii: "\\"))
    }

    /// `[` and `]` are `{` and `}` with bit 5 clear: setting it in every byte folds the four to two.
    @inline(__always)
    private static func quotesOrBrackets(_ word: UInt64) -> UInt64 {
        let folded = word | (ones &* 0x20)
        return matches(word, UInt8(ascii: "\"")) | matches(folded, UInt8(ascii: "{")) | matches(folded, UInt8(ascii: "}"))
    }
}
