/// Two-camp partitions of a weighted signed graph that minimise frustration: the total weight of
/// positive ties across the camps plus negative ties inside one (structural balance).
///
/// Nodes are `0..<count`; `ties[u]` lists `(v, w)` with `w > 0` friendly and `w < 0` hostile,
/// each tie listed from both ends. The graph is one connected component.
struct SignedPartition {
    let count: Int
    let ties: [[(node: Int, weight: Int)]]

    /// The frustration of `sides` (false/true per node).
    func frustration(_ sides: [Bool]) -> Int {
        var total = 0
        for u in 0..<count {
            for (v, w) in ties[u] where u <= v {
                let same = sides[u] == sides[v]
                if w > 0, !same { total += w }
                if w < 0, same { total -= w }
            }
        }
        return total
    }

    /// How much moving `u` to the other camp changes the frustration.
    private func flipDelta(_ u: Int, _ sides: [Bool]) -> Int {
        var delta = 0
        // A tie inside one camp costs max(0, −w) and across max(0, w): moving u changes it by w
        // when they were together and by −w when apart.
        for (v, w) in ties[u] where v != u { delta += sides[u] == sides[v] ? w : -w }
        return delta
    }

    /// The best partition by trying all 2^(count−1) of them in Gray-code order (node 0 stays in
    /// the first camp), with how many partitions reach the optimum (each counted once, not with
    /// its mirror image).
    func exact() -> (sides: [Bool], frustration: Int, optimalCount: Int) {
        var sides = [Bool](repeating: false, count: count)
        var cost = frustration(sides)
        var best = (sides: sides, frustration: cost, optimalCount: 1)
        guard count > 1 else { return best }
        let free = count - 1
        var step: UInt64 = 1
        let end: UInt64 = 1 << UInt64(free)
        while step < end {
            // Gray code: step k flips the bit at the position of k's lowest set bit.
            let u = 1 + step.trailingZeroBitCount
            cost += flipDelta(u, sides)
            sides[u].toggle()
            if cost < best.frustration {
                best = (sides, cost, 1)
            } else if cost == best.frustration {
                best.optimalCount += 1
            }
            step += 1
        }
        return best
    }

    /// A good partition by local search: from several starts (everyone in one camp, a
    /// spanning-tree colouring, then random ones from `seed`), move single nodes to the other camp
    /// while that lowers frustration, and keep the best end point.
    ///
    /// Guarantee: every end point is a local optimum, where each node has at most half its tie
    /// weight frustrated, so the frustration is at most half the total tie weight; and the run
    /// that starts with everyone in one camp only improves on that camp's frustration, the total
    /// hostile weight. So the result is at most `min(totalWeight / 2, hostileWeight)`
    /// (see ``bound``).
    func localSearch(restarts: Int, seed: UInt64) -> (sides: [Bool], frustration: Int) {
        var generator = SplitMix64(seed: seed)
        var starts: [[Bool]] = [[Bool](repeating: false, count: count), treeColouring()]
        for _ in 0..<max(restarts, 0) {
            starts.append((0..<count).map { _ in generator.next() & 1 == 1 })
        }
        var best: (sides: [Bool], frustration: Int)?
        for start in starts {
            let end = descend(from: start)
            if best == nil || end.frustration < best!.frustration { best = end }
        }
        return best!
    }

    /// The guarantee ``localSearch(restarts:seed:)`` gives:
    /// `min(⌊totalWeight / 2⌋, hostileWeight)` over ties between two nodes, plus the hostile
    /// ties of a node with itself, which every partition frustrates.
    var bound: Int {
        var total = 0
        var hostile = 0
        var selfHostile = 0
        for u in 0..<count {
            for (v, w) in ties[u] where u <= v {
                if u == v {
                    if w < 0 { selfHostile -= w }
                    continue
                }
                total += abs(w)
                if w < 0 { hostile -= w }
            }
        }
        return selfHostile + min(total / 2, hostile)
    }

    private func descend(from start: [Bool]) -> (sides: [Bool], frustration: Int) {
        var sides = start
        var cost = frustration(sides)
        var queued = [Bool](repeating: true, count: count)
        var queue = Array(0..<count)
        var head = 0
        while head < queue.count {
            let u = queue[head]
            head += 1
            queued[u] = false
            let delta = flipDelta(u, sides)
            guard delta < 0 else { continue }
            sides[u].toggle()
            cost += delta
            for (v, _) in ties[u] where !queued[v] {
                queued[v] = true
                queue.append(v)
            }
            if head > 4 * count { queue.removeFirst(head); head = 0 }
        }
        return (sides, cost)
    }

    /// Sides from a breadth-first spanning tree: a friendly tie keeps the camp, a hostile one
    /// switches it. Balanced graphs come out with no frustration.
    private func treeColouring() -> [Bool] {
        var sides = [Bool](repeating: false, count: count)
        var seen = [Bool](repeating: false, count: count)
        var queue = [0]
        seen[0] = count > 0
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
        return sides
    }
}

/// A small, fast, seeded random number generator (SplitMix64), so runs repeat exactly.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
