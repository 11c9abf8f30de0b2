import ActorGraphModel
@testable import ActorGraphQueries
import Testing

@Suite("IndexedGraph")
struct IndexedGraphTests {
    /// Every node's arcs, in the order the searches walk them, as the index was built before the
    /// counting sort: from `graph.relations`, sorted by ids.
    @Test func arcsComeInTheOrderOfTheSortedRelations() throws {
        var random = SplitMix64(seed: 11)
        var graph = ActorGraph()
        // Names whose id order differs from their insertion order, some non-ASCII.
        let names = (0..<60).map { "Actor \(($0 * 37) % 60) \($0 % 3 == 0 ? "é" : "z")" }
        for (i, name) in names.enumerated() { try graph.add(Actor(name: name, kind: i % 4 == 3 ? .person : .state)) }
        let actors = graph.actors
        for _ in 0..<400 {
            let subject = actors[random.next(below: actors.count)]
            let object = actors[random.next(below: actors.count)]
            guard subject.id != object.id else { continue }
            let relation = RelationKind.allCases.filter { $0.allows(subject: subject.kind, object: object.kind) }
            guard !relation.isEmpty else { continue }
            try graph.relate(subject.id, relation[random.next(below: relation.count)], object.id)
        }
        let indexed = IndexedGraph(graph)
        let number = Dictionary(uniqueKeysWithValues: graph.actors.enumerated().map { ($1.id, Int32($0)) })
        let relations = graph.relations
        let expected = try GraphIndex(
            nodeCount: actors.count,
            sources: relations.map { number[$0.subject]! },
            targets: relations.map { number[$0.object]! },
            kinds: relations.map(\.kind.code))
        #expect(indexed.ids == graph.actors.map(\.id))
        for node in 0..<Int32(actors.count) {
            for step in [Step.forward, .backward, .both] {
                var got: [String] = []
                var want: [String] = []
                indexed.index.forEachArc(from: node, step, .all) { got.append("\($0) \($1) \($2)") }
                expected.forEachArc(from: node, step, .all) { want.append("\($0) \($1) \($2)") }
                #expect(got == want)
            }
        }
    }
}
