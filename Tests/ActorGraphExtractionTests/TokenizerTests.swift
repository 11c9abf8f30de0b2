import Foundation
import Testing

@testable import ActorGraphExtraction

@Suite struct TokenizerTests {
    func norms(_ text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        return Tokenizer.tokens(scalars, in: 0..<scalars.count).map(\.norm)
    }

    @Test func possessivesAndCurlyApostrophesSplitOff() {
        #expect(norms("Ukraine’s army") == ["ukraine", "'s", "army"])
        #expect(norms("Erdogan's plan") == ["erdogan", "'s", "plan"])
    }

    @Test func dottedAcronymsStayOneToken() {
        #expect(norms("the U.S. and the U.N.") == ["the", "us", "and", "the", "un"])
    }

    @Test func contractionsKeepTheNegation() {
        #expect(norms("Kyiv won't back it") == ["kyiv", "wo", "n't", "back", "it"])
    }

    @Test func hyphensSeparateCompounds() {
        #expect(norms("Iran-backed Houthis") == ["iran", "-", "backed", "houthis"])
    }

    @Test func namesWithApostrophesStayWhole() {
        #expect(norms("Da'esh fighters") == ["daesh", "fighters"])
    }

    @Test func offsetsPointIntoTheText() {
        let text = "In Khartoum, the RSF"
        let scalars = Array(text.unicodeScalars)
        let tokens = Tokenizer.tokens(scalars, in: 0..<scalars.count)
        let rsf = tokens.last!
        #expect(String(String.UnicodeScalarView(scalars[rsf.start..<rsf.end])) == "RSF")
        #expect(rsf.isUppercase)
    }

    /// ASCII tokens are written straight from their bytes and the rest through the general
    /// path: both must give the texts, norms and shapes the general path gives.
    @Test func asciiAndOtherTokensAgree() {
        let text = "Mr. O'Brien's U.S.-backed plan, Ağca's and Élysée’s: don't stop Da’esh (2024) — “now”."
        let scalars = Array(text.unicodeScalars)
        let tokens = Tokenizer.tokens(scalars, in: 0..<scalars.count)
        #expect(tokens.map(\.text) == ["Mr", ".", "O'Brien", "'s", "U.S.", "-", "backed", "plan", ",", "Ağca", "'s", "and", "Élysée", "’s", ":", "do", "n't", "stop", "Da’esh", "(", "2024", ")", "—", "“", "now", "”", "."])
        #expect(tokens.map(\.norm)[15...16] == ["do", "n't"])
        // (Every word token but "n't", whose norm the tokenizer gives.)
        for t in tokens where t.isWord && t.norm != "n't" {
            #expect(t.norm == Tokenizer.normalize(scalars[t.start..<t.end]), "\(t.text)")
        }
        #expect(tokens.filter(\.isUppercase).map(\.text) == ["U.S."])
        #expect(tokens.filter(\.isCapitalized).map(\.text) == ["Mr", "O'Brien", "U.S.", "Ağca", "Élysée", "Da’esh"])
    }

    /// A range that runs past the text reads what is inside it (no trap).
    @Test func aRangePastTheTextIsClamped() {
        let scalars = Array("Egypt welcomed the plan.".unicodeScalars)
        let inside = Tokenizer.tokens(scalars, in: 0..<scalars.count)
        #expect(Tokenizer.tokens(scalars, in: 0..<(scalars.count + 10)) == inside)
        #expect(Tokenizer.tokens(scalars, in: (scalars.count + 1)..<(scalars.count + 3)).isEmpty)
    }

    /// Ids found while the tokens are made are the ids ``Vocabulary/assign(_:)`` gives the tokens
    /// afterwards, and the tokens are otherwise the same: on the seeds and on words of every
    /// kind (long, dotted, capitalised, clitics, non-ASCII, canonically equal spellings).
    @Test func idsFoundWhileTokenizingAreTheAssignedOnes() throws {
        let extractor = Extractor(lexicon: Fixture.lexicon, rules: Fixture.rules)
        var vocabulary = extractor.vocabulary
        // Words at and past the short-word table's fifteen bytes, some of them the vocabulary's.
        for word in ["abcdefghijklmno", "abcdefghijklmnop", "usdelegation", "\u{212A}bcdefgh"] { _ = vocabulary.intern(word) }
        var texts = [
            "The U.S. and U.N. envoys haven't met Da’esh's O'Brien in Lomé — “quoted” İstanbul.",
            "ABCDEFGHIJKLMNO abcdefghijklmnop A.B.C.D.E.F.G.H.I.J.K.L.M.N.O.P U.S.Delegation Kbcdefgh \u{212A}bcdefgh",
            "Representatives of the INTERNATIONAL Committee, the counter-terrorism unit's head, 2024's 1,000 troops.",
            "日本語 Đồng Ölmez naïve café-style e\u{301}lan x.y a-b - – — ‘single’ \"double\"",
        ]
        let seeds = Fixture.packageRoot.appendingPathComponent("seeds")
        for file in try FileManager.default.contentsOfDirectory(atPath: seeds.path).sorted() where file.hasSuffix(".txt") {
            texts.append(try String(contentsOf: seeds.appendingPathComponent(file), encoding: .utf8))
        }
        var known = 0
        for text in texts {
            let scalars = Array(text.unicodeScalars)
            var assigned = Tokenizer.tokens(scalars, in: 0..<scalars.count)
            vocabulary.assign(&assigned)
            let found = Tokenizer.tokens(scalars, in: 0..<scalars.count, vocabulary: vocabulary)
            #expect(found == assigned, "\(text.prefix(60).debugDescription)")
            known += found.filter { $0.word != Vocabulary.unknown }.count
        }
        #expect(known > 1_000)
        // Clamped as the plain tokenizer is.
        let scalars = Array("Kyiv".unicodeScalars)
        #expect(Tokenizer.tokens(scalars, in: 2..<10, vocabulary: vocabulary) == Tokenizer.tokens(scalars, in: 2..<10))
    }

    /// ``Tokenizer/isNonASCIIWordScalar(_:)`` answers General Punctuation (U+2000–U+206F) without
    /// asking the scalar's properties: it must answer as they do, there and around it.
    @Test func nonASCIIWordScalarsAsTheirProperties() {
        var asked = 0
        for v in UInt32(0x80)...0x2FFF {
            guard let s = Unicode.Scalar(v) else { continue }
            #expect(Tokenizer.isNonASCIIWordScalar(s) == (s.properties.isAlphabetic || s.properties.numericType != nil), "U+\(String(v, radix: 16))")
            asked += 1
        }
        #expect(asked > 12_000)
    }

    /// ``Tokenizer/make(_:_:norm:textIsNorm:vocabulary:)`` skips the properties of General
    /// Punctuation (``Tokenizer/isGeneralPunctuation(_:)``): the whole block must have no letter,
    /// no number and nothing upper- or lowercase, and the block must be where it says.
    @Test func generalPunctuationHasNoLettersNumbersOrCase() {
        for v in UInt32(0x1F00)...0x20FF {
            guard let s = Unicode.Scalar(v) else { continue }
            let p = s.properties
            let inBlock = v >= 0x2000 && v <= 0x206F
            #expect(Tokenizer.isGeneralPunctuation(s) == inBlock, "U+\(String(v, radix: 16))")
            if inBlock {
                #expect(!p.isAlphabetic && p.numericType == nil && !p.isUppercase && !p.isLowercase, "U+\(String(v, radix: 16))")
            }
        }
    }
}
