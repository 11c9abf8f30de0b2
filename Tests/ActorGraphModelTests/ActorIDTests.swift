import ActorGraphModel
import Testing

/// ``ActorID``'s own hash, which skips `String`'s normalization for ids in NFC.
@Suite("ActorID hashing")
struct ActorIDTests {
    static let ids = [
        "", "a", "bashar-al-assad", "éézen-state-91953", "ééé-armed-group-49416", "türkiye", "sinirlioğlu",
        "event-genève-2015-10-30", "a-very-long-identifier-of-an-actor-beyond-the-small-string-limit-é",
        "e\u{301}", "ελλάδα", "東京", "🇺🇳", "ǅ", "\u{2FF}x", "x\u{300}",
    ]

    /// An id hashes as its raw value does: the same value in a set or a dictionary of strings'
    /// order, and one hash whatever route it takes.
    @Test(arguments: ids)
    func idsHashAsTheirRawValues(_ raw: String) {
        #expect(ActorID(raw).hashValue == raw.hashValue)
    }

    /// Canonically equal ids (one composed, one decomposed: one takes the bytes' route, the other
    /// `String`'s) are equal and hash alike, so a set holds one of them.
    @Test func canonicallyEqualIdsHashAlike() {
        let pairs = [("\u{E9}zen", "e\u{301}zen"), ("t\u{FC}rkiye", "tu\u{308}rkiye"), ("\u{C5}", "A\u{30A}")]
        for (composed, decomposed) in pairs {
            #expect(ActorID(composed) == ActorID(decomposed))
            #expect(ActorID(composed).hashValue == ActorID(decomposed).hashValue)
            #expect(Set([ActorID(composed), ActorID(decomposed)]).count == 1)
        }
    }
}
