import ActorGraphModel

/// A compact, immutable adjacency index of a directed multigraph with relation-labelled edges:
/// compressed sparse rows (CSR) over integer node numbers, built once and then shared by every
/// query.
///
/// Each edge `u → v` of kind `k` is stored twice: as an out-arc in `u`'s row (neighbour `v`, kind
/// `k`) and as an in-arc in `v`'s row (neighbour `u`, kind `k`). Offsets and node numbers are
/// `Int32`, kinds one byte, so the index takes 10 bytes per edge plus 8 bytes per node (see
/// ``byteCount``).
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
        guard nodeCount >= 0, nodeCount < Int(Int32.max), 2 * sources.count < Int(Int32.max) else {
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
    ///
    /// - Precondition: `node` is in `0..<nodeCount`.
    public func degree(of node: Int32) -> Int {
        precondition(node >= 0 && Int(node) < nodeCount, "node \(node) is not in 0..<\(nodeCount)")
        return rowLength(node)
    }

    /// ``degree(of:)`` without the check, for the searches' inner loops.
    @inline(__always)
    func rowLength(_ node: Int32) -> Int {
        let u = Int(node)
        return Int(storage.offsets[u + 1] - storage.offsets[u])
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
        let start = Int(s.offsets[u])
        let end = Int(s.offsets[u + 1])
        if step == .both, mask == .all {
            // The common undirected, unfiltered walk reads one contiguous row; once inlined, the
            // split and kind loads go away where the caller ignores kind and direction.
            let split = Int(s.splits[u])
            for i in start..<end {
                let k = s.kinds[i]
                body(s.neighbours[i], k, i < split || symmetric.contains(code: k))
            }
            return
        }
        let split = Int(s.splits[u])
        // Out-arcs: all of them forward, only symmetric ones backward.
        for i in start..<split {
            let k = s.kinds[i]
            if mask.contains(code: k), step != .backward || symmetric.contains(code: k) { body(s.neighbours[i], k, true) }
        }
        // In-arcs: all of them backward, only symmetric ones forward.
        for i in split..<end {
            let k = s.kinds[i]
            if mask.contains(code: k), step != .forward || symmetric.contains(code: k) {
                body(s.neighbours[i], k, symmetric.contains(code: k))
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
///
/// Each node has one row of arcs, `offsets[u]..<offsets[u + 1]`: first its out-arcs (edges it is
/// the subject of), then from `splits[u]` its in-arcs. One row per node means an undirected walk
/// touches one place in memory per node, not two.
final class CSRStorage: @unchecked Sendable {
    // Unsafe buffers rather than arrays: the searches read them in tight loops, and an immutable
    // class makes sharing them between copies and threads safe.
    let nodeCount: Int
    let edgeCount: Int
    let offsets: UnsafeMutableBufferPointer<Int32>
    let splits: UnsafeMutableBufferPointer<Int32>
    let neighbours: UnsafeMutableBufferPointer<Int32>
    let kinds: UnsafeMutableBufferPointer<UInt8>

    init(nodeCount: Int, sources: [Int32], targets: [Int32], kinds edgeKinds: [UInt8]) {
        self.nodeCount = nodeCount
        edgeCount = sources.count
        offsets = .allocate(capacity: nodeCount + 1)
        offsets.initialize(repeating: 0)
        splits = .allocate(capacity: max(nodeCount, 1))
        splits.initialize(repeating: 0)
        // Counting sort, stable, so each row keeps the input order.
        for u in sources { offsets[Int(u) + 1] += 1 }
        for u in 0..<nodeCount { splits[u] = offsets[u + 1] }  // out-degrees for now
        for v in targets { offsets[Int(v) + 1] += 1 }
        for u in 0..<nodeCount {
            offsets[u + 1] += offsets[u]
            splits[u] += offsets[u]
        }
        let arcCount = 2 * sources.count
        neighbours = .allocate(capacity: max(arcCount, 1))
        kinds = .allocate(capacity: max(arcCount, 1))
        let outCursor = UnsafeMutableBufferPointer<Int32>.allocate(capacity: max(nodeCount, 1))
        let inCursor = UnsafeMutableBufferPointer<Int32>.allocate(capacity: max(nodeCount, 1))
        defer { outCursor.deallocate(); inCursor.deallocate() }
        for u in 0..<nodeCount {
            outCursor.initializeElement(at: u, to: offsets[u])
            inCursor.initializeElement(at: u, to: splits[u])
        }
        for i in sources.indices {
            let (u, v) = (Int(sources[i]), Int(targets[i]))
            let out = Int(outCursor[u])
            neighbours.initializeElement(at: out, to: targets[i])
            kinds.initializeElement(at: out, to: edgeKinds[i])
            outCursor[u] += 1
            let into = Int(inCursor[v])
            neighbours.initializeElement(at: into, to: sources[i])
            kinds.initializeElement(at: into, to: edgeKinds[i])
            inCursor[v] += 1
        }
    }

    var byteCount: Int {
        (2 * nodeCount + 1) * MemoryLayout<Int32>.stride
            + 2 * edgeCount * (MemoryLayout<Int32>.stride + MemoryLayout<UInt8>.stride)
    }

    deinit {
        offsets.deallocate(); splits.deallocate(); neighbours.deallocate(); kinds.deallocate()
    }
}
