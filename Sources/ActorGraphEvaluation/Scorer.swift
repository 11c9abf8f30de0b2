import ActorGraphModel
import Foundation

/// Scores a graph against a gold standard the way the reference scorer `score.py` does, so a
/// user who annotates a few documents can measure a lexicon or rule change.
public struct Scorer: Sendable {
    public var aliases: AliasTable
    /// Compare events by place only, ignoring their dates.
    public var lenientEvents: Bool

    public init(aliases: AliasTable = AliasTable(), lenientEvents: Bool = false) {
        self.aliases = aliases
        self.lenientEvents = lenientEvents
    }

    /// The relations the annotation guidelines define and `score.py` gives a row each, in its
    /// order. `member_of`, ActorGraph's extension, has no gold and no row, but its edges count in
    /// the overall row as any prediction does.
    public static let guidelineRelations: [RelationKind] = [.backs, .opposes, .coordinatesWith, .attended, .represents]

    /// The scorecard of `graph` against `gold`.
    public func score(_ graph: ActorGraph, against gold: GoldStandard) -> Scorecard {
        let goldTriples = Set(gold.edges.map {
            Triple(subject: key(of: $0.subject), relation: $0.relation, object: key(of: $0.object))
        })
        var keys: [ActorID: String] = [:]
        for actor in graph.actors { keys[actor.id] = key(of: actor) }
        let predicted = Set(graph.relations.map {
            Triple(subject: keys[$0.subject]!, relation: $0.kind.rawValue, object: keys[$0.object]!)
        })
        let rows = Self.guidelineRelations.map { relation in
            let goldOfKind = goldTriples.filter { $0.relation == relation.rawValue }
            let predictedOfKind = predicted.filter { $0.relation == relation.rawValue }
            return Scorecard.Row(
                relation: relation.rawValue, gold: goldOfKind.count, predicted: predictedOfKind.count,
                truePositives: goldOfKind.intersection(predictedOfKind).count)
        }
        let overall = Scorecard.Row(
            relation: "all", gold: goldTriples.count, predicted: predicted.count,
            truePositives: goldTriples.intersection(predicted).count)
        return Scorecard(
            rows: rows, overall: overall,
            missed: goldTriples.subtracting(predicted).sorted(),
            spurious: predicted.subtracting(goldTriples).sorted())
    }

    /// The comparison key of a gold name: `event:<Place>:<date>` for events, else the alias
    /// table's canonical form.
    func key(of name: String) -> String {
        if let event = eventKey(name) { return event }
        return aliases.key(of: name)
    }

    /// The comparison key of a predicted actor: an event by its place and date; another actor by
    /// the first of its names the alias table knows, else by its display name.
    func key(of actor: Actor) -> String {
        if actor.kind == .event {
            return key(of: "event:\(actor.place ?? actor.name):\(actor.date ?? "unknown")")
        }
        for name in actor.names {
            if let canonical = aliases.canonical(of: name) { return EvaluationName.normalize(canonical) }
        }
        return EvaluationName.normalize(actor.name)
    }

    private func eventKey(_ name: String) -> String? {
        guard name.hasPrefix("event:") else { return nil }
        let rest = name.dropFirst("event:".count)
        guard let colon = rest.firstIndex(of: ":"), colon != rest.startIndex else { return nil }
        let place = rest[..<colon]
        let rawDate = rest[rest.index(after: colon)...]
        guard !rawDate.isEmpty else { return nil }
        let date = rawDate.trimmingCharacters(in: .whitespacesAndNewlines)
        let normalizedPlace = EvaluationName.normalize(String(place))
        return lenientEvents ? "event:\(normalizedPlace)" : "event:\(normalizedPlace):\(date)"
    }
}
