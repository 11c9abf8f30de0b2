import ActorGraphModel
import ActorGraphStyle
@testable import ActorGraphFormats
@testable import ActorGraphRendering
import Foundation
import Testing

@Suite("DOTEncoder, drawn by Graphviz")
struct DOTEncoderTests {
    /// Every character DOT, XML or Graphviz's escapes treat specially, plus non-ASCII text.
    static let nastyName = "Q\"uote \\back\\slash\\\nnew line <b>tag</b> & &amp; \\N \\G \\l {braces} [x]; a=b, 'single' é 中文 🇸🇾 end\\"

    func render(_ graph: ActorGraph, _ options: DOTOptions = DOTOptions(), engine: LayoutEngine = .dot) throws -> SVGReader {
        let svg = try GraphvizRenderer().render(dot: DOTEncoder(options: options).encode(graph), engine: engine, format: .svg)
        return try #require(SVGReader.read(svg))
    }

    @Test func namesFullOfSpecialCharactersSurviveIntoTheSVG() throws {
        var graph = ActorGraph()
        try graph.add(Actor(name: Self.nastyName, kind: .state, aliases: ["<alias> & \"co\" \\N"]))
        try graph.add(Actor(name: "Plain", kind: .armedGroup))
        let quote = "He said \"no\" \\ <never> & \\N {ok}\nsecond line"
        try graph.relate(ActorID.forName(Self.nastyName), .opposes, "plain", evidence: [Evidence(doc: "a<b>.txt", quote: quote)])

        let svg = try render(graph)
        let node = try #require(svg.elements(ofClass: "node").first { $0.classes.contains("state") })
        #expect(node.texts.joined(separator: "\n") == Self.nastyName)
        #expect(node.title == "n1")
        #expect(node.tooltip == "\(Self.nastyName) (state)\nalso: <alias> & \"co\" \\N")
        let edge = try #require(svg.elements(ofClass: "edge").first)
        #expect(edge.tooltip == "\(Self.nastyName) opposes Plain (1 document)\na<b>.txt: “\(quote)”")
    }

    @Test func controlCharactersAreDropped() throws {
        var graph = ActorGraph()
        try graph.add(Actor(id: "x", name: "Bell\u{07}Null\u{00}Esc\u{1B}Tab\there", kind: .state))
        let svg = try render(graph, DOTOptions(legend: false))
        #expect(svg.elements(ofClass: "node").first?.texts == ["BellNullEscTab here"])
    }

    @Test func svgElementsCarryIDsAndClassesForScripts() throws {
        let svg = try render(try TestGraphs.small())
        let ids = Set(svg.elements.map(\.id))
        #expect(ids.contains("actor-russia"))
        #expect(ids.contains("relation-russia--backs--bashar-al-assad"))
        let person = try #require(svg.elements.first { $0.id == "actor-bashar-al-assad" })
        #expect(person.classes == ["node", "actor", "person"])
    }

    @Test func legendListsTheKindsAndRelationsThatAppear() throws {
        var graph = ActorGraph()
        try graph.add(Actor(name: "Iran", kind: .state))
        try graph.add(Actor(name: "Hezbollah", kind: .armedGroup))
        try graph.relate("iran", .backs, "hezbollah")
        let svg = try render(graph)
        let legend = Set(svg.elements.filter { $0.classes.contains("legend") }.map(\.id))
        #expect(legend.contains("legend"))
        #expect(legend.isSuperset(of: ["legend-kind-state", "legend-kind-armed_group", "legend-title-backs", "legend-relation-backs"]))
        #expect(!legend.contains("legend-kind-person"))
        #expect(!legend.contains("legend-title-opposes"))
        #expect(svg.elements.first { $0.id == "legend-kind-armed_group" }?.texts == ["Armed group"])
        #expect(svg.elements.first { $0.id == "legend-title-backs" }?.texts == ["backs"])
        #expect(try render(graph, DOTOptions(legend: false)).elements.filter { $0.id.hasPrefix("legend") }.isEmpty)
    }

    /// For the force-directed engines, which scatter a cluster's nodes, the legend is one table
    /// that names each kind's shape.
    @Test func forceLayoutsGetATableLegend() throws {
        var options = DOTOptions()
        options.legendLayout = .suiting(engine: "sfdp")
        #expect(options.legendLayout == .table && LegendLayout.suiting(engine: "dot") == .shapes)
        let svg = try render(try TestGraphs.small(), options, engine: .sfdp)
        let legend = try #require(svg.elements.first { $0.id == "legend" })
        #expect(legend.classes == ["node", "legend"])
        #expect(legend.texts.contains("Organization (hexagon)"))
        #expect(legend.texts.contains("backs"))
        #expect(!svg.elements.contains { $0.id.hasPrefix("legend-kind-") })
    }

    /// The default view draws no attendance edge: each meeting is a card naming its participants.
    @Test func stancesViewFoldsAttendanceIntoMeetingCards() throws {
        let graph = try TestGraphs.small()
        let svg = try render(graph, DOTOptions(legend: false))
        #expect(svg.elements.filter { $0.classes.contains("attended") }.isEmpty)
        let meeting = try #require(svg.elements.first { $0.id == "actor-event-vienna-2015-10-30" })
        #expect(meeting.texts.first == "Vienna 2015-10-30")
        #expect(meeting.texts.joined(separator: " ").contains("European Union, Russia"))
        #expect(meeting.tooltip?.contains("attended by: European Union, Russia") == true)
        #expect(svg.elements.contains { $0.classes.contains("backs") })
        #expect(svg.elements.contains { $0.classes.contains("represents") })

        let full = try render(graph, DOTOptions(legend: false, view: .meetings))
        #expect(full.elements.filter { $0.classes.contains("attended") }.count == 2)
        #expect(full.elements.first { $0.id == "actor-event-vienna-2015-10-30" }?.texts == ["Vienna 2015-10-30"])
    }

    @Test func emphasisFadesEverythingElse() throws {
        let graph = try TestGraphs.small()
        let path = EdgeKey("russia", .backs, "bashar-al-assad")
        let options = DOTOptions(emphasis: (actors: ["russia", "bashar-al-assad"], relations: [path]), legend: false, view: .meetings)
        let svg = try render(graph, options)
        let emphasised = Set(svg.elements.filter { $0.classes.contains("emphasis") }.map(\.id))
        #expect(emphasised == ["actor-russia", "actor-bashar-al-assad", "relation-russia--backs--bashar-al-assad"])
        #expect(svg.elements.filter { $0.classes.contains("faded") }.count == graph.actorCount + graph.relationCount - 3)
        let dot = DOTEncoder(options: options).encode(graph)
        let syria = try #require(dot.split(separator: "\n").first { $0.contains("id=\"actor-syria\"") })
        #expect(syria.contains("color=\"\(DOTEncoder.faded)\""))
        #expect(!syria.contains(ActorKind.state.style.fill))
    }

    @Test func clustersBoxTheirMembers() throws {
        let options = DOTOptions(clusters: [
            DOTCluster(label: "Camp <A> & \"friends\"", members: ["russia", "syria"]),
            DOTCluster(label: "Camp B", members: ["syria", "united-states"]),
        ])
        let dot = DOTEncoder(options: options).encode(try TestGraphs.small())
        #expect(dot.contains("subgraph cluster_0 {"))
        let svg = try render(try TestGraphs.small(), options)
        let clusters = svg.elements(ofClass: "cluster").filter { !$0.classes.contains("legend") }
        #expect(Set(clusters.map(\.texts)) == [["Camp <A> & \"friends\""], ["Camp B"]])
        #expect(Set(clusters.map(\.id)) == ["cluster-0", "cluster-1"])
        // Syria is drawn once, in the first cluster that lists it.
        #expect(svg.elements.filter { $0.id == "actor-syria" }.count == 1)
    }

    @Test func crossingTiesStandOutAndSaySoOnHover() throws {
        let graph = try TestGraphs.small()
        let crack = EdgeKey("russia", .backs, "bashar-al-assad")
        let svg = try render(graph, DOTOptions(crossing: [crack], legend: false))
        let crossing = svg.elements.filter { $0.classes.contains("crossing") }
        #expect(crossing.map(\.id) == ["relation-russia--backs--bashar-al-assad"])
        #expect(crossing.first?.tooltip?.hasPrefix("Crosses the camps (a frustrated tie)\nRussia backs Bashar al-Assad") == true)
        // Heavier than the same edge drawn plainly; nothing else changes.
        let plain = DOTEncoder(options: DOTOptions(legend: false)).encode(graph).split(separator: "\n")
        let marked = DOTEncoder(options: DOTOptions(crossing: [crack], legend: false)).encode(graph).split(separator: "\n")
        let changed = zip(plain, marked).filter { $0 != $1 }
        #expect(changed.count == 1)
        #expect(changed.first.map { $0.0.contains("penwidth=2.5,") && $0.1.contains("penwidth=4,") } == true)  // 2 documents: 2.5, +1.5
    }

    @Test func longEvidenceIsCappedInTheTooltip() throws {
        var graph = ActorGraph()
        try graph.add(Actor(name: "A", kind: .state))
        try graph.add(Actor(name: "B", kind: .state))
        let huge = String(repeating: "\\\"", count: 20_000)
        let evidence = (0..<20).map { Evidence(doc: "d\($0).txt", quote: $0 == 0 ? huge : "quote \($0)") }
        try graph.relate("a", .backs, "b", evidence: evidence)
        let dot = DOTEncoder().encode(graph)
        #expect(dot.split(separator: "\n").allSatisfy { $0.utf8.count < 16_000 })
        let edge = try #require(try render(graph).elements(ofClass: "edge").first)
        let tooltip = try #require(edge.tooltip)
        #expect(tooltip.hasPrefix("A backs B (20 documents)\nd0.txt: “\\\"\\\""))
        #expect(tooltip.hasSuffix("… and 14 more"))
    }

    @Test func idsFromOtherToolsCannotBreakTheSyntax() throws {
        var graph = ActorGraph()
        try graph.add(Actor(id: "odd\\", name: "Odd", kind: .state))
        try graph.add(Actor(id: "quote\"d", name: "Quoted", kind: .state))
        try graph.relate("odd\\", .backs, "quote\"d")
        let ids = Set(try render(graph).elements.map(\.id))
        #expect(ids.isSuperset(of: ["actor-odd_", "actor-quote\"d", "relation-odd_--backs--quote\"d"]))
    }
}
