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
            "nodesep=0.3", "ranksep=0.5", "overlap=false", "outputorder=edgesfirst",
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
            lines.append("    " + members.map { nodeIDs[$0.id]! + ";" }.joined(separator: " "))
            lines.append("  }")
        }

        for actor in actors {
            lines.append("  \(nodeIDs[actor.id]!) [" + nodeAttributes(actor).joined(separator: ", ") + "];")
        }
        for relation in graph.relations {
            guard let from = nodeIDs[relation.subject], let to = nodeIDs[relation.object] else { continue }
            lines.append("  \(from) -> \(to) [" + edgeAttributes(relation, graph).joined(separator: ", ") + "];")
        }
        if options.legend, !actors.isEmpty {
            lines.append(contentsOf: DOTLegend.lines(
                kinds: Set(actors.map(\.kind)), relations: Set(graph.relations.map(\.kind))))
        }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    // MARK: Nodes

    private func nodeAttributes(_ actor: Actor) -> [String] {
        let style = actor.kind.style
        let emphasis = emphasisClass(options.emphasis.map { $0.actors.contains(actor.id) })
        var shape: String
        var styles = ["filled"]
        switch style.shape {
        case .roundedBox: shape = "box"; styles.insert("rounded", at: 0)
        case .hexagon: shape = "hexagon"
        case .octagon: shape = "octagon"
        case .ellipse: shape = "ellipse"
        case .note: shape = "note"
        }
        var attributes = [
            "id=" + DOTString.quoted("actor-" + actor.id.rawValue, .plain),
            "class=" + DOTString.quoted((["actor", actor.kind.rawValue] + emphasis).joined(separator: " "), .plain),
            "label=" + DOTString.quoted(actor.name, .label),
            "tooltip=" + DOTString.quoted(Self.tooltip(actor), .tooltip),
            "shape=\(shape)", "style=\"\(styles.joined(separator: ","))\"",
        ]
        if emphasis == ["faded"] {
            attributes += ["fillcolor=\"\(Self.fadedFill)\"", "color=\"\(Self.faded)\"", "fontcolor=\"\(Self.faded)\""]
        } else {
            attributes += ["fillcolor=\"\(style.fill)\"", "color=\"\(style.stroke)\""]
            if emphasis == ["emphasis"] { attributes.append("penwidth=2.5") }
        }
        return attributes
    }

    /// "Russia (state)", then the aliases, and for an event its place and date.
    static func tooltip(_ actor: Actor) -> String {
        var lines = ["\(actor.name) (\(actor.kind.style.title.lowercased()))"]
        if !actor.aliases.isEmpty { lines.append("also: " + actor.aliases.joined(separator: ", ")) }
        if let place = actor.place { lines.append("place: " + place) }
        if let date = actor.date { lines.append("date: " + date) }
        return lines.joined(separator: "\n")
    }

    // MARK: Edges

    private func edgeAttributes(_ relation: Relation, _ graph: ActorGraph) -> [String] {
        let style = relation.kind.style
        let emphasis = emphasisClass(options.emphasis.map { $0.relations.contains(relation.key) })
        let crossing = options.crossing.contains(relation.key)
        var width = RelationStyle.penWidth(support: relation.support)
        if emphasis == ["emphasis"] || crossing { width += 1.5 }
        var tooltip = Self.tooltip(relation, graph)
        if crossing { tooltip = "Crosses the camps (a frustrated tie)\n" + tooltip }
        let id = "relation-\(relation.subject.rawValue)--\(relation.kind.rawValue)--\(relation.object.rawValue)"
        var attributes = [
            "id=" + DOTString.quoted(id, .plain),
            "class=" + DOTString.quoted((["relation", relation.kind.rawValue] + emphasis + (crossing ? ["crossing"] : [])).joined(separator: " "), .plain),
            "color=\"\(emphasis == ["faded"] ? Self.faded : style.color)\"",
            "style=\(style.line.rawValue)",
            "penwidth=\(DOTString.number(width))",
            "tooltip=" + DOTString.quoted(tooltip, .tooltip),
        ]
        switch style.arrowhead {
        case .none: attributes.append("dir=none")
        case .normal: attributes.append("arrowhead=normal")
        case .tee: attributes.append("arrowhead=tee")
        case .open: attributes.append("arrowhead=onormal")
        }
        if options.edgeLabels {
            attributes.append("label=" + DOTString.quoted(style.title, .label))
            attributes.append("fontcolor=\"\(emphasis == ["faded"] ? Self.faded : style.color)\"")
        }
        return attributes
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
            if quote.count > quoteLength { quote = String(quote.prefix(quoteLength)) + "…" }
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
