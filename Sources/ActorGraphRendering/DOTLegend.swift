import ActorGraphModel
import ActorGraphStyle

/// The legend: one HTML-like table node listing the actor kinds and relations that appear, each
/// drawn from the style table (a swatch in the kind's fill and outline; the relation's title in
/// its colour with a line sketch of its pattern and arrowhead).
enum DOTLegend {
    static func lines(kinds: Set<ActorKind>, relations: Set<RelationKind>) -> [String] {
        var rows: [String] = ["<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\"><B>Legend</B></TD></TR>"]
        for kind in kinds.sorted() {
            let style = kind.style
            rows.append(
                "<TR><TD BORDER=\"1\" STYLE=\"rounded\" BGCOLOR=\"\(style.fill)\" COLOR=\"\(style.stroke)\" WIDTH=\"28\" HEIGHT=\"14\"></TD>"
                    + "<TD ALIGN=\"LEFT\">\(DOTString.html(style.title))</TD></TR>")
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
            "  subgraph legend {",
            "    graph [rank=sink];",
            "    legend [id=\"legend\", class=\"legend\", shape=plain, style=\"\", fontsize=10, tooltip=\"Legend\", label=<\(table)>];",
            "  }",
        ]
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
