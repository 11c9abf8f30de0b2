import ActorGraphModel

/// A question "who does what to whom" with any part left open: `Russia backs ?`,
/// `? backs Bashar al-Assad`, `? attended Vienna 2015-10-30`.
public struct Pattern: Hashable, Sendable {
    /// The subject, or nil for any.
    public var subject: ActorID?
    /// The relations asked about.
    public var relations: RelationMask
    /// The object, or nil for any.
    public var object: ActorID?

    public init(subject: ActorID? = nil, relations: RelationMask = .all, object: ActorID? = nil) {
        self.subject = subject
        self.relations = relations
        self.object = object
    }
}

extension IndexedGraph {
    /// The edges matching `pattern`, sorted by key. A symmetric relation matches with its ends
    /// either way round (`Russia coordinates_with ?` finds the edge stored as
    /// `Jordan coordinates_with Russia`).
    public func matches(_ pattern: Pattern) -> [Relation] {
        var found: Set<EdgeKey> = []
        func collect(from node: Int32, _ step: Step, keep: (Int32) -> Bool) {
            index.forEachArc(from: node, step, pattern.relations) { v, k, along in
                if keep(v) { found.insert(relation(from: node, to: v, kind: k, along: along).key) }
            }
        }
        switch (pattern.subject.flatMap(number(of:)), pattern.object.flatMap(number(of:))) {
        case let (s?, o?):
            collect(from: s, .forward) { $0 == o }
        case let (s?, nil):
            guard pattern.object == nil else { return [] }
            collect(from: s, .forward) { _ in true }
        case let (nil, o?):
            guard pattern.subject == nil else { return [] }
            collect(from: o, .backward) { _ in true }
        case (nil, nil):
            guard pattern.subject == nil, pattern.object == nil else { return [] }
            // Nothing fixed: every edge of the asked kinds, each found from its subject.
            for u in 0..<Int32(index.nodeCount) {
                index.forEachArc(from: u, .both, pattern.relations) { v, k, along in
                    if along { found.insert(relation(from: u, to: v, kind: k, along: true).key) }
                }
            }
        }
        return found.sorted().map { graph[$0]! }
    }
}
