/// A walk through the index: nodes and, for each hop, the arc taken.
public struct NodePath: Hashable, Sendable {
    /// The nodes from start to end; one more than the hops.
    public var nodes: [Int32]
    /// The relation code of each hop's edge.
    public var kinds: [UInt8]
    /// Whether each hop follows its edge from subject to object (always true for symmetric
    /// relations); false when an undirected search walks a directed edge backwards.
    public var along: [Bool]

    public init(nodes: [Int32], kinds: [UInt8], along: [Bool]) {
        self.nodes = nodes
        self.kinds = kinds
        self.along = along
    }

    /// The number of hops.
    public var hopCount: Int { kinds.count }
}

/// The nodes a breadth-first search reached, level by level.
public struct SearchLevels: Hashable, Sendable {
    /// The reached nodes in visiting order, the start first.
    public var nodes: [Int32]
    /// Where each level starts in ``nodes``: level `d` is `nodes[levelStarts[d]..<levelStarts[d + 1]]`
    /// (the last level runs to the end).
    public var levelStarts: [Int]

    /// The nodes at exactly `depth` hops.
    public func level(_ depth: Int) -> ArraySlice<Int32> {
        guard depth < levelStarts.count else { return [] }
        let end = depth + 1 < levelStarts.count ? levelStarts[depth + 1] : nodes.count
        return nodes[levelStarts[depth]..<end]
    }

    /// The deepest level reached.
    public var depth: Int { levelStarts.count - 1 }
}
