import ActorGraphModel

/// Which part of a graph a query or a drawing looks at. Every condition left nil keeps
/// everything.
///
/// The graph holds dates only on events, and documents only as evidence, so:
/// - ``documents`` keeps an edge when it has evidence in one of the documents, and keeps only that
///   evidence, so support counts the chosen documents alone; actors stay.
/// - ``from``/``to`` keep an event when its date is in the range (bounds included, compared at
///   the precision given: `--to 2015-10` keeps 2015-10-31); an event of unknown date is dropped
///   when a range is given, since it cannot be shown to be in it. Other actors have no date and
///   stay.
/// - ``minimumSupport`` applies after the document selection.
/// Edges lose an end when its actor is dropped, and go with it. Actors left without edges stay.
public struct GraphFilter: Hashable, Sendable {
    /// The relation kinds kept, or nil for all.
    public var relations: Set<RelationKind>?
    /// The actor kinds kept, or nil for all.
    public var kinds: Set<ActorKind>?
    /// The least support (distinct documents) an edge needs.
    public var minimumSupport: Int
    /// The documents whose evidence counts, or nil for all.
    public var documents: Set<String>?
    /// The earliest event date kept (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`).
    public var from: String?
    /// The latest event date kept.
    public var to: String?

    /// - Throws: ``QueryError/badDate(_:)`` when `from` or `to` is not a date,
    ///   ``QueryError/badValue(option:value:expected:)`` when `minimumSupport` is negative.
    public init(
        relations: Set<RelationKind>? = nil, kinds: Set<ActorKind>? = nil, minimumSupport: Int = 0,
        documents: Set<String>? = nil, from: String? = nil, to: String? = nil
    ) throws {
        for date in [from, to].compactMap({ $0 }) where !Self.isDate(date) { throw QueryError.badDate(date) }
        guard minimumSupport >= 0 else {
            throw QueryError.badValue(option: "--min-support", value: String(minimumSupport), expected: "0 or more")
        }
        self.relations = relations
        self.kinds = kinds
        self.minimumSupport = minimumSupport
        self.documents = documents
        self.from = from
        self.to = to
    }

    /// The filter that keeps everything.
    public static let none = try! GraphFilter()

    /// Whether the filter keeps everything.
    public var isEmpty: Bool { self == .none }

    /// The relation kinds kept, as a mask.
    public var relationMask: RelationMask { relations.map { RelationMask($0) } ?? .all }

    /// Whether `actor` passes the kind and date conditions.
    public func keeps(_ actor: Actor) -> Bool {
        if let kinds, !kinds.contains(actor.kind) { return false }
        if actor.kind == .event, from != nil || to != nil {
            guard let date = actor.date else { return false }
            if let from, date.prefix(from.count) < from { return false }
            if let to, date.prefix(to.count) > to { return false }
        }
        return true
    }

    /// The part of `graph` the filter keeps.
    public func apply(to graph: ActorGraph) -> ActorGraph {
        guard !isEmpty else { return graph }
        let kept = graph.filtered(actors: keeps, relations: { relations?.contains($0.kind) ?? true })
        guard documents != nil || minimumSupport > 0 else { return kept }
        var result = kept.filtered(relations: { _ in false })
        for relation in kept.relations {
            let evidence = documents.map { docs in relation.evidence.filter { docs.contains($0.doc) } } ?? relation.evidence
            if documents != nil && evidence.isEmpty { continue }
            let trimmed = Relation(relation.subject, relation.kind, relation.object, evidence: evidence)
            guard trimmed.support >= minimumSupport else { continue }
            // The edge was valid in `graph` and both ends are in `result`.
            try? result.relate(relation.subject, relation.kind, relation.object, evidence: evidence)
        }
        return result
    }

    // MARK: Parsing user lists

    /// The relations of a comma-separated list as users write them (`backs, coordinates-with`).
    /// - Throws: ``QueryError/unknownRelation(_:)`` naming the first unknown one,
    ///   ``QueryError/badValue(option:value:expected:)`` for an empty list.
    public static func relations(fromList text: String, option: String = "--relations") throws -> Set<RelationKind> {
        Set(try items(text, option).map { item in
            guard let kind = RelationKind(userText: item) else { throw QueryError.unknownRelation(item) }
            return kind
        })
    }

    /// The actor kinds of a comma-separated list (`state, armed group`).
    /// - Throws: ``QueryError/unknownKind(_:)``, or ``QueryError/badValue(option:value:expected:)``
    ///   for an empty list.
    public static func kinds(fromList text: String, option: String = "--kinds") throws -> Set<ActorKind> {
        Set(try items(text, option).map { item in
            guard let kind = ActorKind(userText: item) else { throw QueryError.unknownKind(item) }
            return kind
        })
    }

    /// The non-empty, trimmed items of a comma-separated list.
    /// - Throws: ``QueryError/badValue(option:value:expected:)`` when there are none.
    public static func items(_ text: String, _ option: String) throws -> [String] {
        let items = text.split(separator: ",").map { $0.trimmingWhitespace }.filter { !$0.isEmpty }
        guard !items.isEmpty else {
            throw QueryError.badValue(option: option, value: "“\(text)”", expected: "a comma-separated list")
        }
        return items
    }

    private static func isDate(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        let widths = [4, 2, 2]
        guard (1...3).contains(parts.count) else { return false }
        for (part, width) in zip(parts, widths) {
            guard part.count == width, part.allSatisfy({ $0.isASCII && $0.isNumber }) else { return false }
        }
        if parts.count > 1, let month = Int(parts[1]), !(1...12).contains(month) { return false }
        if parts.count > 2, let day = Int(parts[2]), !(1...31).contains(day) { return false }
        return true
    }
}

extension Substring {
    var trimmingWhitespace: String {
        var text = self
        while let first = text.first, first.isWhitespace { text.removeFirst() }
        while let last = text.last, last.isWhitespace { text.removeLast() }
        return String(text)
    }
}
