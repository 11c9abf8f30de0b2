/// Correlation clustering of a weighted signed graph: partitions of its nodes into any number of
/// camps that minimise frustration, the total weight of friendly ties between camps plus hostile
/// ties inside one (generalised, or weak, structural balance: Davis's clusterability).
///
/// Nodes are `0..<count`; `ties[u]` lists `(v, w)` with `w > 0` friendly and `w < 0` hostile,
/// each tie between two nodes listed from both ends. A tie of a node with itself is listed once;
/// a hostile one is frustrated by every partition, a friendly one by none. The graph is meant to
/// be one connected component, though nothing here depends on it.
///
/// Partitions are compared by frustration, then by the number of camps (fewer is better: a new
/// camp has to be earned by a frustration it avoids). The solvers are deterministic.
struct SignedPartition: Sendable {
    /// A partition: the camp of each node, numbered in order of first appearance (node 0 is in
    /// camp 0), with its frustration and number of camps.
    struct Solution: Hashable, Sendable {
        let camps: [Int]
        let frustration: Int
        let campCount: Int

        /// Whether `self` is better than `other`: less frustration, then fewer camps.
        func isBetter(than other: Solution) -> Bool {
            (frustration, campCount) < (other.frustration, other.campCount)
        }
    }

    let count: Int
    /// The ties between distinct nodes, from both ends.
    let ties: [[(node: Int, weight: Int)]]
    /// The weight of hostile ties of a node with itself, which every partition frustrates.
    let selfFrustration: Int

    init(count: Int, ties: [[(node: Int, weight: Int)]]) {
        self.count = count
        var selfFrustration = 0
        self.ties = ties.enumerated().map { u, list in
            for (v, w) in list where v == u && w < 0 { selfFrustration -= w }
            return list.filter { $0.node != u && $0.weight != 0 }
        }
        self.selfFrustration = selfFrustration
    }

    /// The total weight of hostile ties: the frustration of putting everyone in one camp.
    var hostileWeight: Int {
        var total = selfFrustration
        for u in 0..<count { for (v, w) in ties[u] where u < v && w < 0 { total -= w } }
        return total
    }

    /// Each node's total tie weight, |w| summed.
    var strengths: [Int] { ties.map { $0.reduce(0) { $0 + abs($1.weight) } } }

    /// The frustration of `camps` (a camp number per node).
    func frustration(_ camps: [Int]) -> Int {
        var total = selfFrustration
        for u in 0..<count {
            for (v, w) in ties[u] where u < v {
                let same = camps[u] == camps[v]
                if w > 0, !same { total += w }
                if w < 0, same { total -= w }
            }
        }
        return total
    }

    /// `camps` renumbered in order of first appearance, with its frustration and camp count.
    func solution(_ camps: [Int]) -> Solution {
        var number: [Int: Int] = [:]
        let renumbered = camps.map { camp in
            if let n = number[camp] { return n }
            number[camp] = number.count
            return number.count - 1
        }
        return Solution(camps: renumbered, frustration: frustration(renumbered), campCount: number.count)
    }
}
