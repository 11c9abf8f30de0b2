import ActorGraphModel
import ActorGraphQueries
import Testing

@testable import ActorGraphStore

@Suite("StoredPath")
struct StoredPathTests {
    func store() throws -> GraphStore {
        let url = try StoreFixtures.folder().appendingPathComponent("graph.sqlite")
        try GraphStore.create(at: url, graph: try StoreFixtures.graph(), documents: [])
        return try GraphStore.open(url)
    }

    @Test(arguments: [
        ("Syria", "Washington", Traversal.undirected), ("Vienna", "Assad", .undirected), ("Assad", "Russia", .directed),
        ("Russia", "Russia", .undirected), ("the kremlin", "united-states", .undirected),
    ])
    func findsThePathTheWholeGraphGives(start: String, end: String, traversal: Traversal) throws {
        let graph = try StoreFixtures.graph()
        let indexed = IndexedGraph(graph)
        let expected = indexed.shortestPath(
            from: try graph.resolveActor(named: start).id, to: try graph.resolveActor(named: end).id, traversal: traversal)
        let answer = try StoredPath(try store(), from: start, to: end, traversal: traversal)
        #expect(answer.path == expected)
        #expect(answer.from == (try graph.resolveActor(named: start)))
        for hop in answer.path?.hops ?? [] { #expect(graph[hop.relation.key] == hop.relation) }
    }

    @Test(arguments: ["al-Assad", "Abdul", "Hanafi", "Rusia", "Vienna 2015-10-30", "nobody at all", "the"])
    func namesResolveAsOnTheWholeGraph(name: String) throws {
        var graph = try StoreFixtures.graph()
        try graph.add(Actor(name: "Abdul Salam Hanafi", kind: .person))
        try graph.add(Actor(name: "Abdul Ghani Baradar", kind: .person))
        let url = try StoreFixtures.folder().appendingPathComponent("graph.sqlite")
        try GraphStore.create(at: url, graph: graph, documents: [])
        let expected = Result { try graph.resolveActor(named: name) }
        let answer = Result { try StoredPath(try GraphStore.open(url), from: name, to: "Syria").from }
        switch (expected, answer) {
        case (.success(let a), .success(let b)): #expect(a == b)
        case (.failure(let a as QueryError), .failure(let b as QueryError)): #expect(a == b)
        default: Issue.record("\(name): \(expected) on the graph, \(answer) from the store")
        }
    }

    @Test func theRelationsFilterIsKept() throws {
        let answer = try StoredPath(try store(), from: "Syria", to: "Washington", relations: RelationMask([.represents, .opposes]))
        #expect(answer.path?.hops.map(\.relation.kind) == [.represents, .opposes])
    }
}

@Suite("StoredNeighborhood")
struct StoredNeighborhoodTests {
    @Test(arguments: [
        ("Russia", 1, Traversal.undirected), ("Assad", 2, .undirected), ("United States", 3, .directed), ("Vienna 2015-10-30", 1, .directed),
    ])
    func findsTheNeighbourhoodTheWholeGraphGives(name: String, depth: Int, traversal: Traversal) throws {
        let graph = try StoreFixtures.graph()
        let url = try StoreFixtures.folder().appendingPathComponent("graph.sqlite")
        try GraphStore.create(at: url, graph: graph, documents: [])
        let center = try graph.resolveActor(named: name)
        let answer = try StoredNeighborhood(try GraphStore.open(url), of: name, depth: depth, traversal: traversal)
        #expect(answer.center == center)
        #expect(answer.neighborhood == IndexedGraph(graph).neighborhood(of: center.id, depth: depth, traversal: traversal))
    }
}
