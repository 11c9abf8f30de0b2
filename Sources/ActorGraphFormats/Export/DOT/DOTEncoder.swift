import ActorGraphModel
import ActorGraphStyle

/// Writes an ``ActorGraph`` as DOT text for Graphviz, styled from ActorGraphStyle's table.
///
/// The text is deterministic: the same graph and options give byte-identical DOT. Nodes get
/// synthetic ids (`n0`, `n1`, … in actor-id order) and carry names in labels, so no name can
/// break the syntax. Every node and edge has an `id` (`actor-<id>`, `relation-<subject>--<relation>--<object>`)
/// and a `class` (`actor state`, `relation backs`, plus `emphasis`, `faded` or `crossing`), which Graphviz
/// copies into SVG, and a tooltip: for a node its kind and other names, for an edge the
/// sentences that state it.
///
/// In the ``DiagramView/stances`` view (the default) attendance is not drawn as edges: each
/// meeting is a card that names its participants, so the stances lead. ``DiagramView/meetings``
/// draws every attendance as an edge.
public struct DOTEncoder: Sendable {
    public var options: DOTOptions

    /// The most evidence quotes listed in one edge's tooltip; the rest are counted.
    public static let quotesPerTooltip = 6
    /// The longest quote shown in a tooltip, in characters; longer ones are cut with "…".
    public static let quoteLength = 300

    public init(options: DOTOptions = DOTOptions()) {
        self.options = options
    }

    /// The DOT text of `graph`.
    public func encode(_ graph: ActorGraph) -> String {
        let actors = graph.actors
        var nodeIDs: [ActorID: String] = [:]
        for (index, actor) in actors.enumerated() { nodeIDs[actor.id] = "n\(index)" }

        var lines: [String] = []
        lines.append("digraph \"ActorGraph\" {")
        var graphAttributes = [
            "id=\"actorgraph\"", "rankdir=\(options.rankdir.rawValue)", "fontname=\"Helvetica\"",
            "nodesep=0.25", "ranksep=0.45", "overlap=false", "outputorder=edgesfirst",
            // Pack the parts that are not connected (the meeting cards, the legend, lone pairs)
            // into the gaps around the others rather than in one tall column, so the diagram
            // fits a screen: when this was chosen the seeds measured 1129×888 pt so, 1188×1001
            // packed as whole boxes (packmode graph), 1571×1554 unpacked.
            "pack=true", "packmode=\"node\"",
        ]
        if let title = options.title {
            // The root graph's font settings apply to the title only; clusters set their own.
            graphAttributes += ["label=" + DOTString.quoted(title, .label), "labelloc=t", "fontsize=16"]
        }
        lines.append("  graph [" + graphAttributes.joined(separator: ", ") + "];")
        lines.append("  node [fontname=\"Helvetica\", fontsize=11, style=filled, penwidth=1.2, margin=\"0.12,0.06\"];")
        lines.append("  edge [fontname=\"Helvetica\", fontsize=9, arrowsize=0.8];")

        // Clusters first: a node belongs to the subgraph that mentions it first.
        var clustered: Set<ActorID> = []
        for (index, cluster) in options.clusters.enumerated() {
            let members = actors.filter { cluster.members.contains($0.id) && !clustered.contains($0.id) }
            guard !members.isEmpty else { continue }
            clustered.formUnion(members.map(\.id))
            lines.append("  subgraph cluster_\(index) {")
            lines.append("    graph [id=\"cluster-\(index)\", class=\"group\", label=\(DOTString.quoted(cluster.label, .label)), style=\"rounded,dashed\", fontsize=12, color=\"\(Self.clusterColor)\", fontcolor=\"\(Self.clusterColor)\"];")
            lines.append("    " + members.compactMap { nodeIDs[$0.id].map { $0 + ";" } }.joined(separator: " "))
            lines.append("  }")
        }

        let participants = options.view == .stances ? Self.participants(graph) : [:]
        for actor in actors {
            let id = nodeIDs[actor.id] ?? ""
            lines.append("  \(id) [" + nodeAttributes(actor, participants: participants[actor.id]).joined(separator: ", ") + "];")
        }
        let drawn = graph.relations.filter { options.view == .meetings || $0.kind != .attended }
        for relation in drawn {
            guard let from = nodeIDs[relation.subject], let to = nodeIDs[relation.object] else { continue }
            lines.append("  \(from) -> \(to) [" + edgeAttributes(relation, graph).joined(separator: ", ") + "];")
        }
        if options.legend, !actors.isEmpty {
            lines.append(contentsOf: DOTLegend.lines(
                kinds: Set(actors.map(\.kind)), relations: Set(drawn.map(\.kind)),
                meetingCards: !participants.isEmpty, layout: options.legendLayout))
        }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    // MARK: Nodes

    private func nodeAttributes(_ actor: Actor, participants: [String]?) -> [String] {
        let style = actor.kind.style
        let emphasis = emphasisClass(options.emphasis.map { $0.actors.contains(actor.id) })
        var attributes = [
            "id=" + DOTString.quoted("actor-" + actor.id.rawValue, .plain),
            "class=" + DOTString.quoted((["actor", actor.kind.rawValue] + emphasis).joined(separator: " "), .plain),
            "label=" + (participants.map { Self.card(actor, participants: $0) } ?? DOTString.quoted(actor.name, .label)),
        ] + (options.tooltips ? ["tooltip=" + DOTString.quoted(Self.tooltip(actor, participants: participants), .tooltip)] : [])
            + Self.shapeAttributes(style)
        if emphasis == ["faded"] {
            attributes += ["fillcolor=\"\(Self.fadedFill)\"", "color=\"\(Self.faded)\"", "fontcolor=\"\(Self.faded)\""]
        } else {
            attributes += ["fillcolor=\"\(style.fill)\"", "color=\"\(style.stroke)\""]
            if emphasis == ["emphasis"] { attributes.append("penwidth=2.5") }
        }
        return attributes
    }

    /// `shape` and `style` for a kind's node shape (filled).
    static func shapeAttributes(_ style: ActorStyle) -> [String] {
        switch style.shape {
        case .roundedBox: ["shape=box", "style=\"rounded,filled\""]
        case .hexagon: ["shape=hexagon", "style=\"filled\""]
        case .octagon: ["shape=octagon", "style=\"filled\""]
        case .ellipse: ["shape=ellipse", "style=\"filled\""]
        case .note: ["shape=note", "style=\"filled\""]
        }
    }

    /// The arrowhead attribute of a relation style.
    static func arrowAttribute(_ arrowhead: RelationStyle.Arrowhead) -> String {
        switch arrowhead {
        case .none: "dir=none"
        case .normal: "arrowhead=normal"
        case .tee: "arrowhead=tee"
        case .open: "arrowhead=onormal"
        }
    }

    /// "Russia (state)", then the aliases, for an event its place and date, and for a meeting
    /// card the participants.
    static func tooltip(_ actor: Actor, participants: [String]? = nil) -> String {
        var lines = ["\(actor.name) (\(actor.kind.style.title.lowercased()))"]
        if !actor.aliases.isEmpty { lines.append("also: " + actor.aliases.joined(separator: ", ")) }
        if let place = actor.place { lines.append("place: " + place) }
        if let date = actor.date { lines.append("date: " + date) }
        if let participants, !participants.isEmpty { lines.append("attended by: " + participants.joined(separator: ", ")) }
        return lines.joined(separator: "\n")
    }

    /// The names of each meeting's participants, sorted, keyed by the meeting.
    static func participants(_ graph: ActorGraph) -> [ActorID: [String]] {
        var names: [ActorID: [String]] = [:]
        for relation in graph.relations where relation.kind == .attended {
            names[relation.object, default: []].append(graph[relation.subject]?.name ?? relation.subject.rawValue)
        }
        return names.mapValues { $0.sorted { $0.localizedStandardCompare($1) == .orderedAscending } }
    }

    /// The widest line of a meeting card's participant list, in characters.
    static let cardLineLength = 44

    /// A meeting as a card: its name in bold over the names of its participants, wrapped.
    static func card(_ actor: Actor, participants: [String]) -> String {
        var rows: [String] = []
        var line = ""
        for (index, name) in participants.enumerated() {
            let piece = name + (index == participants.count - 1 ? "" : ",")
            if !line.isEmpty, line.count + 1 + piece.count > cardLineLength {
                rows.append(line)
                line = piece
            } else {
                line += (line.isEmpty ? "" : " ") + piece
            }
        }
        if !line.isEmpty { rows.append(line) }
        let list = rows.map { DOTString.html($0) + "<BR ALIGN=\"LEFT\"/>" }.joined()
        return "<<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"1\">"
            + "<TR><TD ALIGN=\"LEFT\"><B>\(DOTString.html(actor.name))</B></TD></TR>"
            + "<TR><TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"9\" COLOR=\"#555555\">attended by \(participants.count):<BR ALIGN=\"LEFT\"/>\(list)</FONT></TD></TR>"
            + "</TABLE>>"
    }

    // MARK: Edges

    private func edgeAttributes(_ relation: Relation, _ graph: ActorGraph) -> [String] {
        let style = relation.kind.style
        let emphasis = emphasisClass(options.emphasis.map { $0.relations.contains(relation.key) })
        let crossing = options.crossing.contains(relation.key)
        // In the stances view only the stances grow with support, so they lead.
        var width = options.view == .stances && !relation.kind.isStance ? 1 : RelationStyle.penWidth(support: relation.support)
        if emphasis == ["emphasis"] || crossing { width += 1.5 }
        let id = "relation-\(relation.subject.rawValue)--\(relation.kind.rawValue)--\(relation.object.rawValue)"
        var attributes = [
            "id=" + DOTString.quoted(id, .plain),
            "class=" + DOTString.quoted((["relation", relation.kind.rawValue] + emphasis + (crossing ? ["crossing"] : [])).joined(separator: " "), .plain),
            "color=\"\(emphasis == ["faded"] ? Self.faded : style.color)\"",
            "style=\(style.line.rawValue)",
            "penwidth=\(DOTString.number(width))",
        ]
        if options.tooltips {
            var tooltip = Self.tooltip(relation, graph)
            if crossing { tooltip = "Crosses the camps (a frustrated tie)\n" + tooltip }
            attributes.append("tooltip=" + DOTString.quoted(tooltip, .tooltip))
        }
        attributes.append(Self.arrowAttribute(style.arrowhead))
        if options.edgeLabels {
            attributes.append("label=" + DOTString.quoted(Self.edgeLabel(relation), .label))
            attributes.append("fontcolor=\"\(emphasis == ["faded"] ? Self.faded : style.color)\"")
        }
        return attributes
    }

    /// The label of an edge: the relation and its support, "backs · 3".
    static func edgeLabel(_ relation: Relation) -> String {
        relation.kind.style.title + (relation.support == 0 ? "" : " · \(relation.support)")
    }

    /// "Russia backs Bashar al-Assad (2 documents)", then up to ``quotesPerTooltip`` quotes with
    /// their documents, and "… and N more" for the rest.
    static func tooltip(_ relation: Relation, _ graph: ActorGraph) -> String {
        let subject = graph[relation.subject]?.name ?? relation.subject.rawValue
        let object = graph[relation.object]?.name ?? relation.object.rawValue
        let support = relation.support
        var lines = ["\(subject) \(relation.kind.style.title) \(object)"
            + (support == 0 ? "" : " (\(support) document\(support == 1 ? "" : "s"))")]
        for evidence in relation.evidence.prefix(quotesPerTooltip) {
            var quote = evidence.quote
            // No more bytes than the limit is no more characters: most quotes are not counted.
            if quote.utf8.count > quoteLength, quote.count > quoteLength { quote = String(quote.prefix(quoteLength)) + "…" }
            lines.append("\(evidence.doc): “\(quote)”")
        }
        if relation.evidence.count > quotesPerTooltip {
            lines.append("… and \(relation.evidence.count - quotesPerTooltip) more")
        }
        return lines.joined(separator: "\n")
    }

    // MARK: Emphasis

    /// `["emphasis"]`, `["faded"]`, or nothing when no emphasis is set.
    private func emphasisClass(_ emphasised: Bool?) -> [String] {
        switch emphasised {
        case nil: []
        case true?: ["emphasis"]
        case false?: ["faded"]
        }
    }

    /// Faded elements: a neutral grey at low opacity, the same for every kind, so emphasised ones
    /// keep the only colour on the page.
    static let faded = "#9E9E9E66"
    static let fadedFill = "#EEEEEE66"
    /// Cluster outlines and labels: neutral, so they do not read as an actor kind.
    static let clusterColor = "#7F7F7F"
}
