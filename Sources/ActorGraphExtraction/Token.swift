/// A word, number or punctuation mark of a sentence, with its place in the document.
public struct Token: Hashable, Sendable {
    /// The text as written.
    public var text: String
    /// The comparison form: lowercase, diacritics removed, dots dropped ("U.S." → "us"), curly
    /// apostrophes straight, dashes "—".
    public var norm: String
    /// Offset of the first Unicode scalar in the document.
    public var start: Int
    /// Offset just past the last Unicode scalar in the document.
    public var end: Int
    /// Starts with an uppercase letter.
    public var isCapitalized: Bool
    /// Has at least one letter and no lowercase letter ("US", "U.N.", "ISIL").
    public var isUppercase: Bool
    /// A word or number (not punctuation).
    public var isWord: Bool
    /// The id of ``norm`` in the extractor's vocabulary (0 for a word no name or rule uses).
    var word: UInt32 = 0
}

extension Token {
    /// Whether the token is `word` (its ``norm`` is `word.norm`), by id: the token must have its
    /// word id (``Vocabulary/assign(_:)``), which every sentence the extractor reads has.
    func `is`(_ word: FixedWord) -> Bool { self.word == word.rawValue }

    /// Whether the token is one of `words`, by id.
    func `is`(oneOf words: FixedWordSet) -> Bool { words.contains(word) }

    /// For each token of a sentence, whether it stands inside quotation marks (the marks
    /// themselves do not): the quoted speaker's words, not the reporter's.
    static func insideQuotes(_ tokens: [Token]) -> [Bool] {
        var quoted = [Bool](repeating: false, count: tokens.count)
        var open = false
        for k in tokens.indices {
            if tokens[k].is(.quote) { open.toggle() } else { quoted[k] = open }
        }
        return quoted
    }
}

/// What the scans over every token of a sentence read (the word id and two shape flags),
/// without the strings: where the array's getter is not inlined, reading a ``Token`` copies it
/// whole and retains and releases its text and norm.
struct TokenShape {
    var word: Vocabulary.Word
    var isCapitalized: Bool
    var isWord: Bool

    /// The shapes of `tokens`, read in place (by index: iterating would copy each token).
    static func of(_ tokens: [Token]) -> [TokenShape] {
        tokens.withUnsafeBufferPointer { t in
            t.indices.map { k in TokenShape(word: t[k].word, isCapitalized: t[k].isCapitalized, isWord: t[k].isWord) }
        }
    }
}

extension Array where Element == Token {
    /// Whether the token at `k` is written tight between its neighbours, touching both ("al-Assad",
    /// "Iran-backed"): a hyphen so written joins words; a spaced one is a dash ("MOSCOW - The
    /// Council …").
    func touchesBothNeighbours(_ k: Int) -> Bool {
        k > 0 && k + 1 < count && self[k - 1].end == self[k].start && self[k].end == self[k + 1].start
    }
}
