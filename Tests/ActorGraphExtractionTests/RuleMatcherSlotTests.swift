import Foundation
import Testing

@testable import ActorGraphExtraction

/// The matcher asks where a slot may bind only near the starts of mentions (``RuleMatcher/TokenFacts/slotHead``):
/// at every token the answer must be what asking there gives. And a slot's list on the match's
/// stack stops at the stack's end instead of writing past it.
@Suite struct RuleMatcherSlotTests {
    /// Every token of `sentence`: the matcher's slot head against asking there.
    private func expectHeadsAsAsked(_ sentence: SentenceAnalysis, _ compiled: CompiledRules, _ context: String) {
        let matcher = RuleMatcher(tokens: sentence.tokens, mentions: sentence.mentions, clauses: sentence.clauses, compiled: compiled)
        #expect(matcher.facts.count == sentence.tokens.count + 1)
        for i in sentence.tokens.indices {
            let asked = RuleMatcher.slotHead(i, tokens: sentence.tokens, mentions: sentence.mentions, facts: matcher.facts, words: compiled.words)
            #expect(Int(matcher.facts[i].slotHead) == (asked ?? -1), "\(context), token \(i) (\(sentence.tokens[i].text))")
        }
        // Past the last token a slot binds nothing.
        #expect(matcher.facts.last?.slotHead == -1)
    }

    @Test func headsAreWhatAskingAtEveryTokenGives() throws {
        let extractor = Extractor(lexicon: Fixture.lexicon, rules: Fixture.rules)
        // A determiner, an adjective before a person, both, a compound modifier, a name at the
        // sentence's start and end.
        let text = """
            The United States and the regime backed the rebels. Turkey will back eastern commander Khalifa Haftar. \
            They bombed the Iranian-backed Houthi rebels. France met the new President Emmanuel Macron and Germany. Egypt
            """
        for sentence in extractor.analyze(Document(name: "slots.txt", text: text, published: "2024-03-15")).sentences {
            expectHeadsAsAsked(sentence, extractor.compiled, "slots.txt")
        }
        let seeds = try Corpus.load(folder: Fixture.packageRoot.appendingPathComponent("seeds"))
        var sentences = 0
        for document in seeds.documents {
            for sentence in extractor.analyze(document).sentences {
                expectHeadsAsAsked(sentence, extractor.compiled, document.name)
                sentences += 1
            }
        }
        #expect(sentences > 100)
    }

    /// Lists read once and kept give the matches reading them afresh gives, on the seeds and
    /// every fixture's articles, for the nominal and the relational rules.
    @Test func keptSlotListsChangeNoMatch() throws {
        let extractor = Extractor(lexicon: Fixture.lexicon, rules: Fixture.rules)
        let folders = try Fixture.articleFolders()
        var matched = 0
        for folder in folders {
            for document in try Corpus.load(folder: folder).documents {
                for sentence in extractor.analyze(document).sentences {
                    let matcher = RuleMatcher(tokens: sentence.tokens, mentions: sentence.mentions, clauses: sentence.clauses, compiled: extractor.compiled)
                    for index in [extractor.compiled.nominal, extractor.compiled.relational] {
                        let kept = matcher.matches(index)
                        #expect(kept == matcher.matches(index, keepingLists: false), "\(document.name)")
                        matched += kept.count
                    }
                }
            }
        }
        #expect(matched > 1_000)
    }

    @Test func aSlotListStopsAtTheStacksEnd() {
        withUnsafeTemporaryAllocation(of: Int.self, capacity: 8) { storage in
            guard let base = storage.baseAddress else { return }
            (base + 6).initialize(repeating: 0, count: 2)
            let stack = SlotStack(
                members: base, ends: base + 3, capacity: 3, cacheIndex: base + 6, cacheFill: base + 7, cacheStore: base + 8, cacheRoom: 0)
            var list = stack.list(from: 1)
            let appended = [list.append(7, end: 9), list.append(8, end: 10), list.append(9, end: 11)]
            #expect(appended == [true, true, false])
            #expect(list.count == 2 && list.lastMention == 8 && list.lastEnd == 10)
            list.lastEnd = 12
            #expect(base[2] == 8 && base[3 + 2] == 12)
            var past = stack.list(from: 5)
            let full = !past.append(1, end: 2)
            #expect(past.capacity == 0 && full && past.count == 0)
        }
    }
}
