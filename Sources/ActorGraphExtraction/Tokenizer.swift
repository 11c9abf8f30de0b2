import Foundation

/// Splits a sentence into tokens in one pass over its Unicode scalars.
///
/// Possessives and contractions are separate tokens ("Russia’s" → "Russia", "'s"; "haven't" →
/// "have", "n't"); hyphens are separate tokens ("Assad-backer" → "Assad", "-", "backer") so that
/// names inside compounds are found; dotted abbreviations stay one token ("U.S.", "U.N.").
public enum Tokenizer {
    /// Tokens of `scalars[range]`, with offsets into `scalars`.
    public static func tokens(_ scalars: [Unicode.Scalar], in range: Range<Int>) -> [Token] {
        var out: [Token] = []
        var i = range.lowerBound
        let end = range.upperBound
        while i < end {
            let c = scalars[i]
            if c.isASCII ? (c == " " || c == "\n" || c == "\t" || c == "\r") : (c.properties.isWhitespace || c == "\u{00A0}") {
                i += 1
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
                        let rest = String(ascribing: scalars[(j + 1)..<k]).lowercased()
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
                    out.append(make(scalars, start..<(j - 1)))
                    out.append(make(scalars, (j - 1)..<(j + 2), norm: "n't"))
                    i = j + 2
                    continue
                }
                out.append(make(scalars, start..<j))
                i = j
                continue
            }
            if (c == "'" || c == "\u{2019}"), i + 1 < end, isLetter(scalars[i + 1]), !out.isEmpty, out.last!.end == i {
                var k = i + 1
                while k < end, isLetter(scalars[k]) { k += 1 }
                let rest = String(ascribing: scalars[(i + 1)..<k]).lowercased()
                out.append(make(scalars, i..<k, norm: "'" + rest))
                i = k
                continue
            }
            // Punctuation: one scalar each, with dashes and quotes normalised.
            let norm: String
            switch c {
            case "\u{2014}", "\u{2013}": norm = "—"
            case "\u{201C}", "\u{201D}", "\"": norm = "\""
            case "\u{2018}", "\u{2019}": norm = "'"
            default: norm = String(c)
            }
            out.append(make(scalars, i..<(i + 1), norm: norm))
            i += 1
        }
        return out
    }

    static func isLetter(_ s: Unicode.Scalar) -> Bool {
        if s.isASCII { return (s.value >= 0x61 && s.value <= 0x7A) || (s.value >= 0x41 && s.value <= 0x5A) }
        return s.properties.isAlphabetic
    }
    static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        if s.isASCII {
            let v = s.value
            return (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) || (v >= 0x30 && v <= 0x39)
        }
        return s.properties.isAlphabetic || s.properties.numericType != nil
    }

    static func make(_ scalars: [Unicode.Scalar], _ range: Range<Int>, norm given: String? = nil) -> Token {
        let string = String(scalars, range)
        let first = scalars[range.lowerBound]
        var hasLetter = false
        var hasLower = false
        // ASCII with no capital, dot or apostrophe: the normal form is the text itself (most
        // tokens), and normalising again would only build the same string.
        var isOwnNorm = true
        for s in scalars[range] {
            if s.isASCII {
                if s.value >= 0x61 && s.value <= 0x7A {
                    hasLetter = true
                    hasLower = true
                } else if s.value >= 0x41 && s.value <= 0x5A {
                    hasLetter = true
                    isOwnNorm = false
                } else if s == "." || s == "'" {
                    isOwnNorm = false
                }
            } else {
                isOwnNorm = false
                if s.properties.isAlphabetic {
                    hasLetter = true
                    if s.properties.isLowercase { hasLower = true }
                }
            }
        }
        let capitalized = first.isASCII ? (first.value >= 0x41 && first.value <= 0x5A) : first.properties.isUppercase
        return Token(
            text: string, norm: given ?? (isOwnNorm ? string : normalize(scalars[range])), start: range.lowerBound, end: range.upperBound,
            isCapitalized: capitalized, isUppercase: hasLetter && !hasLower,
            isWord: isWordScalar(first))
    }

    /// Lowercase, diacritics folded, dots dropped, curly apostrophes straightened.
    static func normalize(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
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
        let scalars = Array(name.unicodeScalars)
        return tokens(scalars, in: 0..<scalars.count).map(\.norm)
    }
}
