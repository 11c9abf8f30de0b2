import Testing

@testable import ActorGraphExtraction

/// Short ASCII Strings made from their bits (``ShortASCII``) must be the Strings the public
/// initializer makes: equal, byte for byte, with the same hash, count and behaviour, for every
/// length and every ASCII byte at every place. The tokenizer's oracle (TokenizerOracleTests)
/// compares whole tokens; this checks the strings themselves and that the fast path is taken.
@Suite struct ShortASCIITests {
    /// The layout the bits assume holds here (on 64-bit Linux and Apple platforms): were it
    /// wrong, the tokenizer would silently fall back to the slow initializer.
    @Test func theLayoutHoldsOnThisPlatform() {
        #expect(ShortASCII.layoutHolds)
    }

    static func expectSame(_ bytes: [UInt8]) {
        let packed = ShortASCII.packed(bytes)
        let expected = String(decoding: bytes, as: UTF8.self)
        for made in [
            ShortASCII.string(packed, count: bytes.count, layoutHolds: true),
            ShortASCII.string(packed, count: bytes.count, layoutHolds: false),
            ShortASCII.publicString(packed, count: bytes.count),
        ] {
            #expect(made == expected, "\(bytes)")
            #expect(expected == made, "\(bytes)")
            #expect(Array(made.utf8) == bytes, "\(bytes)")
            #expect(made.utf8.count == bytes.count && made.count == expected.count, "\(bytes)")
            #expect(made.hashValue == expected.hashValue, "\(bytes)")
            #expect(made.lowercased() == expected.lowercased() && made.uppercased() == expected.uppercased(), "\(bytes)")
            #expect(made + "x" == expected + "x" && "x" + made == "x" + expected, "\(bytes)")
            #expect(!(made < expected) && !(expected < made), "\(bytes)")
            #expect([expected: 1][made] == 1, "\(bytes)")
            #expect(made.hasPrefix(String(expected.prefix(1))) && made.hasSuffix(String(expected.suffix(1))), "\(bytes)")
            var grown = made
            grown.append("zz")
            #expect(grown == expected + "zz" && made == expected, "\(bytes)")
        }
    }

    @Test func everyLengthAndByteAtEveryPlace() {
        for count in 0...ShortASCII.maximumLength {
            for place in 0..<Swift.max(count, 1) {
                for byte in UInt8(0)..<0x80 {
                    var bytes = (0..<count).map { UInt8(0x61 + $0) }
                    if count > 0 { bytes[place] = byte }
                    Self.expectSame(bytes)
                }
            }
        }
    }

    @Test func stringsThatDifferOnlyInLengthOrOneByte() {
        // Zero bytes are text too: "a\0" is not "a".
        let made = [[], [0], [0, 0], [0x61], [0x61, 0], [0x61, 0x62], [0x41], Array("abcdefgh".utf8), Array("abcdefgi".utf8), Array("abcdefghijklmno".utf8)]
            .map { (bytes: [UInt8]) in ShortASCII.string(ShortASCII.packed(bytes), count: bytes.count, layoutHolds: true) }
        for (a, x) in made.enumerated() {
            for (b, y) in made.enumerated() {
                #expect((x == y) == (a == b), "\(a) \(b)")
            }
        }
        #expect(Set(made).count == made.count)
    }
}
