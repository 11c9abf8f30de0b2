import Foundation
import Testing

@testable import ActorGraphExtraction

/// A known ASCII token took its norm (and, written in lowercase, its text) from the
/// vocabulary's own String of its word (a table since dropped), and an ASCII mark's
/// text was its norm; since the seventeenth speed pass a short ASCII token's strings are made
/// from their bytes (``ShortASCII``): every token must be what the tokenizer before made (kept
/// here verbatim as the oracle), field for field and byte for byte, on the seeds, every
/// fixture's articles, their upper-cased copies and texts made to reach the edges.
@Suite struct TokenizerOracleTests {
    /// The tokenizer as it was before tokens took the vocabulary's strings.
    enum Reference {
        static func tokens(_ scalars: [Unicode.Scalar], vocabulary: Vocabulary) -> [Token] {
            scalars.withUnsafeBufferPointer { tokens($0, in: 0..<scalars.count, vocabulary: vocabulary) }
        }

        static func isLetter(_ s: Unicode.Scalar) -> Bool { Tokenizer.isLetter(s) }
        static func isWordScalar(_ s: Unicode.Scalar) -> Bool { Tokenizer.isWordScalar(s) }
        static func normalize(_ scalars: ArraySlice<Unicode.Scalar>) -> String { Tokenizer.normalize(scalars) }

        static func tokens(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, in range: Range<Int>, vocabulary: Vocabulary?) -> [Token] {
            var out: [Token] = []
            // About one token per five scalars in prose: most sentences never grow the array.
            out.reserveCapacity(range.count / 4 + 4)
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
                // Punctuation: one scalar each, with dashes and quotes normalised.
                let norm: String
                switch c {
                case "\u{2014}", "\u{2013}": norm = "—"
                case "\u{201C}", "\u{201D}", "\"": norm = "\""
                case "\u{2018}", "\u{2019}": norm = "'"
                default: norm = String(c)
                }
                out.append(make(scalars, i..<(i + 1), norm: norm, vocabulary: vocabulary))
                i += 1
            }
            return out
        }
        /// `String(scalars[range]).lowercased()`, built straight from the bytes when the scalars are
        /// ASCII (a clitic after an apostrophe nearly always is).
        static func lowercased(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>) -> String {
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
        static func make(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>, norm given: String? = nil, vocabulary: Vocabulary? = nil) -> Token {
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
                    if s.properties.isAlphabetic {
                        hasLetter = true
                        if s.properties.isLowercase { hasLower = true }
                    }
                }
            }
            let text: String
            let norm: String
            var word = Vocabulary.unknown
            if isASCII {
                // One byte per scalar: both strings are written straight from the scalars' values
                // (up to 15 bytes, without allocating), with no width pass and no encoder.
                text = String(unsafeUninitializedCapacity: range.count) { buffer in
                    for (n, k) in range.enumerated() { buffer[n] = UInt8(truncatingIfNeeded: scalars[k].value) }
                    return range.count
                }
                if let given {
                    norm = given
                } else if isOwnNorm {
                    norm = text
                } else {
                    // As ``normalize(_:)`` does for ASCII: dots and apostrophes dropped, capitals lowered.
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
                if let vocabulary {
                    // The id from the norm's bytes, which are the scalars' lowered, without dots and
                    // apostrophes (a key, not the String read back); a norm past the short-word
                    // table's length, or given, is looked up as a String.
                    if given == nil, normCount <= ShortWords.maximumLength {
                        word = vocabulary.id(ShortWords.Key(low: UInt64(littleEndian: key.0), high: UInt64(littleEndian: key.1) | 1 << 63 | UInt64(normCount) << 56))
                    } else {
                        word = vocabulary.id(norm)
                    }
                }
            } else {
                let slice = ArraySlice(scalars[range])
                text = String(ascribing: slice)
                norm = given ?? normalize(slice)
                if let vocabulary { word = vocabulary.id(norm) }
            }
            let capitalized = first.isASCII ? (first.value >= 0x41 && first.value <= 0x5A) : first.properties.isUppercase
            return Token(
                text: text, norm: norm, start: range.lowerBound, end: range.upperBound,
                isCapitalized: capitalized, isUppercase: hasLetter && !hasLower,
                isWord: isWordScalar(first), word: word)
        }
    
    }

    /// Every token of `text` against the reference's, field by field and byte by byte; returns
    /// how many were known ASCII words (the tokens a short ASCII string is made for).
    @discardableResult
    static func expectSame(_ text: String, _ vocabulary: Vocabulary, _ context: String) -> Int {
        let scalars = Array(text.unicodeScalars)
        let new = Tokenizer.tokens(scalars, in: 0..<scalars.count, vocabulary: vocabulary)
        let old = Reference.tokens(scalars, vocabulary: vocabulary)
        #expect(new.count == old.count, "\(context)")
        var shared = 0
        for (a, b) in zip(new, old) {
            let same = a == b && Array(a.text.utf8) == Array(b.text.utf8) && Array(a.norm.utf8) == Array(b.norm.utf8) && a.word == b.word
            #expect(same, "\(context), token \(a.start): \(a.text) / \(a.norm) (\(a.word)) against \(b.text) / \(b.norm) (\(b.word))")
            if a.word != Vocabulary.unknown, a.norm.utf8.allSatisfy({ $0 < 0x80 }) { shared += 1 }
        }
        return shared
    }

    @Test func tokensAreWhatTheTokenizerBeforeMade() throws {
        let extractor = Extractor(lexicon: Fixture.lexicon, rules: Fixture.rules)
        var shared = 0
        for (text, name) in try Fixture.oracleTexts() {
            shared += Self.expectSame(text, extractor.vocabulary, name)
        }
        #expect(shared > 100_000)
    }

    @Test func madeTextsAtTheEdges() {
        let extractor = Extractor(lexicon: Fixture.lexicon, rules: Fixture.rules)
        let texts = [
            "the talks, the Talks, THE TALKS; U.S. and U.N. officials (in Vienna) — \"said\" 'so' … ? ! & * / + = % $ # @",
            "haven't HAVEN'T Russia's Russia’s O'Brien Da'esh Da’esh it'll they're we've I'd I'm n't 'tis",
            "abcdefghijklmno abcdefghijklmnop ABCDEFGHIJKLMNO counterinsurgency counter-insurgency 2015 3rd 10,000",
            "Kelvin 3\u{212A} Ångström café Café CAFÉ Erdoğan Al-Sisi Lavrov–Kerry “quoted” ‘single’ — – -",
            "x X a A I 1 . , ; : ( ) [ ] { } < > ' \" ` ~ ^ _ | \\",
            "", " ", "\n\t", "the", "The", "THE", "U.S.", "u.s.", "U.S", "A.B.C.D.E.F.G.H.I.J.K.L.M.N.O.P.",
        ]
        for text in texts {
            Self.expectSame(text, extractor.vocabulary, text)
        }
    }

    /// Where the one-pass reading of a plain ASCII word hands over to the general one: a
    /// non-ASCII scalar, a dot after one letter, an apostrophe, a sixteenth letter; and every
    /// ASCII character after a word, before one and alone (the marks' table).
    @Test func plainWordsAtTheirEdges() {
        let extractor = Extractor(lexicon: Fixture.lexicon, rules: Fixture.rules)
        let ascii = (0..<128).map { String(Unicode.Scalar(UInt8($0))) }
        var texts = [
            "Zürich Zurich abcdefgh abcdefghi ABCDEFGHé aé a. ab. a.b ab.cd x.y. I. I don't don’t O'Neil Russia's",
            "123abc ABC123 abc1 A1 1A 2015. 10,000 3rd Russia RUSSIA russia The THE the Talks TALKS talks Moscow MOSCOW",
            "word—word word…word word,word word;word (word) \"word\" word! word? word/word word&word word\tword\nword\r\nword word\u{00A0}word",
            "Abcdefghijklmno Abcdefghijklmnop ABCDEFGHIJKLMNO ABCDEFGHIJKLMNOP abcdefghijklmnO abcdefghijklmnop1 counterinsurgency",
            ascii.joined(), ascii.joined(separator: " "), "a", "A", "Ab", "aB", "7", "x.", "Ab.",
        ]
        texts += ascii.map { "word\($0)Word" }
        texts += ascii.map { "\($0)" }
        for text in texts {
            Self.expectSame(text, extractor.vocabulary, text)
        }
    }

    /// A plain name's tokens read off its bytes are the tokenizer's norms and cases: for every
    /// name of the bundled lexicon and persons' table and for names at the edges; any other
    /// name is left to the tokenizer.
    @Test func plainTokensAreTheTokenizers() throws {
        var names = SetupReadingTests.edgeNames + ["NATO", "G7", "Al-Shabaab", "ECOWAS-led", "the UN", "P5+1", "iPhone", "MiG-29", "x", "2024"]
        for entry in try Lexicon.bundled().entries { names += [entry.name] + entry.aliases + entry.demonyms + entry.metonyms }
        let leaders = try #require(bundledText("leaders"))
        TableLines.forEach(in: leaders) { names.append(TableLines.cells($0)[0]) }
        var plain = 0
        for name in names {
            let scalars = Array(name.unicodeScalars)
            let tokens = Tokenizer.tokens(scalars, in: 0..<scalars.count)
            guard let read = Tokenizer.plainTokens(name) else {
                #expect(Tokenizer.plainNormalizedWords(name) == nil, "\(name.debugDescription)")
                continue
            }
            plain += 1
            #expect(read == tokens.map { Tokenizer.PlainToken(norm: $0.norm, isCapitalized: $0.isCapitalized, isUppercase: $0.isUppercase) }, "\(name.debugDescription)")
            #expect(read.map(\.norm) == Tokenizer.plainNormalizedWords(name), "\(name.debugDescription)")
        }
        #expect(plain > names.count / 2)
    }
}
