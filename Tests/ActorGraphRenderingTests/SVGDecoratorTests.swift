import ActorGraphFormats
import ActorGraphModel
import ActorGraphStyle
@testable import ActorGraphRendering
import Foundation
import Testing

@Suite("SVGDecorator")
struct SVGDecoratorTests {
    func decorated(_ graph: ActorGraph, _ options: DOTOptions = DOTOptions()) throws -> String {
        let svg = try GraphvizRenderer().render(dot: DOTEncoder(options: options).encode(graph), format: .svg)
        return String(decoding: SVGDecorator.decorate(svg), as: UTF8.self)
    }

    /// The SVG is split into lines as `components(separatedBy: "\n")` splits it (the oracle):
    /// "\r\n" is one Character, not a line end; random texts of line feeds, carriage returns,
    /// combining marks and other bytes.
    @Test func linesSplitAsFoundationDoes() {
        let pieces = ["a", "\n", "\r", "\r\n", "\u{301}", "\u{E9}", "\u{1F1EA}", "\u{85}", " ", "<", "\n\n", "&#10;"]
        var random = SplitMix64(seed: 5)
        func next(_ bound: Int) -> Int { random.next(below: bound) }
        for _ in 0..<20_000 {
            let text = (0..<next(14)).map { _ in pieces[next(pieces.count)] }.joined()
            #expect(SVGDecorator.lines(text).map { Array($0.utf8) } == text.components(separatedBy: "\n").map { Array($0.utf8) }, "\(text.debugDescription)")
        }
    }

    /// An attribute's value and a tooltip's first line are read by bytes as Foundation's search
    /// and the Character walk they replace read them (the oracles): random lines of attribute
    /// text, quotes, "&#10;", combining marks right after a delimiter, CR LF, U+037E (which
    /// Foundation takes for ";") and other non-ASCII text.
    @Test func attributesAndFirstLinesReadAsCharactersRead() {
        func attributeOracle(_ name: String, _ line: String) -> String? {
            guard let start = line.range(of: " \(name)=\"") else { return nil }
            guard let end = line[start.upperBound...].firstIndex(of: "\"") else { return nil }
            return String(line[start.upperBound..<end])
        }
        func firstLineOracle(_ tooltip: String) -> String {
            tooltip.range(of: "&#10;").map { String(tooltip[..<$0.lowerBound]) } ?? tooltip
        }
        let pieces = [" xlink:title=\"", " d=\"", " class=\"", "\"", "&#10;", "&#10\u{37E}", "a", "Z", " ", "\u{301}", "\u{E9}",
                      "e\u{301}", "\u{201C}", "\r", "\n", "\r\n", "\u{1F1EA}", "\u{200D}", "=", "&", "#", "1", "0", ";", "\u{600}"]
        var random = SplitMix64(seed: 9)
        func next(_ bound: Int) -> Int { random.next(below: bound) }
        for _ in 0..<20_000 {
            let line = (0..<next(16)).map { _ in pieces[next(pieces.count)] }.joined()
            for name in ["xlink:title", "d", "class"] {
                let got = SVGDecorator.attribute(name, in: line), want = attributeOracle(name, line)
                #expect(got.map { Array($0.utf8) } == want.map { Array($0.utf8) }, "\(name) in \(line.debugDescription)")
            }
            #expect(Array(SVGDecorator.firstLine(of: line).utf8) == Array(firstLineOracle(line).utf8), "\(line.debugDescription)")
        }
    }

    @Test func titlesReadAsSentences() throws {
        let text = try decorated(try TestGraphs.small())
        let svg = try #require(SVGReader.read(Data(text.utf8)))
        #expect(svg.elements.first { $0.id == "relation-russia--backs--bashar-al-assad" }?.title == "Russia backs Bashar al-Assad (2 documents)")
        #expect(svg.elements.first { $0.id == "relation-russia--coordinates_with--united-states" }?.title == "Russia coordinates with United States")
        #expect(svg.elements.first { $0.id == "actor-russia" }?.title == "Russia (state)")
        #expect(svg.elements.first { $0.id == "actor-bashar-al-assad" }?.title == "Bashar al-Assad (person)")
        #expect(!svg.elements.contains { $0.title.contains("->") })
    }

    /// Every drawn edge has a wide transparent companion on top of its line, inside its tooltip link.
    @Test func everyEdgeHasAHoverTarget() throws {
        let text = try decorated(try TestGraphs.small(), DOTOptions(legend: false))
        let edges = try #require(SVGReader.read(Data(text.utf8))).elements(ofClass: "edge")
        #expect(!edges.isEmpty)
        let hits = text.components(separatedBy: "\n").filter { $0.hasPrefix("<path class=\"hit\"") }
        #expect(hits.count == edges.count)
        #expect(hits.allSatisfy { $0.contains("stroke=\"transparent\" stroke-width=\"\(SVGDecorator.hitWidth)\" pointer-events=\"stroke\"") })
        let lines = text.components(separatedBy: "\n")
        for (index, line) in lines.enumerated() where line.hasPrefix("<path class=\"hit\"") {
            #expect(SVGDecorator.attribute("d", in: line) == SVGDecorator.attribute("d", in: lines[index - 1]))
            #expect(lines[(index + 1)...].first { $0 == "</a>" || $0.hasPrefix("<g ") } == "</a>")
        }
    }

    /// Each relation's line carries its own dash from the style table; arrowheads stay solid.
    @Test func eachRelationHasItsDash() throws {
        let text = try decorated(try TestGraphs.small(), DOTOptions(legend: false, view: .meetings))
        let lines = text.components(separatedBy: "\n")
        for relation in RelationKind.allCases {
            guard let start = lines.firstIndex(where: { $0.hasPrefix("<g id=\"relation") && $0.hasSuffix("class=\"edge relation \(relation.rawValue)\">") }) else { continue }
            let path = try #require(lines[start...].first { $0.hasPrefix("<path fill=\"none\"") })
            #expect(SVGDecorator.attribute("stroke-dasharray", in: path) == relation.style.dashArray, "\(relation)")
            let head = try #require(lines[start...].first { $0.hasPrefix("<polygon") })
            #expect(SVGDecorator.attribute("stroke-dasharray", in: head) == nil)
        }
    }

    @Test func theDrawingFitsTheWindow() throws {
        let text = try decorated(try TestGraphs.small())
        #expect(text.contains("<svg width=\"100%\" height=\"100%\"\n viewBox=\"0.00 0.00 "))
        #expect(SVGReader.read(Data(text.utf8)) != nil)
    }

    @Test func decoratingIsDeterministicAndLeavesOtherTextAlone() throws {
        #expect(try decorated(try TestGraphs.small()) == decorated(try TestGraphs.small()))
        #expect(SVGDecorator.decorate("<svg/>\nnothing to do") == "<svg/>\nnothing to do")
    }

    /// A path's dash set by bytes as the regular expression set it: every old dash removed, the
    /// new one before the first ` d="`; lines with other characters take the expression's path.
    @Test func aDashIsSetAsTheExpressionSetIt() {
        func oracle(_ line: String, _ dash: String?) -> String {
            let stripped = line.replacingOccurrences(of: #" stroke-dasharray="[^"]*""#, with: "", options: .regularExpression)
            guard let dash else { return stripped }
            return stripped.replacingOccurrences(of: " d=\"", with: " stroke-dasharray=\"\(dash)\" d=\"", options: [], range: stripped.range(of: " d=\""))
        }
        let lines = [
            ##"<path fill="none" stroke="#1f77b4" d="M10,20C30,40 50,60 70,80"/>"##,
            ##"<path fill="none" stroke="#1f77b4" stroke-dasharray="5,2" d="M1,2"/>"##,
            ##"<path stroke-dasharray="1" fill="none" stroke-dasharray="" d="M1,2" d="M3,4"/>"##,
            ##"<polygon fill="#1f77b4" stroke="#1f77b4" stroke-dasharray="5,2" points="1,2 3,4"/>"##,
            ##"<path fill="none" stroke-dasharray="5,2 d="M1,2"/>"##,
            ##"<path fill="none" stroke="x"/>"##,
            ##"<path fill="none" stroke="é" stroke-dasharray="5,2" d="M1,2"/>"##,
            "",
        ]
        for line in lines {
            for dash in [nil, "5,2", "1,5", "é"] as [String?] {
                #expect(SVGDecorator.withDash(line, dash) == oracle(line, dash), "\(line) \(dash ?? "nil")")
            }
        }
    }
}
