import ActorGraphFormats
import ActorGraphModel
@testable import ActorGraphRendering
import Foundation
import Testing

/// An update keeps the last PNG under a key made from the DOT without tooltips: that is only
/// right when the tooltips (all that more evidence on existing edges changes) take no part in
/// the raster image.
@Suite("Kept drawings")
struct KeptDrawingTests {
    /// `graph` with every edge's sentences repeated by `extra` later documents (a syndicated
    /// story): the same support, so the same drawing, but other tooltips.
    func moreEvidence(_ graph: ActorGraph, extra: Int) throws -> ActorGraph {
        var more = graph
        for relation in graph.relations {
            let added = (0..<extra).flatMap { copy in
                relation.evidence.map { Evidence(doc: "zz-\(copy)-\($0.doc)", sentence: $0.sentence, quote: $0.quote, start: $0.start, end: $0.end) }
            }
            try more.relate(relation.subject, relation.kind, relation.object, evidence: added)
        }
        #expect(more.relations.map(\.support) == graph.relations.map(\.support))
        return more
    }

    @Test func withoutTooltipsTheDOTHasNoneOfTheGraphs() throws {
        let graph = try TestGraphs.small()
        var options = DOTOptions()
        options.tooltips = false
        let dot = DOTEncoder(options: options).encode(graph)
        let lines = dot.split(separator: "\n").filter { $0.contains("id=\"actor-") || $0.contains("id=\"relation-") }
        #expect(!lines.isEmpty)
        #expect(lines.allSatisfy { !$0.contains("tooltip=") })
        #expect(DOTEncoder().encode(graph).contains("tooltip="))
    }

    @Test func theDOTWithoutTooltipsIsTheSameWhenOnlyEvidenceWasAdded() throws {
        let graph = try TestGraphs.generated(actors: 20, edges: 40)
        var options = DOTOptions()
        options.tooltips = false
        let more = try moreEvidence(graph, extra: 3)
        #expect(DOTEncoder(options: options).encode(graph) == DOTEncoder(options: options).encode(more))
        #expect(DOTEncoder().encode(graph) != DOTEncoder().encode(more))
    }

    @Test(arguments: [LayoutEngine.dot, .sfdp])
    func thePNGIsTheSameWithOrWithoutTooltips(engine: LayoutEngine) throws {
        let graph = try TestGraphs.generated(actors: 20, edges: 40)
        var bare = DOTOptions()
        bare.tooltips = false
        let renderer = GraphvizRenderer()
        let plain = try renderer.render(dot: DOTEncoder(options: bare).encode(graph), engine: engine, format: .png)
        let tooltips = try renderer.render(dot: DOTEncoder().encode(graph), engine: engine, format: .png)
        let others = try renderer.render(dot: DOTEncoder().encode(try moreEvidence(graph, extra: 5)), engine: engine, format: .png)
        #expect(plain == tooltips)
        #expect(plain == others)
    }

    @Test func theVersionIsKnown() throws {
        let version = try #require(GraphvizRenderer().version)
        #expect(version.first?.isNumber == true)
    }
}
