/// Edges as node numbers, `sources[i] → targets[i]` with relation code `kinds[i]`, on their way
/// into a ``GraphIndex`` (from an ``ActorGraph``, or from graph.json read without one).
package struct EdgeList {
    package private(set) var sources: [Int32] = []
    package private(set) var targets: [Int32] = []
    package private(set) var kinds: [UInt8] = []

    package init(capacity: Int) {
        sources.reserveCapacity(capacity)
        targets.reserveCapacity(capacity)
        kinds.reserveCapacity(capacity)
    }

    package var count: Int { sources.count }

    package mutating func append(_ source: Int32, _ kind: UInt8, _ target: Int32) {
        sources.append(source)
        kinds.append(kind)
        targets.append(target)
    }

    /// Orders the edges by source, then kind, then target: a stable counting sort on each, the
    /// least significant first (linear in edges and nodes; no comparisons).
    /// - Returns: where each edge came from: the `i`-th edge now was edge `order[i]` before.
    /// - Precondition: every node number is in `0..<nodeCount`, every kind below 256.
    @discardableResult
    package mutating func sortByKey(nodeCount: Int) -> [Int32] {
        var order = [Int32](0..<Int32(count))
        order = Self.stableSorted(order, buckets: nodeCount) { [targets] in Int(targets[Int($0)]) }
        order = Self.stableSorted(order, buckets: 256) { [kinds] in Int(kinds[Int($0)]) }
        order = Self.stableSorted(order, buckets: nodeCount) { [sources] in Int(sources[Int($0)]) }
        sources = order.map { [sources] in sources[Int($0)] }
        targets = order.map { [targets] in targets[Int($0)] }
        kinds = order.map { [kinds] in kinds[Int($0)] }
        return order
    }

    /// `order` stably sorted by `bucket`, whose values are in `0..<buckets`.
    private static func stableSorted(_ order: [Int32], buckets: Int, by bucket: (Int32) -> Int) -> [Int32] {
        var starts = [Int](repeating: 0, count: buckets + 1)
        for edge in order { starts[bucket(edge) + 1] += 1 }
        for b in 0..<buckets { starts[b + 1] += starts[b] }
        var sorted = [Int32](repeating: 0, count: order.count)
        for edge in order {
            let b = bucket(edge)
            sorted[starts[b]] = edge
            starts[b] += 1
        }
        return sorted
    }
}
