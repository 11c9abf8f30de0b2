/// Why the graph refused a change. Each message names the actors involved so a user can fix the
/// input.
public enum GraphError: Error, Equatable, Sendable, CustomStringConvertible {
    /// An edge breaks its relation's kind rule.
    case kindRule(subject: String, subjectKind: ActorKind, relation: RelationKind, object: String, objectKind: ActorKind)
    /// An edge names an actor the graph does not have.
    case unknownActor(ActorID)
    /// Two actors with one id but different kinds.
    case kindConflict(id: ActorID, existing: ActorKind, new: ActorKind)

    public var description: String {
        switch self {
        case let .kindRule(subject, subjectKind, relation, object, objectKind):
            "“\(subject)” (\(subjectKind.rawValue)) \(relation.rawValue) “\(object)” (\(objectKind.rawValue)) breaks a kind rule: \(relation.rule)"
        case let .unknownActor(id):
            "no actor with id “\(id)” in the graph"
        case let .kindConflict(id, existing, new):
            "actor “\(id)” is already a \(existing.rawValue) and cannot also be a \(new.rawValue)"
        }
    }
}
