import ActorGraphModel

/// Why a query cannot be answered, in one line a user can act on.
public enum QueryError: Error, Equatable, Sendable, CustomStringConvertible {
    /// No actor answers to the name; `suggestions` are the nearest names in the graph.
    case unknownActor(String, suggestions: [String])
    /// Several actors answer to the name.
    case ambiguousName(String, candidates: [Actor])
    /// The actor exists but the filters removed it.
    case filteredOut(String)
    /// A relation name that is not a ``RelationKind``.
    case unknownRelation(String)
    /// An actor kind name that is not an ``ActorKind``.
    case unknownKind(String)
    /// A date that is not `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    case badDate(String)
    /// A number option out of its range.
    case badValue(option: String, value: String, expected: String)
    /// An edge list that cannot be indexed.
    case invalidEdgeList(String)

    public var description: String {
        switch self {
        case let .unknownActor(name, suggestions):
            suggestions.isEmpty
                ? "no actor named “\(name)”"
                : "no actor named “\(name)”; did you mean \(suggestions.map { "“\($0)”" }.joined(separator: ", "))?"
        case let .ambiguousName(name, candidates):
            "“\(name)” names \(candidates.count) actors: "
                + candidates.map { "\($0.name) (\($0.kind.rawValue), id \($0.id))" }.joined(separator: "; ")
                + "; name one by its id"
        case let .filteredOut(name):
            "“\(name)” is in the graph but the filters leave it out (its kind, or an event date out of range)"
        case let .unknownRelation(text):
            "unknown relation “\(text)”; use one of \(RelationKind.allCases.map(\.rawValue).joined(separator: ", "))"
        case let .unknownKind(text):
            "unknown actor kind “\(text)”; use one of \(ActorKind.allCases.map(\.rawValue).joined(separator: ", "))"
        case let .badDate(text):
            "“\(text)” is not a date; write YYYY, YYYY-MM or YYYY-MM-DD"
        case let .badValue(option, value, expected):
            "\(option) \(value): expected \(expected)"
        case let .invalidEdgeList(reason):
            "invalid edge list: \(reason)"
        }
    }
}
