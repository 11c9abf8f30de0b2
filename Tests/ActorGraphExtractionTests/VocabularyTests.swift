import Testing

@testable import ActorGraphExtraction

/// Interning a word already known by its bytes (2026-12-08) gives the id a String lookup gives:
/// one id per word, whichever of two canonically equal spellings came first.
@Suite struct VocabularyTests {
    @Test func aKnownWordKeepsItsId() throws {
        var vocabulary = Vocabulary()
        let words = ["the", "backs", "a-very-long-word-of-many-bytes", "côte", "", "—", "k", "K", "\u{212A}", "e\u{301}", "\u{E9}"]
        let first = words.map { vocabulary.intern($0) }
        let again = words.map { vocabulary.intern($0) }
        #expect(first == again)
        #expect(words.map { vocabulary.id($0) } == first)
        // The Kelvin sign equals "K" as Strings compare: one word, one id; so are the two é's.
        #expect(vocabulary.intern("\u{212A}") == vocabulary.intern("K"))
        #expect(vocabulary.intern("e\u{301}") == vocabulary.intern("\u{E9}"))
        #expect(Set(first).count == words.count - 2)
        // A Kelvin sign interned first is found by the ASCII spelling's bytes.
        var kelvinFirst = Vocabulary()
        let kelvin = kelvinFirst.intern("\u{212A}")
        #expect(kelvinFirst.intern("K") == kelvin)
        #expect(kelvinFirst.id("K") == kelvin)
    }

    @Test func aSetInternsItsWordsOnce() {
        var vocabulary = Vocabulary()
        let set = vocabulary.set(["support", "backs", "support"])
        let count = vocabulary.count
        #expect(vocabulary.set(["backs", "support"]) == set)
        #expect(vocabulary.count == count)
    }
}
