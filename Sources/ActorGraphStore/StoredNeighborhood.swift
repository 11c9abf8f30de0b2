import ActorGraphModel
import ActorGraphQueries

/// The neighbourhood of an actor answered from a store without reading its graph: the search
/// walks the index snapshot, and only the reached actors and the relations among them (with
/// evidence) are read from the tables.
public struct StoredNeighborhood: Sendable {
    /// The actor at the centre, as the name resolved.
    public let center: Actor
    /// The reached actors and the edges that reach them, as
    /// ``IndexedGraph/neighborhood(of:depth:traversal:relations:)`` finds them on the whole graph.
    public let neighborhood: Neighborhood
    /// The reached actors (the centre among them) and every relation among them.
    public let graph: ActorGraph

    /// The actors within `depth` hops of the actor `name` names in `store`.
    /// - Throws: ``QueryError`` for a name that denotes no actor or several,
    ///   ``StoreError`` when the store cannot be read.
    public init(_ store: GraphStore, of name: String, depth: Int, traversal: Traversal = .undirected, relations mask: RelationMask = .all) throws {
        var names = StoredNames(store)
        let center = try names.resolve(name)
        let snapshot = try store.snapshot()
        guard let c = snapshot.number(of: center.id) else {
            throw StoreError.damaged(path: store.url.path, detail: "the index snapshot lacks actors of the actor table")
        }
        let levels = GraphSearch(snapshot.index).levels(from: c, traversal: traversal, relations: mask, maxDepth: max(depth, 0))
        // Every shortest walk to a reached actor runs through reached actors, so among them the
        // depths and the edges from one level to the next are those of the whole graph.
        let graph = try store.subgraph(among: levels.nodes.map { snapshot.ids[Int($0)] })
        self.center = center
        neighborhood = IndexedGraph(graph).neighborhood(of: center.id, depth: depth, traversal: traversal, relations: mask)
        self.graph = graph
    }
}
