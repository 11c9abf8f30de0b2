import ActorGraphModel

/// A graph that a query reads only in part: a store, or graph.json read without its evidence. The
/// search walks its index; only the actors and relations an answer prints are read in full.
///
/// ``PartialPath``, ``PartialNeighborhood`` and ``PartialMatches`` answer from one as
/// ``IndexedGraph`` answers from the whole graph (with no filter but the relations).
public protocol PartialGraph {
    /// The actor id of each node number (node `i` is the `i`-th actor in id order) and the index
    /// over those numbers.
    func searchIndex() throws -> NumberedIndex

    /// The one actor `name` denotes, as ``ActorGraph/resolveActor(named:)`` finds it on the whole
    /// graph.
    /// - Throws: ``QueryError`` for a name that denotes no actor or several.
    func resolve(_ name: String) throws -> Actor

    /// The actors with these ids (those the graph has), and every relation between the two actors
    /// of each pair, either way round, with its evidence.
    func subgraph(actors ids: [ActorID], relationsBetween pairs: [(ActorID, ActorID)]) throws -> ActorGraph

    /// The actors with these ids (those the graph has), and every relation between two of them,
    /// with its evidence: the induced subgraph.
    func subgraph(among ids: [ActorID]) throws -> ActorGraph

    /// The error for an actor that ``resolve(_:)`` returned and ``searchIndex()`` lacks: the two
    /// disagree, so the graph is damaged.
    func indexLacks(_ actor: Actor) -> any Error
}

extension PartialGraph {
    public func indexLacks(_ actor: Actor) -> any Error {
        QueryError.invalidEdgeList("the index has no node for the actor \(actor.id)")
    }
}

/// A ``GraphIndex`` with the actor id of each of its node numbers, sorted.
public struct NumberedIndex: Sendable {
    /// The actor id of each node number, in id order.
    public let ids: [ActorID]
    /// The adjacency index.
    public let index: GraphIndex

    /// - Precondition: `ids` is sorted and `index` has one node per id.
    public init(ids: [ActorID], index: GraphIndex) {
        precondition(ids.count == index.nodeCount, "\(ids.count) ids for an index of \(index.nodeCount) nodes")
        self.ids = ids
        self.index = index
    }

    /// The node number of `id`, by binary search over the sorted ids.
    public func number(of id: ActorID) -> Int32? {
        var low = 0, high = ids.count
        while low < high {
            let mid = (low + high) / 2
            if ids[mid] < id { low = mid + 1 } else { high = mid }
        }
        return low < ids.count && ids[low] == id ? Int32(low) : nil
    }

    /// The node number of an actor the graph resolved a name to.
    func number(of actor: Actor, in graph: some PartialGraph) throws -> Int32 {
        guard let number = number(of: actor.id) else { throw graph.indexLacks(actor) }
        return number
    }
}

/// A shortest path from a ``PartialGraph``: the search walks the index, and only the actors on
/// the path and the relations between them (with evidence) are read.
public struct PartialPath {
    /// The actor the path starts from, as the name resolved.
    public let from: Actor
    /// The actor it ends at.
    public let to: Actor
    /// The path, nil when there is none.
    public let path: ActorPath?
    /// The part of the graph the path walks: its actors and every relation between neighbours on
    /// it, with evidence; enough to print the path and its evidence.
    public let graph: ActorGraph

    /// A shortest path from the actor `start` names to the one `end` names, as
    /// ``IndexedGraph/shortestPath(from:to:traversal:relations:)`` finds it on the whole graph.
    /// - Throws: ``QueryError`` for a name that denotes no actor or several, or what `source`
    ///   throws when it cannot be read.
    public init(
        _ source: some PartialGraph, from start: String, to end: String, traversal: Traversal = .undirected,
        relations mask: RelationMask = .all
    ) throws {
        let from = try source.resolve(start)
        let to = try source.resolve(end)
        let numbered = try source.searchIndex()
        let s = try numbered.number(of: from, in: source)
        let t = try numbered.number(of: to, in: source)
        let nodes = GraphSearch(numbered.index).shortestPathNodes(from: s, to: t, traversal: traversal, relations: mask) ?? []
        let ids = nodes.map { numbered.ids[Int($0)] }
        var graph = try source.subgraph(actors: ids, relationsBetween: Array(zip(ids, ids.dropFirst())))
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

/// Every shortest path, or every simple path of at most so many hops, from a ``PartialGraph``:
/// the search walks the index, and only the actors on the paths found and the relations between
/// neighbours on them (with evidence) are read.
public struct PartialPaths {
    /// Which paths are listed.
    public enum Listing: Hashable, Sendable {
        /// Every shortest path, as ``IndexedGraph/allShortestPaths(from:to:traversal:relations:limit:)``.
        case allShortest
        /// Every simple path of at most `maxHops` hops, as
        /// ``IndexedGraph/simplePaths(from:to:maxHops:traversal:relations:_:)`` finds them.
        case simple(maxHops: Int)
    }

    /// The actor the paths start from, as the name resolved.
    public let from: Actor
    /// The actor they end at.
    public let to: Actor
    /// The paths, at most `limit`, in the order the whole graph's listing gives them.
    public let paths: [ActorPath]
    /// The part of the graph the paths walk: their actors and every relation between neighbours
    /// on them, with evidence; enough to print the paths and their evidence.
    public let graph: ActorGraph

    /// The paths `listing` asks for from the actor `start` names to the one `end` names.
    /// - Throws: ``QueryError`` for a name that denotes no actor or several, or what `source`
    ///   throws when it cannot be read.
    public init(
        _ source: some PartialGraph, from start: String, to end: String, listing: Listing,
        traversal: Traversal = .undirected, relations mask: RelationMask = .all, limit: Int = .max
    ) throws {
        let from = try source.resolve(start)
        let to = try source.resolve(end)
        let numbered = try source.searchIndex()
        let s = try numbered.number(of: from, in: source)
        let t = try numbered.number(of: to, in: source)
        var found: [NodePath] = []
        if limit > 0 {
            let search = GraphSearch(numbered.index)
            let keep = { (path: NodePath) -> Bool in
                found.append(path)
                return found.count < limit
            }
            switch listing {
            case .allShortest: search.allShortestPaths(from: s, to: t, traversal: traversal, relations: mask, keep)
            case let .simple(maxHops): search.simplePaths(from: s, to: t, maxHops: maxHops, traversal: traversal, relations: mask, keep)
            }
        }
        let nodes = Set(found.flatMap(\.nodes)).sorted()
        var pairs = Set<[Int32]>()
        for path in found { for (u, v) in zip(path.nodes, path.nodes.dropFirst()) { pairs.insert([u, v]) } }
        let id = { (node: Int32) in numbered.ids[Int(node)] }
        var graph = try source.subgraph(actors: nodes.map(id), relationsBetween: pairs.sorted { $0.lexicographicallyPrecedes($1) }.map { (id($0[0]), id($0[1])) })
        // An actor with no path still has its node in the answer, as on the whole graph.
        for actor in [from, to] where graph[actor.id] == nil { try graph.add(actor) }
        // The part's index numbers its actors its own way; the arcs (relation and direction) are
        // the same, so each path reads the same relations as on the whole graph.
        let part = IndexedGraph(graph)
        paths = try found.map { path in
            let numbers = try path.nodes.map { node in
                guard let number = part.number(of: id(node)) else {
                    throw QueryError.invalidEdgeList("the part read has no node for the actor \(id(node))")
                }
                return number
            }
            return part.actorPath(NodePath(nodes: numbers, kinds: path.kinds, along: path.along))
        }
        self.from = from
        self.to = to
        self.graph = graph
    }
}

/// The neighbourhood of an actor from a ``PartialGraph``: the search walks the index, and only
/// the reached actors and the relations among them (with evidence) are read.
public struct PartialNeighborhood {
    /// The actor at the centre, as the name resolved.
    public let center: Actor
    /// The reached actors and the edges that reach them, as
    /// ``IndexedGraph/neighborhood(of:depth:traversal:relations:)`` finds them on the whole graph.
    public let neighborhood: Neighborhood
    /// The reached actors (the centre among them) and every relation among them.
    public let graph: ActorGraph

    /// The actors within `depth` hops of the actor `name` names.
    /// - Throws: ``QueryError`` for a name that denotes no actor or several, or what `source`
    ///   throws when it cannot be read.
    public init(
        _ source: some PartialGraph, of name: String, depth: Int, traversal: Traversal = .undirected,
        relations mask: RelationMask = .all
    ) throws {
        let center = try source.resolve(name)
        let numbered = try source.searchIndex()
        let c = try numbered.number(of: center, in: source)
        let levels = GraphSearch(numbered.index).levels(from: c, traversal: traversal, relations: mask, maxDepth: max(depth, 0))
        // Every shortest walk to a reached actor runs through reached actors, so among them the
        // depths and the edges from one level to the next are those of the whole graph.
        let graph = try source.subgraph(among: levels.nodes.map { numbered.ids[Int($0)] })
        self.center = center
        neighborhood = IndexedGraph(graph).neighborhood(of: center.id, depth: depth, traversal: traversal, relations: mask)
        self.graph = graph
    }
}

/// The edges matching a pattern with at least one end named, from a ``PartialGraph``: the named
/// end's arcs in the index give the other ends, and only those actors and the relations between
/// them and the named end are read.
public struct PartialMatches {
    /// The subject named, as the name resolved.
    public let subject: Actor?
    /// The object named, as the name resolved.
    public let object: Actor?
    /// The matching edges, as ``IndexedGraph/matches(_:)`` finds them on the whole graph.
    public let matches: [Relation]
    /// The named ends, the actors at the other end of their arcs, and every relation between them.
    public let graph: ActorGraph

    /// The edges from the actor `subject` names, to the one `object` names, of the relations in
    /// `mask`; names are resolved subject first.
    /// - Precondition: `subject` or `object` is given (with neither, every edge may match: read
    ///   the whole graph).
    /// - Throws: ``QueryError`` for a name that denotes no actor or several, or what `source`
    ///   throws when it cannot be read.
    public init(_ source: some PartialGraph, subject: String?, relations mask: RelationMask = .all, object: String?) throws {
        let subjectActor = try subject.map(source.resolve)
        let objectActor = try object.map(source.resolve)
        let numbered = try source.searchIndex()
        // The end the search starts from: the subject when named (its out-arcs), else the object.
        let anchor: Actor, step: Step
        if let subjectActor {
            (anchor, step) = (subjectActor, .forward)
        } else if let objectActor {
            (anchor, step) = (objectActor, .backward)
        } else {
            preconditionFailure("a pattern with neither end named needs the whole graph")
        }
        let a = try numbered.number(of: anchor, in: source)
        // With both ends named, only the object can be the other end.
        let only = try subjectActor != nil ? objectActor.map { try numbered.number(of: $0, in: source) } : nil
        var others: Set<Int32> = []
        numbered.index.forEachArc(from: a, step, mask) { v, _, _ in
            if only == nil || only == v { others.insert(v) }
        }
        let ids = others.sorted().map { numbered.ids[Int($0)] }
        var graph = try source.subgraph(actors: [anchor.id] + ids, relationsBetween: ids.map { (anchor.id, $0) })
        for actor in [subjectActor, objectActor].compactMap({ $0 }) where graph[actor.id] == nil { try graph.add(actor) }
        self.subject = subjectActor
        self.object = objectActor
        // Every edge matching on the whole graph joins the anchor to one of its arcs' ends, and
        // the part holds every relation between those pairs.
        matches = IndexedGraph(graph).matches(Pattern(subject: subjectActor?.id, relations: mask, object: objectActor?.id))
        self.graph = graph
    }
}
