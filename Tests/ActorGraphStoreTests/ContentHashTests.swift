import Foundation
import Testing

@testable import ActorGraphStore

@Suite("ContentHash")
struct ContentHashTests {
    // FIPS 180-4's examples, and a text longer than one block.
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
        // NIST's 896-bit message (two blocks, its padding a third).
        ("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
         "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"),
        // Multi-byte UTF-8: the hash is of the text's UTF-8 bytes.
        ("Ελλάδα — 東京", "88aa050e0de9a005e8a1b4e6350c90a21cc15e24bdca687ba92d0bec9e444729"),
    ])
    func knownDigests(text: String, digest: String) {
        #expect(ContentHash.of(text) == digest)
    }

    @Test func aMillionAs() {
        #expect(ContentHash.of(String(repeating: "a", count: 1_000_000)) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    /// Every length around the block and padding edges (55, 56, 63, 64, 119, 120, …), and long
    /// odd ones, hash as the reference implementation hashes them.
    @Test func everyLengthAsTheReference() {
        let bytes = (0..<70_000).map { UInt8(truncatingIfNeeded: $0 &* 2_654_435_761 >> 13) }
        for length in Array(0...300) + [1_023, 4_095, 4_097, 65_537, 69_999] {
            let data = Data(bytes[0..<length])
            var reference = ReferenceSHA256()
            reference.update(data)
            #expect(ContentHash.of(data) == ContentHash.hex(reference.finish()), "length \(length)")
        }
    }

    /// A text fed in pieces of every size from 1 to 130 bytes (splitting blocks anywhere, and
    /// leaving a part-block between calls) hashes as in one piece.
    @Test func piecesOfEverySize() {
        let text = Data((0..<1_000).map { UInt8($0 % 251) })
        let whole = ContentHash.of(text)
        for size in 1...130 {
            var pieces = SHA256()
            for start in stride(from: 0, to: text.count, by: size) { pieces.update(text[start..<min(start + size, text.count)]) }
            #expect(ContentHash.hex(pieces.finish()) == whole, "pieces of \(size)")
        }
    }

    @Test func feedingInPiecesGivesTheSameDigest() {
        let text = Data((0..<1000).map { UInt8($0 % 251) })
        var pieces = SHA256()
        for start in stride(from: 0, to: text.count, by: 37) { pieces.update(text[start..<min(start + 37, text.count)]) }
        #expect(ContentHash.hex(pieces.finish()) == ContentHash.of(text))
    }
}
