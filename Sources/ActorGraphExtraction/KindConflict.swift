import ActorGraphModel

/// The warning for an edge the aggregator drops because one of its names already stands for an
/// actor of another kind (a person and a state both called "Jordan").
enum KindConflict {
    static func warning(_ subject: Actor, _ relation: RelationKind, _ object: Actor, evidence: [Evidence], error: any Error) -> String {
        let documents = Set(evidence.map(\.doc)).sorted().joined(separator: ", ")
        let why = (error as? GraphError)?.description ?? "\(error)"
        return "\(documents): “\(subject.name)” \(relation.rawValue) “\(object.name)” dropped: \(why)"
    }
}
