import ActorGraphModel
import ActorGraphStyle
import Foundation
import Testing

@testable import ActorGraphRendering

/// The page's data, whose edges and tables ``PageJSON`` writes, is byte for byte what
/// `JSONEncoder` writes of the same data (kept below as the oracle, with its tables made the
/// plain way), and every evidence item reads back as the graph's.
@Suite struct PageJSONTests {
    struct Edge: Encodable {
        var element: String
        var source: String
        var target: String
        var relation: String
        var title: String
        var support: Int
        /// [document, quote, sentence], the first two indices into the tables.
        var evidence: [[Int]]
    }

    struct Oracle: Encodable {
        var nodes: [PageData.Node]
        var edges: [Edge]
        var documentNames: [String]
        var documents: [String: PageDocument]
        var quotes: [String]
        var camps: [PageCamp]
        var relations: [PageData.Style]
        var campColors: [String]
    }

    /// Each distinct byte string numbered as first met.
    struct Numbering {
        var texts: [String] = []
        var numbers: [[UInt8]: Int] = [:]

        mutating func number(_ text: String) -> Int {
            if let n = numbers[Array(text.utf8)] { return n }
            numbers[Array(text.utf8)] = texts.count
            texts.append(text)
            return texts.count - 1
        }
    }

    /// The data as JSONEncoder writes it whole, with the page's "<!--" escape.
    static func oracle(_ page: InteractivePage) throws -> String {
        let g = page.graph
        let nodes = g.actors.map { a in
            PageData.Node(
                id: a.id.rawValue, element: "actor-" + a.id.rawValue, label: a.name, kind: a.kind.rawValue,
                kindTitle: a.kind.style.title, aliases: a.aliases, place: a.place, date: a.date)
        }
        var documents = Numbering(), quotes = Numbering()
        let edges = g.relations.map { r in
            Edge(
                element: "relation-\(r.subject.rawValue)--\(r.kind.rawValue)--\(r.object.rawValue)", source: r.subject.rawValue,
                target: r.object.rawValue, relation: r.kind.rawValue, title: r.kind.style.title, support: r.support,
                evidence: r.evidence.map { [documents.number($0.doc), quotes.number($0.quote), $0.sentence] })
        }
        let relations = RelationKind.allCases.map { PageData.Style(id: $0.rawValue, title: $0.style.title, color: $0.style.color) }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = try encoder.encode(Oracle(
            nodes: nodes, edges: edges, documentNames: documents.texts, documents: page.documents, quotes: quotes.texts,
            camps: page.camps, relations: relations, campColors: InteractivePage.campColors))
        return String(decoding: data, as: UTF8.self).replacingOccurrences(of: "<!--", with: "<\\u0021--")
    }

    /// The evidence of each edge as the page's script reads it back: (document, quote, sentence).
    static func evidenceRead(_ page: InteractivePage) throws -> [[(String, String, Int)]] {
        let data = try #require(try JSONSerialization.jsonObject(with: Data(page.dataJSON().utf8)) as? [String: Any])
        let names = try #require(data["documentNames"] as? [String]), quotes = try #require(data["quotes"] as? [String])
        let edges = try #require(data["edges"] as? [[String: Any]])
        return try edges.map { edge in
            try #require(edge["evidence"] as? [[Int]]).map { item in (names[item[0]], quotes[item[1]], item[2]) }
        }
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
            documents: [
                "d/1.txt": PageDocument(title: Self.awkward, outlet: "O", date: "2024-01-02", href: "../d/1.txt"), "D10": PageDocument(), "d9": PageDocument(),
                "e\u{301}a.txt": PageDocument(outlet: "Décomposé"), "eb.txt": PageDocument(date: "2024-01-03"), "é.md": PageDocument(href: "x/é.md"),
                "a10.txt": PageDocument(title: "T", href: "h"), "a9.txt": PageDocument(title: "T", outlet: "O"), "_x": PageDocument(outlet: "O", date: "2001-01-01"),
            ])
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

    /// A quote carried by several documents and edges is written once; texts Swift calls equal
    /// but spelled with other bytes (composed and decomposed "é") stay two; every item reads
    /// back as the graph's evidence, in order.
    @Test func eachDistinctQuoteAndDocumentIsWrittenOnce() throws {
        var graph = ActorGraph()
        for name in ["A", "B", "C"] { try graph.add(Actor(name: name, kind: .state)) }
        let wire = "A backs B, the wire said.", composed = "Caf\u{E9} talks.", decomposed = "Cafe\u{301} talks."
        #expect(composed == decomposed)
        try graph.relate("a", .backs, "b", evidence: (0..<5).map { Evidence(doc: "outlet\($0).txt", sentence: $0, quote: wire) }
            + [Evidence(doc: "x.txt", sentence: 7, quote: composed), Evidence(doc: "y.txt", sentence: 1, quote: decomposed)])
        try graph.relate("c", .opposes, "b", evidence: [
            Evidence(doc: "outlet3.txt", sentence: 9, quote: wire), Evidence(doc: "x.txt", sentence: 2, quote: "C opposes B."),
        ])
        let page = InteractivePage(title: "t", graph: graph, svg: Data())
        #expect(page.dataJSON() == (try Self.oracle(page)))
        let data = try #require(try JSONSerialization.jsonObject(with: Data(page.dataJSON().utf8)) as? [String: Any])
        let quotes = try #require(data["quotes"] as? [String])
        #expect(quotes.count == 4)
        #expect(quotes.map { Array($0.utf8) } == [wire, composed, decomposed, "C opposes B."].map { Array($0.utf8) })
        #expect(try #require(data["documentNames"] as? [String]) == ["outlet0.txt", "outlet1.txt", "outlet2.txt", "outlet3.txt", "outlet4.txt", "x.txt", "y.txt"])
        let read = try Self.evidenceRead(page)
        let expected = graph.relations.map { $0.evidence.map { ($0.doc, $0.quote, $0.sentence) } }
        #expect(read.count == expected.count)
        for (got, want) in zip(read, expected) {
            #expect(got.map(\.0) == want.map(\.0) && got.map(\.2) == want.map(\.2))
            #expect(got.map { Array($0.1.utf8) } == want.map { Array($0.1.utf8) })
        }
    }
}
