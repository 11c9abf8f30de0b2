/// The largest graph each layout engine is asked to lay out.
///
/// A Graphviz layout cannot be cancelled once started, so the renderer refuses graphs that would
/// keep it busy for minutes. Time depends on structure as much as size (dense graphs are far
/// slower than tree-like ones), so the defaults are set from random graphs, a bad case, measured
/// on a loaded 2-core machine with
/// `swift run -c release RenderLeakCheck --renders 1 --engine E --format svg --actors N --edges M`:
///
/// | engine | nodes / edges → seconds |
/// |---|---|
/// | dot | 100/200 → 0.2, 150/300 → 2.3, 200/400 → 7, 100/400 → 20, 300/600 → 41, 200/600 → 168, 200/1000 → over 900 |
/// | circo | 100/200 → 2.4, 100/300 → 14, 200/400 → 44, 200/1000 → over 100 |
/// | neato | 200/1000 → 0.25, 1000/3000 → 7.3 |
/// | fdp | 200/1000 → 0.34, 1000/3000 → 1.7 |
/// | twopi | 200/1000 → 0.21, 1000/3000 → 1.6 |
/// | sfdp | 200/1000 → 0.15, 3000/6000 → 4.2 |
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

    /// Each default keeps the measured worst case under about 30 seconds.
    static let defaults: [LayoutEngine: Limit] = [
        .dot: Limit(nodes: 400, edges: 400),
        .circo: Limit(nodes: 200, edges: 300),
        .neato: Limit(nodes: 1_500, edges: 5_000),
        .fdp: Limit(nodes: 3_000, edges: 10_000),
        .twopi: Limit(nodes: 5_000, edges: 15_000),
        .sfdp: Limit(nodes: 20_000, edges: 60_000),
    ]
}
