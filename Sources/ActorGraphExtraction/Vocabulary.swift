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

    /// The number of ids in use, ``unknown`` included.
    var count: Int { ids.count + 1 }

    /// The id of `norm` (a token's normal form), adding it when new.
    mutating func intern(_ norm: String) -> Word {
        if let id = ids[norm] { return id }
        let id = Word(ids.count + 1)
        ids[norm] = id
        return id
    }

    /// The id of `norm`, or ``unknown``.
    func id(_ norm: String) -> Word { ids[norm] ?? Self.unknown }

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
