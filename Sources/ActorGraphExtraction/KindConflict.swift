import ActorGraphModel

/// The warning for an edge the aggregator drops because one of its names already stands for an
/// actor of another kind (a person and a state both called "Jordan").
enum KindConflict {
    /// The warning from what an aggregation keeps of a dropped edge: its ends' names, the
    /// documents of its evidence and the conflict's description.
    static func warning(subject: String, _ relation: RelationKind, object: String, documents: Set<String>, why: String) -> String {
        "\(documents.sorted().joined(separator: ", ")): “\(subject)” \(relation.rawValue) “\(object)” dropped: \(why)"
    }
}
