import ActorGraphFormats
import ActorGraphModel
@testable import ActorGraphRendering
import Foundation
import Testing

/// An update writes the new tooltips into the SVG the last build drew (``SVGTooltips``) instead
/// of laying the graph out again: that must give the bytes Graphviz and the decorator give for
/// the new DOT, whatever the quotes hold.
@Suite("SVG tooltips")
struct SVGTooltipsTests {
    /// The decorated SVG Graphviz draws of `dot`.
    func drawn(_ dot: String, engine: LayoutEngine = .dot) throws -> Data {
        SVGDecorator.decorate(try GraphvizRenderer().render(dot: dot, engine: engine, format: .svg))
    }

    /// Where two drawings first differ, for a failure's message.
    func firstDifference(_ a: Data?, _ b: Data) -> String {
        guard let a else { return "nil" }
        let x = [UInt8](a), y = [UInt8](b)
        let at = (0..<min(x.count, y.count)).first { x[$0] != y[$0] } ?? min(x.count, y.count)
        func around(_ z: [UInt8]) -> String { String(decoding: z[max(0, at - 120)..<min(z.count, at + 120)], as: UTF8.self) }
        return "at \(at) of \(x.count)/\(y.count):\n\(around(x))\n---\n\(around(y))"
    }

    /// `graph`'s actors and edges, each edge with one quote of `quotes` (from `rotation` on).
    func withQuotes(_ graph: ActorGraph, _ quotes: [String], rotation: Int = 0) throws -> ActorGraph {
        var made = ActorGraph()
        for actor in graph.actors { try made.add(actor) }
        for (i, relation) in graph.relations.enumerated() {
            let quote = quotes[(i + rotation) % quotes.count]
            try made.relate(relation.subject, relation.kind, relation.object, evidence: [Evidence(doc: "doc\(i).txt", sentence: 1, quote: quote)])
        }
        return made
    }

    /// `graph` with every edge's quotes carried by later documents named by `names` too: the same
    /// support (a sentence counts once), so the same drawing, but other tooltips.
    func carriedAgain(_ graph: ActorGraph, names: [String]) throws -> ActorGraph {
        var more = graph
        for (i, relation) in graph.relations.enumerated() {
            let added = relation.evidence.map { Evidence(doc: names[i % names.count], sentence: $0.sentence + 1, quote: $0.quote) }
            try more.relate(relation.subject, relation.kind, relation.object, evidence: added)
        }
        #expect(more.relations.map(\.support) == graph.relations.map(\.support))
        return more
    }

    /// Quotes with every character Graphviz or DOT escapes, and some it does not.
    static let awkward = [
        #"He said "no" & left <quickly> -- it's over."#,
        "Two  spaces,   three,\tand a tab; a line\nbreak and a CR\r\nLF.",
        #"Backslashes \ and \\ and \N and \G and \E and \n (as text)."#,
        "Entities already: &amp; &lt; &#45; &#10; &nbsp; and a lone & at the end &",
        "Non-ASCII: Genève, Lavrov’s “optimism” — 北京, emoji 🇪🇬, e\u{301}, ;\u{37E}",
        "-leading dash, trailing dash-",
        String(repeating: "A long quote that goes on and on. ", count: 30),
        "' single ' quotes '' and > signs >> and <<",
    ]

    /// Both ways: the tooltips of a graph whose quotes hold awkward text written into the drawing
    /// of the same graph carried by documents with awkward names too, and back.
    @Test(arguments: [LayoutEngine.dot, .sfdp])
    func givesGraphvizsBytesForAnotherGraphsTooltips(engine: LayoutEngine) throws {
        let shape = try TestGraphs.generated(actors: 20, edges: 40)
        for rotation in 0..<Self.awkward.count {
            let graph = try withQuotes(shape, Self.awkward, rotation: rotation)
            let more = try carriedAgain(graph, names: Self.awkward.map { $0.prefix(60) + ".txt" })
            let (dotA, dotB) = (DOTEncoder().encode(graph), DOTEncoder().encode(more))
            #expect(dotA != dotB)
            let (drawnA, drawnB) = (try drawn(dotA, engine: engine), try drawn(dotB, engine: engine))
            for (from, dot, expected) in [(drawnA, dotB, drawnB), (drawnB, dotA, drawnA)] {
                let retitled = SVGTooltips.retitled(from, tooltips: try #require(SVGTooltips.tooltips(inDOT: dot)))
                #expect(retitled == expected, "rotation \(rotation): \(firstDifference(retitled, expected))")
            }
        }
    }

    /// The small graph: every kind, a meeting card, the legend, nodes' tooltips with aliases.
    @Test func givesGraphvizsBytesOnEveryKindOfElement() throws {
        let graph = try withQuotes(try TestGraphs.small(), Self.awkward)
        let more = try carriedAgain(graph, names: Self.awkward.map { $0.prefix(40) + ".md" })
        let before = try drawn(DOTEncoder().encode(graph))
        let dot = DOTEncoder().encode(more)
        let retitled = SVGTooltips.retitled(before, tooltips: try #require(SVGTooltips.tooltips(inDOT: dot)))
        let expected = try drawn(dot)
        #expect(retitled == expected, "\(firstDifference(retitled, expected))")
        // Its own tooltips give a drawing back its own bytes (what a build checks before keeping it).
        let own = DOTEncoder().encode(graph)
        #expect(SVGTooltips.retitled(before, tooltips: try #require(SVGTooltips.tooltips(inDOT: own))) == before)
    }

    /// Anchors and tooltips must match one to one: otherwise nil, and the caller draws.
    @Test func refusesWhatItCannotMatch() throws {
        let graph = try TestGraphs.small()
        let dot = DOTEncoder().encode(graph)
        let svg = try drawn(dot)
        var tooltips = try #require(SVGTooltips.tooltips(inDOT: dot))
        // A tooltip without an anchor (an element the drawing does not have).
        var more = tooltips
        more["actor-nobody"] = Array("Nobody".utf8)
        #expect(SVGTooltips.retitled(svg, tooltips: more) == nil)
        // An anchor without a tooltip (tooltips turned off, say).
        let someID = try #require(tooltips.keys.first)
        tooltips[someID] = nil
        #expect(SVGTooltips.retitled(svg, tooltips: tooltips) == nil)
        var bare = DOTOptions()
        bare.tooltips = false
        #expect(SVGTooltips.retitled(svg, tooltips: try #require(SVGTooltips.tooltips(inDOT: DOTEncoder(options: bare).encode(graph)))) == nil)
        // Edge labels ("backs · 2"): the drawing is still Graphviz's for the new tooltips (or,
        // were an anchor of its own drawn for a label, nil).
        var labelled = DOTOptions()
        labelled.edgeLabels = true
        let shaped = try withQuotes(graph, Self.awkward)
        let again = try carriedAgain(shaped, names: ["again.txt"])
        let (dotA, dotB) = (DOTEncoder(options: labelled).encode(shaped), DOTEncoder(options: labelled).encode(again))
        let retitled = SVGTooltips.retitled(try drawn(dotA), tooltips: try #require(SVGTooltips.tooltips(inDOT: dotB)))
        let expected = try drawn(dotB)
        #expect(retitled == nil || retitled == expected)
    }

    /// The DOT's tooltips as Graphviz reads them; text that cannot be read so gives nil.
    @Test func readsTheDOTsTooltips() throws {
        let dot = #"""
            digraph G {
              graph [label="a [b] \"c\""];
              n0 [id="actor-a", label=<<b>x</b> [y]>, tooltip="A \"quoted\" \\\\ back\nline &amp; more"];
              n0 -> n1 [id="relation-a", tooltip="edge"]; n2 [shape=point]
            }
            """#
        let tooltips = try #require(SVGTooltips.tooltips(inDOT: dot))
        #expect(tooltips.mapValues { String(decoding: $0, as: UTF8.self) } == ["actor-a": "A \"quoted\" \\ back\nline & more", "relation-a": "edge"])
        #expect(SVGTooltips.tooltips(inDOT: #"n0 [tooltip="no id"];"#) == nil)
        #expect(SVGTooltips.tooltips(inDOT: #"n0 [id="a", tooltip="x"]; n1 [id="a", tooltip="y"];"#) == nil)
        #expect(SVGTooltips.tooltips(inDOT: #"n0 [id="a", tooltip="unterminated];"#) == nil)
    }

    @Test func escapesAsGraphvizDoes() {
        var out: [UInt8] = []
        SVGTooltips.appendEscaped(Array("a&b<c>d-e  f\"g'h\ni\rj   k é".utf8), to: &out)
        #expect(String(decoding: out, as: UTF8.self) == "a&amp;b&lt;c&gt;d&#45;e &#160;f&quot;g&#39;h&#10;i&#13;j &#160;&#160;k é")
    }
}
