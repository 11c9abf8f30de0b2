import Foundation
import Testing

@testable import ActorGraphExtraction

/// ``RuleMatcher`` reads what it asks of a sentence's tokens (``PreparedRuleMatcher``) only when
/// a rule of the index can match it (``RuleIndex/candidates(_:)``), and returns no match without
/// reading anything when none can. Its matches must be those of the prepared matcher trying every
/// rule of the index, on every sentence of the seeds, every fixture's articles and their
/// upper-cased copies, for the nominal and the relational rules.
@Suite struct RuleMatcherPreparedTests {
    @Test func matchesAreEveryRuleTriedOnThePreparedMatcher() throws {
        let extractor = Extractor(lexicon: Fixture.lexicon, rules: Fixture.rules)
        var matched = 0
        var unread = 0
        var sentences = 0
        for (text, name) in try Fixture.oracleTexts() {
            let document = Document(name: name, text: text, published: "2024-03-15")
            for sentence in extractor.analyze(document).sentences {
                sentences += 1
                let matcher = RuleMatcher(tokens: sentence.tokens, mentions: sentence.mentions, clauses: sentence.clauses, compiled: extractor.compiled)
                let prepared = PreparedRuleMatcher(tokens: sentence.tokens, mentions: sentence.mentions, clauses: sentence.clauses, compiled: extractor.compiled)
                for index in [extractor.compiled.nominal, extractor.compiled.relational] {
                    let matches = matcher.matches(index)
                    let everyRule = prepared.matches(index, candidates: Array(index.rules.indices))
                    #expect(matches == everyRule, "\(name): \(sentence.tokens.map(\.text).joined(separator: " "))")
                    matched += matches.count
                    if index.candidates(sentence.tokens).isEmpty { unread += 1 }
                }
            }
        }
        #expect(sentences > 1_000)
        #expect(matched > 1_000)
        // Most sentences have no rule that can match them in one index or the other.
        #expect(unread > sentences / 2)
    }
}
