import ActorGraphModel

extension ActorGraph {
    /// The one actor `name` denotes, as a reader would type it: its id, display name or an
    /// alias, or failing those an unambiguous part of one of its names in whole words
    /// ("Assad" for "Bashar al-Assad", "de Mistura"). Case, diacritics and punctuation do not
    /// count (``NameKey``).
    /// - Throws: ``QueryError/unknownActor(_:suggestions:)`` with the nearest names when none
    ///   does, ``QueryError/ambiguousName(_:candidates:)`` when several do and none of them by
    ///   its display name.
    public func resolveActor(named name: String) throws -> Actor {
        if let actor = actor(named: name) { return actor }
        var candidates = actors(named: name)
        if candidates.isEmpty { candidates = actors(partlyNamed: name) }
        if candidates.count == 1 { return candidates[0] }
        if candidates.isEmpty {
            throw QueryError.unknownActor(name, suggestions: suggestions(for: name))
        }
        throw QueryError.ambiguousName(name, candidates: candidates)
    }

    /// Every actor that answers to `name` exactly (``actors(named:)``) or, when none does, by a
    /// part of one of its names; sorted by id. What ``resolveActor(named:)`` chooses from.
    public func candidates(for name: String) -> [Actor] {
        let exact = actors(named: name)
        return exact.isEmpty ? actors(partlyNamed: name) : exact
    }

    /// Every actor one of whose names contains `name` as a run of whole words, in ``NameKey``
    /// form: "assad" is part of "bashar al assad", "al assad" too, "assa" is not. Sorted by id.
    public func actors(partlyNamed name: String) -> [Actor] {
        let words = NameKey.of(name).split(separator: " ")
        guard !words.isEmpty else { return [] }
        return actors.filter { actor in
            actor.names.contains { candidate in
                NameKey.of(candidate).split(separator: " ").containsRun(words)
            }
        }
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

extension Array where Element == Substring {
    /// Whether `run` occurs in the array as consecutive elements.
    fileprivate func containsRun(_ run: [Substring]) -> Bool {
        guard !run.isEmpty, run.count <= count else { return false }
        for start in 0...(count - run.count) where self[start..<(start + run.count)].elementsEqual(run) {
            return true
        }
        return false
    }
}
