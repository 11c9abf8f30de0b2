import ActorGraphModel
import Testing
@testable import ActorGraphQueries

@Suite("Finding actors by name")
struct NameResolutionTests {
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

    @Test func anUnambiguousPartOfANameResolves() throws {
        var graph = try Fixtures.seed()
        try graph.add(Actor(name: "Staffan de Mistura", kind: .person))
        try graph.add(Actor(name: "Mohammad Javad Zarif", kind: .person))
        #expect(try graph.resolveActor(named: "Kerry").id == "john-kerry")
        #expect(try graph.resolveActor(named: "lavrov").id == "sergei-lavrov")
        #expect(try graph.resolveActor(named: "de Mistura").id == "staffan-de-mistura")
        #expect(try graph.resolveActor(named: "ZARIF").id == "mohammad-javad-zarif")
        #expect(try graph.resolveActor(named: "al-Assad").id == "bashar-al-assad")
        #expect(try graph.resolveActor(named: "Syrian").id == "syrian-opposition")
        // Whole words only: a piece of a word is not a part of a name.
        #expect(throws: QueryError.self) { try graph.resolveActor(named: "Lav") }
    }

    @Test func casesAndDiacriticsDoNotCount() throws {
        var graph = ActorGraph()
        try graph.add(Actor(name: "Recep Tayyip Erdoğan", kind: .person))
        try graph.add(Actor(name: "Türkiye", kind: .state, aliases: ["Turkey"]))
        #expect(try graph.resolveActor(named: "erdogan").name == "Recep Tayyip Erdoğan")
        #expect(try graph.resolveActor(named: "TURKIYE").name == "Türkiye")
        #expect(try graph.resolveActor(named: "türkey").name == "Türkiye")
    }

    @Test func aWholeNameWinsOverAPartOfAnother() throws {
        let graph = try Fixtures.seed()
        // "Vienna" is part of two event names, and no actor's whole name.
        #expect(throws: QueryError.ambiguousName("Vienna", candidates: [Fixtures.vienna23, Fixtures.vienna30])) {
            try graph.resolveActor(named: "Vienna")
        }
        // "Syria" is a whole name, and part of "Syrian opposition"'s only by a different word.
        #expect(try graph.resolveActor(named: "Syria").id == "syria")
        var more = graph
        try more.add(Actor(name: "Syria Study Group", kind: .organization))
        #expect(try more.resolveActor(named: "Syria").id == "syria")
        #expect(more.candidates(for: "Syria").map(\.id) == ["syria"])
    }

    @Test func anAmbiguousPartListsTheCandidatesOnOneLine() throws {
        var graph = ActorGraph()
        try graph.add(Actor(name: "John Kerry", kind: .person))
        try graph.add(Actor(name: "Teresa Kerry", kind: .person))
        do {
            _ = try graph.resolveActor(named: "kerry")
            Issue.record("expected an ambiguity")
        } catch let error as QueryError {
            #expect(error.description == "“kerry” names 2 actors: John Kerry (person, id john-kerry); Teresa Kerry (person, id teresa-kerry); name one by its id")
        }
    }

    @Test func anExactNameFilteredOutIsNotReadAsPartOfAnother() throws {
        let graph = try Fixtures.seed()
        var withEvent = graph
        try withEvent.add(Actor.event(place: "Moscow", date: "2015-10-20"))
        let events = IndexedGraph(try GraphFilter(kinds: [.event]).apply(to: withEvent))
        #expect(throws: QueryError.filteredOut("Moscow")) { try events.resolve("Moscow", unfiltered: withEvent) }
        let states = IndexedGraph(try GraphFilter(kinds: [.state]).apply(to: graph))
        #expect(throws: QueryError.filteredOut("Kerry")) { try states.resolve("Kerry", unfiltered: graph) }
    }
}
