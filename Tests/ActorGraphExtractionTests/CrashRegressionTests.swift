import ActorGraphModel
import Testing

@testable import ActorGraphExtraction

/// Inputs that once trapped the build. Each must now give a graph: one bad sentence must not cost
/// the user every other document of the corpus.
@Suite struct CrashRegressionTests {
    let header = "kind\tname\tcode\taliases\tdemonyms\tmetonyms\tcountry"

    @Test func aTitledReporterAfterTheSentencesOnlyStateDoesNotTrap() {
        // Coreference looked for a reporting verb between the person and a state before them.
        let edges = Fixture.edges("Egypt welcomed the plan, Foreign Minister Sameh Shoukry said. Iran backs Hezbollah.")
        #expect(edges.contains("Iran backs Hezbollah"), "\(edges)")
    }

    @Test func aLexiconNameWithACommaDoesNotTrap() throws {
        var lexicon = Fixture.lexicon
        lexicon.merge(try LexiconFile.parse("\(header)\nstate\tKorea, South\tKOR\t\t\t\t\n", source: "user.tsv"))
        let text = "Iran backs Hezbollah, the Korea, South Foreign Minister said. Korea, South Foreign Minister Park Jin met Japan."
        let corpus = Corpus(documents: [Document(name: "doc.txt", text: text, published: "2024-03-15")])
        let result = BuildResult.build(corpus, lexicon: lexicon, rules: Fixture.rules)
        #expect(result.graph.relations.contains { result.graph[$0.subject]?.name == "Iran" }, "\(result.graph.relations)")
    }

    @Test func aPostEndingTheLineDoesNotTrap() {
        // A post's comma at the line's end asked for a plural title one past the last token.
        let edges = Fixture.edges("Press conference by Dante Caputo, Special Envoy,\n\nIran backs Hezbollah. Talks with the Foreign Minister,")
        #expect(edges.contains("Iran backs Hezbollah"), "\(edges)")
    }
}
