import ActorGraphFormats
import ActorGraphModel
import Foundation
import Testing

@Suite("Import: GraphML from igraph and yEd, GEXF, Cytoscape JSON, standard input")
struct ImportOtherToolsTests {
    @Test func graphMLFromIgraphKeepsIdsAndTreatsEmptyValuesAsAbsent() throws {
        let text = """
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
              <key id="v_label" for="node" attr.name="label" attr.type="string"/>
              <key id="v_kind" for="node" attr.name="kind" attr.type="string"/>
              <key id="v_aliases" for="node" attr.name="aliases" attr.type="string"/>
              <key id="v_place" for="node" attr.name="place" attr.type="string"/>
              <key id="v_id" for="node" attr.name="id" attr.type="string"/>
              <key id="e_relation" for="edge" attr.name="relation" attr.type="string"/>
              <key id="e_support" for="edge" attr.name="support" attr.type="double"/>
              <key id="e_evidence" for="edge" attr.name="evidence" attr.type="string"/>
              <graph id="G" edgedefault="directed">
                <node id="n0"><data key="v_label">Russia</data><data key="v_kind">state</data><data key="v_aliases">[&quot;Moscow&quot;]</data><data key="v_place"></data><data key="v_id">russia</data></node>
                <node id="n1"><data key="v_label">Iran</data><data key="v_kind">state</data><data key="v_aliases"></data><data key="v_place"></data><data key="v_id">iran</data></node>
                <edge source="n1" target="n0"><data key="e_relation">backs</data><data key="e_support">1</data><data key="e_evidence"></data></edge>
              </graph>
            </graphml>
            """
        let graph = try GraphML.decode(Data(text.utf8), source: "igraph.graphml")
        #expect(graph.actors.map(\.id) == ["iran", "russia"])
        #expect(graph["russia"]?.aliases == ["Moscow"])
        #expect(graph["iran"]?.aliases == [] && graph["iran"]?.place == nil)
        #expect(graph.relations.map(\.key) == [EdgeKey("iran", .backs, "russia")])
    }

    @Test func ourGEXFAndCytoscapeReadBackToTheSameGraph() throws {
        let graph = try HostileGraph.graph()
        for version in GEXF.Version.allCases {
            let back = try GEXF.decode(GEXF.encode(graph, version: version), source: "x.gexf")
            #expect(back.actors.map(\.id) == graph.actors.map(\.id))
            #expect(back.relations.map(\.key) == graph.relations.map(\.key))
        }
        let back = try CytoscapeJSON.decode(CytoscapeJSON.encode(graph), source: "x.json")
        #expect(back == graph)
    }

    @Test func cytoscapeElementsAsOneTaggedList() throws {
        let text = """
            {"elements": [
              {"group": "nodes", "data": {"id": "1", "value": "us", "name": "United States", "kind": "state"}},
              {"group": "nodes", "data": {"id": "2", "name": "ISIS", "kind": "armed_group"}},
              {"group": "edges", "data": {"source": "1", "target": "2", "key": "opposes"}}
            ]}
            """
        let graph = try GraphFile.decode(Data(text.utf8), source: "standard input")
        #expect(graph.actors.map(\.id) == ["2", "us"])
        #expect(graph.relations.map(\.key) == [EdgeKey("us", .opposes, "2")])
    }

    @Test func contentDecidesTheFormat() throws {
        let graph = try HostileGraph.graph()
        for data in [NodeLinkJSON.encode(graph), CytoscapeJSON.encode(graph), GraphML.encode(graph), GEXF.encode(graph)] {
            let back = try GraphFile.decode(data, source: "standard input")
            #expect(back.relations.map(\.key) == graph.relations.map(\.key))
        }
        #expect(throws: FormatError.self) { try GraphFile.decode(Data("kind,name".utf8), source: "standard input") }
    }
}
