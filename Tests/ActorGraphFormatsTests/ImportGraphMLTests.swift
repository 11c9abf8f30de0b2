import ActorGraphFormats
import ActorGraphModel
import Foundation
import Testing

@Suite("Import: GraphML")
struct ImportGraphMLTests {
    @Test func exportImportExportIsByteIdentical() throws {
        let first = GraphML.encode(try HostileGraph.graph())
        let imported = try GraphML.decode(first, source: "a.graphml")
        #expect(GraphML.encode(imported) == first)
        // Node-link JSON too, through GraphML and back.
        let json = NodeLinkJSON.encode(imported)
        #expect(NodeLinkJSON.encode(try NodeLinkJSON.decode(json, source: "a.json")) == json)
    }

    @Test func keepsEverythingButCharactersXMLForbids() throws {
        let graph = try HostileGraph.graph()
        let imported = try GraphML.decode(GraphML.encode(graph), source: "a.graphml")
        #expect(imported.relations == graph.relations)  // evidence travels as JSON, controls intact
        #expect(imported.actors.map(\.id) == graph.actors.map(\.id))
        let tricky = try #require(imported["id-2"])
        #expect(tricky.name == "Line\nbreak\r\nand\ttab")
        // C0 controls are dropped; DEL is legal XML and stays.
        #expect(imported["id-10"]?.name == "Control \u{7F} chars")
    }

    @Test func readsNetworkXStyleKeysDefaultsAndEdgeKeys() throws {
        // As NetworkX's write_graphml writes a MultiDiGraph: key ids d0…, edge id = edge key.
        let xml = """
            <?xml version='1.0' encoding='utf-8'?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
              <key id="d0" for="node" attr.name="kind" attr.type="string"><default>state</default></key>
              <key id="d1" for="node" attr.name="name" attr.type="string"/>
              <key id="d2" for="edge" attr.name="weight" attr.type="double"/>
              <graph edgedefault="directed">
                <node id="us"><data key="d1">United States</data></node>
                <node id="hts"><data key="d0">armed group</data></node>
                <edge source="us" target="hts" id="opposes"><data key="d2">1.0</data></edge>
                <edge source="us" target="hts" id="backs"/>
              </graph>
            </graphml>
            """
        let graph = try GraphML.decode(Data(xml.utf8), source: "nx.graphml")
        #expect(graph["us"]?.name == "United States")
        #expect(graph["us"]?.kind == .state)
        #expect(graph["hts"]?.kind == .armedGroup)
        #expect(graph["hts"]?.name == "hts")
        #expect(graph.relations.map(\.kind) == [.backs, .opposes])
    }

    @Test func ignoresYEdGraphicsInsideData() throws {
        let xml = """
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:y="http://www.yworks.com/xml/graphml">
              <key id="k" for="node" attr.name="kind" attr.type="string"/>
              <key id="g" for="node" yfiles.type="nodegraphics"/>
              <graph edgedefault="directed">
                <node id="a"><data key="k">state</data><data key="g"><y:ShapeNode><y:NodeLabel>A</y:NodeLabel></y:ShapeNode></data></node>
              </graph>
            </graphml>
            """
        let graph = try GraphML.decode(Data(xml.utf8), source: "yed.graphml")
        #expect(graph["a"]?.kind == .state)
        #expect(graph.actorCount == 1)
    }

    @Test(arguments: [
        ("<graphml><graph>", "the file ends inside <graph>"),
        ("<graphml><graph></graphml>", "not well-formed XML"),
        ("<graphml><graph id=></graph></graphml>", "not well-formed XML"),
        ("", "empty file"),
        ("<gexf/>", "not GraphML"),
        ("<graphml/>", "no <graph> element"),
        (#"<graphml><key id="k" for="node" attr.name="kind"/></graphml>"#, "no <graph> element"),
        (#"<graphml><graph><node id="a"/></graph></graphml>"#, "node “a” has no “kind” attribute"),
        (#"<graphml><key id="k" for="node" attr.name="kind"/><graph><node id="a"><data key="k">planet</data></node></graph></graphml>"#, "unknown kind “planet”"),
        (#"<graphml><graph><node id="a"><data key="zz">x</data></node></graph></graphml>"#, "refers to no declared <key>"),
        (#"<graphml><key id="k" for="node" attr.name="kind"/><graph><node id="a"><data key="k">state</data></node><edge source="a" target="b"/></graph></graphml>"#, "has no “relation” attribute"),
        (#"<graphml><key id="k" for="node" attr.name="kind"/><key id="r" for="edge" attr.name="relation"/><graph><node id="a"><data key="k">state</data></node><edge source="a" target="b"><data key="r">backs</data></edge></graph></graphml>"#, "no actor with id “b”"),
        (#"<graphml><key id="k" for="node" attr.name="kind"/><key id="l" for="node" attr.name="aliases"/><graph><node id="a"><data key="k">state</data><data key="l">A; B</data></node></graph></graphml>"#, "aliases must be a JSON array"),
    ])
    func badInputIsAOneLineErrorNamingTheFile(xml: String, expected: String) {
        let error = #expect(throws: FormatError.self) { try GraphML.decode(Data(xml.utf8), source: "bad.graphml") }
        #expect(error?.description.contains(expected) == true, "\(error?.description ?? "")")
        #expect(error?.description.hasPrefix("bad.graphml: ") == true)
        #expect(error?.description.contains("\n") == false)
    }

    /// Found by `make fuzz`: Foundation's XML parser trapped on an element name that is not UTF-8.
    @Test(arguments: [
        Data("<graphml><graph id=\"a\"><".utf8) + Data([0xE5]) + Data("dge/></graph></graphml>".utf8),
        Data("<graphml><graph id=\"a\"".utf8) + Data([0xFF, 0xFF]) + Data(" edgedefault=\"directed\"></graph></graphml>".utf8),
    ])
    func bytesThatAreNotUTF8AreAnErrorNotATrap(data: Data) {
        let error = #expect(throws: FormatError.self) { try GraphML.decode(data, source: "bad.graphml") }
        #expect(error?.description == "bad.graphml: not UTF-8 text; GraphML is read in UTF-8 only")
    }

    @Test func graphFileLoadsByExtension() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("agtest-\(UUID())")
        defer { try? FileManager.default.removeItem(at: folder) }
        let graph = try HostileGraph.graph()
        let graphml = folder.appendingPathComponent("g.GraphML")
        try OutputFile.write(GraphML.encode(graph), to: graphml)
        #expect(try GraphFile.load(graphml).relations == graph.relations)
        let gexf = folder.appendingPathComponent("g.gexf")
        try OutputFile.write(GEXF.encode(graph), to: gexf)
        #expect(try GraphFile.load(gexf).relations.map(\.key) == graph.relations.map(\.key))
        let turtle = folder.appendingPathComponent("g.ttl")
        try OutputFile.write(Turtle.encode(graph), to: turtle)
        #expect(throws: FormatError.self) { try GraphFile.load(turtle) }
    }
}
