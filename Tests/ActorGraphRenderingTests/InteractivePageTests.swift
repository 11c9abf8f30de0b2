import ActorGraphFormats
import ActorGraphModel
@testable import ActorGraphRendering
import Foundation
import Testing

@Suite("InteractivePage")
struct InteractivePageTests {
    func page(_ graph: ActorGraph, camps: [PageCamp] = [], documents: [String: PageDocument] = [:]) throws -> String {
        let svg = SVGDecorator.decorate(try GraphvizRenderer().render(dot: DOTEncoder().encode(graph), format: .svg))
        return String(decoding: InteractivePage(title: "Test <graph>", graph: graph, svg: svg, camps: camps, documents: documents).html(), as: UTF8.self)
    }

    /// The embedded data, parsed as the page's script parses it.
    func data(_ html: String) throws -> [String: Any] {
        let open = try #require(html.range(of: "<script type=\"application/json\" id=\"graph-data\">"))
        let close = try #require(html.range(of: "</script>", range: open.upperBound..<html.endIndex))
        let json = String(html[open.upperBound..<close.lowerBound])
        return try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    }

    @Test func isSelfContained() throws {
        let html = try page(try TestGraphs.small())
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<title>Test &lt;graph&gt;</title>"))
        #expect(!html.contains("<?xml"))
        #expect(html.contains("<svg width=\"100%\" height=\"100%\""))
        #expect(html.contains(" id=\"diagram\""))
        for external in ["<script src", "<link", "<img", "@import", "url(", "https://", "http://www.w3.org/1999/xhtml"] {
            #expect(!html.contains(external) || external == "https://", "\(external)")
        }
        #expect(!html.replacingOccurrences(of: "http://www.w3.org/", with: "").contains("http"))
    }

    /// The inlined drawing as Foundation's search cut it before the start tag was found by its
    /// bytes: for ASCII around "<svg" and ">", and (by the search itself) for marks next to them.
    @Test func theInlinedDrawingIsCutAsFoundationCutsIt() throws {
        func oracle(_ svg: Data) -> String {
            let text = String(decoding: svg, as: UTF8.self)
            guard let start = text.range(of: "<svg") else { return "" }
            var body = String(text[start.lowerBound...])
            if let open = body.range(of: ">") {
                var tag = String(body[..<open.lowerBound])
                tag = tag.replacingOccurrences(of: #"width="[^"]*""#, with: "width=\"100%\"", options: .regularExpression)
                tag = tag.replacingOccurrences(of: #"height="[^"]*""#, with: "height=\"100%\"", options: .regularExpression)
                body = tag + " id=\"diagram\"" + body[open.lowerBound...]
            }
            return body
        }
        let drawn = try GraphvizRenderer().render(dot: DOTEncoder().encode(try TestGraphs.small()), format: .svg)
        let cases = [
            drawn,
            Data("<?xml?><!-- Lomé --><svg width=\"10pt\" height=\"5pt\"><g>é</g></svg>".utf8),
            Data("<svg\u{301} width=\"1pt\"><svg width=\"2pt\">".utf8),
            Data("é<svg width=\"1pt\">\u{301}<g/>".utf8),
            Data("<svg width=\"1pt\"".utf8),
            // The size edits as the expressions made them: every match, each up to the next quote.
            Data("<svg width=\"1pt\" stroke-width=\"3\" height=\"2pt\" height=\"x\"><g/>".utf8),
            Data("<svg width=\"1pt height=\"2\">".utf8),
            Data("<svg width=\">".utf8),
            Data("<svg xwidth=\"a\"width=\"b\"height=\"\" height=>".utf8),
            Data("no drawing".utf8),
            Data(),
        ]
        for svg in cases {
            #expect(InteractivePage.inlineSVG(svg) == oracle(svg), "\(String(decoding: svg.prefix(40), as: UTF8.self))")
        }
    }

    /// The data's "<!--" escaped as the byte-at-a-time scan escaped it (written here as the
    /// oracle): at the ends, back to back, cut short, among other "<", and in a slice.
    @Test func commentsAreEscapedAsTheScanEscapedThem() {
        func oracle(_ bytes: [UInt8]) -> [UInt8] {
            let text = String(decoding: bytes, as: UTF8.self)
            return Array(text.replacingOccurrences(of: "<!--", with: "<\\u0021--").utf8)
        }
        let cases = ["", "<", "<!", "<!-", "<!--", "<!--<!--", "<<!--", "a<!--b<!-c<!--", "x <!-- y -->", "é<!--é", "<!-<!--", String(repeating: "<a", count: 300) + "<!--"]
        for text in cases {
            var out: [UInt8] = [9]
            InteractivePage.appendEscapingComments(Array(text.utf8)[...], to: &out)
            #expect(out == [9] + oracle(Array(text.utf8)), "\(text)")
        }
        let whole = Array("ab<!--cd<!--".utf8)
        var out: [UInt8] = []
        InteractivePage.appendEscapingComments(whole[2..<10], to: &out)
        #expect(String(decoding: out, as: UTF8.self) == "<\\u0021--cd<!")
    }

    /// Quotes go in whole, however long, and a quote cannot close the script it sits in.
    @Test func quotesAreWholeAndCannotEscapeTheScript() throws {
        var graph = ActorGraph()
        try graph.add(Actor(name: "A", kind: .state))
        try graph.add(Actor(name: "B", kind: .state, aliases: ["Bee"]))
        let long = String(repeating: "word ", count: 400) + "</script><script>alert(1)</script> <!-- end"
        try graph.relate("a", .backs, "b", evidence: [Evidence(doc: "d.txt", quote: long)])
        let html = try page(graph, documents: ["d.txt": PageDocument(title: "Title", outlet: "Outlet", date: "2015-10-30", href: "../seeds/d.txt")])
        #expect(html.components(separatedBy: "</script>").count == 3)  // the data's and the script's own
        let parsed = try data(html)
        let edges = try #require(parsed["edges"] as? [[String: Any]])
        let evidence = try #require(edges.first?["evidence"] as? [[Int]])
        let quotes = try #require(parsed["quotes"] as? [String])
        #expect(evidence.first.map { quotes[$0[1]] } == long)
        let names = try #require(parsed["documentNames"] as? [String])
        #expect(evidence.first.map { names[$0[0]] } == "d.txt")
        #expect(edges.first?["element"] as? String == "relation-a--backs--b")
        let documents = try #require(parsed["documents"] as? [String: [String: String]])
        #expect(documents["d.txt"] == ["title": "Title", "outlet": "Outlet", "date": "2015-10-30", "href": "../seeds/d.txt"])
        let nodes = try #require(parsed["nodes"] as? [[String: Any]])
        #expect(nodes.first { $0["id"] as? String == "b" }?["aliases"] as? [String] == ["Bee"])
    }

    @Test func carriesCampsAndFilters() throws {
        let graph = try TestGraphs.small()
        let html = try page(graph, camps: [PageCamp(label: "Camp 1", members: ["russia", "syria"])])
        let camps = try #require(try data(html)["camps"] as? [[String: Any]])
        #expect(camps.first?["members"] as? [String] == ["russia", "syria"])
        for relation in Set(graph.relations.map(\.kind)) {
            #expect(html.contains("class=\"f-relation\" value=\"\(relation.rawValue)\""))
        }
        for kind in Set(graph.actors.map(\.kind)) {
            #expect(html.contains("class=\"f-kind\" value=\"\(kind.rawValue)\""))
        }
        #expect(html.contains("id=\"f-from\"") && html.contains("id=\"f-to\"") && html.contains("id=\"f-support\""))
        #expect(html.contains("<input type=\"checkbox\" id=\"f-camps\">"))
        #expect(try page(graph).contains("<input type=\"checkbox\" id=\"f-camps\" disabled>"))
    }

    @Test func isDeterministic() throws {
        let graph = try TestGraphs.small()
        #expect(try page(graph) == page(graph))
    }

    /// The data made apart (while Graphviz draws, in a build) and put around the SVG after gives
    /// the page made in one go, whatever title and SVG the page is given after its data.
    @Test func dataMadeBeforeTheSVGGivesTheSamePage() throws {
        let graph = try TestGraphs.small()
        let svg = SVGDecorator.decorate(try GraphvizRenderer().render(dot: DOTEncoder().encode(graph), format: .svg))
        let camps = [PageCamp(label: "A", members: graph.actors.prefix(2).map(\.id))]
        let documents = ["a.txt": PageDocument(title: "T", outlet: "O", date: "2024-01-02", href: "../a.txt")]
        let whole = InteractivePage(title: "Test <graph>", graph: graph, svg: svg, camps: camps, documents: documents)
        var early = InteractivePage(title: "another", graph: graph, svg: Data(), camps: camps, documents: documents)
        let data = early.dataBytes()
        early.title = "Test <graph>"
        early.svg = svg
        #expect(early.htmlBytes(data: data) == whole.htmlBytes())
        #expect(whole.htmlBytes() == [UInt8](whole.html()))
        #expect(String(decoding: data, as: UTF8.self) == whole.dataJSON())
    }
}
