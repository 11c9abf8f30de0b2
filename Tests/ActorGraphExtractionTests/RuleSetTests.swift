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
}
