import ActorGraphModel
import Foundation
import Testing

@testable import ActorGraphExtraction

/// Every name the text uses for an actor is one of its aliases in the graph.
@Suite struct SurfaceFormsTests {
    private func aliases(_ graph: ActorGraph, _ name: String) -> [String] {
        graph.actors.first { $0.name == name }?.aliases ?? []
    }

    @Test func surnamesCapitalsAndDemonymsAsWritten() {
        let graph = Fixture.graph(
            "Russian Foreign Minister Pavel Orlov said Moscow backs Serbia. Orlov added that the Russians oppose Kosovo. "
                + "The Kremlin condemned Albania.")
        #expect(aliases(graph, "Pavel Orlov") == ["Orlov"])
        #expect(aliases(graph, "Russia") == ["Kremlin", "Moscow", "Russians"])
    }

    @Test func pronounsRolesAndTitlesAreNoAliases() {
        let graph = Fixture.graph(
            "Ukrainian President Marta Hnatiuk said Ukraine opposes Russia. She thanked Poland. The Ukrainian president backs "
                + "Moldova. President Hnatiuk spoke.")
        let forms = aliases(graph, "Marta Hnatiuk")
        #expect(!forms.contains { $0.lowercased().contains("president") || $0 == "She" })
    }

    @Test func aDelegationNamesItsStateByTheDemonym() {
        let graph = Fixture.graph("The Iranian delegation opposed Israel.")
        #expect(aliases(graph, "Iran") == ["Iranian"])
    }

    @Test func genericWordsAreNoAliasesButDemonymFormsAre() {
        let graph = Fixture.graph("Fighting spread across Sudan. Army units shelled the city. Government troops opposed the rebels. Chadian troops attacked Sudan.")
        #expect(aliases(graph, "Sudan").isEmpty)
        #expect(aliases(graph, "Chad") == ["Chadian troops"])
    }

    @Test func aCapitalThatIsOnlyAVenueIsNoAlias() {
        let graph = Fixture.graph("Qatar backs Hamas. Talks opened in Doha on Monday.")
        #expect(!aliases(graph, "Qatar").contains("Doha"))
    }

    @Test func aNameBrokenOverALineIsOneSpacedForm() {
        let graph = Fixture.graph("The Islamic\nState attacked Iraq.")
        #expect(aliases(graph, "Islamic State").allSatisfy { !$0.contains("\n") })
    }

    /// The seeds write "Assad" and "Kerry": both are their persons' aliases.
    @Test func seedSurnamesAreAliases() throws {
        let graph = try BuildResult.build(
            folder: Fixture.packageRoot.appendingPathComponent("seeds"), lexicon: Fixture.lexicon, rules: Fixture.rules
        ).graph
        #expect(aliases(graph, "Bashar al-Assad").contains("Assad"))
        #expect(aliases(graph, "John Kerry").contains("Kerry"))
        #expect(aliases(graph, "Sergei Lavrov").contains("Lavrov"))
        #expect(aliases(graph, "Russia").contains("Moscow"))
        for actor in graph.actors { #expect(actor.aliases == actor.aliases.sorted()) }
    }
}
