import ActorGraphModel
import Testing

/// ``UTF8Interner`` numbers strings by their bytes; a dictionary keyed by the bytes themselves is
/// what it must agree with, whichever of its shortcuts (the last string, the storage) answers.
@Suite("UTF-8 interner")
struct UTF8InternerTests {
    /// The definition: each distinct byte sequence numbered in the order first met.
    struct Oracle {
        var numbers: [[UInt8]: Int] = [:]
        var strings: [[UInt8]] = []

        mutating func number(_ string: String) -> Int {
            let bytes = Array(string.utf8)
            if let n = numbers[bytes] { return n }
            numbers[bytes] = strings.count
            strings.append(bytes)
            return strings.count - 1
        }
    }

    static let composed = "Caf\u{E9} talks in Gen\u{E8}ve, the wire said."
    static let decomposed = "Cafe\u{301} talks in Gene\u{300}ve, the wire said."

    @Test func numbersInTheOrderFirstGiven() {
        var interner = UTF8Interner()
        #expect(["b", "a", "b", "", "a", "c"].map { interner.number($0) } == [0, 1, 0, 2, 1, 3])
        #expect(interner.strings == ["b", "a", "", "c"])
        #expect(interner.count == 4)
    }

    /// Spellings Swift calls equal stay two, each kept with its own bytes, short or long.
    @Test func canonicallyEqualSpellingsStayTwo() {
        #expect(Self.composed == Self.decomposed)
        for (a, b) in [(Self.composed, Self.decomposed), ("\u{E9}", "e\u{301}")] {
            var interner = UTF8Interner()
            #expect([a, b, a, b].map { interner.number($0) } == [0, 1, 0, 1])
            #expect(interner.strings.map { Array($0.utf8) } == [Array(a.utf8), Array(b.utf8)])
            #expect(!UTF8Interner.sameBytes(a, b))
        }
    }

    @Test func sameBytes() {
        let long = String(repeating: "Lavrov met Kerry. ", count: 4)
        #expect(UTF8Interner.sameBytes(long, String(decoding: Array(long.utf8), as: UTF8.self)))
        #expect(UTF8Interner.sameBytes("", ""))
        #expect(UTF8Interner.sameBytes("ab", "ab"))
        #expect(!UTF8Interner.sameBytes("ab", "abc"))
        #expect(!UTF8Interner.sameBytes("abd", "abc"))
        #expect(!UTF8Interner.sameBytes(long, long.uppercased()))
    }

    /// Random strings, given as shared copies (one storage), as equal strings built anew (another
    /// storage), small and large, ASCII or not, agree with the oracle; strings whose storage
    /// was freed cannot be mistaken for the ones that took it next (the interner keeps them).
    @Test func agreesWithTheOracle() {
        var random = SplitMix64(seed: 7)
        func next(_ bound: Int) -> Int { random.next(below: bound) }
        let pieces = ["a", "Z", " ", "\u{E9}", "e\u{301}", "\u{1F1EA}\u{1F1EC}", "\u{2014}", "x"]
        var pool: [String] = []
        var interner = UTF8Interner(), oracle = Oracle()
        for _ in 0..<20_000 {
            let string: String
            switch next(3) {
            case 0 where !pool.isEmpty:
                string = pool[next(pool.count)]
            case 1 where !pool.isEmpty:
                // The same bytes in a new storage.
                string = String(decoding: Array(pool[next(pool.count)].utf8), as: UTF8.self)
            default:
                string = (0..<next(24)).map { _ in pieces[next(pieces.count)] }.joined()
                if next(2) == 0 { pool.append(string) }
            }
            #expect(interner.number(string) == oracle.number(string))
        }
        #expect(interner.strings.map { Array($0.utf8) } == oracle.strings)
    }

    /// More shared storages than the table of recent ones has places (they then take each
    /// other's), each given many times in random order, and new storages of the same bytes
    /// between: every copy gets its string's number.
    @Test func manySharedStoragesKeepTheirNumbers() {
        var random = SplitMix64(seed: 12)
        let texts = (0..<10_000).map { "a quote long enough for the heap, number \($0)" }
        var interner = UTF8Interner()
        var expected: [Int] = []
        for text in texts { expected.append(interner.number(text)) }
        #expect(expected == Array(texts.indices))
        var wrong = 0
        for _ in 0..<100_000 {
            let i = random.next(below: texts.count)
            let copy = random.next(below: 4) == 0 ? String(decoding: Array(texts[i].utf8), as: UTF8.self) : texts[i]
            if interner.number(copy) != i { wrong += 1 }
        }
        #expect(wrong == 0)
        #expect(interner.count == texts.count)
    }

    /// Strings built and let go one after another (malloc gives the next one the storage the
    /// last one left, so a new string can have the very bits of one numbered before) each get
    /// the number of their own bytes, past the point where recent values are found by their bits.
    @Test func aStringBuiltWhereAnotherWasIsNotTakenForIt() {
        var interner = UTF8Interner(), oracle = Oracle()
        for i in 0..<100 { #expect(interner.number("warm-up string long enough for the heap \(i)") == oracle.number("warm-up string long enough for the heap \(i)")) }
        for i in 0..<5_000 {
            // Same length every time: the same size of allocation.
            let text = String(decoding: Array("a quote long enough for the heap, number \(10_000 + i % 97)".utf8), as: UTF8.self)
            #expect(interner.number(text) == oracle.number(text))
        }
        #expect(interner.strings.map { Array($0.utf8) } == oracle.strings)
    }
}
