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
}
