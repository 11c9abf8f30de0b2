import ActorGraphFormats
import ActorGraphModel
import Foundation
import Testing
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Graphs whose names are made of every character that breaks naive writers.
enum HostileGraph {
    static let names = [
        #"Quote " and 'single' and \ backslash"#,
        "<tag attr=\"x\">&amp; & ]]> <!-- -->",
        "Line\nbreak\r\nand\ttab",
        "=cmd|' /C calc'!A0",
        "+SUM(1,2)", "-2+3", "@foo", "\tTab first",
        "Türkiye’s “friends” 中国 Ñandú",
        "Emoji 🚀🇺🇦 group",
        "Control \u{01}\u{07}\u{1F}\u{7F} chars",
        "#35; `tick` ; | {brace} [bracket] (paren) %% end",
    ]

    /// One actor per hostile name (alternating kinds that may back each other), a chain of backs
    /// edges, a parallel opposes edge, an event, and evidence quoting the names.
    static func graph() throws -> ActorGraph {
        var graph = ActorGraph()
        var ids: [ActorID] = []
        for (index, name) in names.enumerated() {
            let kind: ActorKind = [.state, .organization, .armedGroup][index % 3]
            ids.append(try graph.add(Actor(
                id: ActorID("id-\(index)"), name: name, kind: kind, aliases: [name + " alias", "plain"])))
        }
        let event = try graph.add(Actor.event(place: names[1], date: "2015-10-30"))
        for (index, pair) in zip(ids, ids.dropFirst()).enumerated() {
            try graph.relate(pair.0, .backs, pair.1, evidence: [
                Evidence(doc: names[index] + ".txt", sentence: index, quote: names[(index + 1) % names.count], start: index, end: index + 5),
            ])
        }
        try graph.relate(ids[0], .opposes, ids[1], evidence: [Evidence(doc: "=evil.csv", quote: names[2])])
        try graph.relate(ids[0], .coordinatesWith, ids[2])
        try graph.relate(ids[0], .attended, event)
        return graph
    }
}

@Suite("Export: hostile names")
struct ExportSpecialCharactersTests {
    /// Collects every node label / data text so the test can compare what a parser reads.
    final class Collector: NSObject, XMLParserDelegate {
        var attributes: [String] = []
        var text = ""
        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
            self.attributes += attributes.values
        }
        func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }
    }

    func parse(_ data: Data) -> (ok: Bool, collector: Collector) {
        let collector = Collector()
        let parser = XMLParser(data: data)
        parser.delegate = collector
        return (parser.parse(), collector)
    }

    /// What an XML parser gives back: the name less the characters XML 1.0 forbids.
    func xmlVisible(_ name: String) -> String {
        String(String.UnicodeScalarView(name.unicodeScalars.filter {
            $0.value >= 0x20 || $0 == "\t" || $0 == "\n" || $0 == "\r"
        }))
    }

    @Test func graphMLParsesAndKeepsEveryName() throws {
        let (ok, collector) = parse(GraphML.encode(try HostileGraph.graph()))
        #expect(ok)
        for name in HostileGraph.names {
            let found = collector.text.contains(xmlVisible(name))
            #expect(found, "\(name.debugDescription) not read back")
        }
    }

    @Test(arguments: GEXF.Version.allCases)
    func gexfParsesAndKeepsEveryLabel(version: GEXF.Version) throws {
        let (ok, collector) = parse(GEXF.encode(try HostileGraph.graph(), version: version))
        #expect(ok)
        for name in HostileGraph.names {
            // Attribute values keep tabs and line breaks because they are written as references.
            let found = collector.attributes.contains(xmlVisible(name))
            #expect(found, "\(name.debugDescription) not read back")
        }
    }

    @Test func cytoscapeJSONParsesAndKeepsEveryName() throws {
        let object = try JSONSerialization.jsonObject(with: CytoscapeJSON.encode(try HostileGraph.graph())) as? [String: Any]
        let elements = try #require(object?["elements"] as? [String: Any])
        let nodes = try #require(elements["nodes"] as? [[String: Any]])
        let names = Set(nodes.compactMap { ($0["data"] as? [String: Any])?["name"] as? String })
        #expect(names.isSuperset(of: HostileGraph.names))
    }

    @Test func nodeLinkJSONParsesAndKeepsEveryName() throws {
        let object = try JSONSerialization.jsonObject(with: NodeLinkJSON.encode(try HostileGraph.graph())) as? [String: Any]
        let nodes = try #require(object?["nodes"] as? [[String: Any]])
        #expect(Set(nodes.compactMap { $0["label"] as? String }).isSuperset(of: HostileGraph.names))
    }

    @Test func everyFormatIsDeterministic() throws {
        for format in ExportFormat.allCases {
            #expect(format.export(try HostileGraph.graph()) == format.export(try HostileGraph.graph()), "\(format)")
        }
    }

    @Test func everyTextFormatIsValidUTF8WithoutRawControls() throws {
        for format in ExportFormat.allCases where !format.writesFolder {
            guard case let .document(data) = format.export(try HostileGraph.graph()) else { continue }
            let text = try #require(String(data: data, encoding: .utf8))
            // JSON, XML, Turtle and Cypher escape control characters; Mermaid replaces them.
            #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" && $0 != "\t" && $0 != "\r" }, "\(format)")
        }
    }
}
