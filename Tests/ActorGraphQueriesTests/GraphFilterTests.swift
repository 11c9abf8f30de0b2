import ActorGraphModel
import Testing
@testable import ActorGraphQueries

@Suite("GraphFilter")
struct GraphFilterTests {
    @Test func relationAndKindFilters() throws {
        let graph = try Fixtures.seed()
        let onlyBacks = try GraphFilter(relations: [.backs]).apply(to: graph)
        #expect(onlyBacks.relations.allSatisfy { $0.kind == .backs })
        #expect(onlyBacks.actorCount == graph.actorCount)
        let noPersons = try GraphFilter(kinds: [.state, .armedGroup, .event]).apply(to: graph)
        #expect(noPersons.actors.allSatisfy { $0.kind != .person })
        #expect(noPersons[EdgeKey("russia", .backs, "bashar-al-assad")] == nil)
    }

    @Test func documentsTrimEvidenceBeforeMinimumSupport() throws {
        let graph = try Fixtures.seed()
        let filter = try GraphFilter(minimumSupport: 2, documents: ["doc0.txt", "doc1.txt"])
        let kept = filter.apply(to: graph)
        let backs = try #require(kept[EdgeKey("russia", .backs, "bashar-al-assad")])
        #expect(backs.support == 2)
        #expect(Set(backs.documents) == ["doc0.txt", "doc1.txt"])
        #expect(kept[EdgeKey("turkey", .backs, "syrian-opposition")] == nil)
        let other = try GraphFilter(documents: ["doc2.txt"]).apply(to: graph)
        #expect(other.relations.map(\.key) == [
            EdgeKey("russia", .backs, "bashar-al-assad"), EdgeKey("united-states", .opposes, "bashar-al-assad"),
        ])
    }

    @Test func dateRangeKeepsEventsInRangeAtTheGivenPrecision() throws {
        var graph = try Fixtures.seed()
        try graph.add(Actor.event(place: "Geneva", date: nil))
        let late = try GraphFilter(from: "2015-10-24").apply(to: graph)
        #expect(late[Fixtures.vienna30.id] != nil)
        #expect(late[Fixtures.vienna23.id] == nil)
        #expect(late[Actor.event(place: "Geneva", date: nil).id] == nil)
        #expect(late["russia"] != nil)
        let october = try GraphFilter(from: "2015-10", to: "2015-10").apply(to: graph)
        #expect(october.actors.filter { $0.kind == .event }.count == 2)
        #expect(try GraphFilter(to: "2015").apply(to: graph).actors.filter { $0.kind == .event }.count == 2)
    }

    @Test(arguments: ["2015-13", "15-10-30", "yesterday", "2015-10-30T00", ""])
    func badDatesAreRejected(_ text: String) {
        #expect(throws: QueryError.badDate(text)) { try GraphFilter(from: text) }
    }

    @Test func emptyFilterKeepsTheGraph() throws {
        let graph = try Fixtures.seed()
        #expect(GraphFilter.none.apply(to: graph) == graph)
        #expect(GraphFilter.none.isEmpty)
    }
}

@Suite("Parsing filter lists")
struct FilterListTests {
    @Test func relationListsAcceptUserSpellings() throws {
        #expect(try GraphFilter.relations(fromList: "backs, Coordinates-With,opposes") == [.backs, .coordinatesWith, .opposes])
        #expect(try GraphFilter.kinds(fromList: "state,armed group") == [.state, .armedGroup])
    }

    @Test func badNamesAndEmptyListsAreNamedInTheError() {
        #expect(throws: QueryError.unknownRelation("allies")) { try GraphFilter.relations(fromList: "backs,allies") }
        #expect(throws: QueryError.unknownKind("country")) { try GraphFilter.kinds(fromList: "country") }
        #expect(throws: QueryError.badValue(option: "--relations", value: "“ , ”", expected: "a comma-separated list")) {
            try GraphFilter.relations(fromList: " , ")
        }
        #expect(QueryError.unknownRelation("allies").description
            == "unknown relation “allies”; use one of backs, opposes, coordinates_with, attended, represents, member_of")
    }
}
