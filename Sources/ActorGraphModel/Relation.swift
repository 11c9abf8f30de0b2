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
    /// Every sentence that states this edge, sorted, without duplicates. A sentence that several
    /// documents carry (a syndicated story) is listed once per document.
    public private(set) var evidence: [Evidence]

    /// The number of documents that state the edge, a sentence carried by several documents
    /// counting once: each distinct sentence (``Evidence/sentenceKey``) counts for the first
    /// document, in sort order, that carries it.
    // Stored: filters, styles and exports ask for it per edge, and folding reads every quote.
    public private(set) var support: Int

    public init(_ subject: ActorID, _ relation: RelationKind, _ object: ActorID, evidence: [Evidence] = []) {
        key = EdgeKey(subject, relation, object)
        let sorted = Evidence.sortedUnique(evidence)
        self.evidence = sorted
        support = Self.support(of: sorted)
    }

    /// ``support`` of a sorted evidence list.
    static func support(of evidence: [Evidence]) -> Int {
        // One document (the list is sorted by document): nothing to fold, no text to read.
        guard let first = evidence.first?.doc, evidence.last?.doc != first else { return evidence.isEmpty ? 0 : 1 }
        var sentences = Set<String>()
        var documents = Set<String>()
        for item in evidence where sentences.insert(item.sentenceKey).inserted { documents.insert(item.doc) }
        return documents.count
    }

    /// An edge whose evidence is sorted and unique already and whose support is known (as a graph
    /// stores them).
    init(key: EdgeKey, sortedEvidence: [Evidence], support: Int) {
        self.key = key
        evidence = sortedEvidence
        self.support = support
    }

    public var subject: ActorID { key.subject }
    public var kind: RelationKind { key.relation }
    public var object: ActorID { key.object }

    /// The documents that state the edge, sorted, those that only repeat another's sentence
    /// included.
    public var documents: [String] { Set(evidence.map(\.doc)).sorted() }

    /// Adds evidence, keeping the list sorted and unique.
    public mutating func merge(evidence more: some Sequence<Evidence>) {
        evidence = Evidence.sortedUnique(evidence + Array(more))
        support = Self.support(of: evidence)
    }
}
