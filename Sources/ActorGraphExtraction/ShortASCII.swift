/// Strings of up to fifteen ASCII bytes made straight from the bytes packed in two integers
/// (the first eight bytes, then the rest, little-endian), as the tokenizer holds a word's text
/// and norm while it reads them.
///
/// Swift stores such a string inline, in its own two words: the bytes, with the count and a
/// mark (immortal, ASCII, small) in the top byte of the second. Writing those two words is what
/// `String(unsafeUninitializedCapacity:initializingUTF8With:)` ends with, after a closure call
/// and a UTF-8 validation that cost some hundred instructions a token, on most tokens of every
/// sentence. The layout is the standard library's, not a public promise, so it is checked once
/// per process against strings made the public way (``layoutHolds``); where it does not hold,
/// the public initializer is used.
enum ShortASCII {
    /// The longest string made here, in bytes.
    static let maximumLength = 15

    /// Whether this runtime lays out every short ASCII String (0 to 15 bytes) as ``bits(_:count:)``
    /// says, and reads such bits back as the same String (equal, same bytes, same hash).
    static let layoutHolds: Bool = {
        guard MemoryLayout<String>.size == 16 else { return false }
        // Each length, with a capital, a digit and a mark among the bytes.
        let sample = Array("Ab3-xyzQ,09mnop".utf8)
        for count in 0...maximumLength {
            let bytes = packed(sample[0..<count])
            let made = String(decoding: sample[0..<count], as: UTF8.self)
            let expected = bits(bytes, count: count)
            let actual = unsafeBitCast(made, to: (UInt64, UInt64).self)
            guard actual.0 == expected.0, actual.1 == expected.1 else { return false }
            let read = string(bytes, count: count, layoutHolds: true)
            guard read == made, read.hashValue == made.hashValue, Array(read.utf8) == Array(sample[0..<count]), read.utf8.count == count
            else { return false }
        }
        return true
    }()

    /// The two words of the inline String of `count` bytes (at most 15, each below 0x80, every
    /// byte past `count` zero) packed little-endian in `bytes`.
    @inline(__always)
    static func bits(_ bytes: (low: UInt64, high: UInt64), count: Int) -> (UInt64, UInt64) {
        // Top byte of the second word: immortal (0x80), ASCII (0x40), inline (0x20), and the count.
        (bytes.low, bytes.high | (0xE0 | UInt64(count)) << 56)
    }

    /// The String of the first `count` bytes (at most 15, each below 0x80; every byte past
    /// `count` must be zero) of `bytes`, made from its bits when `layoutHolds` (pass
    /// ``layoutHolds``, read once by the caller: a static read in a loop asks for its
    /// initialisation each time), else by the public initializer.
    @inline(__always)
    static func string(_ bytes: (low: UInt64, high: UInt64), count: Int, layoutHolds: Bool) -> String {
        guard layoutHolds else { return publicString(bytes, count: count) }
        // The bits written over an empty String's (immortal: nothing to release), not cast from a
        // tuple: a cast value is retained where it is stored (a call per token, though an inline
        // string has nothing to count), a local's own value is moved.
        var string = ""
        withUnsafeMutableBytes(of: &string) { $0.storeBytes(of: bits(bytes, count: count), as: (UInt64, UInt64).self) }
        return string
    }

    /// ``string(_:count:layoutHolds:)`` by the public initializer.
    @inline(never)
    static func publicString(_ bytes: (low: UInt64, high: UInt64), count: Int) -> String {
        withUnsafeBytes(of: (bytes.low.littleEndian, bytes.high.littleEndian)) { source in
            String(unsafeUninitializedCapacity: count) { buffer in
                UnsafeMutableRawBufferPointer(buffer).copyMemory(from: UnsafeRawBufferPointer(rebasing: source[0..<count]))
                return count
            }
        }
    }

    /// `bytes` (at most 15) packed little-endian in two integers, the rest zero.
    static func packed(_ bytes: some Collection<UInt8>) -> (low: UInt64, high: UInt64) {
        var packed: (low: UInt64, high: UInt64) = (0, 0)
        for (n, byte) in bytes.prefix(maximumLength).enumerated() {
            if n < 8 { packed.low |= UInt64(byte) << UInt64(8 * n) } else { packed.high |= UInt64(byte) << UInt64(8 * (n - 8)) }
        }
        return packed
    }
}
