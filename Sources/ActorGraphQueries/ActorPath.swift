import ActorGraphModel

/// One step of an ``ActorPath``: the edge walked and which way.
public struct PathHop: Hashable, Sendable {
    /// The actor the hop leaves.
    public let from: ActorID
    /// The actor the hop reaches.
    public let to: ActorID
    /// The edge walked, with its evidence.
    public let relation: Relation
    /// True when the hop goes from the edge's object to its subject: an undirected search
    /// walking a directed edge backwards. Never true for symmetric relations.
    public let isBackwards: Bool

    public init(from: ActorID, to: ActorID, relation: Relation, isBackwards: Bool) {
        self.from = from
        self.to = to
        self.relation = relation
        self.isBackwards = isBackwards
    }
}

/// A chain of actors joined by edges, as `path` prints it.
public struct ActorPath: Hashable, Sendable {
    /// The actors from start to end.
    public let actors: [ActorID]
    /// The edges between consecutive actors.
    public let hops: [PathHop]

    public init(actors: [ActorID], hops: [PathHop]) {
        self.actors = actors
        self.hops = hops
    }

    /// How a chain reads in signed terms: the product of its relations' signs.
    public struct Reading: Hashable, Sendable {
        /// +1 (friend: no or an even number of hostile hops), −1 (foe), or nil when no hop
        /// carries a sign.
        public let sign: Int?
        /// The positions of the hops whose relation has no sign (`attended`, `represents`),
        /// which the product skips.
        public let unsignedHops: [Int]

        /// "friend", "foe" or "unsigned".
        public var word: String {
            guard let sign else { return "unsigned" }
            return sign > 0 ? "friend" : "foe"
        }
    }

    /// The chain's signed reading.
    public var reading: Reading {
        var product = 1
        var signed = 0
        var unsigned: [Int] = []
        for (i, hop) in hops.enumerated() {
            let sign = hop.relation.kind.sign
            if sign == 0 { unsigned.append(i) } else { product *= sign; signed += 1 }
        }
        return Reading(sign: signed == 0 ? nil : product, unsignedHops: unsigned)
    }

    /// The chain in one line, each hop with its relation and support, arrows showing the edge's
    /// direction: `Jordan —coordinates_with (2)— Russia —backs (3)→ Bashar al-Assad`, and
    /// `Bashar al-Assad ←backs (3)— Russia` for a directed edge walked backwards.
    public func chain(name: (ActorID) -> String) -> String {
        guard let first = actors.first else { return "" }
        var line = name(first)
        for hop in hops {
            let label = "\(hop.relation.kind.rawValue) (\(hop.relation.support))"
            if hop.relation.kind.isSymmetric {
                line += " —\(label)— "
            } else if hop.isBackwards {
                line += " ←\(label)— "
            } else {
                line += " —\(label)→ "
            }
            line += name(hop.to)
        }
        return line
    }
}
