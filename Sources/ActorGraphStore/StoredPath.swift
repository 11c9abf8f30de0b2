import ActorGraphModel
import ActorGraphQueries

/// A shortest path answered from a store without reading its graph: the search walks the index
/// snapshot, and only the actors on the path and the relations between them (with evidence)
/// are read from the tables.
public struct StoredPath: Sendable {
    /// The actor the path starts from, as the name resolved.
    public let from: Actor
    /// The actor it ends at.
    public let to: Actor
    /// The path, nil when there is none.
    public let path: ActorPath?
    /// The part of the graph the path walks: its actors and every relation between neighbours on
    /// it, with evidence; enough to print the path and its evidence.
    public let graph: ActorGraph

    /// A shortest path from the actor `start` names to the one `end` names in `store`, as
    /// ``IndexedGraph/shortestPath(from:to:traversal:relations:)`` finds it on the whole graph.
    /// - Throws: ``QueryError`` for a name that denotes no actor or several,
    ///   ``StoreError`` when the store cannot be read.
    public init(_ store: GraphStore, from start: String, to end: String, traversal: Traversal = .undirected, relations mask: RelationMask = .all) throws {
        var resolver = StoredNames(store)
        let from = try resolver.resolve(start)
        let to = try resolver.resolve(end)
        let snapshot = try store.snapshot()
        guard let s = snapshot.number(of: from.id), let t = snapshot.number(of: to.id) else {
            throw StoreError.damaged(path: store.url.path, detail: "the index snapshot lacks actors of the actor table")
        }
        let nodes = GraphSearch(snapshot.index).shortestPathNodes(from: s, to: t, traversal: traversal, relations: mask) ?? []
        let ids = nodes.map { snapshot.ids[Int($0)] }
        let pairs = zip(ids, ids.dropFirst()).map { ($0, $1) }
        var graph = try store.subgraph(actors: ids, relationsBetween: pairs)
        // An actor with no path still has its node in the answer, as on the whole graph.
        for actor in [from, to] where graph[actor.id] == nil { try graph.add(actor) }
        self.from = from
        self.to = to
        // The part holds one chain of actors, so its shortest path is the one found, with the same
        // choice of relation per hop as on the whole graph (best supported, then first kind).
        path = nodes.isEmpty ? nil : IndexedGraph(graph).shortestPath(from: from.id, to: to.id, traversal: traversal, relations: mask)
        self.graph = graph
    }
}

/// Resolves names against a store as ``ActorGraph/resolveActor(named:)`` does on a whole graph:
/// an exact name through the name table's index, a part of a name through a scan of the name
/// keys, and only a name that denotes nobody (for its suggestions) through the whole actor table.
struct StoredNames {
    let store: GraphStore
    private var everyone: ActorGraph?

    init(_ store: GraphStore) {
        self.store = store
    }

    mutating func resolve(_ name: String) throws -> Actor {
        let exact = try store.actorIDs(named: name)
        if !exact.isEmpty {
            // The candidates alone decide between several exact matches (by display name).
            return try store.subgraph(actors: exact, relationsBetween: []).resolveActor(named: name)
        }
        // A part of a name: the actors whose name keys contain it are all the candidates there can
        // be; only when none is one does the whole actor table come in (for the suggestions).
        let key = NameKey.of(name)
        if !key.isEmpty {
            let around = try store.subgraph(actors: store.actorIDs(withNameKeyContaining: key), relationsBetween: [])
            if !around.actors(partlyNamed: name).isEmpty { return try around.resolveActor(named: name) }
        }
        if everyone == nil { everyone = try store.actorsOnly() }
        return try everyone!.resolveActor(named: name)
    }
}
