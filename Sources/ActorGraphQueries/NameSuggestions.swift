import ActorGraphModel

extension ActorGraph {
    /// The one actor `name` denotes (display name, alias or id).
    /// - Throws: ``QueryError/unknownActor(_:suggestions:)`` with the nearest names when none
    ///   does, ``QueryError/ambiguousName(_:candidates:)`` when several do and none of them by
    ///   its display name.
    public func resolveActor(named name: String) throws -> Actor {
        if let actor = actor(named: name) { return actor }
        let candidates = actors(named: name)
        if candidates.isEmpty {
            throw QueryError.unknownActor(name, suggestions: suggestions(for: name))
        }
        throw QueryError.ambiguousName(name, candidates: candidates)
    }

    /// Up to `limit` names (display names and aliases) nearest to `name`, nearest first: those
    /// within an edit distance of a third of the name's length (at least 2) of the whole name
    /// or of one of its words, one name per actor. Compared in ``NameKey`` form, so case and accents do not count.
    public func suggestions(for name: String, limit: Int = 3) -> [String] {
        let key = Array(NameKey.of(name))
        guard !key.isEmpty else { return [] }
        let threshold = max(2, key.count / 3)
        // The nearest of each actor's names, so one actor is suggested once.
        var best: [(name: String, distance: Int)] = []
        for actor in actors {
            var nearest: (name: String, distance: Int)?
            for candidate in actor.names {
                let candidateKey = NameKey.of(candidate)
                var distance = EditDistance.between(key, Array(candidateKey))
                // "Saudi" is near "Saudi Arabia": a word match costs one more than an exact one.
                for word in candidateKey.split(separator: " ") where word.count >= 3 {
                    distance = min(distance, EditDistance.between(key, Array(word)) + 1)
                }
                if distance <= threshold, distance < nearest?.distance ?? Int.max {
                    nearest = (candidate, distance)
                }
            }
            if let nearest, !best.contains(where: { $0.name == nearest.name }) { best.append(nearest) }
        }
        return best.sorted { ($0.distance, $0.name) < ($1.distance, $1.name) }.prefix(limit).map(\.name)
    }
}

/// Levenshtein distance: insertions, deletions and substitutions of one character each cost 1.
enum EditDistance {
    static func between(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(substitution, previous[j] + 1, current[j - 1] + 1)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
