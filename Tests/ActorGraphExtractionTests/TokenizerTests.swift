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
}
