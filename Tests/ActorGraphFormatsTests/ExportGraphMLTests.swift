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
