/// What an actor is. The kind decides which relations the actor may take part in
/// (see ``RelationKind/allows(subject:object:)``).
public enum ActorKind: String, CaseIterable, Codable, Comparable, Sendable {
    /// A country or its government acting as one ("Russia", "the Kremlin", "the regime").
    case state
    /// An intergovernmental or international body, or a coalition ("the UN", "the EU").
    case organization
    /// A non-state side in a conflict ("Islamic State", "the Syrian opposition").
    case armedGroup = "armed_group"
    /// A named individual.
    case person
    /// A meeting, talks or conference, identified by its place and date.
    case event

    /// Kinds that can take a side: the subjects of `backs`, `opposes` and `coordinates_with`.
    public var isSideTaking: Bool {
        switch self {
        case .state, .organization, .armedGroup: true
        case .person, .event: false
        }
    }

    public static func < (lhs: ActorKind, rhs: ActorKind) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    /// Parses a kind as users write it: `armed_group`, `armed-group` or `armed group`, any case.
    public init?(userText: String) {
        self.init(rawValue: userText.snakeCased)
    }
}
