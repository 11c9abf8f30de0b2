import ActorGraphModel
import ActorGraphStyle

/// The legend: a box of real nodes and edges, drawn by the same rules as the graph, so each
/// actor kind appears in its own shape and colours and each relation as a short line with its
/// colour, dash and arrowhead (``LegendLayout/shapes``, for dot, which keeps a cluster together).
/// Force-directed engines ignore clusters and would scatter those nodes, so for them the legend
/// is one table node that names each kind's shape (``LegendLayout/table``).
///
/// Its nodes are named `legend_…`, with ids `legend-kind-<kind>`, `legend-title-<relation>` and
/// `legend-relation-<relation>` and class `legend`, so readers of the SVG can tell them from actors.
enum DOTLegend {
    /// The legend's DOT lines for the kinds and relations drawn; `meetingCards` adds a note that
    /// a meeting lists its participants.
    static func lines(kinds: Set<ActorKind>, relations: Set<RelationKind>, meetingCards: Bool = false, layout: LegendLayout = .shapes) -> [String] {
        if layout == .table { return table(kinds: kinds, relations: relations, meetingCards: meetingCards) }
        var lines = [
            "  subgraph cluster_legend {",
            "    graph [id=\"legend\", class=\"legend\", label=\"Legend\", labeljust=l, fontsize=11, style=\"rounded\", color=\"#BFBFBF\", fontcolor=\"#404040\", margin=8];",
            "    node [fontsize=10, margin=\"0.08,0.03\", height=0.3];",
            "    edge [fontsize=10, arrowsize=0.7];",
        ]
        let sortedKinds = kinds.sorted()
        for kind in sortedKinds {
            var title = kind.style.title
            if kind == .event && meetingCards { title += ": lists who attended" }
            lines.append("    legend_\(kind.rawValue) [id=\"legend-kind-\(kind.rawValue)\", class=\"legend\", label=\(DOTString.quoted(title, .label)), tooltip=\(DOTString.quoted(kind.style.title, .tooltip)), "
                + DOTEncoder.shapeAttributes(kind.style).joined(separator: ", ")
                + ", fillcolor=\"\(kind.style.fill)\", color=\"\(kind.style.stroke)\"];")
        }
        for relation in relations.sorted() {
            let style = relation.style
            let name = "legend_\(relation.rawValue)"
            // The title is the arrow's target, a text node: edge labels are lost when dot packs
            // the graph's parts side by side.
            lines.append("    \(name)_from [shape=point, width=0.04, style=invis, label=\"\"]; \(name)_to [id=\"legend-title-\(relation.rawValue)\", class=\"legend\", shape=plaintext, style=\"\", margin=0, fontcolor=\"\(style.color)\", label=\(DOTString.quoted(style.title, .label)), tooltip=\(DOTString.quoted(style.title, .tooltip))];")
            lines.append("    \(name)_from -> \(name)_to [id=\"legend-relation-\(relation.rawValue)\", class=\"legend \(relation.rawValue)\", minlen=2, color=\"\(style.color)\", style=\(style.line.rawValue), penwidth=1.5, tooltip=\(DOTString.quoted(style.title, .tooltip)), \(DOTEncoder.arrowAttribute(style.arrowhead))];")
        }
        // Kinds in one column (one rank), relations beside them, in the order of the table.
        if !sortedKinds.isEmpty {
            lines.append("    { rank=same; " + sortedKinds.map { "legend_\($0.rawValue);" }.joined(separator: " ") + " }")
        }
        if !relations.isEmpty {
            lines.append("    { rank=same; " + relations.sorted().map { "legend_\($0.rawValue)_from;" }.joined(separator: " ") + " }")
        }
        if let first = sortedKinds.first, let relation = relations.sorted().first {
            lines.append("    legend_\(first.rawValue) -> legend_\(relation.rawValue)_from [style=invis];")
        }
        lines.append("  }")
        return lines
    }

    /// The legend as one HTML-like table node: a swatch in each kind's colours with the name of
    /// its shape, and each relation's title in its colour after a sketch of its line.
    static func table(kinds: Set<ActorKind>, relations: Set<RelationKind>, meetingCards: Bool) -> [String] {
        var rows: [String] = ["<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\"><B>Legend</B></TD></TR>"]
        for kind in kinds.sorted() {
            let style = kind.style
            var title = "\(style.title) (\(shapeName(style.shape)))"
            if kind == .event && meetingCards { title += ": lists who attended" }
            rows.append(
                "<TR><TD BORDER=\"1\" STYLE=\"rounded\" BGCOLOR=\"\(style.fill)\" COLOR=\"\(style.stroke)\" WIDTH=\"28\" HEIGHT=\"14\"></TD>"
                    + "<TD ALIGN=\"LEFT\">\(DOTString.html(title))</TD></TR>")
        }
        for relation in relations.sorted() {
            let style = relation.style
            rows.append(
                "<TR><TD ALIGN=\"RIGHT\"><FONT COLOR=\"\(style.color)\">\(DOTString.html(sketch(style)))</FONT></TD>"
                    + "<TD ALIGN=\"LEFT\"><FONT COLOR=\"\(style.color)\">\(DOTString.html(style.title))</FONT></TD></TR>")
        }
        let table = "<TABLE BORDER=\"1\" COLOR=\"#BFBFBF\" CELLBORDER=\"0\" CELLSPACING=\"3\" CELLPADDING=\"2\">"
            + rows.joined() + "</TABLE>"
        return [
            "  legend [id=\"legend\", class=\"legend\", shape=plain, style=\"\", fontsize=10, tooltip=\"Legend\", label=<\(table)>];",
        ]
    }

    /// The shape's name as a reader says it.
    static func shapeName(_ shape: ActorStyle.Shape) -> String {
        switch shape {
        case .roundedBox: "box"
        case .hexagon: "hexagon"
        case .octagon: "octagon"
        case .ellipse: "ellipse"
        case .note: "note"
        }
    }

    /// A few characters that sketch the line: its pattern and its arrowhead.
    static func sketch(_ style: RelationStyle) -> String {
        let line = switch style.line {
        case .solid: "———"
        case .dashed: "– – –"
        case .dotted: "·····"
        }
        let head = switch style.arrowhead {
        case .normal: "▶"
        case .tee: "┤"
        case .open: "▷"
        case .none: ""
        }
        return line + head
    }
}

/// How the legend is laid out.
public enum LegendLayout: String, Sendable {
    /// Real nodes and edges in a cluster: each kind in its own shape. For dot.
    case shapes
    /// One table node: for the force-directed engines, which ignore clusters.
    case table

    /// The layout that suits `engine` (a Graphviz layout name: dot keeps clusters together).
    public static func suiting(engine: String) -> LegendLayout {
        engine == "dot" ? .shapes : .table
    }
}
