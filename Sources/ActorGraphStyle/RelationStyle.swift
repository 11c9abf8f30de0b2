import ActorGraphModel
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How a relation kind is drawn.
public struct RelationStyle: Hashable, Sendable {
    public enum Line: String, Sendable { case solid, dashed, dotted }
    public enum Arrowhead: String, Sendable {
        /// A filled arrow.
        case normal
        /// A bar across the line: the subject blocks the object.
        case tee
        /// An open (hollow) arrow.
        case open
        /// No arrowhead: the relation is symmetric.
        case none
    }

    /// Line colour, `#RRGGBB`.
    public var color: String
    /// The nearest of Graphviz's line styles (PNG, PDF and the formats that know only these three).
    public var line: Line
    /// The exact dash pattern in SVG (`stroke-dasharray`), nil for a solid line. Every relation
    /// has its own, so relations stay apart by dash as well as by colour for colour-blind readers.
    public var dashArray: String?
    public var arrowhead: Arrowhead
    /// A short phrase for legends and edge labels ("backs", "coordinates with").
    public var title: String

    public init(color: String, line: Line, dashArray: String?, arrowhead: Arrowhead, title: String) {
        self.color = color
        self.line = line
        self.dashArray = dashArray
        self.arrowhead = arrowhead
        self.title = title
    }

    /// The pen width for an edge stated by `support` documents: 1 for one document, growing
    /// with the logarithm of support so a widely reported tie stands out without drowning the rest.
    public static func penWidth(support: Int) -> Double {
        guard support > 1 else { return 1.0 }
        let width = 1.0 + 1.5 * log2(Double(support))
        return min(width, 6.0)
    }
}

extension RelationKind {
    /// The style of this relation: the one table every diagram and styled export reads.
    public var style: RelationStyle {
        // Okabe–Ito colours; the stances (the first four) in the strongest hues, attendance and
        // representation in muted ones, so the stances lead.
        switch self {
        case .backs: RelationStyle(color: "#009E73", line: .solid, dashArray: nil, arrowhead: .normal, title: "backs")
        case .opposes: RelationStyle(color: "#D55E00", line: .solid, dashArray: "10,3,2,3", arrowhead: .tee, title: "opposes")
        case .coordinatesWith: RelationStyle(color: "#0072B2", line: .dashed, dashArray: "8,4", arrowhead: .none, title: "coordinates with")
        case .memberOf: RelationStyle(color: "#E69F00", line: .dotted, dashArray: "2,3", arrowhead: .open, title: "member of")
        case .represents: RelationStyle(color: "#CC79A7", line: .dashed, dashArray: "3,3", arrowhead: .open, title: "represents")
        case .attended: RelationStyle(color: "#8C8C8C", line: .dotted, dashArray: "1,4", arrowhead: .open, title: "attended")
        }
    }

    /// Whether the relation is a stance of one actor towards another (backs, opposes,
    /// coordinates with, member of): what the default diagram leads with.
    public var isStance: Bool {
        switch self {
        case .backs, .opposes, .coordinatesWith, .memberOf: true
        case .attended, .represents: false
        }
    }
}
