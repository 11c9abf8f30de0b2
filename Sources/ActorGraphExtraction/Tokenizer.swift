import Foundation

/// Splits a sentence into tokens in one pass over its Unicode scalars.
///
/// Possessives and contractions are separate tokens ("Russia’s" → "Russia", "'s"; "haven't" →
/// "have", "n't"); hyphens are separate tokens ("Assad-backer" → "Assad", "-", "backer") so that
/// names inside compounds are found; dotted abbreviations stay one token ("U.S.", "U.N.").
public enum Tokenizer {
    /// Tokens of `scalars[range]`, with offsets into `scalars`.
    public static func tokens(_ scalars: [Unicode.Scalar], in range: Range<Int>) -> [Token] {
        // (A range past the text reads the part inside it: no input can make this trap.)
        let range = range.clamped(to: 0..<scalars.count)
        // Read through a buffer pointer: an array slice per token and a bounds check per scalar
        // were most of the tokenizer's cost.
        return scalars.withUnsafeBufferPointer { tokens($0, in: range, vocabulary: nil) }
    }

    /// Tokens of `scalars[range]` with their word ids in `vocabulary`: what ``Vocabulary/assign(_:)``
    /// gives them, found from the scalars while the token is made (an ASCII word's id without
    /// reading its norm back out of a String).
    static func tokens(_ scalars: [Unicode.Scalar], in range: Range<Int>, vocabulary: Vocabulary) -> [Token] {
        let range = range.clamped(to: 0..<scalars.count)
        return scalars.withUnsafeBufferPointer { tokens($0, in: range, vocabulary: vocabulary) }
    }

    private static func tokens(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, in range: Range<Int>, vocabulary: Vocabulary?) -> [Token] {
        var out: [Token] = []
        // About one token per five scalars in prose: most sentences never grow the array.
        out.reserveCapacity(range.count / 4 + 4)
        var i = range.lowerBound
        let end = range.upperBound
        // (Taken once per sentence: reading a static in the loop asks for its initialisation.)
        let shortStrings = ShortASCII.layoutHolds
        while i < end {
            let c = scalars[i]
            if c.isASCII ? (c == " " || c == "\n" || c == "\t" || c == "\r") : (c.properties.isWhitespace || c == "\u{00A0}") {
                i += 1
                continue
            }
            // Most tokens: a short ASCII word read in one pass instead of three.
            if c.isASCII, isWordScalar(c), let next = plainWord(scalars, from: i, to: end, vocabulary: vocabulary, shortStrings: shortStrings, into: &out) {
                i = next
                continue
            }
            if isWordScalar(c) {
                let start = i
                var j = i
                var segment = 0
                var dotted = false
                while j < end {
                    let s = scalars[j]
                    if isWordScalar(s) { j += 1; segment += 1; continue }
                    // U.S., U.N.: single letters joined by dots.
                    if s == ".", segment == 1, j + 1 < end, isLetter(scalars[j + 1]),
                        j + 2 >= end || !isWordScalar(scalars[j + 2]) || scalars[j + 2] == "."
                    {
                        j += 1
                        segment = 0
                        dotted = true
                        continue
                    }
                    if s == "'" || s == "\u{2019}", j + 1 < end, isLetter(scalars[j + 1]) {
                        // Keep apostrophes inside names (Da'esh, O'Brien) but not clitics.
                        var k = j + 1
                        while k < end, isLetter(scalars[k]) { k += 1 }
                        let rest = lowercased(scalars, (j + 1)..<k)
                        if ["s", "ll", "re", "ve", "d", "m"].contains(rest) { break }
                        if rest == "t", j > start, scalars[j - 1] == "n" || scalars[j - 1] == "N" { break }
                        segment += k - j
                        j = k
                        continue
                    }
                    break
                }
                // Trailing dot of a dotted abbreviation ("U.S.").
                if dotted, j < end, scalars[j] == "." { j += 1 }
                // "n't" belongs to the clitic, not the verb.
                if j < end, scalars[j] == "'" || scalars[j] == "\u{2019}", j - start >= 2,
                    scalars[j - 1] == "n" || scalars[j - 1] == "N", j + 1 < end, scalars[j + 1] == "t"
                {
                    out.append(make(scalars, start..<(j - 1), vocabulary: vocabulary))
                    out.append(make(scalars, (j - 1)..<(j + 2), norm: "n't", vocabulary: vocabulary))
                    i = j + 2
                    continue
                }
                out.append(make(scalars, start..<j, vocabulary: vocabulary))
                i = j
                continue
            }
            if (c == "'" || c == "\u{2019}"), i + 1 < end, isLetter(scalars[i + 1]), let last = out.last, last.end == i {
                var k = i + 1
                while k < end, isLetter(scalars[k]) { k += 1 }
                out.append(make(scalars, i..<k, norm: "'" + lowercased(scalars, (i + 1)..<k), vocabulary: vocabulary))
                i = k
                continue
            }
            // Punctuation: one scalar each, with dashes and quotes normalised. An ASCII mark is
            // its own norm and text, a one-byte String.
            if c.isASCII {
                out.append(mark(c, at: i, shortStrings: shortStrings, vocabulary: vocabulary))
                i += 1
                continue
            }
            let norm: String
            switch c {
            case "\u{2014}", "\u{2013}": norm = "—"
            case "\u{201C}", "\u{201D}", "\"": norm = "\""
            case "\u{2018}", "\u{2019}": norm = "'"
            default: norm = String(c)
            }
            // (An ASCII mark is its own norm: the token's text is the same string.)
            out.append(make(scalars, i..<(i + 1), norm: norm, textIsNorm: c.isASCII, vocabulary: vocabulary))
            i += 1
        }
        return out
    }

    /// The token ``make(_:_:norm:textIsNorm:vocabulary:)`` makes of the ASCII mark `c` at `i`
    /// (its norm and text `String(c)`), without reading it as a range: a one-byte norm's key is
    /// the byte itself.
    @inline(__always)
    private static func mark(_ c: Unicode.Scalar, at i: Int, shortStrings: Bool, vocabulary: Vocabulary?) -> Token {
        let word = vocabulary?.id(ShortWords.Key(low: UInt64(c.value), high: 1 << 63 | 1 << 56)) ?? Vocabulary.unknown
        let text = ShortASCII.string((UInt64(c.value), 0), count: 1, layoutHolds: shortStrings)
        let norm = ShortASCII.string((UInt64(c.value), 0), count: 1, layoutHolds: shortStrings)
        return Token(text: text, norm: norm, start: i, end: i + 1, isCapitalized: false, isUppercase: false, isWord: false, word: word)
    }

    /// Appends the token of a plain ASCII word starting at `start` to `out` and returns its end.
    /// A plain word: letters and digits only, at most ``ShortWords/maximumLength`` of them,
    /// ended by the range's end or an ASCII character other than an apostrophe or a dot after
    /// one letter. It is read in one pass: the scan, the shape, the word's key and both strings'
    /// bytes (the text as written and the norm, lowered, each in two integers), where the general
    /// path reads a word's scalars three times. Nil, with nothing appended, for any other word,
    /// which the general path reads: a dot after one letter may make an abbreviation ("U.S."),
    /// an apostrophe a clitic or a name ("n't", "O'Brien"), a non-ASCII scalar a letter
    /// ("Zürich"), and a longer word has no key. The token is the one
    /// ``make(_:_:norm:textIsNorm:vocabulary:)`` gives (TokenizerOracleTests).
    /// (Appended here: a token returned, even inlined, was copied into the array and the
    /// optional destroyed, its two strings retained and released.)
    @inline(__always)
    private static func plainWord(
        _ scalars: UnsafeBufferPointer<Unicode.Scalar>, from start: Int, to end: Int, vocabulary: Vocabulary?, shortStrings: Bool,
        into out: inout [Token]
    ) -> Int? {
        var written: (low: UInt64, high: UInt64) = (0, 0)
        var lowered: (low: UInt64, high: UInt64) = (0, 0)
        var hasUpper = false
        var hasLower = false
        var j = start
        while j < end {
            let v = scalars[j].value
            var low = v
            if v &- 0x61 < 26 {
                hasLower = true
            } else if v &- 0x41 < 26 {
                hasUpper = true
                low = v | 0x20
            } else if v &- 0x30 >= 10 {
                break
            }
            let n = j - start
            guard n < ShortWords.maximumLength else { return nil }
            let shift = UInt64(n & 7) << 3
            if n < 8 {
                written.low |= UInt64(v) << shift
                lowered.low |= UInt64(low) << shift
            } else {
                written.high |= UInt64(v) << shift
                lowered.high |= UInt64(low) << shift
            }
            j += 1
        }
        let count = j - start
        guard count > 0 else { return nil }
        if j < end {
            let stop = scalars[j].value
            if stop >= 0x80 || stop == 0x27 || (stop == 0x2E && count == 1) { return nil }
        }
        var word = Vocabulary.unknown
        if let vocabulary {
            word = vocabulary.id(ShortWords.Key(low: lowered.low, high: lowered.high | 1 << 63 | UInt64(count) << 56))
        }
        // Both strings are inline (at most fifteen bytes): made from the bytes gathered above.
        let text = ShortASCII.string(written, count: count, layoutHolds: shortStrings)
        // (A second String of the same bits, not `text` again, where the word is written as its
        // norm is: sharing one would retain it.)
        let norm = ShortASCII.string(lowered, count: count, layoutHolds: shortStrings)
        let first = written.low & 0xFF
        out.append(Token(
            text: text, norm: norm, start: start, end: j, isCapitalized: first >= 0x41 && first <= 0x5A,
            isUppercase: hasUpper && !hasLower, isWord: true, word: word))
        return j
    }

    @inline(__always)
    static func isLetter(_ s: Unicode.Scalar) -> Bool {
        if s.isASCII { return (s.value >= 0x61 && s.value <= 0x7A) || (s.value >= 0x41 && s.value <= 0x5A) }
        return s.properties.isAlphabetic
    }
    @inline(__always)
    static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        if s.isASCII {
            let v = s.value
            return (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) || (v >= 0x30 && v <= 0x39)
        }
        return isNonASCIIWordScalar(s)
    }
    /// (Apart, so that the properties' type metadata is fetched for non-ASCII scalars only: it
    /// was fetched for every token.)
    @inline(never)
    static func isNonASCIIWordScalar(_ s: Unicode.Scalar) -> Bool {
        // General Punctuation (U+2000–U+206F) holds no letter and no number (TokenizerTests reads
        // the whole block): the curly quotes, dashes and ellipses of news text are most of the
        // non-ASCII scalars asked about, and their numeric type cost some 900 instructions each.
        if isGeneralPunctuation(s) { return false }
        return s.properties.isAlphabetic || s.properties.numericType != nil
    }

    /// Whether `s` is in General Punctuation (U+2000–U+206F), which holds no letter, no number
    /// and nothing upper- or lowercase (TokenizerTests reads the whole block): its dashes,
    /// quotes and ellipses, most of the non-ASCII tokens of news text, need no properties asked.
    @inline(__always)
    static func isGeneralPunctuation(_ s: Unicode.Scalar) -> Bool { s.value >= 0x2000 && s.value <= 0x206F }

    /// `String(scalars[range]).lowercased()`, built straight from the bytes when the scalars are
    /// ASCII (a clitic after an apostrophe nearly always is).
    private static func lowercased(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>) -> String {
        guard scalars[range].allSatisfy(\.isASCII) else {
            return String(ascribing: ArraySlice(scalars[range])).lowercased()
        }
        return String(unsafeUninitializedCapacity: range.count) { buffer in
            for (n, k) in range.enumerated() {
                let v = UInt8(truncatingIfNeeded: scalars[k].value)
                buffer[n] = v >= 0x41 && v <= 0x5A ? v + 32 : v
            }
            return range.count
        }
    }

    /// The token of `scalars[range]`, with its word id in `vocabulary` when one is given.
    /// `textIsNorm`: the text as written is `given`, byte for byte (an ASCII punctuation mark).
    static func make(
        _ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>, norm given: String? = nil, textIsNorm: Bool = false,
        vocabulary: Vocabulary? = nil
    ) -> Token {
        let first = scalars[range.lowerBound]
        var hasLetter = false
        var hasLower = false
        var isASCII = true
        // ASCII with no capital, dot or apostrophe: the normal form is the text itself (most
        // tokens), and normalising again would only build the same string.
        var isOwnNorm = true
        // An ASCII norm's bytes, the first sixteen (``ShortWords/Key``), gathered in the same
        // pass: the word id is then found without reading the norm back out of its String.
        var key: (UInt64, UInt64) = (0, 0)
        var normCount = 0
        for k in range {
            let s = scalars[k]
            if s.isASCII {
                var byte = UInt8(truncatingIfNeeded: s.value)
                if s.value >= 0x61 && s.value <= 0x7A {
                    hasLetter = true
                    hasLower = true
                } else if s.value >= 0x41 && s.value <= 0x5A {
                    hasLetter = true
                    isOwnNorm = false
                    byte += 32
                } else if s == "." || s == "'" {
                    isOwnNorm = false
                    continue
                }
                if normCount < 16 { withUnsafeMutableBytes(of: &key) { $0[normCount] = byte } }
                normCount += 1
            } else {
                isASCII = false
                isOwnNorm = false
                if !isGeneralPunctuation(s), s.properties.isAlphabetic {
                    hasLetter = true
                    if s.properties.isLowercase { hasLower = true }
                }
            }
        }
        let text: String
        let norm: String
        var word = Vocabulary.unknown
        if isASCII {
            // The id from the norm's bytes, which are the scalars' lowered, without dots and
            // apostrophes (a key, not the String read back); a norm past the short-word table's
            // length, or given, is looked up as a String below.
            let byKey = vocabulary != nil && given == nil && normCount <= ShortWords.maximumLength
            if byKey, let vocabulary {
                word = vocabulary.id(ShortWords.Key(low: UInt64(littleEndian: key.0), high: UInt64(littleEndian: key.1) | 1 << 63 | UInt64(normCount) << 56))
            }
            // One byte per scalar: both strings are written straight from the scalars' values
            // (up to 15 bytes, without allocating), with no width pass and no encoder.
            let shortStrings = ShortASCII.layoutHolds
            func written() -> String {
                if range.count <= ShortASCII.maximumLength {
                    var bytes: (low: UInt64, high: UInt64) = (0, 0)
                    for (n, k) in range.enumerated() {
                        let byte = UInt64(scalars[k].value)
                        if n < 8 { bytes.low |= byte << UInt64(8 * n) } else { bytes.high |= byte << UInt64(8 * (n - 8)) }
                    }
                    return ShortASCII.string(bytes, count: range.count, layoutHolds: shortStrings)
                }
                return String(unsafeUninitializedCapacity: range.count) { buffer in
                    for (n, k) in range.enumerated() { buffer[n] = UInt8(truncatingIfNeeded: scalars[k].value) }
                    return range.count
                }
            }
            if let given {
                norm = given
                text = textIsNorm ? given : written()
            } else if isOwnNorm {
                text = written()
                // (Made twice when short, as ``plainWord`` does: a shared String is retained.)
                norm = range.count <= ShortASCII.maximumLength ? written() : text
            } else if normCount <= ShortASCII.maximumLength {
                text = written()
                // As ``normalize(_:)`` does for ASCII (dots and apostrophes dropped, capitals
                // lowered): the key's bytes.
                norm = ShortASCII.string((UInt64(littleEndian: key.0), UInt64(littleEndian: key.1)), count: normCount, layoutHolds: shortStrings)
            } else {
                text = written()
                norm = String(unsafeUninitializedCapacity: range.count) { buffer in
                    var n = 0
                    for k in range {
                        let v = UInt8(truncatingIfNeeded: scalars[k].value)
                        if v == 0x2E || v == 0x27 { continue }
                        buffer[n] = v >= 0x41 && v <= 0x5A ? v + 32 : v
                        n += 1
                    }
                    return n
                }
            }
            if !byKey, let vocabulary { word = vocabulary.id(norm) }
        } else {
            // (Read in place: an array slice made of them was a copy of the scalars per token.)
            let slice = UnsafeBufferPointer(rebasing: scalars[range])
            text = String(ascribing: slice)
            norm = given ?? normalize(slice)
            if let vocabulary { word = vocabulary.id(norm) }
        }
        let capitalized = first.isASCII ? (first.value >= 0x41 && first.value <= 0x5A) : !isGeneralPunctuation(first) && first.properties.isUppercase
        return Token(
            text: text, norm: norm, start: range.lowerBound, end: range.upperBound,
            isCapitalized: capitalized, isUppercase: hasLetter && !hasLower,
            isWord: isWordScalar(first), word: word)
    }

    /// Lowercase, diacritics folded, dots dropped, curly apostrophes straightened.
    static func normalize(_ scalars: some Collection<Unicode.Scalar>) -> String {
        var ascii = true
        var bytes = 0
        for s in scalars {
            if !s.isASCII { ascii = false }
            bytes += UTF8.width(s)
        }
        let string = String(unsafeUninitializedCapacity: bytes) { buffer in
            var n = 0
            for s in scalars {
                // Dots and apostrophes inside words join: "U.S." → "us", "Da’esh" → "daesh".
                if s == "." || s == "'" || s == "\u{2019}" { continue }
                // ASCII capitals to lowercase; the rest is folded below.
                let lowered = s.value >= 0x41 && s.value <= 0x5A ? Unicode.Scalar(UInt8(s.value + 32)) : s
                UTF8.encode(lowered) { byte in
                    buffer[n] = byte
                    n += 1
                }
            }
            return n
        }
        if ascii { return string }
        return string.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).lowercased()
    }

    /// The normalised token forms of a name as written in a lexicon ("The U.S." → ["the", "us"]).
    public static func normalizedWords(_ name: String) -> [String] {
        if let words = plainNormalizedWords(name) { return words }
        let scalars = Array(name.unicodeScalars)
        return tokens(scalars, in: 0..<scalars.count).map(\.norm)
    }

    /// ``normalizedWords(_:)`` of an ASCII name with no dot or apostrophe, read off its bytes; nil
    /// for any other name. Nearly every name of the bundled tables is one (20,000 cities, the
    /// persons, the rules' words), and tokenizing them (scalars copied out, tokens made with two
    /// strings each) was a fifth of the extractor's setup, which every update pays. Without dots
    /// and apostrophes the tokenizer has three cases left, taken here as it takes them: spaces,
    /// tabs, CRs and LFs part tokens; a run of letters and digits is a token, lowercased; any
    /// other character is a token of its own, as written.
    static func plainNormalizedWords(_ name: String) -> [String]? {
        name.utf8.withContiguousStorageIfAvailable { plainNormalizedWords($0) } ?? nil
    }

    /// ``plainNormalizedWords(_:)`` of a name's UTF-8 (a table's cell, read in place).
    static func plainNormalizedWords(_ utf8: UnsafeBufferPointer<UInt8>) -> [String]? {
        var words: [String] = []
        return appendPlainNormalizedWords(utf8, to: &words).map { _ in words }
    }

    /// Appends ``plainNormalizedWords(_:)`` of a name's UTF-8 to `words` and returns how many it
    /// appended; nil, leaving `words` as it was, for a name the plain reading does not take. A
    /// table read into one array of words (the gazetteer's) makes no array per name.
    static func appendPlainNormalizedWords(_ utf8: UnsafeBufferPointer<UInt8>, to words: inout [String]) -> Int? {
        // The words' places first, then the words: an empty array is given room for them at
        // once (grown by appending, a name's array was reallocated at its second and third word,
        // most of the cost); a longer one keeps growing by doubling. (A name has at most as many
        // words as bytes.)
        withUnsafeTemporaryAllocation(of: Range<Int>.self, capacity: max(utf8.count, 1)) { places -> Int? in
            guard let count = plainWordPlaces(utf8, into: places) else { return nil }
            if words.isEmpty { words.reserveCapacity(count) }
            for word in places[..<count] {
                words.append(String(unsafeUninitializedCapacity: word.count) { buffer in
                    for k in word { buffer[k - word.lowerBound] = utf8[k] >= 0x41 && utf8[k] <= 0x5A ? utf8[k] + 32 : utf8[k] }
                    return word.count
                })
            }
            return count
        }
    }

    /// Writes the byte ranges of a plain name's words into `places` (room for one per byte) and
    /// returns their number; nil for a name the plain reading does not take.
    private static func plainWordPlaces(_ utf8: UnsafeBufferPointer<UInt8>, into places: UnsafeMutableBufferPointer<Range<Int>>) -> Int? {
        var count = 0
        var i = 0
        while let word = plainWord(utf8, from: &i) {
            guard !word.isEmpty else { return nil }
            places[count] = word
            count += 1
        }
        return count
    }

    /// Whether `word` is one token whose norm is the word itself: lowercase ASCII letters and
    /// digits (``normalizedWords(_:)`` gives `[word]`).
    static func isNormalWord(_ word: String) -> Bool {
        let isNormal = { (byte: UInt8) in byte &- 0x61 < 26 || byte &- 0x30 < 10 }
        return !word.isEmpty && (word.utf8.withContiguousStorageIfAvailable { $0.allSatisfy(isNormal) } ?? word.utf8.allSatisfy(isNormal))
    }

    /// A token of a plain name: its norm and its case, what ``tokens(_:in:)`` gives it.
    struct PlainToken: Equatable {
        var norm: String
        /// Starts with an uppercase letter (``Token/isCapitalized``).
        var isCapitalized: Bool
        /// Has a letter and no lowercase one (``Token/isUppercase``).
        var isUppercase: Bool
    }

    /// The tokens of a plain name (one ``plainNormalizedWords(_:)`` takes: ASCII, no dot, no
    /// apostrophe), read off its bytes; nil for any other name. The lexicon's matcher asks each
    /// name's tokens once, and the tokenizer made two strings and a scalar array for each.
    static func plainTokens(_ name: String) -> [PlainToken]? {
        var name = name
        return name.withUTF8 { utf8 -> [PlainToken]? in
            // The words' places first, then the tokens in an array of their number.
            withUnsafeTemporaryAllocation(of: Range<Int>.self, capacity: max(utf8.count, 1)) { places -> [PlainToken]? in
                guard let count = plainWordPlaces(utf8, into: places) else { return nil }
                var tokens: [PlainToken] = []
                tokens.reserveCapacity(count)
                for word in places[..<count] {
                    var hasUpper = false, hasLower = false
                    for k in word {
                        if utf8[k] &- 0x41 < 26 { hasUpper = true } else if utf8[k] &- 0x61 < 26 { hasLower = true }
                    }
                    let norm = String(unsafeUninitializedCapacity: word.count) { buffer in
                        for k in word { buffer[k - word.lowerBound] = utf8[k] &- 0x41 < 26 ? utf8[k] + 32 : utf8[k] }
                        return word.count
                    }
                    tokens.append(PlainToken(norm: norm, isCapitalized: utf8[word.lowerBound] &- 0x41 < 26, isUppercase: hasUpper && !hasLower))
                }
                return tokens
            }
        }
    }

    /// The next word of a plain name from `i` on (moving `i` past it), nil at its end, or an
    /// empty range at a byte the plain reading does not take (non-ASCII, a dot, an apostrophe).
    @inline(__always)
    private static func plainWord(_ utf8: UnsafeBufferPointer<UInt8>, from i: inout Int) -> Range<Int>? {
        while i < utf8.count, utf8[i] == 0x20 || utf8[i] == 0x0A || utf8[i] == 0x09 || utf8[i] == 0x0D { i += 1 }
        guard i < utf8.count else { return nil }
        let byte = utf8[i]
        if byte >= 0x80 || byte == 0x2E || byte == 0x27 { return i..<i }
        let start = i
        i += 1
        if isASCIIWordByte(byte) {
            while i < utf8.count, isASCIIWordByte(utf8[i]) { i += 1 }
        }
        return start..<i
    }

    @inline(__always)
    private static func isASCIIWordByte(_ b: UInt8) -> Bool {
        (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39)
    }
}
