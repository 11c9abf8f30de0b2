import ActorGraphModel

/// An ``ActorGraph`` with its ``GraphIndex``: the graph answers with actors and evidence, the
/// index does the walking. Actor `i` of the index is the `i`-th actor in id order.
///
/// Build it once per graph (after filtering) and ask it any number of questions.
public struct IndexedGraph: Sendable {
    /// The graph the index was built from.
    public let graph: ActorGraph
    /// The adjacency index.
    public let index: GraphIndex
    /// The actor id of each node number.
    public let ids: [ActorID]
    private let numbers: [ActorID: Int32]

    public init(_ graph: ActorGraph) {
        self.graph = graph
        ids = graph.actors.map(\.id)
        var numbers: [ActorID: Int32] = [:]
        numbers.reserveCapacity(ids.count)
        for (i, id) in ids.enumerated() { numbers[id] = Int32(i) }
        self.numbers = numbers
        // Node numbers follow id order, so ordering the edges by their numbers orders them as
        // `graph.relations` does (the order the searches' results depend on), without sorting
        // strings.
        var edges = EdgeList(capacity: graph.relationCount)
        for key in graph.edgeKeys {
            // Every edge of an ActorGraph joins two of its actors.
            edges.append(numbers[key.subject]!, key.relation.code, numbers[key.object]!)
        }
        edges.sortByKey(nodeCount: ids.count)
        // An ActorGraph is far below the Int32 limits and its edges name its own actors, so
        // building cannot fail.
        index = try! GraphIndex(nodeCount: ids.count, sources: edges.sources, targets: edges.targets, kinds: edges.kinds)
    }

    /// The node number of `id`, if the graph has that actor.
    public func number(of id: ActorID) -> Int32? { numbers[id] }

    /// The actor of node number `node`.
    public func actor(_ node: Int32) -> Actor { graph[ids[Int(node)]]! }

    /// The one actor `name` denotes.
    /// - Parameter unfiltered: the graph before filtering, if any: a name found there but not
    ///   here is reported as filtered out, and suggestions come from it.
    /// - Throws: ``QueryError``.
    public func resolve(_ name: String, unfiltered: ActorGraph? = nil) throws -> Actor {
        // A name that is exactly some actor's but filtered out is not read as part of another's.
        if let unfiltered, graph.actors(named: name).isEmpty, !unfiltered.actors(named: name).isEmpty {
            throw QueryError.filteredOut(name)
        }
        do {
            return try graph.resolveActor(named: name)
        } catch QueryError.unknownActor(let missing, let suggestions) {
            if let unfiltered {
                if !unfiltered.candidates(for: name).isEmpty {
                    throw QueryError.filteredOut(name)
                }
                throw QueryError.unknownActor(missing, suggestions: unfiltered.suggestions(for: name))
            }
            throw QueryError.unknownActor(missing, suggestions: suggestions)
        }
    }

    /// The edge a hop walks, as the graph stores it.
    func relation(from u: Int32, to v: Int32, kind: UInt8, along: Bool) -> Relation {
        // Codes come from RelationKind.code, and every arc is an edge of the graph.
        let relationKind = RelationKind(code: kind)!
        let key = along ? EdgeKey(ids[Int(u)], relationKind, ids[Int(v)]) : EdgeKey(ids[Int(v)], relationKind, ids[Int(u)])
        return graph[key]!
    }
}
