import ActorGraphFormats
import ActorGraphModel
import Foundation
import Testing

@Suite("Export: GraphML")
struct ExportGraphMLTests {
    @Test func declaresTypedKeysAndUniqueEdgeIDs() throws {
        let text = String(decoding: GraphML.encode(try HostileGraph.graph()), as: UTF8.self)
        #expect(text.contains(#"<key id="support" for="edge" attr.name="support" attr.type="int"/>"#))
        #expect(text.contains(#"<key id="evidence" for="edge" attr.name="evidence" attr.type="string"/>"#))
        #expect(text.contains(#"<edge id="id-0:backs:id-1" source="id-0" target="id-1">"#))
        #expect(text.contains(#"<edge id="id-0:opposes:id-1" source="id-0" target="id-1">"#))
        #expect(text.contains(#"<data key="date">2015-10-30</data>"#))
    }

    @Test func escapesAttributesAndTextForXML() throws {
        var graph = ActorGraph()
        try graph.add(Actor(id: "a\"<&>\t", name: "x\r\ny\u{0}z&<", kind: .state))
        let text = String(decoding: GraphML.encode(graph), as: UTF8.self)
        #expect(text.contains(#"<node id="a&quot;&lt;&amp;&gt;&#9;">"#))
        #expect(text.contains("<data key=\"label\">x&#13;\nyz&amp;&lt;</data>"))
    }
}

@Suite("Export: yEd GraphML")
struct ExportYEdGraphMLTests {
    @Test func graphicsComeFromTheStyleTableAndImportIgnoresThem() throws {
        let graph = try HostileGraph.graph()
        let data = GraphML.encode(graph, flavor: .yEd)
        let text = String(decoding: data, as: UTF8.self)
        for kind in [ActorKind.state, .organization, .armedGroup, .event] {
            #expect(text.contains("<y:Fill color=\"\(kind.style.fill)\" transparent=\"false\"/>"))
            #expect(text.contains("<y:BorderStyle color=\"\(kind.style.stroke)\""))
        }
        #expect(text.contains("<y:LineStyle color=\"\(RelationKind.coordinatesWith.style.color)\" type=\"dashed\""))
        #expect(text.contains(#"<y:Arrows source="none" target="t_shape"/>"#))  // opposes
        let imported = try GraphML.decode(data, source: "yed.graphml")
        #expect(GraphML.encode(imported) == GraphML.encode(graph))
    }
}
