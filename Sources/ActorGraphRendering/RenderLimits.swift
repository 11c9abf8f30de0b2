/// The largest graph each layout engine is asked to lay out.
///
/// A Graphviz layout cannot be cancelled once started, so the renderer refuses graphs that would
/// keep it busy for minutes. The defaults come from measurements on a 2-core machine
/// (`swift test --filter timings`, and docs in the README): `dot` needs about 25 s for a random
/// graph of 300 nodes and 600 edges, while `sfdp` lays out 3,000 nodes in about a second.
public struct RenderLimits: Hashable, Sendable {
    /// A node and edge budget.
    public struct Limit: Hashable, Sendable {
        public var nodes: Int
        public var edges: Int

        public init(nodes: Int, edges: Int) {
            self.nodes = nodes
            self.edges = edges
        }
    }

    private var limits: [LayoutEngine: Limit]

    /// The limit of each engine; engines not given keep their default.
    public init(_ overrides: [LayoutEngine: Limit] = [:]) {
        limits = Self.defaults.merging(overrides) { _, new in new }
    }

    /// The limit for `engine`.
    public subscript(engine: LayoutEngine) -> Limit {
        get { limits[engine] ?? Self.defaults[engine]! }
        set { limits[engine] = newValue }
    }

    /// No limit at all: for callers that know their graphs and accept any wait.
    public static let none = RenderLimits(Dictionary(uniqueKeysWithValues: LayoutEngine.allCases.map {
        ($0, Limit(nodes: .max, edges: .max))
    }))

    static let defaults: [LayoutEngine: Limit] = [
        .dot: Limit(nodes: 400, edges: 1_500),
        .neato: Limit(nodes: 2_000, edges: 10_000),
        .fdp: Limit(nodes: 1_000, edges: 5_000),
        .sfdp: Limit(nodes: 50_000, edges: 200_000),
        .circo: Limit(nodes: 1_000, edges: 5_000),
        .twopi: Limit(nodes: 5_000, edges: 20_000),
    ]
}
