/// A typed graph of actors and the sourced relations between them.
///
/// The graph enforces the kind rules of ``RelationKind`` on every edge, merges the evidence of
/// edges added twice, and finds actors by any of their names. It is a value: copies are
/// independent. Iteration orders (``actors``, ``relations``) are sorted, so everything written from
/// a graph is deterministic.
public struct ActorGraph: Hashable, Sendable {
    private var actorsByID: [ActorID: Actor] = [:]
    /// Each edge's evidence, sorted and unique, and its support, under its key (the key is not
    /// stored twice: at a million edges every byte of an entry counts).
    private var edgesByKey: [EdgeKey: StoredEdge] = [:]

    /// What the graph keeps of an edge besides its key. Support is kept, not recomputed: folding
    /// duplicate sentences reads every quote of an edge carried by several documents.
    private struct StoredEdge: Hashable, Sendable {
        var evidence: [Evidence]
        var support: Int

        mutating func add(_ more: [Evidence]) {
            evidence.formSortedUnion(more)
            support = Relation.support(of: evidence)
        }

        mutating func add(_ more: [Evidence], support: Int) {
            evidence.formSortedUnion(more)
            self.support = support
        }
    }
    /// The actors that answer to each name key, sorted and unique. An array, not a `Set`: most
    /// keys name one actor, and a set per key cost a table allocation and a hash of the id for
    /// each of a large graph's names.
    private var idsByNameKey: [String: [ActorID]] = [:]

    /// Adds `id` to a sorted, unique list of ids, keeping it so.
    private static func insert(_ id: ActorID, into ids: inout [ActorID]) {
        var (low, high) = (0, ids.count)
        while low < high {
            let middle = (low + high) / 2
            if ids[middle] < id { low = middle + 1 } else { high = middle }
        }
        if low < ids.count, ids[low] == id { return }
        ids.insert(id, at: low)
    }

    public init() {}

    /// Builds a graph from actors and relations, applying the same rules as ``add(_:)`` and
    /// ``relate(_:_:_:evidence:)``.
    public init(actors: some Collection<Actor>, relations: some Collection<Relation>) throws {
        reserveCapacity(actors: actors.count, relations: relations.count)
        for actor in actors { try add(actor) }
        for relation in relations {
            try relate(relation.subject, relation.kind, relation.object, evidence: relation.evidence)
        }
    }

    // MARK: Reading

    /// All actors, sorted by id.
    public var actors: [Actor] { actorsByID.keys.sorted().map { actorsByID[$0]! } }

    /// All edges, sorted by subject, relation and object.
    public var relations: [Relation] {
        edgesByKey.sorted { $0.key < $1.key }.map { Relation(key: $0.key, sortedEvidence: $0.value.evidence, support: $0.value.support) }
    }

    /// The keys of all edges in no particular order: for a caller that orders them itself, without
    /// the cost of sorting by ids that ``relations`` pays.
    public var edgeKeys: some Collection<EdgeKey> { edgesByKey.keys }

    public var actorCount: Int { actorsByID.count }
    public var relationCount: Int { edgesByKey.count }

    /// The actor with this id, if any.
    public subscript(id: ActorID) -> Actor? { actorsByID[id] }

    /// The edge with this key, if any.
    public subscript(key: EdgeKey) -> Relation? {
        edgesByKey[key].map { Relation(key: key, sortedEvidence: $0.evidence, support: $0.support) }
    }

    /// Every actor that answers to `name` (display name, alias or id), compared case-,
    /// diacritic- and punctuation-insensitively; sorted by id.
    public func actors(named name: String) -> [Actor] {
        var ids = idsByNameKey[NameKey.of(name)] ?? []
        if let byID = actorsByID[ActorID(name)] { Self.insert(byID.id, into: &ids) }
        return ids.map { actorsByID[$0]! }
    }

    /// The one actor that answers to `name`, or nil when none or several do. Where several do, one
    /// whose display name matches wins.
    public func actor(named name: String) -> Actor? {
        let found = actors(named: name)
        if found.count == 1 { return found[0] }
        let key = NameKey.of(name)
        let exact = found.filter { NameKey.of($0.name) == key }
        return exact.count == 1 ? exact[0] : nil
    }

    // MARK: Changing

    /// Makes room for at least this many actors and relations in all, so that adding a large graph
    /// one element at a time does not grow the storage again and again.
    public mutating func reserveCapacity(actors: Int, relations: Int) {
        actorsByID.reserveCapacity(actors)
        idsByNameKey.reserveCapacity(actors)
        edgesByKey.reserveCapacity(relations)
    }

    /// Adds an actor, or merges its aliases (and a missing place or date) into the actor that
    /// already has its id. Returns the id.
    @discardableResult
    public mutating func add(_ actor: Actor) throws -> ActorID {
        var merged = actor
        if let existing = actorsByID[actor.id] {
            guard existing.kind == actor.kind else {
                throw GraphError.kindConflict(id: actor.id, existing: existing.kind, new: actor.kind)
            }
            merged = existing
            merged.addAliases(actor.names)
            merged.place = merged.place ?? actor.place
            merged.date = merged.date ?? actor.date
        }
        actorsByID[merged.id] = merged
        for name in merged.names {
            Self.insert(merged.id, into: &idsByNameKey[NameKey.of(name), default: []])
        }
        return merged.id
    }

    /// Adds the edge `subject relation object`, or merges `evidence` into it when it exists.
    /// - Throws: ``GraphError/unknownActor(_:)`` when an end is missing,
    ///   ``GraphError/kindRule(subject:subjectKind:relation:object:objectKind:)`` when the kinds
    ///   break the relation's rule.
    public mutating func relate(
        _ subject: ActorID, _ relation: RelationKind, _ object: ActorID,
        evidence: some Sequence<Evidence> = [Evidence]()
    ) throws {
        guard let from = actorsByID.index(forKey: subject) else { throw GraphError.unknownActor(subject) }
        guard let to = actorsByID.index(forKey: object) else { throw GraphError.unknownActor(object) }
        // The ends' kinds read in place (`inout` borrows the stored actor; reading it copies all its
        // strings), which matters when a million edges are added.
        func kind(_ actor: inout Actor) -> ActorKind { actor.kind }
        let kinds = (kind(&actorsByID.values[from]), kind(&actorsByID.values[to]))
        guard relation.allows(subject: kinds.0, object: kinds.1) else {
            let (from, to) = (actorsByID.values[from], actorsByID.values[to])
            throw GraphError.kindRule(
                subject: from.name, subjectKind: from.kind, relation: relation,
                object: to.name, objectKind: to.kind)
        }
        relateChecked(EdgeKey(subject, relation, object), evidence: Array(evidence))
    }

    /// Adds the edge `key`, or merges `evidence` into it, as ``relate(_:_:_:evidence:)`` does once
    /// it has checked the edge: for a caller that has checked that both ends are actors of this
    /// graph and that their kinds allow the relation (a reader that looks each actor up once, not
    /// once per edge).
    package mutating func relateChecked(_ key: consuming EdgeKey, evidence: consuming [Evidence]) {
        let added = Evidence.sortedUnique(evidence)
        // One lookup whether the edge is new or not; a new edge keeps the list as it is.
        edgesByKey[key, default: StoredEdge(evidence: [], support: 0)].add(added)
    }

    /// Adds `evidence` to the edge `key` (made when new) and sets its support to `support`, as
    /// ``relateChecked(_:evidence:)`` does but without reading every quote of the edge again: for
    /// a caller that keeps each edge's support up to date itself (an incremental aggregation).
    /// The caller has checked the ends as for ``relateChecked(_:evidence:)``, and `support` must be
    /// what ``Relation/support`` gives for the merged list.
    package mutating func relateChecked(_ key: EdgeKey, adding evidence: [Evidence], support: Int) {
        edgesByKey[key, default: StoredEdge(evidence: [], support: 0)].add(Evidence.sortedUnique(evidence), support: support)
    }

    /// Adds every actor and edge of `other` to this graph, merging as ``add(_:)`` and
    /// ``relate(_:_:_:evidence:)`` do.
    public mutating func merge(_ other: ActorGraph) throws {
        for actor in other.actors { try add(actor) }
        for relation in other.relations {
            try relate(relation.subject, relation.kind, relation.object, evidence: relation.evidence)
        }
    }

    /// The graph with only the edges that satisfy `keepRelation` and the actors that satisfy
    /// `keepActor`; edges lose an end when its actor is dropped, and go with it.
    public func filtered(
        actors keepActor: (Actor) -> Bool = { _ in true },
        relations keepRelation: (Relation) -> Bool = { _ in true }
    ) -> ActorGraph {
        var result = ActorGraph()
        for actor in actorsByID.values where keepActor(actor) {
            result.actorsByID[actor.id] = actor
            for name in actor.names { Self.insert(actor.id, into: &result.idsByNameKey[NameKey.of(name), default: []]) }
        }
        for (key, edge) in edgesByKey
        where result.actorsByID[key.subject] != nil && result.actorsByID[key.object] != nil
            && keepRelation(Relation(key: key, sortedEvidence: edge.evidence, support: edge.support))
        {
            result.edgesByKey[key] = edge
        }
        return result
    }
}
