import ActorGraphModel
import Testing
@testable import ActorGraphQueries

@Suite("Paths between actors")
struct PathQueriesTests {
    @Test func shortestPathPrintsEachHopWithRelationSupportAndDirection() throws {
        let graph = try Fixtures.seed()
        let indexed = IndexedGraph(graph)
        let path = try #require(indexed.shortestPath(from: "jordan", to: "bashar-al-assad"))
        #expect(path.hops.count == 2)
        let chain = path.chain { graph[$0]!.name }
        // Jordan and Assad are two hops apart through Russia or the United States; both chains
        // must read honestly.
        #expect(chain == "Jordan —coordinates_with (2)— Russia —backs (3)→ Bashar al-Assad"
            || chain == "Jordan —coordinates_with (1)— United States —opposes (3)→ Bashar al-Assad")
    }

    @Test func walkingADirectedEdgeBackwardsShowsALeftArrow() throws {
        let graph = try Fixtures.seed()
        let path = try #require(IndexedGraph(graph).shortestPath(from: "bashar-al-assad", to: "iran", relations: [.backs]))
        #expect(path.chain { graph[$0]!.name } == "Bashar al-Assad ←backs (2)— Iran")
        #expect(path.hops[0].isBackwards)
        #expect(path.reading.sign == 1)
    }

    @Test func directedModeRefusesToWalkBackwardsButSymmetricEdgesGoBothWays() throws {
        let graph = try Fixtures.seed()
        let indexed = IndexedGraph(graph)
        #expect(indexed.shortestPath(from: "bashar-al-assad", to: "iran", traversal: .directed) == nil)
        // coordinates_with is stored as jordan → russia; directed search still walks it from Russia.
        let back = try #require(indexed.shortestPath(
            from: "russia", to: "jordan", traversal: .directed, relations: [.coordinatesWith]))
        #expect(back.actors == ["russia", "jordan"])
        #expect(!back.hops[0].isBackwards)
    }

    @Test func allShortestPathsListsEveryTieOnce() throws {
        let graph = try Fixtures.seed()
        let paths = IndexedGraph(graph).allShortestPaths(from: "jordan", to: "bashar-al-assad")
        let chains = Set(paths.map { Fixtures.names($0, in: graph) })
        #expect(paths.count == 2)
        #expect(chains == [["Jordan", "Russia", "Bashar al-Assad"], ["Jordan", "United States", "Bashar al-Assad"]])
        #expect(IndexedGraph(graph).allShortestPaths(from: "jordan", to: "bashar-al-assad", limit: 1).count == 1)
    }

    @Test func parallelEdgesMakeDistinctPathsAndTheBestSupportedOneIsChosen() throws {
        let graph = try Fixtures.graph(["A", "B"], [("A", .backs, "B", 1), ("A", .coordinatesWith, "B", 3), ("B", .opposes, "A", 2)])
        let indexed = IndexedGraph(graph)
        #expect(indexed.allShortestPaths(from: "a", to: "b").count == 3)
        let best = try #require(indexed.shortestPath(from: "a", to: "b"))
        #expect(best.hops[0].relation.kind == .coordinatesWith)
        let directed = indexed.allShortestPaths(from: "a", to: "b", traversal: .directed)
        #expect(Set(directed.map(\.hops[0].relation.kind)) == [.backs, .coordinatesWith])
    }

    @Test func relationFiltersCanDisconnect() throws {
        let graph = try Fixtures.seed()
        let indexed = IndexedGraph(graph)
        #expect(indexed.shortestPath(from: "john-kerry", to: "russia", relations: [.backs, .opposes]) == nil)
        let viaEvent = try #require(indexed.shortestPath(from: "john-kerry", to: "sergei-lavrov", relations: [.attended]))
        #expect(viaEvent.actors == ["john-kerry", Fixtures.vienna30.id, "sergei-lavrov"])
        #expect(viaEvent.reading.sign == nil)
        #expect(viaEvent.reading.unsignedHops == [0, 1])
    }

    @Test func selfLoopsAndTheTrivialPath() throws {
        let graph = try Fixtures.graph(["A", "B"], [("A", .opposes, "A", 1), ("A", .backs, "B", 1)])
        let indexed = IndexedGraph(graph)
        let trivial = try #require(indexed.shortestPath(from: "a", to: "a"))
        #expect(trivial.hops.isEmpty)
        #expect(indexed.shortestPath(from: "b", to: "a")?.actors == ["b", "a"])
        var simple: [ActorPath] = []
        indexed.simplePaths(from: "a", to: "b", maxHops: 3) { simple.append($0); return true }
        #expect(simple.map(\.actors) == [["a", "b"]])
    }

    @Test func signedReadingMultipliesSigns() throws {
        let graph = try Fixtures.seed()
        let indexed = IndexedGraph(graph)
        // Saudi Arabia opposes Assad, whom Iran backs: a foe.
        let path = try #require(indexed.shortestPath(from: "saudi-arabia", to: "iran", relations: [.backs, .opposes]))
        #expect(path.reading.sign == -1)
        #expect(path.reading.word == "foe")
        // The enemy of my enemy reads as a friend.
        let twoHostile = try Fixtures.graph(["A", "B", "C"], [("A", .opposes, "B", 1), ("B", .opposes, "C", 1)])
        #expect(IndexedGraph(twoHostile).shortestPath(from: "a", to: "c")?.reading.sign == 1)
    }

    @Test func simplePathsUpToKHops() throws {
        let graph = try Fixtures.seed()
        let indexed = IndexedGraph(graph)
        var paths: [ActorPath] = []
        indexed.simplePaths(from: "turkey", to: "syrian-opposition", maxHops: 2, relations: [.backs, .opposes]) {
            paths.append($0); return true
        }
        #expect(paths.allSatisfy { $0.hops.count <= 2 && Set($0.actors).count == $0.actors.count })
        #expect(paths.contains { $0.actors == ["turkey", "syrian-opposition"] })
        // Turkey's only other signed neighbour, Assad, has no signed edge to the opposition.
        #expect(paths.count == 1)
        var limited = 0
        indexed.simplePaths(from: "turkey", to: "syrian-opposition", maxHops: 4) { _ in limited += 1; return limited < 3 }
        #expect(limited == 3)
    }

    @Test func highlightCollectsActorsAndEdges() throws {
        let graph = try Fixtures.seed()
        let paths = IndexedGraph(graph).allShortestPaths(from: "jordan", to: "bashar-al-assad")
        let highlight = PathHighlight(paths)
        #expect(highlight.actors == ["jordan", "russia", "united-states", "bashar-al-assad"])
        #expect(highlight.edges.contains(EdgeKey("russia", .backs, "bashar-al-assad")))
        #expect(highlight.edges.contains(EdgeKey("russia", .coordinatesWith, "jordan")))
        #expect(highlight.edges.count == 4)
    }
}
