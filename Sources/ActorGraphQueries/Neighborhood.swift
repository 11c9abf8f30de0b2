import ActorGraphModel

/// The actors within some hops of a centre, each with the edges that reach it.
public struct Neighborhood: Hashable, Sendable {
    /// One reached actor.
    public struct Member: Hashable, Sendable {
        public let actor: ActorID
        /// Hops from the centre, at least 1.
        public let depth: Int
        /// The edges joining this actor to actors one hop nearer the centre.
        public let via: [Relation]
    }

    /// The actor the search started from.
    public let center: ActorID
    /// The reached actors by depth, then id; the centre is not among them.
    public let members: [Member]
}

extension IndexedGraph {
    /// The actors within `depth` hops of `center`.
    public func neighborhood(
        of center: ActorID, depth: Int, traversal: Traversal = .undirected, relations: RelationMask = .all
    ) -> Neighborhood {
        guard let c = number(of: center) else { return Neighborhood(center: center, members: []) }
        let search = GraphSearch(index)
        let levels = search.levels(from: c, traversal: traversal, relations: relations, maxDepth: max(depth, 0))
        var depthOf: [Int32: Int] = [:]
        for d in 0...levels.depth { for node in levels.level(d) { depthOf[node] = d } }
        let backward = Step.backward(traversal)
        var members: [Neighborhood.Member] = []
        for d in stride(from: 1, through: levels.depth, by: 1) {
            for v in levels.level(d).sorted(by: { ids[Int($0)] < ids[Int($1)] }) {
                var via: Set<Relation> = []
                // Arcs into v from the level before, looked up from v's side.
                index.forEachArc(from: v, backward, relations) { u, k, along in
                    if depthOf[u] == d - 1 { via.insert(relation(from: v, to: u, kind: k, along: along)) }
                }
                members.append(.init(actor: ids[Int(v)], depth: d, via: via.sorted { $0.key < $1.key }))
            }
        }
        return Neighborhood(center: center, members: members)
    }
}

extension ActorGraph {
    /// The neighbourhood subgraph of `center`: the actors within `depth` hops in the undirected
    /// view (over `relations` only) and every edge among them, whatever its kind. Empty when the
    /// graph has no such actor.
    public func focus(on center: ActorID, depth: Int, relations: RelationMask = .all) -> ActorGraph {
        let indexed = IndexedGraph(self)
        guard self[center] != nil else { return ActorGraph() }
        var keep: Set<ActorID> = [center]
        for member in indexed.neighborhood(of: center, depth: depth, relations: relations).members {
            keep.insert(member.actor)
        }
        return filtered(actors: { keep.contains($0.id) })
    }
}
