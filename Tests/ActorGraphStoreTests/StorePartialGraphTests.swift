import ActorGraphModel
import ActorGraphQueries
import Testing

@testable import ActorGraphStore

/// A store as a ``PartialGraph``: paths, neighbourhoods and patterns answered from its index
/// snapshot and the rows they print are those of the whole graph.
@Suite("Store: PartialPath")
struct StorePartialPathTests {
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
        let answer = try PartialPath(try store(), from: start, to: end, traversal: traversal)
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
        let answer = Result { try PartialPath(try GraphStore.open(url), from: name, to: "Syria").from }
        switch (expected, answer) {
        case (.success(let a), .success(let b)): #expect(a == b)
        case (.failure(let a as QueryError), .failure(let b as QueryError)): #expect(a == b)
        default: Issue.record("\(name): \(expected) on the graph, \(answer) from the store")
        }
    }

    @Test func theRelationsFilterIsKept() throws {
        let answer = try PartialPath(try store(), from: "Syria", to: "Washington", relations: RelationMask([.represents, .opposes]))
        #expect(answer.path?.hops.map(\.relation.kind) == [.represents, .opposes])
    }
}

@Suite("Store: PartialNeighborhood")
struct StorePartialNeighborhoodTests {
    @Test(arguments: [
        ("Russia", 1, Traversal.undirected), ("Assad", 2, .undirected), ("United States", 3, .directed), ("Vienna 2015-10-30", 1, .directed),
    ])
    func findsTheNeighbourhoodTheWholeGraphGives(name: String, depth: Int, traversal: Traversal) throws {
        let graph = try StoreFixtures.graph()
        let url = try StoreFixtures.folder().appendingPathComponent("graph.sqlite")
        try GraphStore.create(at: url, graph: graph, documents: [])
        let center = try graph.resolveActor(named: name)
        let answer = try PartialNeighborhood(try GraphStore.open(url), of: name, depth: depth, traversal: traversal)
        #expect(answer.center == center)
        #expect(answer.neighborhood == IndexedGraph(graph).neighborhood(of: center.id, depth: depth, traversal: traversal))
    }
}

@Suite("Store: PartialMatches")
struct StorePartialMatchesTests {
    static let patterns: [(String?, String?, RelationMask)] = [
        ("Russia", nil, .all), (nil, "Assad", .all), ("Washington", "Assad", .all), ("Assad", "Russia", .all),
        (nil, "Russia", RelationMask([.coordinatesWith])), ("United States", nil, RelationMask([.opposes, .attended])),
        ("Syria", nil, .all), (nil, "Vienna 2015-10-30", .all),
    ]

    @Test(arguments: patterns)
    func findsTheEdgesTheWholeGraphGives(subject: String?, object: String?, mask: RelationMask) throws {
        let graph = try StoreFixtures.graph()
        let url = try StoreFixtures.folder().appendingPathComponent("graph.sqlite")
        try GraphStore.create(at: url, graph: graph, documents: [])
        let pattern = Pattern(
            subject: try subject.map { try graph.resolveActor(named: $0).id }, relations: mask,
            object: try object.map { try graph.resolveActor(named: $0).id })
        let answer = try PartialMatches(try GraphStore.open(url), subject: subject, relations: mask, object: object)
        #expect(answer.matches == IndexedGraph(graph).matches(pattern))
        #expect(answer.subject?.id == pattern.subject && answer.object?.id == pattern.object)
        for edge in answer.matches {
            #expect(answer.graph[edge.subject] == graph[edge.subject] && answer.graph[edge.object] == graph[edge.object])
        }
    }

    @Test func anUnknownNameIsReportedAsOnTheWholeGraph() throws {
        let graph = try StoreFixtures.graph()
        let url = try StoreFixtures.folder().appendingPathComponent("graph.sqlite")
        try GraphStore.create(at: url, graph: graph, documents: [])
        #expect(throws: QueryError.unknownActor("Rusia", suggestions: graph.suggestions(for: "Rusia"))) {
            try PartialMatches(try GraphStore.open(url), subject: "Rusia", object: nil)
        }
    }
}
