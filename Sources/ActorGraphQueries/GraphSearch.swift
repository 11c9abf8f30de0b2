/// Breadth-first searches over a ``GraphIndex`` with a reusable workspace, so that a query costs
/// what it visits, not the size of the graph.
///
/// Visited marks are generation stamps: starting a query bumps the generation instead of clearing
/// arrays. A search object is not thread-safe; make one per thread (they share the index).
public final class GraphSearch {
    public let index: GraphIndex
    private let count: Int
    private var generation: UInt32 = 0
    // Forward (from the start) and backward (from the target) marks, depths and parents.
    private let stampF: UnsafeMutableBufferPointer<UInt32>
    private let stampB: UnsafeMutableBufferPointer<UInt32>
    private let depthF: UnsafeMutableBufferPointer<Int32>
    private let depthB: UnsafeMutableBufferPointer<Int32>
    private let parentF: UnsafeMutableBufferPointer<Int32>
    private let parentB: UnsafeMutableBufferPointer<Int32>
    private let onPath: UnsafeMutableBufferPointer<Bool>
    // One bit per node for single-source searches: small enough to stay in cache on large
    // graphs, where 4-byte stamps would not. All zero between searches.
    private let visitedBits: UnsafeMutableBufferPointer<UInt64>

    public init(_ index: GraphIndex) {
        self.index = index
        count = index.nodeCount
        stampF = .allocate(capacity: max(count, 1)); stampF.initialize(repeating: 0)
        stampB = .allocate(capacity: max(count, 1)); stampB.initialize(repeating: 0)
        depthF = .allocate(capacity: max(count, 1)); depthF.initialize(repeating: 0)
        depthB = .allocate(capacity: max(count, 1)); depthB.initialize(repeating: 0)
        parentF = .allocate(capacity: max(count, 1)); parentF.initialize(repeating: -1)
        parentB = .allocate(capacity: max(count, 1)); parentB.initialize(repeating: -1)
        onPath = .allocate(capacity: max(count, 1)); onPath.initialize(repeating: false)
        visitedBits = .allocate(capacity: count / 64 + 1); visitedBits.initialize(repeating: 0)
    }

    deinit {
        stampF.deallocate(); stampB.deallocate(); depthF.deallocate(); depthB.deallocate()
        parentF.deallocate(); parentB.deallocate(); onPath.deallocate(); visitedBits.deallocate()
    }

    /// Node numbers index raw buffers: a bad one must stop the program, not corrupt memory.
    private func checkNode(_ node: Int32) {
        precondition(node >= 0 && Int(node) < count, "node \(node) is not in 0..<\(count)")
    }

    private func nextGeneration() {
        if generation == UInt32.max {
            stampF.update(repeating: 0)
            stampB.update(repeating: 0)
            generation = 0
        }
        generation += 1
    }

    // MARK: Single source

    /// The nodes within `maxDepth` hops of `start` (all reachable ones when nil), level by level.
    public func levels(
        from start: Int32, traversal: Traversal = .undirected, relations mask: RelationMask = .all,
        maxDepth: Int? = nil
    ) -> SearchLevels {
        checkNode(start)
        let step = Step.forward(traversal)
        let bits = visitedBits
        var order: [Int32] = [start]
        var starts = [0]
        bits[Int(start) >> 6] |= 1 << UInt64(Int(start) & 63)
        var head = 0
        var depth = 0
        while head < order.count, depth < (maxDepth ?? Int.max) {
            let levelEnd = order.count
            let before = order.count
            while head < levelEnd {
                let u = order[head]
                head += 1
                index.forEachArc(from: u, step, mask) { v, _, _ in
                    let word = Int(v) >> 6
                    let bit: UInt64 = 1 << UInt64(Int(v) & 63)
                    if bits[word] & bit == 0 {
                        bits[word] |= bit
                        order.append(v)
                    }
                }
            }
            guard order.count > before else { break }
            depth += 1
            starts.append(before)
        }
        // Clear only the bits this search set.
        for v in order { bits[Int(v) >> 6] = 0 }
        return SearchLevels(nodes: order, levelStarts: starts)
    }

    // MARK: Pairs

    /// One shortest path from `start` to `target` by bidirectional breadth-first search, as nodes;
    /// nil when `target` cannot be reached. ``arcs(along:traversal:relations:)`` lists the edges
    /// each hop can take.
    public func shortestPathNodes(
        from start: Int32, to target: Int32, traversal: Traversal = .undirected,
        relations mask: RelationMask = .all
    ) -> [Int32]? {
        checkNode(start); checkNode(target)
        if start == target { return [start] }
        nextGeneration()
        let gen = generation
        let forward = Step.forward(traversal)
        let backward = Step.backward(traversal)
        stampF[Int(start)] = gen; depthF[Int(start)] = 0; parentF[Int(start)] = -1
        stampB[Int(target)] = gen; depthB[Int(target)] = 0; parentB[Int(target)] = -1
        var frontierF: [Int32] = [start]
        var frontierB: [Int32] = [target]
        // The work of expanding a frontier is the sum of its degrees, not its size: one hub can
        // cost more than a thousand leaves.
        var workF = index.rowLength(start)
        var workB = index.rowLength(target)
        var next: [Int32] = []
        var best = Int32.max
        var meetF: Int32 = -1  // the meeting edge's end on the start side
        var meetB: Int32 = -1  // and on the target side
        // Expand whole levels, the cheaper frontier first, and stop at the first edge that meets
        // the other side. That edge is on a shortest path: while the sides have not met, a node
        // at distance LF from the start on a path of length ≤ LF + LB would lie in both, and
        // every node is checked against the other side when it is reached; and a meeting edge
        // u–v found while expanding level LF cannot end at a backward node of depth < LB, or u
        // would already have been reached from the target.
        while !frontierF.isEmpty, !frontierB.isEmpty {
            next.removeAll(keepingCapacity: true)
            var work = 0
            if workF <= workB {
                for u in frontierF where best == Int32.max {
                    let du = depthF[Int(u)]
                    index.forEachArc(from: u, forward, mask) { v, _, _ in
                        guard best == Int32.max else { return }
                        let vi = Int(v)
                        if stampF[vi] != gen {
                            stampF[vi] = gen; depthF[vi] = du + 1; parentF[vi] = u
                            next.append(v)
                            work += index.rowLength(v)
                        }
                        if stampB[vi] == gen {
                            best = du + 1 + depthB[vi]; meetF = u; meetB = v
                        }
                    }
                }
                swap(&frontierF, &next)
                workF = work
            } else {
                for u in frontierB where best == Int32.max {
                    let du = depthB[Int(u)]
                    index.forEachArc(from: u, backward, mask) { v, _, _ in
                        guard best == Int32.max else { return }
                        let vi = Int(v)
                        if stampB[vi] != gen {
                            stampB[vi] = gen; depthB[vi] = du + 1; parentB[vi] = u
                            next.append(v)
                            work += index.rowLength(v)
                        }
                        if stampF[vi] == gen {
                            best = du + 1 + depthF[vi]; meetF = v; meetB = u
                        }
                    }
                }
                swap(&frontierB, &next)
                workB = work
            }
            if best != Int32.max { break }
        }
        guard best != Int32.max else { return nil }
        var head: [Int32] = []
        var node = meetF
        while node != -1 { head.append(node); node = parentF[Int(node)] }
        head.reverse()
        node = meetB
        while node != -1 { head.append(node); node = parentB[Int(node)] }
        return head
    }

    /// The arcs each hop of `nodes` can take: for hop `i`, every (kind, along) joining
    /// `nodes[i]` to `nodes[i + 1]`, in index order.
    public func arcs(
        along nodes: [Int32], traversal: Traversal = .undirected, relations mask: RelationMask = .all
    ) -> [[(kind: UInt8, along: Bool)]] {
        nodes.forEach(checkNode)
        guard nodes.count > 1 else { return [] }
        return (0..<nodes.count - 1).map {
            index.arcs(from: nodes[$0], to: nodes[$0 + 1], Step.forward(traversal), mask)
        }
    }

    /// Every shortest path from `start` to `target`, each distinct sequence of edges once (two
    /// relations between the same pair make two paths), in a deterministic order. Calls `body`
    /// for each until it returns false. Returns the path length in hops, or nil when `target`
    /// cannot be reached.
    @discardableResult
    public func allShortestPaths(
        from start: Int32, to target: Int32, traversal: Traversal = .undirected,
        relations mask: RelationMask = .all, _ body: (NodePath) -> Bool
    ) -> Int? {
        checkNode(start); checkNode(target)
        if start == target {
            _ = body(NodePath(nodes: [start], kinds: [], along: []))
            return 0
        }
        // Forward levels until the target's level is complete.
        nextGeneration()
        let gen = generation
        let forward = Step.forward(traversal)
        stampF[Int(start)] = gen; depthF[Int(start)] = 0
        var frontier: [Int32] = [start]
        var next: [Int32] = []
        var found = false
        var depth: Int32 = 0
        while !frontier.isEmpty, !found {
            next.removeAll(keepingCapacity: true)
            for u in frontier {
                index.forEachArc(from: u, forward, mask) { v, _, _ in
                    let vi = Int(v)
                    if stampF[vi] != gen {
                        stampF[vi] = gen; depthF[vi] = depth + 1
                        next.append(v)
                        if v == target { found = true }
                    }
                }
            }
            depth += 1
            swap(&frontier, &next)
        }
        guard found else { return nil }
        // Walk back from the target through nodes one level nearer the start; every such node
        // lies on a shortest path, so the walk never dead-ends.
        let backward = Step.backward(traversal)
        var reversedNodes: [Int32] = [target]
        var reversedKinds: [UInt8] = []
        var reversedAlong: [Bool] = []
        var stop = false
        func walk(_ v: Int32) {
            if v == start {
                stop = !body(NodePath(
                    nodes: reversedNodes.reversed(), kinds: reversedKinds.reversed(),
                    along: reversedAlong.reversed()))
                return
            }
            let want = depthF[Int(v)] - 1
            var steps: [(Int32, UInt8, Bool)] = []
            index.forEachArc(from: v, backward, mask) { w, k, along in
                if stampF[Int(w)] == gen, depthF[Int(w)] == want {
                    // Seen from w, the hop w → v follows the edge unless we reached w along it.
                    steps.append((w, k, RelationMask.symmetric.contains(code: k) || !along))
                }
            }
            steps.sort { ($0.0, $0.1, $0.2 ? 0 : 1) < ($1.0, $1.1, $1.2 ? 0 : 1) }
            for (w, k, along) in steps {
                reversedNodes.append(w); reversedKinds.append(k); reversedAlong.append(along)
                walk(w)
                reversedNodes.removeLast(); reversedKinds.removeLast(); reversedAlong.removeLast()
                if stop { return }
            }
        }
        walk(target)
        return Int(depth)
    }

    /// Every simple path (no node twice) from `start` to `target` of at most `maxHops` hops, each
    /// distinct sequence of edges once, in depth-first order: calls `body` as each is found until
    /// it returns false.
    public func simplePaths(
        from start: Int32, to target: Int32, maxHops: Int, traversal: Traversal = .undirected,
        relations mask: RelationMask = .all, _ body: (NodePath) -> Bool
    ) {
        checkNode(start); checkNode(target)
        guard maxHops >= 0 else { return }
        if start == target {
            _ = body(NodePath(nodes: [start], kinds: [], along: []))
            return
        }
        // Distances to the target (searching backwards) prune branches that cannot arrive in time.
        nextGeneration()
        let gen = generation
        let backward = Step.backward(traversal)
        stampB[Int(target)] = gen; depthB[Int(target)] = 0
        var frontier: [Int32] = [target]
        var next: [Int32] = []
        var depth: Int32 = 0
        while !frontier.isEmpty, depth < maxHops {
            next.removeAll(keepingCapacity: true)
            for u in frontier {
                index.forEachArc(from: u, backward, mask) { v, _, _ in
                    if stampB[Int(v)] != gen { stampB[Int(v)] = gen; depthB[Int(v)] = depth + 1; next.append(v) }
                }
            }
            depth += 1
            swap(&frontier, &next)
        }
        guard stampB[Int(start)] == gen else { return }
        let forward = Step.forward(traversal)
        var path = NodePath(nodes: [start], kinds: [], along: [])
        var stop = false
        onPath[Int(start)] = true
        func extend(_ u: Int32) {
            var steps: [(Int32, UInt8, Bool)] = []
            index.forEachArc(from: u, forward, mask) { v, k, along in
                let vi = Int(v)
                if !onPath[vi], stampB[vi] == gen, path.hopCount + 1 + Int(depthB[vi]) <= maxHops {
                    steps.append((v, k, along))
                }
            }
            for (v, k, along) in steps {
                path.nodes.append(v); path.kinds.append(k); path.along.append(along)
                if v == target {
                    stop = !body(path)
                } else {
                    onPath[Int(v)] = true
                    extend(v)
                    onPath[Int(v)] = false
                }
                path.nodes.removeLast(); path.kinds.removeLast(); path.along.removeLast()
                if stop { return }
            }
        }
        extend(start)
        onPath[Int(start)] = false
    }
}
