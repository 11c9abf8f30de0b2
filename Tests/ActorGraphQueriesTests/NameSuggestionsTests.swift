import ActorGraphModel
import Testing
@testable import ActorGraphQueries

@Suite("Finding actors by name")
struct NameSuggestionsTests {
    @Test func typosGetTheNearestNames() throws {
        let graph = try Fixtures.seed()
        #expect(throws: QueryError.unknownActor("Rusia", suggestions: ["Russia"])) {
            try graph.resolveActor(named: "Rusia")
        }
        #expect(graph.suggestions(for: "Saudi").first == "Saudi Arabia")
        #expect(graph.suggestions(for: "Lavrof") == ["Lavrov"])
        #expect(graph.suggestions(for: "zzzzzzzz").isEmpty)
    }

    @Test func unknownActorMessageIsOneLineWithSuggestions() {
        let error = QueryError.unknownActor("Iram", suggestions: ["Iran", "Iraq"])
        #expect(error.description == "no actor named “Iram”; did you mean “Iran”, “Iraq”?")
        #expect(QueryError.unknownActor("x", suggestions: []).description == "no actor named “x”")
    }

    @Test func namesAliasesAndIdsResolve() throws {
        let graph = try Fixtures.seed()
        #expect(try graph.resolveActor(named: "the kremlin").id == "russia")
        #expect(try graph.resolveActor(named: "ASSAD").id == "bashar-al-assad")
        #expect(try graph.resolveActor(named: "Vienna 2015-10-30").id == Fixtures.vienna30.id)
        #expect(try graph.resolveActor(named: "syrian-opposition").name == "Syrian opposition")
    }

    @Test func ambiguousNamesListTheCandidates() throws {
        var graph = ActorGraph()
        try graph.add(Actor(id: "georgia", name: "Georgia", kind: .state, aliases: ["Tbilisi"]))
        try graph.add(Actor(id: "georgia-us-state", name: "State of Georgia", kind: .organization, aliases: ["Georgia"]))
        // The display name wins over an alias.
        #expect(try graph.resolveActor(named: "Georgia").id == "georgia")
        try graph.add(Actor(id: "tbilisi-city", name: "Tbilisi City Hall", kind: .organization, aliases: ["Tbilisi"]))
        #expect(throws: QueryError.ambiguousName("Tbilisi", candidates: [graph["georgia"]!, graph["tbilisi-city"]!])) {
            try graph.resolveActor(named: "Tbilisi")
        }
        let message = QueryError.ambiguousName("Tbilisi", candidates: [graph["georgia"]!, graph["tbilisi-city"]!]).description
        #expect(message == "“Tbilisi” names 2 actors: Georgia (state, id georgia); Tbilisi City Hall (organization, id tbilisi-city); name one by its id")
    }

    @Test func filteredOutActorsAreToldApart() throws {
        let graph = try Fixtures.seed()
        let filtered = IndexedGraph(try GraphFilter(kinds: [.state]).apply(to: graph))
        #expect(throws: QueryError.filteredOut("Assad")) { try filtered.resolve("Assad", unfiltered: graph) }
        #expect(throws: QueryError.unknownActor("Rusia", suggestions: ["Russia"])) { try filtered.resolve("Rusia", unfiltered: graph) }
    }
}
