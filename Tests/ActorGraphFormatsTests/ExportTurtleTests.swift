import ActorGraphFormats
import ActorGraphModel
import Foundation
import Testing

@Suite("Export: Turtle")
struct ExportTurtleTests {
    @Test func irisComeFromIDsPercentEncoded() {
        #expect(Turtle.actorIRI("bashar-al-assad") == "<https://actorgraph.dev/actor/bashar-al-assad>")
        #expect(Turtle.actorIRI("a b>\"ü") == "<https://actorgraph.dev/actor/a%20b%3E%22%C3%BC>")
        #expect(Turtle.propertyName(.coordinatesWith) == "coordinatesWith")
    }

    @Test func literalsAreEscapedAndDatesTyped() throws {
        var graph = ActorGraph()
        try graph.add(Actor(id: "x", name: "say \"hi\"\\\n\u{1}", kind: .state))
        try graph.add(Actor.event(place: "Vienna", date: "2015-10-30"))
        try graph.relate("x", .attended, "event-vienna-2015-10-30", evidence: [Evidence(doc: "d", quote: "q\"")])
        let ttl = String(decoding: Turtle.encode(graph), as: UTF8.self)
        #expect(ttl.contains(#"rdfs:label "say \"hi\"\\\n\u0001""#))
        #expect(ttl.contains(#"ag:date "2015-10-30"^^xsd:date"#))
        #expect(ttl.contains("<https://actorgraph.dev/actor/x> ag:attended <https://actorgraph.dev/actor/event-vienna-2015-10-30> ."))
        #expect(ttl.contains(#"ag:quote "q\"""#))
        #expect(ttl.contains("ag:coordinatesWith a owl:SymmetricProperty"))
    }
}
