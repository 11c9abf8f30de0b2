import ActorGraphFormats
import ActorGraphModel
import Foundation
import Testing

@Suite("Export: camps and times")
struct ExportAnnotationsTests {
    func graph() throws -> ActorGraph {
        var graph = ActorGraph()
        try graph.add(Actor(id: "russia", name: "Russia", kind: .state))
        try graph.add(Actor(id: "iran", name: "Iran", kind: .state))
        let vienna = try graph.add(Actor.event(place: "Vienna", date: "2015-10-30"))
        try graph.relate("russia", .attended, vienna)
        try graph.relate("iran", .backs, "russia")
        return graph
    }

    let annotations = ExportAnnotations(camps: [
        "russia": .init(number: 1, label: "Camp 1: Russia, Iran"), "iran": .init(number: 1, label: "Camp 1: Russia, Iran"),
    ])

    func text(_ data: Data) -> String { String(decoding: data, as: UTF8.self) }

    @Test func campsAreTypedNodeAttributes() throws {
        let graphML = text(GraphML.encode(try graph(), annotations: annotations))
        #expect(graphML.contains(#"<key id="camp" for="node" attr.name="camp" attr.type="int"/>"#))
        #expect(graphML.contains(#"<data key="camp">1</data>"#))
        #expect(!text(GraphML.encode(try graph())).contains(#"key id="camp""#))
        let gexf = text(GEXF.encode(try graph(), annotations: annotations))
        #expect(gexf.contains(#"<attribute id="camp" title="camp" type="integer"/>"#))
        #expect(gexf.contains(#"<attvalue for="camp_label" value="Camp 1: Russia, Iran"/>"#))
        let cytoscape = text(CytoscapeJSON.encode(try graph(), annotations: annotations))
        #expect(cytoscape.contains(#""camp" : 1"#) && cytoscape.contains(#""camp_label" : "Camp 1: Russia, Iran""#))
    }

    @Test func datedEventsAndTheirEdgesAreOnTheTimeline() throws {
        let gexf = text(GEXF.encode(try graph()))
        #expect(gexf.contains(#"mode="dynamic" timeformat="date""#))
        #expect(gexf.contains(#"label="Vienna 2015-10-30" start="2015-10-30" end="2015-10-30">"#))
        let edges = gexf.components(separatedBy: "\n").filter { $0.contains("<edge ") }
        #expect(edges.filter { $0.contains(#"start="2015-10-30""#) }.count == 1)
        var undated = ActorGraph()
        try undated.add(Actor(id: "russia", name: "Russia", kind: .state))
        #expect(text(GEXF.encode(undated)).contains(#"<graph defaultedgetype="directed" mode="static" idtype="string">"#))
    }

    @Test func positionsGoWhereEachToolReadsThem() throws {
        let placed = ExportAnnotations(positions: ["russia": .init(x: 10.5, y: 20.25), "iran": .init(x: -3, y: 4)])
        let graphML = text(GraphML.encode(try graph(), annotations: placed))
        #expect(graphML.contains(#"<key id="x" for="node" attr.name="x" attr.type="double"/>"#))
        #expect(graphML.contains(#"<data key="x">10.50</data>"#) && graphML.contains(#"<data key="y">20.25</data>"#))
        let gexf = text(GEXF.encode(try graph(), annotations: placed))
        #expect(gexf.contains(#"<viz:position x="10.50" y="20.25" z="0.0"/>"#))
        let cytoscape = try JSONSerialization.jsonObject(with: CytoscapeJSON.encode(try graph(), annotations: placed)) as? [String: Any]
        let nodes = try #require((cytoscape?["elements"] as? [String: Any])?["nodes"] as? [[String: Any]])
        let russia = try #require(nodes.first { ($0["data"] as? [String: Any])?["id"] as? String == "russia" })
        #expect(russia["position"] as? [String: Double] == ["x": 10.5, "y": -20.25])
    }
}
