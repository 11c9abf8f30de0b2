import ActorGraphModel
import ActorGraphStyle
import Foundation

/// A Mermaid flowchart, which GitHub draws inside a ```` ```mermaid ```` block of any Markdown
/// file (and in `.mmd` files).
///
/// Node ids are derived from actor ids reduced to `A–Z a–z 0–9 _` with an `a_` prefix (so no id
/// is a Mermaid keyword such as `end`), made unique with a number when two reduce alike. Labels
/// are quoted, and every character Mermaid or HTML would read as markup is written as a Mermaid
/// entity: `"` → `#quot;`, `#` → `#35;`, `&` → `#amp;`, `<` → `#lt;`, `>` → `#gt;`, `;` → `#59;`,
/// `` ` `` → `#96;`; line breaks, tabs and other control characters become spaces. Shapes,
/// colours (`classDef` per kind, `linkStyle` per relation) and line widths come from the style
/// table.
public enum Mermaid {
    /// The flowchart source.
    public static func encode(_ graph: ActorGraph) -> Data {
        let ids = nodeIDs(graph.actors.map(\.id))
        var out = "flowchart LR\n"
        for actor in graph.actors {
            let (open, close) = brackets(actor.kind.style.shape)
            out += "    \(ids[actor.id, default: "a_"])\(open)\"\(label(actor.name))\"\(close):::\(actor.kind.rawValue)\n"
        }
        var linkStyles: [(style: String, links: [Int])] = []
        for (index, relation) in graph.relations.enumerated() {
            let style = relation.kind.style
            out += "    \(ids[relation.subject, default: "a_"]) \(arrow(style))|\"\(label(style.title))\"| \(ids[relation.object, default: "a_"])\n"
            let width = RelationStyle.penWidth(support: relation.support)
            let css = "stroke:\(style.color),stroke-width:\(String(format: "%.1f", width))px"
            if let at = linkStyles.firstIndex(where: { $0.style == css }) {
                linkStyles[at].links.append(index)
            } else {
                linkStyles.append((css, [index]))
            }
        }
        for kind in ActorKind.allCases {
            out += "    classDef \(kind.rawValue) fill:\(kind.style.fill),stroke:\(kind.style.stroke)\n"
        }
        for (css, links) in linkStyles {
            out += "    linkStyle \(links.map(String.init).joined(separator: ",")) \(css)\n"
        }
        return Data(out.utf8)
    }

    /// `text` escaped for a quoted Mermaid label.
    public static func label(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "#quot;"
            case "#": out += "#35;"
            case "&": out += "#amp;"
            case "<": out += "#lt;"
            case ">": out += "#gt;"
            case ";": out += "#59;"
            case "`": out += "#96;"
            case _ where scalar.properties.generalCategory == .control
                || scalar == "\u{2028}" || scalar == "\u{2029}":
                out += " "
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Safe, unique Mermaid node ids for actor ids.
    static func nodeIDs(_ actorIDs: [ActorID]) -> [ActorID: String] {
        var result: [ActorID: String] = [:]
        var used: Set<String> = []
        for id in actorIDs {
            var base = "a_"
            for scalar in id.rawValue.unicodeScalars {
                let safe = scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar))
                base.unicodeScalars.append(safe ? scalar : "_")
            }
            var candidate = base
            var number = 2
            while used.contains(candidate) {
                candidate = "\(base)_\(number)"
                number += 1
            }
            used.insert(candidate)
            result[id] = candidate
        }
        return result
    }

    private static func brackets(_ shape: ActorStyle.Shape) -> (String, String) {
        switch shape {
        case .roundedBox: ("(", ")")
        case .hexagon: ("{{", "}}")
        case .octagon: ("[[", "]]")
        case .ellipse: ("([", "])")
        case .note: (">", "]")
        }
    }

    private static func arrow(_ style: RelationStyle) -> String {
        switch (style.line, style.arrowhead) {
        case (.solid, .normal), (.solid, .open): "-->"
        case (.solid, .tee): "--x"
        case (.solid, .none): "---"
        case (_, .normal), (_, .open): "-.->"
        case (_, .tee): "-.-x"
        case (_, .none): "-.-"
        }
    }
}
