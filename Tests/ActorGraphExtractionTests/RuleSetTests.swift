import Testing

@testable import ActorGraphExtraction

@Suite struct RuleSetTests {
    @Test(arguments: ["\n", "\r\n", "\r"])
    func aRulesFileStartingWithACommentKeepsItsRulesWhateverItsLineEndings(_ end: String) throws {
        let text = ["# my rules", "backs: S ~3 shields O", "opposes: S ~3 sanctions O", ""].joined(separator: end)
        var rules = RuleSet()
        try rules.parse(text, source: "my.rules")
        #expect(rules.rules.map(\.line) == [2, 3])
    }

    /// "co-chaired" is three tokens in a text: a rule word with a hyphen would never match, so
    /// it is refused with the line and a spelling that works.
    @Test func aHyphenatedWordIsRefusedWithItsTokens() {
        var rules = RuleSet()
        #expect {
            try rules.parse("attended: E ~6 co-chaired by O+\n", source: "my.rules")
        } throws: { error in
            "\(error)".contains("my.rules:1") && "\(error)".contains("co - chaired")
        }
        #expect(throws: Never.self) { try rules.parse("attended: E ~6 co? -? chaired by O+\n", source: "my.rules") }
    }
}
