import ActorGraphModel

/// A compact, immutable adjacency index of a directed multigraph with relation-labelled edges:
/// compressed sparse rows (CSR) over integer node numbers, built once and then shared by every
/// query.
///
/// Each edge `u → v` of kind `k` is stored twice: as an out-arc of `u` (target `v`, kind `k`) and
/// as an in-arc of `v` (source `u`, kind `k`). Offsets and node numbers are `Int32`, kinds one
/// byte, so the index takes 10 bytes per edge plus 8 bytes per node (see ``byteCount``).
/// Symmetric relations are stored once and walked both ways by the searches.
///
/// Build it from an ``ActorGraph`` through ``IndexedGraph``, or directly from an edge list with
/// ``init(nodeCount:sources:targets:kinds:)`` when a graph is too large for dictionaries.
public struct GraphIndex: Sendable {
    let storage: CSRStorage

    /// The number of nodes, numbered `0..<nodeCount`.
    public var nodeCount: Int { storage.nodeCount }
    /// The number of edges.
    public var edgeCount: Int { storage.edgeCount }
    /// The exact bytes held by the index's arrays.
    public var byteCount: Int { storage.byteCount }

    /// Builds the index of the edges `sources[i] → targets[i]` with relation code `kinds[i]`
    /// (see ``RelationKind/code``).
    /// - Throws: ``QueryError/invalidEdgeList(_:)`` when the arrays differ in length, a node
    ///   number is outside `0..<nodeCount`, a code names no relation, or the graph exceeds the
    ///   `Int32` limits of the index.
    public init(nodeCount: Int, sources: [Int32], targets: [Int32], kinds: [UInt8]) throws {
        guard sources.count == targets.count, sources.count == kinds.count else {
            throw QueryError.invalidEdgeList("\(sources.count) sources, \(targets.count) targets and \(kinds.count) kinds differ in number")
        }
        guard nodeCount >= 0, nodeCount < Int(Int32.max), sources.count < Int(Int32.max) else {
            throw QueryError.invalidEdgeList("\(nodeCount) nodes and \(sources.count) edges exceed the index's Int32 limit")
        }
        let kindLimit = UInt8(RelationKind.allCases.count)
        for i in sources.indices {
            guard sources[i] >= 0, Int(sources[i]) < nodeCount, targets[i] >= 0, Int(targets[i]) < nodeCount else {
                throw QueryError.invalidEdgeList("edge \(i) (\(sources[i]) → \(targets[i])) names a node outside 0..<\(nodeCount)")
            }
            guard kinds[i] < kindLimit else {
                throw QueryError.invalidEdgeList("edge \(i) has relation code \(kinds[i]); codes go from 0 to \(kindLimit - 1)")
            }
        }
        storage = CSRStorage(nodeCount: nodeCount, sources: sources, targets: targets, kinds: kinds)
    }

    /// Number of out-arcs plus in-arcs of `node`: its degree in the undirected view.
    public func degree(of node: Int32) -> Int {
        let s = storage
        let u = Int(node)
        return Int(s.outOffsets[u + 1] - s.outOffsets[u] + s.inOffsets[u + 1] - s.inOffsets[u])
    }

    /// Calls `body(neighbour, kind code, along)` for every arc a search takes from `node`:
    /// `along` is true when the arc follows its edge from subject to object, or the edge is
    /// symmetric.
    @inline(__always)
    func forEachArc(
        from node: Int32, _ step: Step, _ mask: RelationMask,
        _ body: (_ neighbour: Int32, _ kind: UInt8, _ along: Bool) -> Void
    ) {
        let s = storage
        let u = Int(node)
        let symmetric = RelationMask.symmetric
        // Out-arcs: all of them forward, only symmetric ones backward.
        if step != .backward {
            for i in Int(s.outOffsets[u])..<Int(s.outOffsets[u + 1]) {
                let k = s.outKinds[i]
                if mask.contains(code: k) { body(s.outTargets[i], k, true) }
            }
        } else {
            for i in Int(s.outOffsets[u])..<Int(s.outOffsets[u + 1]) {
                let k = s.outKinds[i]
                if mask.contains(code: k), symmetric.contains(code: k) { body(s.outTargets[i], k, true) }
            }
        }
        if step != .forward {
            for i in Int(s.inOffsets[u])..<Int(s.inOffsets[u + 1]) {
                let k = s.inKinds[i]
                if mask.contains(code: k) { body(s.inSources[i], k, symmetric.contains(code: k)) }
            }
        } else {
            for i in Int(s.inOffsets[u])..<Int(s.inOffsets[u + 1]) {
                let k = s.inKinds[i]
                if mask.contains(code: k), symmetric.contains(code: k) { body(s.inSources[i], k, true) }
            }
        }
    }

    /// The arcs a search takes from `node` to `neighbour`, as (kind code, along) pairs in index
    /// order.
    func arcs(from node: Int32, to neighbour: Int32, _ step: Step, _ mask: RelationMask) -> [(kind: UInt8, along: Bool)] {
        var found: [(kind: UInt8, along: Bool)] = []
        forEachArc(from: node, step, mask) { v, k, along in
            if v == neighbour { found.append((k, along)) }
        }
        return found
    }
}

/// The index's arrays, allocated once and freed with the last copy of the index.
final class CSRStorage: @unchecked Sendable {
    // Unsafe buffers rather than arrays: the searches read them in tight loops, and an immutable
    // class makes sharing them between copies and threads safe.
    let nodeCount: Int
    let edgeCount: Int
    let outOffsets: UnsafeMutableBufferPointer<Int32>
    let outTargets: UnsafeMutableBufferPointer<Int32>
    let outKinds: UnsafeMutableBufferPointer<UInt8>
    let inOffsets: UnsafeMutableBufferPointer<Int32>
    let inSources: UnsafeMutableBufferPointer<Int32>
    let inKinds: UnsafeMutableBufferPointer<UInt8>

    init(nodeCount: Int, sources: [Int32], targets: [Int32], kinds: [UInt8]) {
        self.nodeCount = nodeCount
        edgeCount = sources.count
        (outOffsets, outTargets, outKinds) = Self.rows(nodeCount, from: sources, to: targets, kinds)
        (inOffsets, inSources, inKinds) = Self.rows(nodeCount, from: targets, to: sources, kinds)
    }

    /// Counting sort of the edges by `from`; stable, so each row keeps the input order.
    private static func rows(
        _ nodeCount: Int, from: [Int32], to: [Int32], _ kinds: [UInt8]
    ) -> (UnsafeMutableBufferPointer<Int32>, UnsafeMutableBufferPointer<Int32>, UnsafeMutableBufferPointer<UInt8>) {
        let offsets = UnsafeMutableBufferPointer<Int32>.allocate(capacity: nodeCount + 1)
        offsets.initialize(repeating: 0)
        for u in from { offsets[Int(u) + 1] += 1 }
        for u in 0..<nodeCount { offsets[u + 1] += offsets[u] }
        let targets = UnsafeMutableBufferPointer<Int32>.allocate(capacity: max(from.count, 1))
        let arcKinds = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(from.count, 1))
        // Fill positions from a cursor per node, then the offsets are intact again.
        let cursor = UnsafeMutableBufferPointer<Int32>.allocate(capacity: nodeCount + 1)
        defer { cursor.deallocate() }
        _ = cursor.initialize(from: offsets)
        for i in from.indices {
            let u = Int(from[i])
            let slot = Int(cursor[u])
            targets.initializeElement(at: slot, to: to[i])
            arcKinds.initializeElement(at: slot, to: kinds[i])
            cursor[u] += 1
        }
        return (offsets, targets, arcKinds)
    }

    var byteCount: Int {
        2 * ((nodeCount + 1) * MemoryLayout<Int32>.stride
            + edgeCount * (MemoryLayout<Int32>.stride + MemoryLayout<UInt8>.stride))
    }

    deinit {
        outOffsets.deallocate(); outTargets.deallocate(); outKinds.deallocate()
        inOffsets.deallocate(); inSources.deallocate(); inKinds.deallocate()
    }
}
