import ActorGraphModel

/// What a mention stands for, before it becomes a graph node: a name, a kind and, for states, the
/// ISO code that links demonyms, capitals and generic words to the same state.
public struct ActorRef: Hashable, Comparable, Codable, Sendable {
    public var name: String
    public var kind: ActorKind
    /// ISO alpha-3 of the state itself (for states) or of the country it belongs to.
    public var country: String?

    public init(name: String, kind: ActorKind, country: String? = nil) {
        self.name = name
        self.kind = kind
        self.country = country
    }

    public var id: ActorID { .forName(name) }

    public static func < (lhs: ActorRef, rhs: ActorRef) -> Bool {
        (lhs.name, lhs.kind.rawValue) < (rhs.name, rhs.kind.rawValue)
    }
}
