import ActorGraphFormats
import ActorGraphModel
import ActorGraphStyle
import Foundation
import Testing

@Suite("Export: Mermaid")
struct ExportMermaidTests {
    @Test func labelsUseMermaidEntities() {
        #expect(Mermaid.label("\"A\" <b> & #1; `x`\nnew") == "#quot;A#quot; #lt;b#gt; #amp; #35;1#59; #96;x#96; new")
    }

    @Test func idsAreSafeAndUnique() throws {
        var graph = ActorGraph()
        try graph.add(Actor(id: "a b", name: "one", kind: .state))
        try graph.add(Actor(id: "a-b", name: "two", kind: .state))
        try graph.add(Actor(id: "end", name: "three", kind: .state))
        let text = String(decoding: Mermaid.encode(graph), as: UTF8.self)
        #expect(text.contains(#"a_a_b("one")"#))
        #expect(text.contains(#"a_a_b_2("two")"#))
        #expect(text.contains(#"a_end("three")"#))
    }

    @Test func classDefsAndLinkStylesComeFromTheStyleTable() throws {
        let text = String(decoding: Mermaid.encode(try HostileGraph.graph()), as: UTF8.self)
        for kind in ActorKind.allCases {
            #expect(text.contains("classDef \(kind.rawValue) fill:\(kind.style.fill),stroke:\(kind.style.stroke)"))
        }
        #expect(text.contains("stroke:\(RelationKind.opposes.style.color)"))
        #expect(text.contains("a_id_0 --x|\"opposes\"| a_id_1"))
        #expect(text.contains("a_id_0 -.-|\"coordinates with\"| a_id_2"))
    }
}
