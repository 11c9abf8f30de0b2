import Foundation
import Testing

@testable import ActorGraphExtraction

/// ``MentionTable`` answers as the dictionaries by token it replaced in ``PersonRecognizer``:
/// the last mention given at a token wins, events are left out, any other token has none.
@Suite struct MentionTableTests {
    private func expectAsDictionaries(_ mentions: [Mention], tokens: Int, _ context: String) {
        var endingAt: [Int: Mention] = [:]
        var startingAt: [Int: Mention] = [:]
        for m in mentions where m.role != .event {
            endingAt[m.range.upperBound] = m
            startingAt[m.range.lowerBound] = m
        }
        let ending = MentionTable(mentions, byEnd: true)
        let starting = MentionTable(mentions, byEnd: false)
        for k in -3...(tokens + 3) {
            #expect(ending[k] == endingAt[k], "\(context): ending at \(k)")
            #expect(starting[k] == startingAt[k], "\(context): starting at \(k)")
        }
    }

    @Test func answersAsDictionariesDid() throws {
        let russia = ActorRef(name: "Russia", kind: .state)
        let iran = ActorRef(name: "Iran", kind: .state)
        // Two mentions at one token (the later wins), an event, one ending at the sentence's end.
        let made = [
            Mention(range: 0..<2, actor: russia, form: .name), Mention(range: 0..<1, actor: iran, form: .name),
            Mention(range: 3..<4, actor: iran, role: .event, form: .name), Mention(range: 4..<6, actor: russia, form: .name),
        ]
        expectAsDictionaries(made, tokens: 6, "made")
        expectAsDictionaries([], tokens: 0, "none")
        let extractor = Extractor(lexicon: Fixture.lexicon, rules: Fixture.rules)
        let seeds = try Corpus.load(folder: Fixture.packageRoot.appendingPathComponent("seeds"))
        for document in seeds.documents {
            for sentence in extractor.analyze(document).sentences {
                expectAsDictionaries(sentence.mentions, tokens: sentence.tokens.count, document.name)
            }
        }
    }
}
