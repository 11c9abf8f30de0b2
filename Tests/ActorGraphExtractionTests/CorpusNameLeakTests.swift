import ActorGraphModel
import Testing

@testable import ActorGraphExtraction

/// Names learned in one document of a corpus must not turn ordinary words of another into persons.
@Suite struct CorpusNameLeakTests {
    /// The edges of a corpus of texts, as "Subject relation Object" lines.
    func edges(_ texts: [(String, String)]) -> Set<String> {
        let corpus = Corpus(documents: texts.enumerated().map { n, t in Document(name: "\(n).txt", text: t.0, published: t.1) })
        let graph = BuildResult.build(corpus, lexicon: Fixture.lexicon, rules: Fixture.rules).graph
        return Set(graph.relations.map { r in "\(graph[r.subject]!.name) \(r.kind.rawValue) \(graph[r.object]!.name)" })
    }

    /// "the chief of the joint Arab forces": a post with its body, no person called Arab, so
    /// another text's "Arab leaders met in Rabat" names nobody.
    @Test func aWordBeforeABodysNounIsNoName() {
        let found = edges([
            ("He met the chief of the joint Arab forces on Sunday.", "1991-03-03"),
            ("Arab met Kenya in Rabat on Saturday.", "1974-10-29"),
        ])
        #expect(!found.contains { $0.hasPrefix("Arab ") }, "\(found.sorted())")
    }

    /// "the Amir of Kuwait, Sheikh Sabah": after "the", a word another text's person has for a
    /// first name (Amir Hossein Rahimi) is a title, not that person.
    @Test func aFirstNameAfterTheIsNoPerson() {
        let found = edges([
            ("Iran's envoy, Amir Hossein Rahimi, met Kenya's president in Nairobi on Monday.", "2025-06-20"),
            ("The summit opened in Rabat on Saturday. The Amir of Kuwait, Sheikh Sabah al-Salim, arrived for the summit on Saturday.", "1974-10-29"),
        ])
        #expect(!found.contains { $0.hasPrefix("Amir Hossein Rahimi attended Rabat") }, "\(found.sorted())")
        #expect(found.contains("Amir Hossein Rahimi attended Nairobi 2025-06-16"), "\(found.sorted())")
    }
}
