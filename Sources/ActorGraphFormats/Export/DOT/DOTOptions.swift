import ActorGraphModel

/// How ``DOTEncoder`` draws a graph, beyond the style table.
public struct DOTOptions: Sendable {
    /// When set, these actors and edges are drawn as usual (edges a little heavier) and everything
    /// else is faded to a light, translucent grey: for showing a path or a pattern in context.
    public var emphasis: (actors: Set<ActorID>, relations: Set<EdgeKey>)?
    /// Boxes drawn around groups of actors (`subgraph cluster_…`), for camps. An actor listed in
    /// several clusters is drawn in the first (Graphviz clusters cannot overlap); `dot` and `fdp`
    /// draw clusters, the other engines ignore them.
    public var clusters: [DOTCluster]
    /// Edges that cut across the clusters' logic (the frustrated ties of a camp analysis): drawn
    /// heavier, with class `crossing` and a tooltip that says so, so the cracks stand out.
    public var crossing: Set<EdgeKey>
    /// Whether to add a legend of the actor kinds and relations that appear in the graph.
    public var legend: Bool
    /// How the legend is laid out: real shapes for dot, one table for the force-directed engines.
    public var legendLayout: LegendLayout = .shapes
    /// The direction of `dot`'s layers.
    public var rankdir: RankDirection
    /// A title drawn above the diagram, or nil for none.
    public var title: String?
    /// Whether each edge carries a label with its relation's name and its support, the number of
    /// documents that state it (the legend already says what each line style means, so this is
    /// off by default).
    public var edgeLabels: Bool
    /// What the diagram leads with: the stances, with attendance folded into the meetings, or
    /// every attendance drawn as an edge.
    public var view: DiagramView
    /// Whether actors and edges carry their hover text (`tooltip`, shown by SVG viewers). A
    /// raster image has no hover text: the DOT without it draws the same PNG, and is what a kept
    /// drawing is keyed by, so that a change of evidence that only the tooltips show does not
    /// draw the PNG again.
    public var tooltips = true

    public init(
        emphasis: (actors: Set<ActorID>, relations: Set<EdgeKey>)? = nil,
        clusters: [DOTCluster] = [], crossing: Set<EdgeKey> = [], legend: Bool = true, rankdir: RankDirection = .leftToRight,
        title: String? = nil, edgeLabels: Bool = false, view: DiagramView = .stances
    ) {
        self.emphasis = emphasis
        self.clusters = clusters
        self.crossing = crossing
        self.legend = legend
        self.rankdir = rankdir
        self.title = title
        self.edgeLabels = edgeLabels
        self.view = view
    }
}

/// A box around a group of actors, with a label.
public struct DOTCluster: Hashable, Sendable {
    public var label: String
    public var members: Set<ActorID>

    public init(label: String, members: Set<ActorID>) {
        self.label = label
        self.members = members
    }
}

/// The direction of a layered (`dot`) layout.
public enum RankDirection: String, CaseIterable, Sendable {
    case leftToRight = "LR"
    case topToBottom = "TB"
    case rightToLeft = "RL"
    case bottomToTop = "BT"

    /// Parses `LR`, `TB`, `RL` or `BT`, any case.
    public init?(userText: String) {
        self.init(rawValue: userText.uppercased())
    }
}

/// What a diagram leads with.
public enum DiagramView: String, CaseIterable, Sendable {
    /// The stances (backs, opposes, coordinates with, member of) and representation as edges;
    /// each meeting is one card that lists who attended it, instead of an edge from each
    /// participant. For reading the sides at a glance.
    case stances
    /// Every attendance drawn as an edge into its meeting, as well as the stances.
    case meetings
}
