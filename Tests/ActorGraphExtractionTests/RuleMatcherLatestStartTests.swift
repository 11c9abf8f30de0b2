import Foundation
import Testing

@testable import ActorGraphExtraction

/// The matcher tries a rule only at tokens up to its latest start
/// (``RuleMatcher/latestStart(_:)``: the last place its own words fit, in order, on tokens no
/// mention covers). Trying every start must give the same matches, on the seeds, every fixture's
/// articles and their upper-cased copies, and sentences made to reach the edges, for the nominal
/// and the relational rules.
@Suite struct RuleMatcherLatestStartTests {
    /// The matches of every sentence of `document`, with and without the bound; returns how many
    /// the bound kept and how many rules it skipped a start of.
    @discardableResult
    static func expectSame(_ document: Document, _ extractor: Extractor) -> (matched: Int, bounded: Int) {
        var matched = 0
        var bounded = 0
        for sentence in extractor.analyze(document).sentences {
            let matcher = RuleMatcher(tokens: sentence.tokens, mentions: sentence.mentions, clauses: sentence.clauses, compiled: extractor.compiled)
            for index in [extractor.compiled.nominal, extractor.compiled.relational] {
                let bound = matcher.matches(index)
                #expect(bound == matcher.matches(index, latestStart: false), "\(document.name): \(sentence.tokens.map(\.text).joined(separator: " "))")
                matched += bound.count
                for rule in index.rules where matcher.latestStart(rule.sequence) < sentence.tokens.count - 1 { bounded += 1 }
            }
        }
        return (matched, bounded)
    }

    @Test func theBoundChangesNoMatch() throws {
        let extractor = Extractor(lexicon: Fixture.lexicon, rules: Fixture.rules)
        var matched = 0
        var bounded = 0
        for folder in try Fixture.articleFolders() {
            for document in try Corpus.load(folder: folder).documents {
                for text in [document.text, document.text.uppercased()] {
                    let (m, b) = Self.expectSame(Document(name: document.name, text: text, published: document.published), extractor)
                    matched += m
                    bounded += b
                }
            }
        }
        #expect(matched > 1_000)
        #expect(bounded > 10_000)
    }

    @Test func madeSentencesAtTheEdges() {
        let extractor = Extractor(lexicon: Fixture.lexicon, rules: Fixture.rules)
        let texts = [
            // The verb last, first, twice; a name covering a rule word; no verb at all.
            "Russia backs", "backs Russia", "Russia backs Iran and Syria backs Hezbollah.", "Backs Russia Iran.",
            "Iran backed the rebels, which Russia backed, and Turkey opposed them.",
            "The talks in Vienna were attended by Russia, Iran and the United States.",
            "Russia, Iran and Turkey met in Astana; Russia and Iran back Assad, Turkey opposes him.",
            "The United States and the regime backed the rebels. Turkey will back eastern commander Khalifa Haftar.",
            "Jordan, a member of the US-led coalition, and Russia agreed to coordinate.",
            "anti-Assad forces attacked Assad's forces. opponents of Assad fought Assad.",
            "", "Russia", ",", "Iran Iran Iran backs backs backs",
        ]
        for text in texts {
            Self.expectSame(Document(name: "edges.txt", text: text, published: "2024-03-15"), extractor)
        }
    }
}
