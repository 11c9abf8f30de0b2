import ActorGraphModel
import ActorGraphStyle
import Foundation
import Testing

@testable import ActorGraphRendering

/// The page's data, whose edges ``PageJSON`` writes, is byte for byte what `JSONEncoder` wrote
/// when it encoded the edges too (kept below as the oracle): graph.html stays the same file.
@Suite struct PageJSONTests {
    /// The page data's edges as they were encoded before ``PageJSON`` wrote them.
    struct Quote: Encodable {
        var doc: String
        var sentence: Int
        var quote: String
    }

    struct Edge: Encodable {
        var element: String
        var source: String
        var target: String
        var relation: String
        var title: String
        var support: Int
        var evidence: [Quote]
    }

    struct Oracle: Encodable {
        var nodes: [PageData.Node]
        var edges: [Edge]
        var documents: [String: PageDocument]
        var camps: [PageCamp]
        var relations: [PageData.Style]
        var campColors: [String]
    }

    /// The data as JSONEncoder writes it whole, with the page's "<!--" escape.
    static func oracle(_ page: InteractivePage) throws -> String {
        let g = page.graph
        let nodes = g.actors.map { a in
            PageData.Node(
                id: a.id.rawValue, element: "actor-" + a.id.rawValue, label: a.name, kind: a.kind.rawValue,
                kindTitle: a.kind.style.title, aliases: a.aliases, place: a.place, date: a.date)
        }
        let edges = g.relations.map { r in
            Edge(
                element: "relation-\(r.subject.rawValue)--\(r.kind.rawValue)--\(r.object.rawValue)", source: r.subject.rawValue,
                target: r.object.rawValue, relation: r.kind.rawValue, title: r.kind.style.title, support: r.support,
                evidence: r.evidence.map { Quote(doc: $0.doc, sentence: $0.sentence, quote: $0.quote) })
        }
        let relations = RelationKind.allCases.map { PageData.Style(id: $0.rawValue, title: $0.style.title, color: $0.style.color) }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = try encoder.encode(Oracle(
            nodes: nodes, edges: edges, documents: page.documents, camps: page.camps, relations: relations,
            campColors: InteractivePage.campColors))
        return String(decoding: data, as: UTF8.self).replacingOccurrences(of: "<!--", with: "<\\u0021--")
    }

    /// Every ASCII control character, the characters JSON escapes, markup, and text beyond ASCII.
    static let awkward = (0..<0x20).map { String(UnicodeScalar(UInt8($0))) }.joined()
        + "\"\\/ </script> <!-- é — “quoted” 🇸🇾 \u{2028}\u{2029}\u{7F} \\u0041 end"

    static func graph() throws -> ActorGraph {
        var graph = ActorGraph()
        try graph.add(Actor(name: "Ré/public \"A\"", kind: .state, aliases: ["A<!--", "a\\b"]))
        try graph.add(Actor(name: "B", kind: .organization))
        try graph.add(Actor.event(place: "Genève", date: "2024-03-04"))
        let a = ActorID.forName("Ré/public \"A\""), b = ActorID.forName("B")
        try graph.relate(a, .backs, b, evidence: [
            Evidence(doc: "d/1.txt", sentence: 0, quote: awkward, start: 0, end: 9),
            Evidence(doc: "d2 \"x\".txt", sentence: 12, quote: "A backs B.", start: 3, end: 13),
        ])
        try graph.relate(b, .coordinatesWith, a, evidence: [Evidence(doc: "e.txt", quote: "")])
        try graph.relate(b, .attended, Actor.event(place: "Genève", date: "2024-03-04").id, evidence: [])
        return graph
    }

    @Test func awkwardTextIsWrittenAsJSONEncoderWritesIt() throws {
        let page = InteractivePage(
            title: "t", graph: try Self.graph(), svg: Data(), camps: [PageCamp(label: "c/1", members: [ActorID("b")])],
            documents: ["d/1.txt": PageDocument(title: Self.awkward, outlet: "O", date: "2024-01-02", href: "../d/1.txt"), "D10": PageDocument(), "d9": PageDocument()])
        #expect(page.dataJSON() == (try Self.oracle(page)))
    }

    @Test func anEmptyGraphIsWrittenAsJSONEncoderWritesIt() throws {
        let page = InteractivePage(title: "t", graph: ActorGraph(), svg: Data())
        #expect(page.dataJSON() == (try Self.oracle(page)))
    }

    @Test func aGeneratedGraphIsWrittenAsJSONEncoderWritesIt() throws {
        let page = InteractivePage(title: "t", graph: try TestGraphs.generated(actors: 300, edges: 1_000), svg: Data())
        #expect(page.dataJSON() == (try Self.oracle(page)))
    }
}
