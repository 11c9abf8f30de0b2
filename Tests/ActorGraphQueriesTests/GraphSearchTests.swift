import ActorGraphModel
import Testing
@testable import ActorGraphQueries

@Suite("GraphSearch on an edge-list index")
struct GraphSearchTests {
    /// 0 → 1 → 2 → 3, 0 → 4 → 3 (two shortest paths 0…3 of 3 and 2 hops), 5 alone, 6 ↺.
    static let backs = RelationKind.backs.code
    func diamond() throws -> GraphSearch {
        let edges: [(Int32, Int32)] = [(0, 1), (1, 2), (2, 3), (0, 4), (4, 3), (6, 6)]
        return GraphSearch(try GraphIndex(
            nodeCount: 7, sources: edges.map(\.0), targets: edges.map(\.1),
            kinds: Array(repeating: Self.backs, count: edges.count)))
    }

    @Test func bidirectionalSearchFindsTheShortestOfTwoRoutes() throws {
        let search = try diamond()
        #expect(search.shortestPathNodes(from: 0, to: 3) == [0, 4, 3])
        #expect(search.shortestPathNodes(from: 3, to: 0) == [3, 4, 0])
        #expect(search.shortestPathNodes(from: 2, to: 4) == [2, 3, 4])
    }

    @Test func directedSearchFollowsEdgesOnly() throws {
        let search = try diamond()
        #expect(search.shortestPathNodes(from: 0, to: 3, traversal: .directed) == [0, 4, 3])
        #expect(search.shortestPathNodes(from: 3, to: 0, traversal: .directed) == nil)
        #expect(search.shortestPathNodes(from: 2, to: 4, traversal: .directed) == nil)
    }

    @Test func unreachableAndSelfPairs() throws {
        let search = try diamond()
        #expect(search.shortestPathNodes(from: 0, to: 5) == nil)
        #expect(search.shortestPathNodes(from: 6, to: 0) == nil)
        #expect(search.shortestPathNodes(from: 6, to: 6) == [6])
    }

    @Test func repeatedQueriesDoNotSeeEachOthersMarks() throws {
        let search = try diamond()
        for _ in 0..<3 {
            #expect(search.shortestPathNodes(from: 0, to: 3) == [0, 4, 3])
            #expect(search.shortestPathNodes(from: 0, to: 5) == nil)
        }
    }

    @Test func levelsStopAtTheDepthLimit() throws {
        let search = try diamond()
        let levels = search.levels(from: 0, maxDepth: 1)
        #expect(levels.depth == 1)
        #expect(Set(levels.level(1)) == [1, 4])
        let all = search.levels(from: 0)
        #expect(Set(all.nodes) == [0, 1, 2, 3, 4])
        #expect(Set(all.level(2)) == [2, 3])
        #expect(search.levels(from: 6).nodes == [6])
    }

    @Test func simplePathsRespectTheHopLimitAndStop() throws {
        let search = try diamond()
        var found: [[Int32]] = []
        search.simplePaths(from: 0, to: 3, maxHops: 3) { found.append($0.nodes); return true }
        #expect(Set(found) == [[0, 4, 3], [0, 1, 2, 3]])
        found = []
        search.simplePaths(from: 0, to: 3, maxHops: 2) { found.append($0.nodes); return true }
        #expect(found == [[0, 4, 3]])
        found = []
        search.simplePaths(from: 0, to: 3, maxHops: 3) { found.append($0.nodes); return false }
        #expect(found.count == 1)
    }

    @Test func edgeListsAreChecked() {
        #expect(throws: QueryError.self) {
            try GraphIndex(nodeCount: 2, sources: [0], targets: [2], kinds: [0])
        }
        #expect(throws: QueryError.self) {
            try GraphIndex(nodeCount: 2, sources: [0], targets: [1], kinds: [9])
        }
        #expect(throws: QueryError.self) {
            try GraphIndex(nodeCount: 2, sources: [0, 1], targets: [1], kinds: [0])
        }
    }

    @Test func byteCountIsTenBytesAnEdgePlusEightANode() throws {
        let index = try GraphIndex(nodeCount: 7, sources: [0, 1], targets: [1, 2], kinds: [0, 1])
        #expect(index.byteCount == (2 * 7 + 1) * 4 + 2 * 2 * 5)
        #expect(index.degree(of: 1) == 2)
    }
}

@Suite("GraphSearch agrees with plain breadth-first search")
struct GraphSearchAgreementTests {
    @Test(arguments: [Traversal.undirected, .directed], [RelationMask.all, [.backs, .coordinatesWith]])
    func bidirectionalLengthsMatchSingleSourceLevels(_ traversal: Traversal, _ mask: RelationMask) throws {
        var random = SplitMix64(seed: 99)
        let n: Int32 = 300
        var sources: [Int32] = [], targets: [Int32] = [], kinds: [UInt8] = []
        for _ in 0..<700 {
            sources.append(Int32(random.next() % UInt64(n)))
            targets.append(Int32(random.next() % UInt64(n)))
            kinds.append(UInt8(random.next() % 5))
        }
        let search = GraphSearch(try GraphIndex(nodeCount: Int(n), sources: sources, targets: targets, kinds: kinds))
        for _ in 0..<40 {
            let s = Int32(random.next() % UInt64(n))
            let levels = search.levels(from: s, traversal: traversal, relations: mask)
            var distance: [Int32: Int] = [:]
            for d in 0...levels.depth { for v in levels.level(d) { distance[v] = d } }
            for _ in 0..<20 {
                let t = Int32(random.next() % UInt64(n))
                let path = search.shortestPathNodes(from: s, to: t, traversal: traversal, relations: mask)
                #expect(path.map { $0.count - 1 } == distance[t])
                if let path {
                    #expect(path.first == s && path.last == t)
                    #expect(search.arcs(along: path, traversal: traversal, relations: mask).allSatisfy { !$0.isEmpty })
                }
                var count = 0
                let length = search.allShortestPaths(from: s, to: t, traversal: traversal, relations: mask) { p in
                    count += 1
                    #expect(p.hopCount == distance[t])
                    #expect(p.nodes.first == s && p.nodes.last == t)
                    return count < 50
                }
                #expect(length == distance[t])
            }
        }
    }
}
