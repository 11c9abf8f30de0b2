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
    /// The ASCII words of up to fifteen bytes again (nearly all tokens are), keyed by their
    /// bytes: a token's id is then a multiply and a probe or two, not a String hash. A word canonically equal to a short
    /// ASCII one (a Kelvin sign for "k") is filed under that one too, so both lookups agree.
    private var short = ShortWords()
    /// The number of ids in use, ``unknown`` included.
    var count: Int { ids.count + 1 }

    /// A vocabulary holding the ``FixedWord``s, each at its fixed id.
    init() {
        for word in FixedWord.allCases {
            let id = intern(word.norm)
            // The cases' norms are distinct (tested), so each gets the next id: its raw value.
            assert(id == word.rawValue, "FixedWord \(word) is interned at \(id)")
        }
    }

    /// The fixed words alone: what any vocabulary gives them.
    static let fixed = Vocabulary()

    /// Checks, in debug builds only, that `tokens` have their word ids: a token whose norm is a
    /// ``FixedWord`` has that word's id. (Code that tests fixed ids instead of norms would
    /// silently miss words in tokens no vocabulary has assigned.)
    static func assertAssigned(_ tokens: [Token]) {
        assert(tokens.allSatisfy { t in
            let fixed = Vocabulary.fixed.id(t.norm)
            return fixed == unknown || t.word == fixed
        }, "tokens without word ids (Vocabulary.assign)")
    }

    /// The id of `norm` (a token's normal form), adding it when new.
    mutating func intern(_ norm: String) -> Word {
        // A short ASCII word already interned is found by its bytes, as ``id(_:)`` finds it: the
        // rules' word sets name the same words thousands of times over, and hashing the String
        // each time was most of compiling them. (A word filed under the key equals the norm.)
        let key = ShortWords.key(norm)
        if let key, case let id = short.find(key), id != Self.unknown { return id }
        if let id = ids[norm] { return id }
        let id = Word(ids.count + 1)
        ids[norm] = id
        // An ASCII word is its own decomposition: Foundation is asked only for the others (it
        // cost ~8,000 instructions a word, and making an extractor interns thousands).
        let isASCII = key != nil || norm.utf8.allSatisfy { $0 < 0x80 }
        let decomposed = isASCII ? nil : ShortWords.key(norm.decomposedStringWithCanonicalMapping)
        if let key = key ?? decomposed { short.insert(key, id) }
        return id
    }

    /// Every word interned (for tests: word-id readings answer as String ones over all of them).
    var words: [String] { Array(ids.keys) }

    /// The id of the ASCII word whose key is `key` (``ShortWords/Key``), or ``unknown``.
    func id(_ key: ShortWords.Key) -> Word { short.find(key) }

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
        // In place: each `tokens[k]` read through the array copied the token's two strings.
        tokens.withUnsafeMutableBufferPointer { t in
            for k in t.indices { t[k].word = id(t[k].norm) }
        }
    }
}

/// Closed-class words the engine's own readings test (dates, negation, surface forms), interned
/// first by every ``Vocabulary`` in this order, so that each has the same id in every vocabulary
/// (its raw value) and code can compare a token's ``Token/word`` with it without one.
///
/// Comparing ids is exact: a token's word is its norm's id, and every case is interned, so
/// `token.word == w.rawValue` exactly when `token.norm == w.norm` (String equality, as the
/// vocabulary's dictionary compares). Fixing these ids changes no other id's meaning: nothing
/// orders by id (ids of titles are already given in a dictionary's iteration order, which
/// changes from run to run).
enum FixedWord: Vocabulary.Word, CaseIterable, Sendable {
    // Punctuation, as the tokenizer normalises it ("–" is never a norm: the tokenizer writes
    // dashes "—"; it is here because the date reader names it).
    case comma = 1, period, semicolon, colon, dash, hyphen, enDash, quote, apostrophe, possessive, question
    case the, and, to, on, that, upon, `in`, during, early, late, mid, last, next, this, past, year
    case but, however, `while`, would, not, never, which, who, whose, whom
    case stop, cease, end, halt, quit
    case yesterday, night, today, tonight, tomorrow, month, week, weekend
    // In ``DateResolver/weekdays``' order: a weekday's number is its distance from Monday.
    case monday, tuesday, wednesday, thursday, friday, saturday, sunday
    case january, jan, february, feb, march, mar, april, apr, may, june, jun, july, jul, august, aug
    case september, sept, sep, october, oct, november, nov, december, dec
    // Words that open a counted or group reference ("both countries", "all the participants"):
    // ``CountedReferences`` and ``GroupReferences`` ask every token whether it is one.
    case all, both
    // The counts those references give, in order (``GroupReferences/number(_:)`` reads a count
    // as the distance from "two").
    case two, three, four, five, six, seven, eight, nine, ten

    /// The word as a token's norm.
    var norm: String {
        switch self {
        case .comma: ","
        case .period: "."
        case .semicolon: ";"
        case .colon: ":"
        case .dash: "\u{2014}"
        case .hyphen: "-"
        case .enDash: "\u{2013}"
        case .quote: "\""
        case .apostrophe: "'"
        case .possessive: "'s"
        case .question: "?"
        default: String(describing: self)
        }
    }
}

/// A set of ``FixedWord``s as a 128-bit mask: a plain value, no storage to retain.
struct FixedWordSet: Sendable {
    private var low: UInt64 = 0
    private var high: UInt64 = 0

    init(_ words: FixedWord...) {
        for w in words {
            // (FixedWordTests checks that every raw value is below 128.)
            if w.rawValue < 64 { low |= 1 << UInt64(w.rawValue) } else { high |= 1 << UInt64(w.rawValue - 64) }
        }
    }

    func contains(_ word: Vocabulary.Word) -> Bool {
        word < 64 ? low & (1 << UInt64(word)) != 0 : word < 128 && high & (1 << UInt64(word - 64)) != 0
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
        // The set bits only, lowest first: testing all 64 bits of every word cost making the
        // rules' index (which asks each pattern's sets) some ten thousand tests a set.
        var out: [Vocabulary.Word] = []
        out.reserveCapacity(bits.reduce(0) { $0 + $1.nonzeroBitCount })
        for (slot, word) in bits.enumerated() {
            var rest = word
            while rest != 0 {
                out.append(Vocabulary.Word(slot * 64 + rest.trailingZeroBitCount))
                rest &= rest - 1
            }
        }
        return out
    }

    var isEmpty: Bool { bits.allSatisfy { $0 == 0 } }

    /// The words with members, each with its place: a set of a few words spread over the
    /// vocabulary's ids is mostly zero words, and hashing all of them was most of indexing the
    /// rules by their word sets (which every command does). Equal sets have equal words.
    func hash(into hasher: inout Hasher) {
        for (slot, word) in bits.enumerated() where word != 0 {
            hasher.combine(slot)
            hasher.combine(word)
        }
    }
}

/// Word ids of ASCII words of up to fifteen bytes, in an open-addressing table keyed by the
/// word's bytes and length packed into two integers (two different words never share a key).
struct ShortWords: Sendable {
    /// The first eight bytes, and the rest with the length and a mark (never 0: an empty slot).
    struct Key: Equatable {
        var low: UInt64
        var high: UInt64

        init(low: UInt64, high: UInt64) {
            self.low = low
            self.high = high
        }
    }

    /// The longest word the table holds, in bytes.
    static let maximumLength = 15

    private var keys = [Key](repeating: Key(low: 0, high: 0), count: 16)
    private var values = [Vocabulary.Word](repeating: Vocabulary.unknown, count: 16)
    private var count = 0

    /// The key of `word` when it is ASCII and at most ``maximumLength`` bytes long.
    static func key(_ word: String) -> Key? {
        // A token's norm is a native string, short ones stored inline: its bytes are read in
        // place (walking the UTF-8 view byte by byte cost more than the table's probe).
        if let key = word.utf8.withContiguousStorageIfAvailable({ key(bytes: $0) }) { return key }
        return key(bytes: Array(word.utf8))
    }

    /// The key of the word whose UTF-8 is `utf8`, as ``key(_:)``.
    @inline(__always)
    private static func key(bytes utf8: UnsafeBufferPointer<UInt8>) -> Key? {
        let n = utf8.count
        guard n <= maximumLength, let base = utf8.baseAddress else { return n == 0 ? Key(low: 0, high: 1 << 63) : nil }
        // Two runs of plain loads and shifts; one test of the bytes' high bits at the end.
        var low: UInt64 = 0
        var high: UInt64 = 0
        var bits: UInt8 = 0
        var shift: UInt64 = 0
        for k in 0..<Swift.min(n, 8) {
            bits |= base[k]
            low |= UInt64(base[k]) << shift
            shift &+= 8
        }
        shift = 0
        var k = 8
        while k < n {
            bits |= base[k]
            high |= UInt64(base[k]) << shift
            shift &+= 8
            k += 1
        }
        guard bits < 0x80 else { return nil }
        return Key(low: low, high: high | 1 << 63 | UInt64(n) << 56)
    }

    private static func key(bytes utf8: [UInt8]) -> Key? {
        utf8.withUnsafeBufferPointer { key(bytes: $0) }
    }

    private static func slot(_ key: Key, mask: Int) -> Int {
        Int(truncatingIfNeeded: ((key.low ^ key.high &* 0xC2B2_AE3D_27D4_EB4F) &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    /// The word's id, or ``Vocabulary/unknown``.
    func find(_ key: Key) -> Vocabulary.Word {
        let mask = keys.count - 1
        var i = Self.slot(key, mask: mask)
        while keys[i].high != 0 {
            if keys[i] == key { return values[i] }
            i = (i + 1) & mask
        }
        return Vocabulary.unknown
    }

    /// Files `id` under `key`, unless the key is there already.
    mutating func insert(_ key: Key, _ id: Vocabulary.Word) {
        // At most half full, so that a miss ends soon.
        if (count + 1) * 2 > keys.count {
            let (oldKeys, oldValues) = (keys, values)
            keys = [Key](repeating: Key(low: 0, high: 0), count: oldKeys.count * 2)
            values = [Vocabulary.Word](repeating: Vocabulary.unknown, count: oldKeys.count * 2)
            count = 0
            for (k, v) in zip(oldKeys, oldValues) where k.high != 0 { insert(k, v) }
        }
        let mask = keys.count - 1
        var i = Self.slot(key, mask: mask)
        while keys[i].high != 0 {
            if keys[i] == key { return }
            i = (i + 1) & mask
        }
        keys[i] = key
        values[i] = id
        count += 1
    }
}

extension ShortWords {
    /// Files `value` under `word` so that every word equal to it (as Strings compare: canonically)
    /// finds it by its own key: under the word's key when it is ASCII, else under its canonical
    /// decomposition's when that is ASCII (a Kelvin sign's "K"), as ``Vocabulary/intern(_:)``
    /// files words; a word with neither key is not filed (ask the Strings of it). An ASCII word
    /// equals only itself and the words that decompose to it, so two words filed under one key
    /// are equal.
    mutating func file(_ word: String, _ value: Vocabulary.Word) {
        let isASCII = word.utf8.allSatisfy { $0 < 0x80 }
        if let key = Self.key(word) ?? (isASCII ? nil : Self.key(word.decomposedStringWithCanonicalMapping)) { insert(key, value) }
    }

    /// An empty table that holds `count` words before it grows (its slots a power of two, at
    /// most half full), for a table filled word by word whose size is about known.
    init(capacity count: Int) {
        var slots = 16
        while slots < 2 * Swift.max(count, 1) { slots *= 2 }
        keys = [Key](repeating: Key(low: 0, high: 0), count: slots)
        values = [Vocabulary.Word](repeating: Vocabulary.unknown, count: slots)
    }
}
