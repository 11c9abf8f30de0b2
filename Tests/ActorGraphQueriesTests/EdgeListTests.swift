import ActorGraphModel
@testable import ActorGraphQueries
import Testing

@Suite("EdgeList")
struct EdgeListTests {
    @Test(arguments: [0, 1, 2, 7, 500])
    func sortingByKeyOrdersBySourceThenKindThenTargetAndKeepsEqualEdges(_ count: Int) {
        var random = SplitMix64(seed: UInt64(count))
        let nodeCount = max(1, count / 5)
        var edges = EdgeList(capacity: count)
        var triples: [(Int32, UInt8, Int32)] = []
        for _ in 0..<count {
            let triple = (Int32(random.next(below: nodeCount)), UInt8(random.next(below: 6)), Int32(random.next(below: nodeCount)))
            edges.append(triple.0, triple.1, triple.2)
            triples.append(triple)
        }
        edges.sortByKey(nodeCount: nodeCount)
        triples.sort { ($0.0, $0.1, $0.2) < ($1.0, $1.1, $1.2) }
        #expect(edges.sources == triples.map(\.0))
        #expect(edges.kinds == triples.map(\.1))
        #expect(edges.targets == triples.map(\.2))
    }
}
