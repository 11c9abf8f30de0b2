import ActorGraphModel
import Testing
@testable import ActorGraphQueries

@Suite("Neighbourhoods and focus")
struct NeighborhoodTests {
    @Test func depthOneListsEachNeighbourWithTheEdgesThatReachIt() throws {
        let graph = try Fixtures.seed()
        let around = IndexedGraph(graph).neighborhood(of: "bashar-al-assad", depth: 1)
        #expect(Set(around.members.map(\.actor)) == ["united-states", "saudi-arabia", "turkey", "russia", "iran", "syria"])
        #expect(around.members.allSatisfy { $0.depth == 1 })
        let russia = try #require(around.members.first { $0.actor == "russia" })
        #expect(russia.via.map(\.key) == [EdgeKey("russia", .backs, "bashar-al-assad")])
        #expect(russia.via[0].support == 3)
    }

    @Test func depthTwoAddsTheNextRingAndRelationFiltersPrune() throws {
        let graph = try Fixtures.seed()
        let indexed = IndexedGraph(graph)
        let two = indexed.neighborhood(of: "jordan", depth: 2, relations: [.coordinatesWith])
        #expect(two.members.map(\.actor) == ["russia", "united-states", "iran"])
        #expect(two.members.map(\.depth) == [1, 1, 2])
        let zero = indexed.neighborhood(of: "jordan", depth: 0)
        #expect(zero.members.isEmpty)
    }

    @Test func directedNeighbourhoodFollowsEdgeDirection() throws {
        let graph = try Fixtures.seed()
        let around = IndexedGraph(graph).neighborhood(of: "bashar-al-assad", depth: 1, traversal: .directed)
        #expect(around.members.map(\.actor) == ["syria"])
    }

    @Test func focusKeepsTheRingAndEveryEdgeInsideIt() throws {
        let graph = try Fixtures.seed()
        let focused = graph.focus(on: "syrian-opposition", depth: 1)
        #expect(Set(focused.actors.map(\.id)) == ["syrian-opposition", "united-states", "saudi-arabia", "turkey", "jordan", "russia"])
        // Edges between two ring members stay: Jordan coordinates with the United States.
        #expect(focused[EdgeKey("jordan", .coordinatesWith, "united-states")] != nil)
        #expect(focused[EdgeKey("iran", .backs, "bashar-al-assad")] == nil)
        #expect(graph.focus(on: "nobody", depth: 2).actorCount == 0)
    }
}
