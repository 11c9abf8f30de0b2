import Testing

@testable import ActorGraphExtraction

/// The example sentences written under the bundled rules (`+ …` and `- …` lines): each rule reads
/// its relation from its examples and not from its counter-examples.
struct RuleExampleTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var rule: RuleSet.Rule
        var sentence: String
        var holds: Bool
        var testDescription: String { "\(rule.source):\(rule.line) \(holds ? "+" : "-") \(sentence)" }
    }

    static let cases: [Case] = Fixture.rules.rules.flatMap { rule in
        rule.examples.map { Case(rule: rule, sentence: $0, holds: true) }
            + rule.counterExamples.map { Case(rule: rule, sentence: $0, holds: false) }
    }

    @Test func bundledRulesHaveExamples() {
        #expect(Self.cases.contains { $0.holds })
        #expect(Self.cases.contains { !$0.holds })
    }

    @Test(arguments: cases)
    func ruleReadsItsExamplesOnly(_ example: Case) {
        let extractor = Extractor(lexicon: Fixture.lexicon, rules: Fixture.rules)
        let document = Document(name: "example.txt", text: example.sentence, published: "2024-03-15")
        let findings = extractor.extract([document]).flatMap(\.findings)
        let fired = findings.contains { $0.evidence.rule == "\(example.rule.source):\(example.rule.line)" }
        #expect(fired == example.holds)
    }

    @Test func examplesFollowTheirRule() throws {
        var rules = RuleSet()
        try rules.parse("backs: S ~3 backs O\n+ Iran backs Hezbollah.\n- Iran does not back Hezbollah.\n", source: "mine.rules")
        #expect(rules.rules.first?.examples == ["Iran backs Hezbollah."])
        #expect(rules.rules.first?.counterExamples == ["Iran does not back Hezbollah."])
        var orphan = RuleSet()
        #expect(throws: ExtractionError.self) { try orphan.parse("+ Iran backs Hezbollah.\n", source: "mine.rules") }
    }
}
