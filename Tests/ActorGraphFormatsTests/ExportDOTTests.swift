import ActorGraphModel
import ActorGraphStyle
@testable import ActorGraphFormats
import Foundation
import Testing

/// The DOT text itself; DOT drawn by Graphviz is tested in ActorGraphRenderingTests.
@Suite("Export: DOT")
struct ExportDOTTests {
    @Test func outputIsByteIdenticalAndUsesSyntheticIDs() throws {
        let dot = DOTEncoder().encode(try DOTFixture.small())
        #expect(dot == DOTEncoder().encode(try DOTFixture.small()))
        let ids = try DOTFixture.small().actors.map(\.id)
        for (index, id) in ids.enumerated() {
            #expect(dot.contains("  n\(index) [id=\"actor-\(id.rawValue)\""))
        }
        #expect(!dot.contains("\"Russia\" ->"))
    }

    @Test func stylesComeFromTheStyleTable() throws {
        let dot = DOTEncoder().encode(try DOTFixture.small())
        let russia = try #require(dot.split(separator: "\n").first { $0.contains("id=\"actor-russia\"") })
        #expect(russia.contains("fillcolor=\"\(ActorKind.state.style.fill)\""))
        #expect(russia.contains("color=\"\(ActorKind.state.style.stroke)\""))
        #expect(russia.contains("style=\"rounded,filled\""))
        let backs = try #require(dot.split(separator: "\n").first { $0.contains("--backs--") })
        #expect(backs.contains("color=\"\(RelationKind.backs.style.color)\""))
        #expect(backs.contains("penwidth=\(DOTString.number(RelationStyle.penWidth(support: 2)))"))
        #expect(backs.contains("arrowhead=normal"))
        let coordinates = try #require(dot.split(separator: "\n").first { $0.contains("--coordinates_with--") })
        #expect(coordinates.contains("dir=none"))
        #expect(coordinates.contains("style=dashed"))
    }

    /// The legend draws each kind in the shape and colours its nodes have.
    @Test func legendShapesAreTheNodesShapes() throws {
        let graph = try DOTFixture.small()
        let lines = DOTEncoder().encode(graph).split(separator: "\n").map(String.init)
        for kind in Set(graph.actors.map(\.kind)) {
            let actor = try #require(graph.actors.first { $0.kind == kind })
            let node = try #require(lines.first { $0.contains("id=\"actor-\(actor.id.rawValue)\"") })
            let legend = try #require(lines.first { $0.contains("id=\"legend-kind-\(kind.rawValue)\"") })
            for attribute in DOTEncoder.shapeAttributes(kind.style) + ["fillcolor=\"\(kind.style.fill)\"", "color=\"\(kind.style.stroke)\""] {
                #expect(node.contains(attribute), "\(kind) node lacks \(attribute)")
                #expect(legend.contains(attribute), "\(kind) legend lacks \(attribute)")
            }
        }
    }

    @Test func edgeLabelsShowSupport() throws {
        let dot = DOTEncoder(options: DOTOptions(edgeLabels: true)).encode(try DOTFixture.small())
        let backs = try #require(dot.split(separator: "\n").first { $0.contains("id=\"relation-russia--backs--") })
        #expect(backs.contains("label=\"backs · 2\""))
        let coordinates = try #require(dot.split(separator: "\n").first { $0.contains("--coordinates_with--") })
        #expect(coordinates.contains("label=\"coordinates with\""))
    }

    @Test func numbersAreWrittenPlainly() {
        #expect(DOTString.number(1) == "1")
        #expect(DOTString.number(2.5) == "2.5")
        #expect(DOTString.number(3.377) == "3.38")
        #expect(DOTString.number(1.05) == "1.05")
    }

    /// The stances view writes each meeting as a card naming its participants and no attendance edge.
    @Test func meetingsAreCardsInTheStancesView() throws {
        let graph = try DOTFixture.small()
        let stances = DOTEncoder().encode(graph)
        #expect(!stances.contains("--attended--"))
        let card = try #require(stances.split(separator: "\n").first { $0.contains("id=\"actor-event-vienna-2015-10-30\"") })
        #expect(card.contains("label=<<TABLE") && card.contains("attended by 2:") && card.contains("European Union, Russia"))
        let meetings = DOTEncoder(options: DOTOptions(view: .meetings)).encode(graph)
        #expect(meetings.components(separatedBy: "--attended--").count == 3)
    }

    @Test func exportFormatWritesTheEncodersText() throws {
        let graph = try DOTFixture.small()
        #expect(ExportFormat.dot.export(graph) == .document(Data(DOTEncoder().encode(graph).utf8)))
        #expect(ExportFormat.dot.fileExtension == "dot")
    }
}

/// A few actors of every kind, with every relation, evidence on some edges.
enum DOTFixture {
    static func small() throws -> ActorGraph {
        var graph = ActorGraph()
        try graph.add(Actor(name: "Russia", kind: .state, aliases: ["Moscow", "the Kremlin"]))
        try graph.add(Actor(name: "United States", kind: .state, aliases: ["Washington"]))
        try graph.add(Actor(name: "Syria", kind: .state))
        try graph.add(Actor(name: "European Union", kind: .organization, aliases: ["EU"]))
        try graph.add(Actor(name: "Islamic State", kind: .armedGroup, aliases: ["ISIS"]))
        try graph.add(Actor(name: "Bashar al-Assad", kind: .person, aliases: ["Assad"]))
        try graph.add(Actor.event(place: "Vienna", date: "2015-10-30"))
        try graph.relate("russia", .backs, "bashar-al-assad", evidence: [
            Evidence(doc: "a.txt", sentence: 1, quote: "Russia backs Assad."),
            Evidence(doc: "b.txt", sentence: 4, quote: "Moscow props up the regime."),
        ])
        try graph.relate("united-states", .opposes, "islamic-state", evidence: [Evidence(doc: "a.txt", quote: "The US bombs IS.")])
        try graph.relate("russia", .coordinatesWith, "united-states")
        try graph.relate("russia", .attended, "event-vienna-2015-10-30")
        try graph.relate("bashar-al-assad", .represents, "syria")
        try graph.relate("european-union", .attended, "event-vienna-2015-10-30")
        try graph.relate("russia", .memberOf, "european-union")
        return graph
    }
}
