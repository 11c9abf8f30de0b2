/// Splits document text into sentences: at line breaks, and at `.`, `!`, `?` (with any closing
/// quotes or brackets) followed by a capitalised word — except after abbreviations ("Mr.",
/// "Gen.", "Sept."), initials ("John F. Kerry") and dotted acronyms ("U.S. officials").
public enum SentenceSplitter {
    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "gen", "sen", "rep", "gov", "lt", "col", "maj", "capt", "sgt", "cmdr",
        "adm", "st", "jan", "feb", "mar", "apr", "aug", "sept", "sep", "oct", "nov", "dec", "jr", "sr",
        "prof", "no", "vs", "etc", "inc", "co", "corp", "ltd", "rev", "fr", "pres", "amb", "dept", "est",
    ]
    /// Words that start a new sentence after a dotted acronym ("… by the U.S. The …").
    static let sentenceStarters: Set<String> = [
        "the", "this", "that", "it", "he", "she", "they", "we", "i", "but", "and", "in", "a", "an", "his",
        "her", "their", "its", "there", "on", "at", "as", "after", "while", "when", "meanwhile", "however",
    ]

    /// The scalar ranges of the sentences of `scalars`, trimmed, empty ones dropped.
    public static func sentences(_ scalars: [Unicode.Scalar]) -> [Range<Int>] {
        // Read through a buffer pointer: a bounds check per scalar was much of the cost.
        scalars.withUnsafeBufferPointer { sentences($0) }
    }

    private static func sentences(_ scalars: UnsafeBufferPointer<Unicode.Scalar>) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = 0
        var i = 0
        let n = scalars.count
        func close(_ end: Int) {
            var s = start
            var e = end
            while s < e, isSpace(scalars[s]) { s += 1 }
            while e > s, isSpace(scalars[e - 1]) { e -= 1 }
            if s < e { result.append(s..<e) }
            start = end
        }
        while i < n {
            let c = scalars[i]
            // Most scalars are letters and spaces: one comparison each passes them.
            if c.value > 0x3F && c.value < 0x2000 || c == " " {
                i += 1
                continue
            }
            if c == "\n" || c == "\u{2029}" {
                close(i)
                i += 1
                continue
            }
            if c == "." || c == "!" || c == "?" {
                var j = i + 1
                // Ellipses (". . ." or "...") do not end sentences.
                if c == ".", j < n, scalars[j] == "." || (scalars[j] == " " && j + 1 < n && scalars[j + 1] == ".") {
                    i = j
                    while i < n, scalars[i] == "." || scalars[i] == " " { i += 1 }
                    continue
                }
                while j < n, isCloser(scalars[j]) { j += 1 }
                guard j < n, scalars[j] == " " || scalars[j] == "\t" || scalars[j] == "\u{00A0}" else {
                    if j >= n || scalars[j] == "\n" { close(j) ; i = j; continue }
                    i = j
                    continue
                }
                var k = j
                while k < n, scalars[k] == " " || scalars[k] == "\t" || scalars[k] == "\u{00A0}" { k += 1 }
                guard k < n, startsSentence(scalars[k]) else { i = k; continue }
                if c == ".", !endsSentence(scalars, dot: i, next: k) { i = k; continue }
                close(j)
                i = k
                continue
            }
            i += 1
        }
        close(n)
        return result
    }

    static func isSpace(_ s: Unicode.Scalar) -> Bool {
        s.isASCII ? (s == " " || s == "\n" || s == "\t" || s == "\r") : s.properties.isWhitespace
    }

    static func isCloser(_ s: Unicode.Scalar) -> Bool {
        s == "\"" || s == "\u{201D}" || s == "\u{2019}" || s == "'" || s == ")" || s == "]"
    }

    static func startsSentence(_ s: Unicode.Scalar) -> Bool {
        s.properties.isUppercase || s == "\"" || s == "\u{201C}" || s == "\u{2018}" || s == "'"
            || s == "(" || s == "[" || ("0"..."9").contains(s)
    }

    /// Whether the dot at `dot` ends a sentence, judging by the word before it.
    static func endsSentence(_ scalars: [Unicode.Scalar], dot: Int, next: Int) -> Bool {
        scalars.withUnsafeBufferPointer { endsSentence($0, dot: dot, next: next) }
    }

    private static func endsSentence(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, dot: Int, next: Int) -> Bool {
        var w = dot
        while w > 0, Tokenizer.isWordScalar(scalars[w - 1]) || scalars[w - 1] == "." { w -= 1 }
        if w == dot { return true }
        let scalarsOfWord = scalars[w..<dot]
        // An ASCII word is read scalar by scalar; any other as a String, whose characters may
        // join a dot to a mark after it.
        let isASCII = scalarsOfWord.allSatisfy(\.isASCII)
        let word = isASCII ? "" : String(String.UnicodeScalarView(scalarsOfWord))
        // A single capital letter is an initial ("John F. Kerry").
        if scalarsOfWord.count == 1, scalarsOfWord[w].properties.isUppercase { return false }
        if abbreviations.contains(isASCII ? lowercased(scalarsOfWord) : word.lowercased()) { return false }
        // "U.S." / "U.N." end a sentence only before a typical sentence opener.
        if isASCII ? scalarsOfWord.contains(".") : word.contains(".") {
            var e = next
            while e < scalars.count, Tokenizer.isWordScalar(scalars[e]) { e += 1 }
            return sentenceStarters.contains(lowercased(scalars[next..<e]))
        }
        return true
    }

    /// `String(scalars).lowercased()`, with the bytes lowered in place when they are ASCII (the
    /// word before nearly every dot is): `lowercased()` is a Unicode case mapping.
    static func lowercased(_ scalars: Slice<UnsafeBufferPointer<Unicode.Scalar>>) -> String {
        guard scalars.allSatisfy(\.isASCII) else {
            return String(String.UnicodeScalarView(scalars)).lowercased()
        }
        return String(unsafeUninitializedCapacity: scalars.count) { buffer in
            for (n, s) in scalars.enumerated() {
                let v = UInt8(truncatingIfNeeded: s.value)
                buffer[n] = v >= 0x41 && v <= 0x5A ? v + 32 : v
            }
            return scalars.count
        }
    }
}
