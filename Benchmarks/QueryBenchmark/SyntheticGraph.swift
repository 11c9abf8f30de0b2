import ActorGraphModel
import ActorGraphQueries
import Foundation

/// A Chung–Lu random graph with power-law expected degrees (exponent 2.5), no self-loops and no
/// repeated pairs, node numbers shuffled, each edge labelled with a relation; everything drawn
/// from one seed, so a size and seed always give the same files.
struct SyntheticGraph {
    let nodeCount: Int
    var sources: [Int32] = []
    var targets: [Int32] = []
    var kinds: [UInt8] = []
    /// 100 (source, target) pairs of non-isolated nodes for the shortest-path timing.
    var pairs: [(Int32, Int32)] = []
    /// The start of the single-source search: a non-isolated node.
    var bfsSource: Int32 = 0
    /// The node of highest degree.
    var hub: Int32 = 0

    /// Relation labels in proportion: backs 30%, opposes 30%, coordinates_with 20%, attended
    /// 10%, represents 10%.
    static let labelTable: [RelationKind] = [.backs, .backs, .backs, .opposes, .opposes, .opposes,
        .coordinatesWith, .coordinatesWith, .attended, .represents]

    static func generate(nodes: Int, edges: Int, seed: UInt64) -> SyntheticGraph {
        var random = SplitMix64(seed: seed)
        var graph = SyntheticGraph(nodeCount: nodes)
        // Expected degree of node i ∝ (i + 1)^(−1/(γ − 1)), γ = 2.5; endpoints drawn by weight.
        var cumulative = [Double](repeating: 0, count: nodes)
        var total = 0.0
        for i in 0..<nodes {
            total += pow(Double(i + 1), -1.0 / 1.5)
            cumulative[i] = total
        }
        func draw() -> Int {
            let x = Double(random.next() >> 11) / Double(1 << 53) * total
            var low = 0, high = nodes - 1
            while low < high {
                let mid = (low + high) / 2
                if cumulative[mid] < x { low = mid + 1 } else { high = mid }
            }
            return low
        }
        // Shuffle the numbers so that hubs are spread over the id range.
        var permutation = (0..<nodes).map(Int32.init)
        for i in stride(from: nodes - 1, to: 0, by: -1) {
            permutation.swapAt(i, Int(random.next() % UInt64(i + 1)))
        }
        var seen = Set<UInt64>(minimumCapacity: edges)
        graph.sources.reserveCapacity(edges)
        graph.targets.reserveCapacity(edges)
        graph.kinds.reserveCapacity(edges)
        var attempts = 0
        while graph.sources.count < edges {
            attempts += 1
            precondition(attempts < 50 * edges, "too many edges for \(nodes) nodes")
            let (a, b) = (draw(), draw())
            guard a != b, seen.insert(UInt64(min(a, b)) << 32 | UInt64(max(a, b))).inserted else { continue }
            graph.sources.append(permutation[a])
            graph.targets.append(permutation[b])
            graph.kinds.append(labelTable[Int(random.next() % UInt64(labelTable.count))].code)
        }
        var degree = [Int32](repeating: 0, count: nodes)
        for i in graph.sources.indices { degree[Int(graph.sources[i])] += 1; degree[Int(graph.targets[i])] += 1 }
        graph.hub = Int32(degree.indices.max { (degree[$0], $1) < (degree[$1], $0) }!)
        func connectedNode() -> Int32 {
            while true {
                let node = Int(random.next() % UInt64(nodes))
                if degree[node] > 0 { return Int32(node) }
            }
        }
        graph.bfsSource = connectedNode()
        graph.pairs = (0..<100).map { _ in (connectedNode(), connectedNode()) }
        return graph
    }

    /// Writes `edges.tsv` (a `nodes edges` line, then `source<TAB>target<TAB>relation` lines),
    /// `pairs.tsv` and `meta.tsv` into `folder`.
    func write(to folder: URL) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var text = [UInt8]()
        text.reserveCapacity(sources.count * 24)
        text.append(contentsOf: Array("\(nodeCount)\t\(sources.count)\n".utf8))
        let names = RelationKind.allCases.map { Array($0.rawValue.utf8) }
        func appendNumber(_ value: Int32) {
            var digits: [UInt8] = []
            var v = Int(value)
            repeat { digits.append(UInt8(48 + v % 10)); v /= 10 } while v > 0
            text.append(contentsOf: digits.reversed())
        }
        for i in sources.indices {
            appendNumber(sources[i]); text.append(9)
            appendNumber(targets[i]); text.append(9)
            text.append(contentsOf: names[Int(kinds[i])]); text.append(10)
        }
        try Data(text).write(to: folder.appendingPathComponent("edges.tsv"))
        let pairLines = pairs.map { "\($0.0)\t\($0.1)\n" }.joined()
        try Data(pairLines.utf8).write(to: folder.appendingPathComponent("pairs.tsv"))
        try Data("bfs_source\t\(bfsSource)\nhub\t\(hub)\n".utf8).write(to: folder.appendingPathComponent("meta.tsv"))
    }
}
