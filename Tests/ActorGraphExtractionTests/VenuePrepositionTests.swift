import Testing

@testable import ActorGraphExtraction

/// ``EventResolver/isVenuePreposition(_:)`` is a switch where `place` asked an array literal:
/// it must answer as that array did for every norm of the seeds and fixtures and for near misses.
@Suite struct VenuePrepositionTests {
    @Test func answersAsTheListDid() throws {
        let listed = ["in", "at", "to", "outside", "near"]
        var norms: Set<String> = ["in", "at", "to", "outside", "near", "In", "AT", "into", "i", "", "nearby", "outsider", "at "]
        let extractor = Extractor(lexicon: Fixture.lexicon, rules: Fixture.rules)
        for folder in try Fixture.articleFolders() {
            for document in try Corpus.load(folder: folder).documents {
                for tokens in LexiconMentionsOracleTests.sentences(document.text, extractor) { norms.formUnion(tokens.map(\.norm)) }
            }
        }
        var yes = 0
        for norm in norms {
            #expect(EventResolver.isVenuePreposition(norm) == listed.contains(norm), "\(norm)")
            if EventResolver.isVenuePreposition(norm) { yes += 1 }
        }
        #expect(yes == listed.count)
    }
}
