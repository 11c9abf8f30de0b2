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
    ])
    func knownDigests(text: String, digest: String) {
        #expect(ContentHash.of(text) == digest)
    }

    @Test func aMillionAs() {
        #expect(ContentHash.of(String(repeating: "a", count: 1_000_000)) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test func feedingInPiecesGivesTheSameDigest() {
        let text = Data((0..<1000).map { UInt8($0 % 251) })
        var pieces = SHA256()
        for start in stride(from: 0, to: text.count, by: 37) { pieces.update(text[start..<min(start + 37, text.count)]) }
        #expect(pieces.finish().map { String(format: "%02x", $0) }.joined() == ContentHash.of(text))
    }
}
