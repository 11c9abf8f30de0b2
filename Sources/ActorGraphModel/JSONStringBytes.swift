extension Array where Element == UInt8 {
    /// Appends `value` in decimal, as `String(value)` writes it: a non-negative number (offsets,
    /// counts, indices) without making a String.
    ///
    /// Inlinable, the number of digits counted first and the digits written into the bytes
    /// appended for them: through a tuple's bytes and `append(contentsOf:)` of their slice it cost
    /// some 240 instructions a number, and the page writes a few for each evidence item.
    @inlinable
    public mutating func appendDecimal(_ value: Int) {
        guard value >= 0 else { return append(contentsOf: String(value).utf8) }
        var digits = 1
        var bound = 10
        // 19 digits at most (Int.max); `bound` would overflow past them.
        while digits < 19, value >= bound {
            digits += 1
            bound &*= 10
        }
        for _ in 0..<digits { append(UInt8(ascii: "0")) }
        withUnsafeMutableBufferPointer { buffer in
            var rest = value
            var at = buffer.count
            repeat {
                at -= 1
                buffer[at] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: rest % 10)
                rest /= 10
            } while rest > 0
        }
    }

    /// Appends `text` as a JSON string literal, quotes included: `"`, `\` and control characters
    /// escaped, and `/` too when `escapingSolidus` is set (so that a page's script never holds
    /// "</"). Shared by the node-link writer and the interactive page, which write JSON by hand
    /// for speed.
    public mutating func appendJSONString(_ text: String, escapingSolidus: Bool = false) {
        append(UInt8(ascii: "\""))
        var text = text
        let solidus: UInt8 = escapingSolidus ? UInt8(ascii: "/") : UInt8(ascii: "\"")
        // Runs of bytes that need no escape are copied whole. Byte by byte is right for UTF-8: a
        // multi-byte sequence has no byte under 0x80, so only ASCII is ever escaped.
        text.withUTF8 { utf8 in
            var run = 0
            for i in utf8.indices {
                let b = utf8[i]
                // One test for the common byte (a letter, a digit, a space).
                guard b < 0x20 || b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") || b == solidus else { continue }
                append(contentsOf: UnsafeBufferPointer(rebasing: utf8[run..<i]))
                append(UInt8(ascii: "\\"))
                switch b {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): append(b)
                case 0x08: append(UInt8(ascii: "b"))
                case 0x0C: append(UInt8(ascii: "f"))
                case 0x0A: append(UInt8(ascii: "n"))
                case 0x0D: append(UInt8(ascii: "r"))
                case 0x09: append(UInt8(ascii: "t"))
                default: append(contentsOf: [UInt8(ascii: "u"), 0x30, 0x30, jsonHexDigits[Int(b >> 4)], jsonHexDigits[Int(b & 0xF)]])
                }
                run = i + 1
            }
            append(contentsOf: UnsafeBufferPointer(rebasing: utf8[run...]))
        }
        append(UInt8(ascii: "\""))
    }
}

private let jsonHexDigits = Array("0123456789abcdef".utf8)
