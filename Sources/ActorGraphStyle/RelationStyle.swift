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
    public var line: Line
    public var arrowhead: Arrowhead
    /// A short phrase for legends and edge labels ("backs", "coordinates with").
    public var title: String

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
        switch self {
        case .backs: RelationStyle(color: "#009E73", line: .solid, arrowhead: .normal, title: "backs")
        case .opposes: RelationStyle(color: "#D55E00", line: .solid, arrowhead: .tee, title: "opposes")
        case .coordinatesWith: RelationStyle(color: "#0072B2", line: .dashed, arrowhead: .none, title: "coordinates with")
        case .attended: RelationStyle(color: "#8C8C8C", line: .dotted, arrowhead: .open, title: "attended")
        case .represents: RelationStyle(color: "#CC79A7", line: .dashed, arrowhead: .open, title: "represents")
        case .memberOf: RelationStyle(color: "#56B4E9", line: .dotted, arrowhead: .open, title: "member of")
        }
    }
}
