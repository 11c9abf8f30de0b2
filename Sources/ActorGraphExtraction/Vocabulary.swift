import Foundation

/// Every word the lexicon and the rules name, each interned once to a small integer, so that the
/// matchers compare and look up integers instead of hashing strings for every token.
///
/// A word no name or rule uses gets ``unknown``: no trie edge and no rule word can match it, so it
/// needs no id of its own. Tokens get their ids once per sentence (``assign(_:)``).
struct Vocabulary: Sendable {
    /// A word's id: 1… for the words the vocabulary holds, 0 for any other.
    typealias Word = UInt32
    static let unknown: Word = 0

    private var ids: [String: Word] = [:]
    /// The short ASCII words again (most tokens are), keyed by their bytes: a token's id is then
    /// a multiply and a probe or two, not a String hash. A word canonically equal to a short
    /// ASCII one (a Kelvin sign for "k") is filed under that one too, so both lookups agree.
    private var short = ShortWords()

    /// The number of ids in use, ``unknown`` included.
    var count: Int { ids.count + 1 }

    /// The id of `norm` (a token's normal form), adding it when new.
    mutating func intern(_ norm: String) -> Word {
        if let id = ids[norm] { return id }
        let id = Word(ids.count + 1)
        ids[norm] = id
        if let key = ShortWords.key(norm) ?? ShortWords.key(norm.decomposedStringWithCanonicalMapping) { short.insert(key, id) }
        return id
    }

    /// The id of `norm`, or ``unknown``.
    func id(_ norm: String) -> Word {
        if let key = ShortWords.key(norm) { return short.find(key) }
        return ids[norm] ?? Self.unknown
    }

    /// The set of the ids of `words`, interning the new ones.
    mutating func set(_ words: some Sequence<String>) -> WordSet {
        var set = WordSet()
        for w in words { set.insert(intern(w)) }
        return set
    }

    /// Gives each token the id of its normal form.
    func assign(_ tokens: inout [Token]) {
        for k in tokens.indices { tokens[k].word = id(tokens[k].norm) }
    }
}

/// A set of word ids as a bit set: membership is one shift and one mask, whatever the set's size.
struct WordSet: Hashable, Sendable {
    private var bits: [UInt64] = []

    init() {}

    mutating func insert(_ word: Vocabulary.Word) {
        guard word != Vocabulary.unknown else { return }
        let slot = Int(word >> 6)
        if slot >= bits.count { bits.append(contentsOf: repeatElement(0, count: slot - bits.count + 1)) }
        bits[slot] |= 1 << UInt64(word & 63)
    }

    func contains(_ word: Vocabulary.Word) -> Bool {
        let slot = Int(word >> 6)
        return slot < bits.count && bits[slot] & (1 << UInt64(word & 63)) != 0
    }

    /// The members, in increasing order.
    var members: [Vocabulary.Word] {
        var out: [Vocabulary.Word] = []
        for (slot, word) in bits.enumerated() where word != 0 {
            for bit in 0..<64 where word & (1 << UInt64(bit)) != 0 { out.append(Vocabulary.Word(slot * 64 + bit)) }
        }
        return out
    }

    var isEmpty: Bool { bits.allSatisfy { $0 == 0 } }
}

/// Word ids of ASCII words of up to seven bytes, in an open-addressing table keyed by the
/// word's bytes and length packed into one integer (two different words never share a key).
struct ShortWords: Sendable {
    private var keys = [UInt64](repeating: 0, count: 16)
    private var values = [Vocabulary.Word](repeating: Vocabulary.unknown, count: 16)
    private var count = 0

    /// The key of `word` when it is ASCII and at most seven bytes long; never 0 (an empty slot).
    static func key(_ word: String) -> UInt64? {
        let utf8 = word.utf8
        guard utf8.count <= 7 else { return nil }
        var key: UInt64 = 1 << 63 | UInt64(utf8.count) << 56
        var shift: UInt64 = 0
        for byte in utf8 {
            guard byte < 0x80 else { return nil }
            key |= UInt64(byte) << shift
            shift += 8
        }
        return key
    }

    private static func slot(_ key: UInt64, mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    /// The word's id, or ``Vocabulary/unknown``.
    func find(_ key: UInt64) -> Vocabulary.Word {
        let mask = keys.count - 1
        var i = Self.slot(key, mask: mask)
        while keys[i] != 0 {
            if keys[i] == key { return values[i] }
            i = (i + 1) & mask
        }
        return Vocabulary.unknown
    }

    /// Files `id` under `key`, unless the key is there already.
    mutating func insert(_ key: UInt64, _ id: Vocabulary.Word) {
        // At most half full, so that a miss ends soon.
        if (count + 1) * 2 > keys.count {
            let (oldKeys, oldValues) = (keys, values)
            keys = [UInt64](repeating: 0, count: oldKeys.count * 2)
            values = [Vocabulary.Word](repeating: Vocabulary.unknown, count: oldKeys.count * 2)
            count = 0
            for (k, v) in zip(oldKeys, oldValues) where k != 0 { insert(k, v) }
        }
        let mask = keys.count - 1
        var i = Self.slot(key, mask: mask)
        while keys[i] != 0 {
            if keys[i] == key { return }
            i = (i + 1) & mask
        }
        keys[i] = key
        values[i] = id
        count += 1
    }
}
