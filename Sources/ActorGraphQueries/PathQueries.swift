import ActorGraphModel

extension IndexedGraph {
    /// A shortest path from `start` to `target`, or nil when there is none. Where two relations
    /// join the same pair of actors on the path, the hop takes the better-supported one (then
    /// the first in relation order).
    public func shortestPath(
        from start: ActorID, to target: ActorID, traversal: Traversal = .undirected,
        relations: RelationMask = .all
    ) -> ActorPath? {
        guard let s = number(of: start), let t = number(of: target) else { return nil }
        let search = GraphSearch(index)
        guard let nodes = search.shortestPathNodes(from: s, to: t, traversal: traversal, relations: relations) else {
            return nil
        }
        let choices = search.arcs(along: nodes, traversal: traversal, relations: relations)
        var hops: [PathHop] = []
        for (i, arcs) in choices.enumerated() {
            let candidates = arcs.map { relation(from: nodes[i], to: nodes[i + 1], kind: $0.kind, along: $0.along) }
            // The search found this hop, so it has at least one arc.
            let best = candidates.min { ($1.support, $0.kind) < ($0.support, $1.kind) }!
            hops.append(hop(from: nodes[i], to: nodes[i + 1], best))
        }
        return ActorPath(actors: nodes.map { ids[Int($0)] }, hops: hops)
    }

    /// Every shortest path from `start` to `target` (each sequence of edges once), at most
    /// `limit` of them, in a deterministic order; empty when there is none.
    public func allShortestPaths(
        from start: ActorID, to target: ActorID, traversal: Traversal = .undirected,
        relations: RelationMask = .all, limit: Int = .max
    ) -> [ActorPath] {
        guard let s = number(of: start), let t = number(of: target), limit > 0 else { return [] }
        var paths: [ActorPath] = []
        GraphSearch(index).allShortestPaths(from: s, to: t, traversal: traversal, relations: relations) {
            paths.append(actorPath($0))
            return paths.count < limit
        }
        return paths
    }

    /// Every simple path (no actor twice) from `start` to `target` with at most `maxHops` hops,
    /// each sequence of edges once, handed to `body` as found (depth-first) until it returns
    /// false.
    public func simplePaths(
        from start: ActorID, to target: ActorID, maxHops: Int, traversal: Traversal = .undirected,
        relations: RelationMask = .all, _ body: (ActorPath) -> Bool
    ) {
        guard let s = number(of: start), let t = number(of: target) else { return }
        GraphSearch(index).simplePaths(from: s, to: t, maxHops: maxHops, traversal: traversal, relations: relations) {
            body(actorPath($0))
        }
    }

    /// The actor path of an index path.
    public func actorPath(_ path: NodePath) -> ActorPath {
        var hops: [PathHop] = []
        for i in 0..<path.hopCount {
            let u = path.nodes[i], v = path.nodes[i + 1]
            hops.append(hop(from: u, to: v, relation(from: u, to: v, kind: path.kinds[i], along: path.along[i])))
        }
        return ActorPath(actors: path.nodes.map { ids[Int($0)] }, hops: hops)
    }

    private func hop(from u: Int32, to v: Int32, _ relation: Relation) -> PathHop {
        PathHop(
            from: ids[Int(u)], to: ids[Int(v)], relation: relation,
            isBackwards: !relation.kind.isSymmetric && relation.subject != ids[Int(u)])
    }
}

/// The actors and edges of one or more paths, for a renderer to emphasise.
public struct PathHighlight: Hashable, Sendable {
    /// Every actor on a path.
    public var actors: Set<ActorID>
    /// Every edge a path walks.
    public var edges: Set<EdgeKey>

    public init(actors: Set<ActorID> = [], edges: Set<EdgeKey> = []) {
        self.actors = actors
        self.edges = edges
    }

    /// The union of `paths`.
    public init(_ paths: some Sequence<ActorPath>) {
        self.init()
        for path in paths {
            actors.formUnion(path.actors)
            edges.formUnion(path.hops.map(\.relation.key))
        }
    }
}
