/// The identity of an edge: who, how, whom. For a symmetric relation the two ends are stored in
/// id order, so A–B and B–A have one key.
public struct EdgeKey: Hashable, Comparable, Sendable {
    public let subject: ActorID
    public let relation: RelationKind
    public let object: ActorID

    public init(_ subject: ActorID, _ relation: RelationKind, _ object: ActorID) {
        if relation.isSymmetric && object < subject {
            (self.subject, self.object) = (object, subject)
        } else {
            (self.subject, self.object) = (subject, object)
        }
        self.relation = relation
    }

    public static func < (lhs: EdgeKey, rhs: EdgeKey) -> Bool {
        (lhs.subject, lhs.relation, lhs.object) < (rhs.subject, rhs.relation, rhs.object)
    }
}

/// An edge of the graph with the evidence that states it.
public struct Relation: Hashable, Sendable {
    public let key: EdgeKey
    /// Every sentence that states this edge, sorted, without duplicates.
    public private(set) var evidence: [Evidence]

    public init(_ subject: ActorID, _ relation: RelationKind, _ object: ActorID, evidence: [Evidence] = []) {
        key = EdgeKey(subject, relation, object)
        self.evidence = Evidence.sortedUnique(evidence)
    }

    /// An edge whose evidence is sorted and unique already (as a graph stores it).
    init(key: EdgeKey, sortedEvidence: [Evidence]) {
        self.key = key
        evidence = sortedEvidence
    }

    public var subject: ActorID { key.subject }
    public var kind: RelationKind { key.relation }
    public var object: ActorID { key.object }

    /// The number of distinct documents that state the edge.
    public var support: Int { Set(evidence.map(\.doc)).count }

    /// The documents that state the edge, sorted.
    public var documents: [String] { Set(evidence.map(\.doc)).sorted() }

    /// Adds evidence, keeping the list sorted and unique.
    public mutating func merge(evidence more: some Sequence<Evidence>) {
        evidence = Evidence.sortedUnique(evidence + Array(more))
    }
}
