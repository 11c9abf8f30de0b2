extension SignedPartition {
    /// What ``exact(upperBound:budget:countBudget:)`` found.
    struct Exact: Sendable {
        /// The best partition found: optimal when ``isProven``.
        let solution: Solution
        /// Whether the search finished within its budget, proving ``solution`` optimal (least
        /// frustration, then fewest camps).
        let isProven: Bool
        /// How many partitions reach the least frustration (any number of camps), when counting
        /// them finished within its budget.
        let optimalCount: Int?
    }

    /// The optimal partition by branch and bound over set partitions.
    ///
    /// Nodes are assigned one at a time, the next being the one most tied to those already
    /// placed (the first the most tied overall), each to an existing camp or a new one, so every
    /// partition is met once (a restricted-growth string). Cheaper placements are tried first. A
    /// branch is cut when its frustration so far, plus for each unplaced node the least its ties
    /// to placed nodes can cost, plus the optimum of the unplaced nodes among themselves, cannot
    /// beat the best partition found. Those last optima come from solving the shorter suffixes of
    /// the order first (Russian-doll search), each seeded with the previous one's answer.
    ///
    /// - Parameters:
    ///   - upperBound: A partition to beat, such as the local search's; kept if none is better.
    ///   - budget: Search nodes allowed before giving up the proof (`isProven == false`).
    ///   - countBudget: Search nodes allowed for counting the optimal partitions afterwards.
    func exact(upperBound: Solution? = nil, budget: Int = 20_000_000, countBudget: Int = 2_000_000) -> Exact {
        var solver = BranchAndBound(self)
        let positions = solver.order
        func byPosition(_ camps: [Int]) -> [Int] { positions.map { camps[$0] } }
        func byNode(_ camps: [Int]) -> [Int] {
            var result = [Int](repeating: 0, count: count)
            for (p, node) in positions.enumerated() { result[node] = camps[p] }
            return result
        }
        let seed: BranchAndBound.Partial? = upperBound.map {
            BranchAndBound.Partial(camps: byPosition($0.camps), frustration: $0.frustration - selfFrustration, campCount: $0.campCount)
        }
        guard let best = solver.minimise(budget: budget, upperBound: seed) else {
            // Out of budget: the better of the bound and what the search had reached.
            var fallback = solver.best.flatMap { $0.camps.count == count ? solution(byNode($0.camps)) : nil }
            if let upperBound, fallback.map({ !$0.isBetter(than: upperBound) }) ?? true { fallback = upperBound }
            return Exact(solution: fallback ?? solution([Int](repeating: 0, count: count)), isProven: false, optimalCount: nil)
        }
        let optima = solver.countOptima(frustration: best.frustration, budget: countBudget)
        return Exact(solution: solution(byNode(best.camps)), isProven: true, optimalCount: optima)
    }
}

/// The state of ``SignedPartition/exact(upperBound:budget:countBudget:)``. Everything is indexed
/// by position in the search order, not by node.
struct BranchAndBound {
    /// A partition of a suffix of the positions; frustration without self-ties.
    struct Partial {
        var camps: [Int]
        var frustration: Int
        var campCount: Int
    }

    let n: Int
    /// The node at each position.
    let order: [Int]
    /// The ties of the node at each position, to positions.
    let neighbours: [[(position: Int, weight: Int)]]
    /// The least frustration among the nodes at positions `p..<n`, once solved; 0 for `p == n`.
    var suffixOptimum: [Int]

    /// The camp of each placed position.
    var camp: [Int]
    /// Friendly and hostile weight from position q to camp c (index q × n + c), over placed ties.
    var friendly: [Int]
    var hostile: [Int]
    /// Friendly weight from each position to placed positions.
    var friendlyPlaced: [Int]
    /// Scratch space for ordering the placements at each depth: (cost, camp) pairs.
    var choices: [(cost: Int, camp: Int)]

    var visits = 0
    var budget = 0
    var aborted = false
    var best: Partial?
    /// When counting: the frustration counted, and how many partitions reach it.
    var target: Int?
    var found = 0

    init(_ problem: SignedPartition) {
        n = problem.count
        let strength = problem.strengths
        // Most tied to the placed nodes first, then most tied overall, then lowest index.
        var order: [Int] = []
        var placed = [Bool](repeating: false, count: n)
        var toPlaced = [Int](repeating: 0, count: n)
        for _ in 0..<n {
            var next = -1
            for u in 0..<n where !placed[u] {
                if next < 0 || (toPlaced[u], strength[u], -u) > (toPlaced[next], strength[next], -next) { next = u }
            }
            placed[next] = true
            order.append(next)
            for (v, w) in problem.ties[next] { toPlaced[v] += abs(w) }
        }
        self.order = order
        var position = [Int](repeating: 0, count: n)
        for (p, node) in order.enumerated() { position[node] = p }
        neighbours = order.map { node in problem.ties[node].map { (position[$0.node], $0.weight) } }
        suffixOptimum = [Int](repeating: 0, count: n + 1)
        camp = [Int](repeating: -1, count: n)
        friendly = [Int](repeating: 0, count: n * n)
        hostile = [Int](repeating: 0, count: n * n)
        friendlyPlaced = [Int](repeating: 0, count: n)
        choices = [(cost: Int, camp: Int)](repeating: (0, 0), count: n * (n + 1))
    }

    /// The optimal partition of all positions (frustration without self-ties), or nil when the
    /// budget runs out.
    mutating func minimise(budget: Int, upperBound: Partial?) -> Partial? {
        self.budget = budget
        guard n > 0 else { return Partial(camps: [], frustration: 0, campCount: 0) }
        var previous = Partial(camps: [], frustration: 0, campCount: 0)
        for start in stride(from: n - 1, through: 0, by: -1) {
            best = extend(previous, by: start)
            if start == 0, let upperBound, let current = best,
               (upperBound.frustration, upperBound.campCount) < (current.frustration, current.campCount) {
                best = upperBound
            }
            search(start, start: start, camps: 0, cost: 0)
            if aborted { return nil }
            previous = best!
            suffixOptimum[start] = previous.frustration
        }
        return previous
    }

    /// How many partitions have `frustration`, or nil when the budget runs out.
    mutating func countOptima(frustration: Int, budget: Int) -> Int? {
        visits = 0
        self.budget = budget
        target = frustration
        found = 0
        search(0, start: 0, camps: 0, cost: 0)
        return aborted ? nil : found
    }

    /// The optimum of positions `start + 1..<n` with position `start` added to its cheapest camp.
    private func extend(_ suffix: Partial, by start: Int) -> Partial {
        var camps = [Int](repeating: -1, count: n)
        for (i, c) in suffix.camps.enumerated() { camps[start + 1 + i] = c }
        var friendlyTo: [Int: Int] = [:]
        var hostileTo: [Int: Int] = [:]
        var friendlyTotal = 0
        for (q, w) in neighbours[start] where q > start {
            if w > 0 { friendlyTo[camps[q], default: 0] += w; friendlyTotal += w } else { hostileTo[camps[q], default: 0] -= w }
        }
        // A camp of its own costs all friendly ties; joining camp c saves the friendly ties to c
        // and costs the hostile ones.
        var choice = (cost: friendlyTotal, camp: suffix.campCount)
        for c in 0..<suffix.campCount {
            let cost = friendlyTotal - (friendlyTo[c] ?? 0) + (hostileTo[c] ?? 0)
            if cost <= choice.cost { choice = (cost, c) }
        }
        let result = [choice.camp] + suffix.camps
        return Partial(
            camps: result, frustration: suffix.frustration + choice.cost,
            campCount: suffix.campCount + (choice.camp == suffix.campCount ? 1 : 0))
    }

    /// Places position `p` and the rest, positions `start..<p` being placed in `camps` camps at
    /// frustration `cost`.
    private mutating func search(_ p: Int, start: Int, camps k: Int, cost: Int) {
        visits += 1
        if visits > budget { aborted = true }
        if aborted { return }
        if p == n {
            if let target {
                if cost == target { found += 1 }
            } else if let current = best, (cost, k) < (current.frustration, current.campCount) {
                best = Partial(camps: Array(camp[start...]), frustration: cost, campCount: k)
            }
            return
        }
        // Lower bound: each unplaced node's cheapest placement against the placed ones, plus the
        // optimum among the unplaced.
        var bound = cost + suffixOptimum[p]
        for q in p..<n where friendlyPlaced[q] > 0 {
            var gain = 0
            for c in 0..<k { gain = max(gain, friendly[q * n + c] - hostile[q * n + c]) }
            bound += friendlyPlaced[q] - gain
        }
        if let target {
            if bound > target { return }
        } else if let current = best, (bound, k) >= (current.frustration, current.campCount) {
            return
        }
        // Placements from cheapest, an existing camp before a new one on equal cost.
        let base = p * (n + 1)
        let options = min(k + 1, n)
        for c in 0..<options {
            let cost = c < k ? friendlyPlaced[p] - friendly[p * n + c] + hostile[p * n + c] : friendlyPlaced[p]
            var i = c
            while i > 0, choices[base + i - 1].cost > cost {
                choices[base + i] = choices[base + i - 1]
                i -= 1
            }
            choices[base + i] = (cost, c)
        }
        for i in 0..<options {
            let (extra, c) = choices[base + i]
            camp[p] = c
            for (q, w) in neighbours[p] where q > p {
                if w > 0 { friendly[q * n + c] += w; friendlyPlaced[q] += w } else { hostile[q * n + c] -= w }
            }
            search(p + 1, start: start, camps: max(k, c + 1), cost: cost + extra)
            for (q, w) in neighbours[p] where q > p {
                if w > 0 { friendly[q * n + c] -= w; friendlyPlaced[q] -= w } else { hostile[q * n + c] += w }
            }
            if aborted { return }
        }
    }
}
