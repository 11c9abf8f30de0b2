import Foundation
import Testing

@testable import ActorGraphExtraction

/// ``RuleMatcher`` reads what it asks of a sentence's tokens (``PreparedRuleMatcher``) only when
/// a rule of the index can match it (``RuleIndex/candidates(_:)``); the prepared matcher tries a
/// rule that opens on a slot only at the slot heads, and finds a rule's latest start over one word
/// per token (0 under a mention, ``PreparedRuleMatcher/openWords(into:)``). On every sentence of
/// the fixtures' articles, for the nominal and the relational rules: where no rule can match, trying
/// every rule on the prepared matcher finds nothing; trying every token gives the matches found at
/// the slot heads; and the latest start over the words is the one read from the tokens and their
/// facts, for every rule the matcher runs.
@Suite struct RuleMatcherPreparedTests {
    @Test func preparedOnlyWhenARuleCanMatchAndTriedAtSlotHeads() throws {
        let extractor = Extractor(lexicon: Fixture.lexicon, rules: Fixture.rules)
        var sentences = 0
        var unread = 0
        var matched = 0
        var starts = 0
        // (Differences gathered, then expected once: an expectation per rule and sentence was
        // most of the test's time.)
        var differing: [String] = []
        for folder in try Fixture.articleFolders() {
            for document in try Corpus.load(folder: folder).documents {
                for sentence in extractor.analyze(document).sentences {
                    sentences += 1
                    let context = "\(document.name): \(sentence.tokens.map(\.text).joined(separator: " "))"
                    let matcher = RuleMatcher(tokens: sentence.tokens, mentions: sentence.mentions, clauses: sentence.clauses, compiled: extractor.compiled)
                    let prepared = matcher.prepared
                    var words = [Int](repeating: -1, count: sentence.tokens.count)
                    words.withUnsafeMutableBufferPointer { prepared.openWords(into: $0) }
                    let heads = prepared.facts.indices.filter { prepared.facts[$0].slotHead >= 0 }
                    var read = [Int](repeating: -1, count: heads.count)
                    read.withUnsafeMutableBufferPointer { prepared.slotHeads(into: $0) }
                    if read != heads { differing.append("slot heads, \(context)") }
                    for index in [extractor.compiled.nominal, extractor.compiled.relational] {
                        let candidates = index.candidates(sentence.tokens)
                        let matches = matcher.matches(index)
                        if candidates.isEmpty {
                            unread += 1
                            if !prepared.matches(index, candidates: Array(index.rules.indices)).isEmpty { differing.append("unread, \(context)") }
                        } else if matches != prepared.matches(index, candidates: candidates, atSlotHeads: false) {
                            differing.append("every token, \(context)")
                        }
                        matched += matches.count
                        // (The rules the matcher runs: every rule of every sentence took minutes.)
                        for rule in candidates.map({ index.rules[$0] }) {
                            let overWords = rule.sequence.withUnsafeBufferPointer { sequence in
                                words.withUnsafeBufferPointer { PreparedRuleMatcher.latestStart(sequence, words: $0) }
                            }
                            if overWords != prepared.latestStart(rule.sequence) { differing.append("latest start, line \(rule.rule.line), \(context)") }
                            if overWords >= 0 { starts += 1 }
                        }
                    }
                }
            }
        }
        #expect(differing.isEmpty, "\(differing.count) differences: \(differing.prefix(10))")
        #expect(sentences > 1_000)
        #expect(matched > 1_000)
        #expect(starts > 1_000)
        // Most sentences have no rule that can match them in one index or the other.
        #expect(unread > sentences / 2)
    }
}
