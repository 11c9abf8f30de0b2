import ActorGraphModel

/// How an actor kind is drawn, in terms every diagram format can map to its own vocabulary.
public struct ActorStyle: Hashable, Sendable {
    /// The outline of a node.
    public enum Shape: String, Sendable {
        case roundedBox, hexagon, octagon, ellipse, note
    }

    public var shape: Shape
    /// Fill colour, `#RRGGBB`.
    public var fill: String
    /// Outline and accent colour, `#RRGGBB`.
    public var stroke: String
    /// A short name for legends ("State", "Armed group").
    public var title: String
}

extension ActorKind {
    /// The style of this kind: the one table every diagram and styled export reads.
    /// Colours are from the Okabe–Ito palette, which stays distinct for colour-blind readers.
    public var style: ActorStyle {
        switch self {
        case .state: ActorStyle(shape: .roundedBox, fill: "#DCEAF7", stroke: "#0072B2", title: "State")
        case .organization: ActorStyle(shape: .hexagon, fill: "#DDF2EA", stroke: "#009E73", title: "Organization")
        case .armedGroup: ActorStyle(shape: .octagon, fill: "#FBE2D5", stroke: "#D55E00", title: "Armed group")
        case .person: ActorStyle(shape: .ellipse, fill: "#FFF2CC", stroke: "#B07C00", title: "Person")
        case .event: ActorStyle(shape: .note, fill: "#F3E6EF", stroke: "#CC79A7", title: "Event")
        }
    }
}
