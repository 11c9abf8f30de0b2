import ActorGraphModel

extension SignedPartition {
    /// What ``localSearch(restarts:seed:)`` found.
    struct Heuristic: Sendable {
        /// The best partition found.
        let solution: Solution
        /// The frustration the search guarantees not to exceed: the better of everyone in one
        /// camp (the hostile weight) and the best two-camp split found, since the search starts
        /// from both and only improves. At most `⌊total tie weight / 2⌋`, the two-camp guarantee.
        let bound: Int
    }

    /// A good partition by local search. Starts: everyone in one camp; the best two-camp split
    /// (a spanning-tree colouring improved by single flips); pivot clustering in order of tie
    /// weight; then `restarts` pivot clusterings in random orders drawn from `seed`. From each,
    /// single actors move to another camp or a new one, and whole camps merge, while that lowers
    /// (frustration, number of camps); the best end point wins, the earliest on a tie.
    func localSearch(restarts: Int, seed: UInt64) -> Heuristic {
        guard count > 0 else {
            return Heuristic(solution: Solution(camps: [], frustration: selfFrustration, campCount: 0), bound: selfFrustration)
        }
        let twoCamp = twoCampSplit()
        let strength = strengths
        var starts: [[Int]] = [
            [Int](repeating: 0, count: count),
            twoCamp.camps,
            pivotClustering(order: (0..<count).sorted { (-strength[$0], $0) < (-strength[$1], $1) }),
        ]
        var generator = SplitMix64(seed: seed)
        for _ in 0..<max(restarts, 0) {
            var order = Array(0..<count)
            for i in stride(from: count - 1, to: 0, by: -1) { order.swapAt(i, generator.next(below: i + 1)) }
            starts.append(pivotClustering(order: order))
        }
        var best: Solution?
        for start in starts {
            let end = improve(start)
            if best.map({ end.isBetter(than: $0) }) ?? true { best = end }
        }
        return Heuristic(solution: best!, bound: min(hostileWeight, twoCamp.frustration))
    }

    /// Moves single nodes to the camp (existing or new) that lowers (frustration, camps) most, and
    /// merges pairs of camps whose ties between them are friendly on balance (or absent, which
    /// saves a camp), until neither helps: a local optimum.
    func improve(_ start: [Int]) -> Solution {
        var camp = start
        var size = [Int](repeating: 0, count: count)
        for c in camp { size[c] += 1 }
        // Scratch: the friendly and hostile weight from the node under study to each camp.
        var friendly = [Int](repeating: 0, count: count)
        var hostile = [Int](repeating: 0, count: count)
        var touched: [Int] = []
        while true {
            var moved = true
            while moved {
                moved = false
                for u in 0..<count {
                    for (v, w) in ties[u] {
                        let c = camp[v]
                        if friendly[c] == 0, hostile[c] == 0 { touched.append(c) }
                        if w > 0 { friendly[c] += w } else { hostile[c] -= w }
                    }
                    let a = camp[u]
                    // Leaving camp a frustrates u's friendly ties there and frees its hostile ones.
                    let leave = friendly[a] - hostile[a]
                    let alone = size[a] == 1
                    var best: (cost: Int, camps: Int, target: Int)?
                    func consider(_ cost: Int, _ camps: Int, _ target: Int) {
                        if (cost, camps) < (0, 0), best.map({ (cost, camps, target) < $0 }) ?? true { best = (cost, camps, target) }
                    }
                    for b in touched where b != a {
                        consider(leave + hostile[b] - friendly[b], alone ? -1 : 0, b)
                    }
                    // A camp u has no ties to costs what leaving does; worth it only when u is
                    // alone (a camp fewer) or its own camp is hostile on balance. The first such
                    // camp stands for all of them; an empty label (-1 here) for a new camp.
                    if alone || leave < 0 {
                        if let b = (0..<count).first(where: { $0 != a && size[$0] > 0 && friendly[$0] == 0 && hostile[$0] == 0 }) {
                            consider(leave, alone ? -1 : 0, b)
                        }
                        if !alone { consider(leave, 1, -1) }
                    }
                    for c in touched { friendly[c] = 0; hostile[c] = 0 }
                    touched.removeAll(keepingCapacity: true)
                    if var best {
                        if best.target < 0, let empty = size.firstIndex(of: 0) { best.target = empty }
                        size[a] -= 1
                        size[best.target] += 1
                        camp[u] = best.target
                        moved = true
                    }
                }
            }
            let merges = mergeablePairs(camp, size)
            guard !merges.isEmpty else { break }
            var into = Array(0..<count)
            for (a, b) in merges {
                into[b] = a
                size[a] += size[b]
                size[b] = 0
            }
            for u in 0..<count { camp[u] = into[camp[u]] }
        }
        return solution(camp)
    }

    /// Disjoint pairs of camps whose mergers lower (frustration, camps): pairs with friendly
    /// ties on balance between them, heaviest first; failing those, pairs with no net weight
    /// between them (a camp fewer at no cost). Disjoint mergers change frustration
    /// independently, so all of them together improve as much as their sum.
    private func mergeablePairs(_ camp: [Int], _ size: [Int]) -> [(Int, Int)] {
        struct Pair: Hashable { let a: Int, b: Int }
        var between: [Pair: Int] = [:]
        for u in 0..<count {
            for (v, w) in ties[u] where camp[u] < camp[v] { between[Pair(a: camp[u], b: camp[v]), default: 0] += w }
        }
        var used = Set<Int>()
        var result: [(Int, Int)] = []
        let friendly = between.filter { $0.value > 0 }.sorted { ($1.value, $0.key.a, $0.key.b) < ($0.value, $1.key.a, $1.key.b) }
        for (pair, _) in friendly where !used.contains(pair.a) && !used.contains(pair.b) {
            used.formUnion([pair.a, pair.b])
            result.append((pair.a, pair.b))
        }
        guard result.isEmpty else { return result }
        let active = (0..<count).filter { size[$0] > 0 }
        for (i, a) in active.enumerated() where !used.contains(a) {
            for b in active[(i + 1)...] where !used.contains(b) && (between[Pair(a: a, b: b)] ?? 0) == 0 {
                used.formUnion([a, b])
                result.append((a, b))
                break
            }
        }
        return result
    }

    /// Pivot clustering: each node not yet placed, in `order`, opens a camp joined by its unplaced
    /// friends.
    func pivotClustering(order: [Int]) -> [Int] {
        var camp = [Int](repeating: -1, count: count)
        var next = 0
        for p in order where camp[p] < 0 {
            camp[p] = next
            for (v, w) in ties[p] where w > 0 && camp[v] < 0 { camp[v] = next }
            next += 1
        }
        return camp
    }

    /// The best two-camp split from two starts (everyone together, a spanning-tree colouring),
    /// each improved by single flips. At a flip-local optimum every node has at most half its tie
    /// weight frustrated, so the frustration is at most half the total tie weight.
    func twoCampSplit() -> Solution {
        var best: Solution?
        for start in [[Bool](repeating: false, count: count), treeColouring()] {
            let end = solution(flipDescent(from: start).map { $0 ? 1 : 0 })
            if best.map({ end.isBetter(than: $0) }) ?? true { best = end }
        }
        return best!
    }

    private func flipDescent(from start: [Bool]) -> [Bool] {
        var sides = start
        var queued = [Bool](repeating: true, count: count)
        var queue = Array(0..<count)
        var head = 0
        while head < queue.count {
            let u = queue[head]
            head += 1
            queued[u] = false
            // A tie costs max(0, −w) inside a camp and max(0, w) across: flipping u changes it by
            // w when they were together and by −w when apart.
            var delta = 0
            for (v, w) in ties[u] { delta += sides[u] == sides[v] ? w : -w }
            guard delta < 0 else { continue }
            sides[u].toggle()
            for (v, _) in ties[u] where !queued[v] {
                queued[v] = true
                queue.append(v)
            }
            if head > 4 * count { queue.removeFirst(head); head = 0 }
        }
        return sides
    }

    /// Sides from breadth-first spanning trees: a friendly tie keeps the side, a hostile one
    /// switches it. Balanced graphs come out with no frustration.
    private func treeColouring() -> [Bool] {
        var sides = [Bool](repeating: false, count: count)
        var seen = [Bool](repeating: false, count: count)
        for root in 0..<count where !seen[root] {
            seen[root] = true
            var queue = [root]
            var head = 0
            while head < queue.count {
                let u = queue[head]
                head += 1
                for (v, w) in ties[u] where !seen[v] {
                    seen[v] = true
                    sides[v] = w > 0 ? sides[u] : !sides[u]
                    queue.append(v)
                }
            }
        }
        return sides
    }
}
