import ActorGraphModel
import Testing
@testable import ActorGraphQueries

@Suite("Correlation clustering of signed graphs")
struct SignedPartitionTests {
    /// A random signed graph on `n` nodes with weights in −2…2 (0 meaning no tie).
    static func random(_ n: Int, _ generator: inout SplitMix64, density: UInt64 = 50) -> SignedPartition {
        var ties = [[(node: Int, weight: Int)]](repeating: [], count: n)
        for i in 0..<n {
            for j in (i + 1)..<n where generator.next() % 100 < density {
                let w = Int(generator.next() % 5) - 2
                guard w != 0 else { continue }
                ties[i].append((j, w)); ties[j].append((i, w))
            }
        }
        return SignedPartition(count: n, ties: ties)
    }

    /// Every partition of `0..<n` as a restricted-growth string.
    static func allPartitions(_ n: Int) -> [[Int]] {
        var result: [[Int]] = []
        var camps = [Int](repeating: 0, count: n)
        func place(_ i: Int, _ k: Int) {
            if i == n { result.append(camps); return }
            for c in 0...k where c < n {
                camps[i] = c
                place(i + 1, max(k, c + 1))
            }
        }
        if n > 0 { place(0, 0) }
        return result
    }

    @Test func exactSearchMatchesEveryPartitionTried() {
        var generator = SplitMix64(seed: 7)
        for round in 0..<30 {
            let n = 3 + round % 6
            let problem = Self.random(n, &generator)
            let all = Self.allPartitions(n).map(problem.solution)
            let least = all.map(\.frustration).min()!
            let fewest = all.filter { $0.frustration == least }.map(\.campCount).min()!
            let exact = problem.exact()
            #expect(exact.isProven)
            #expect(exact.solution.frustration == least)
            #expect(exact.solution.campCount == fewest)
            #expect(exact.solution.frustration == problem.frustration(exact.solution.camps))
            #expect(exact.optimalCount == all.filter { $0.frustration == least }.count)
        }
    }

    @Test func localSearchStaysWithinItsBoundAndNeverBeatsTheOptimum() {
        var generator = SplitMix64(seed: 11)
        for _ in 0..<20 {
            let problem = Self.random(12, &generator)
            let exact = problem.exact()
            let heuristic = problem.localSearch(restarts: 8, seed: 3)
            #expect(heuristic.solution.frustration == problem.frustration(heuristic.solution.camps))
            #expect(heuristic.solution.frustration >= exact.solution.frustration)
            #expect(heuristic.solution.frustration <= heuristic.bound)
            #expect(heuristic.bound <= problem.hostileWeight)
            #expect(heuristic.bound <= problem.twoCampSplit().frustration)
        }
    }

    @Test func hostileSelfTiesAreAlwaysFrustrated() {
        // Node 0 opposes itself (a representative opposing their own state, folded in).
        let problem = SignedPartition(count: 2, ties: [[(0, -2), (1, 1)], [(0, 1)]])
        #expect(problem.selfFrustration == 2)
        let exact = problem.exact()
        #expect(exact.solution.frustration == 2)
        #expect(exact.solution.campCount == 1)
    }

    @Test func searchOutOfBudgetIsNotProvenAndKeepsTheBoundItWasGiven() {
        var generator = SplitMix64(seed: 3)
        let problem = Self.random(14, &generator, density: 70)
        let heuristic = problem.localSearch(restarts: 0, seed: 1)
        let cut = problem.exact(upperBound: heuristic.solution, budget: 10)
        #expect(!cut.isProven)
        #expect(cut.optimalCount == nil)
        #expect(!heuristic.solution.isBetter(than: cut.solution))
        #expect(cut.solution.frustration == problem.frustration(cut.solution.camps))
    }
}
