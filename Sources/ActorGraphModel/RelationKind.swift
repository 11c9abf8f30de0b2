/// A kind of tie between two actors, with the rule that says which actor kinds it may join.
///
/// This type is the single place where the kind rules live; the graph enforces them on every
/// edge it accepts.
public enum RelationKind: String, CaseIterable, Codable, Comparable, Sendable {
    /// A supports B as a side: arms, funds, fights for it, is its ally or backer. Directed.
    case backs
    /// A is against B: fights, bombs, targets, condemns it. Directed.
    case opposes
    /// A and B agree to act together. Symmetric: A–B and B–A are one edge.
    case coordinatesWith = "coordinates_with"
    /// The actor took part in a meeting or talks (an event).
    case attended
    /// A person acts for a state or an organization.
    case represents
    /// A state, organization or armed group belongs to a coalition, alliance or body, as a
    /// member or as its leader ("Jordan, another member of the US-led coalition"; "the US-led
    /// coalition"). An extension of the five relations of the annotation guidelines: membership is
    /// a standing alignment that signed-network analysis weighs (see `CampAnalysis`).
    case memberOf = "member_of"

    /// Whether A–B and B–A are the same edge.
    public var isSymmetric: Bool { self == .coordinatesWith }

    /// Whether the relation reads as friendly (+1), hostile (−1) or carries no sign (0),
    /// as signed-network analysis uses it.
    public var sign: Int {
        switch self {
        case .backs, .coordinatesWith, .memberOf: 1
        case .opposes: -1
        case .attended, .represents: 0
        }
    }

    /// Whether an edge of this kind may go from an actor of kind `subject` to one of kind `object`.
    public func allows(subject: ActorKind, object: ActorKind) -> Bool {
        switch self {
        case .backs, .opposes:
            subject.isSideTaking && object != .event
        case .coordinatesWith:
            subject.isSideTaking && object.isSideTaking
        case .attended:
            subject != .event && object == .event
        case .represents:
            subject == .person && (object == .state || object == .organization)
        case .memberOf:
            subject.isSideTaking && (object == .organization || object == .armedGroup)
        }
    }

    /// The rule in words, for error messages.
    public var rule: String {
        switch self {
        case .backs, .opposes:
            "\(rawValue) goes from a state, organization or armed group to any actor but an event"
        case .coordinatesWith:
            "coordinates_with joins two states, organizations or armed groups"
        case .attended:
            "attended goes from an actor that is not an event to an event"
        case .represents:
            "represents goes from a person to a state or organization"
        case .memberOf:
            "member_of goes from a state, organization or armed group to an organization or armed group"
        }
    }

    public static func < (lhs: RelationKind, rhs: RelationKind) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    /// Parses a relation as users write it: `coordinates_with`, `coordinates-with`, any case.
    public init?(userText: String) {
        self.init(rawValue: userText.snakeCased)
    }
}
