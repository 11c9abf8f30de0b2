import ActorGraphModel
import ActorGraphQueries

/// A store answers ``PartialPath``, ``PartialNeighborhood`` and ``PartialMatches`` from its index
/// snapshot and the rows the answer prints, without reading its graph.
extension GraphStore: PartialGraph {
    public func searchIndex() throws -> NumberedIndex {
        try snapshot().numbered
    }

    /// Resolves `name` as ``ActorGraph/resolveActor(named:)`` does on the whole graph: an exact
    /// name through the name table's index, a part of a name through a scan of the name keys, and
    /// only a name that denotes nobody (for its suggestions) through the whole actor table.
    public func resolve(_ name: String) throws -> Actor {
        let exact = try actorIDs(named: name)
        if !exact.isEmpty {
            // The candidates alone decide between several exact matches (by display name).
            return try subgraph(actors: exact, relationsBetween: []).resolveActor(named: name)
        }
        // A part of a name: the actors whose name keys contain it are all the candidates there can
        // be; only when none is one does the whole actor table come in (for the suggestions).
        let key = NameKey.of(name)
        if !key.isEmpty {
            let around = try subgraph(actors: actorIDs(withNameKeyContaining: key), relationsBetween: [])
            if !around.actors(partlyNamed: name).isEmpty { return try around.resolveActor(named: name) }
        }
        return try actorsOnly().resolveActor(named: name)
    }

    public func indexLacks(_ actor: Actor) -> any Error {
        StoreError.damaged(path: url.path, detail: "the index snapshot lacks actors of the actor table")
    }
}
