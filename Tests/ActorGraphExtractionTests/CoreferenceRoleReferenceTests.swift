import ActorGraphModel
import Testing

@testable import ActorGraphExtraction

/// ``Extractor/resolvePersons(_:index:lastPerson:lastSide:homeState:out:doc:scalars:)`` makes the
/// set of the sentence's person names only when a role reference asks for it (the fifteenth speed
/// pass): a role reference that several persons of its state may fill is the one the sentence
/// names, as before.
@Suite struct CoreferenceRoleReferenceTests {
    /// The mentions of sentence `k` of `text` once its persons are resolved.
    static func resolved(_ text: String, sentence k: Int) -> SentenceAnalysis? {
        let extractor = Extractor(lexicon: Fixture.lexicon, rules: Fixture.rules)
        let doc = Document(name: "role.txt", text: text, published: "2024-03-15")
        let found = extractor.persons(doc)
        let index = PersonIndex([found.all])
        let analysis = extractor.analyze(doc, persons: found)
        guard k < analysis.sentences.count else { return nil }
        var s = analysis.sentences[k]
        var out: [Finding] = []
        extractor.resolvePersons(&s, index: index, lastPerson: nil, out: &out, doc: doc, scalars: analysis.scalars)
        return s
    }

    @Test func aRoleReferenceIsThePersonTheSentenceNames() throws {
        let text = "Kenyan President Ali Musa spoke in Nairobi on Monday. Kenyan Foreign Minister John Okot spoke in Nairobi on Monday. "
            + "John Okot arrived in Kampala on Friday, and the Ugandan minister welcomed his Kenyan counterpart."
        let s = try #require(Self.resolved(text, sentence: 2))
        let k = try #require(s.tokens.firstIndex { $0.norm == "counterpart" })
        #expect(s.mentions.first { $0.range.contains(k) }?.actor == ActorRef(name: "John Okot", kind: .person))
    }

    /// With no person of the state named in the sentence, the words stand for the state.
    @Test func anUnnamedRoleIsTheState() throws {
        let text = "Kenyan President Ali Musa spoke in Nairobi on Monday. Kenyan Foreign Minister John Okot spoke in Nairobi on Monday. "
            + "A delegation arrived in Kampala on Friday, and the Ugandan minister welcomed his Kenyan counterpart."
        let s = try #require(Self.resolved(text, sentence: 2))
        let k = try #require(s.tokens.firstIndex { $0.norm == "counterpart" })
        #expect(s.mentions.first { $0.range.contains(k) }?.actor.kind == .state)
    }
}
