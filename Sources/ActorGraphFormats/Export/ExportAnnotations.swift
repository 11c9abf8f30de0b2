import ActorGraphModel

/// What an export adds to the graph's own data, worked out by modules ActorGraphFormats does not
/// depend on: each actor's camp (ActorGraphQueries' camp analysis, so Gephi and Cytoscape users
/// can colour by camp) and its position in a Graphviz layout (so they can start from it).
///
/// Written by ``GraphML``, ``GEXF`` and ``CytoscapeJSON``: `camp` (an integer, 1 for the first
/// camp) and `camp_label` (the camp's name, e.g. "Camp 1: Syria, Russia, Iran, …") as node
/// attributes, which actors in no camp (events, actors without a signed tie) do not have; the
/// position as GraphML `x` and `y` (`double`, Graphviz points, y upwards), GEXF
/// `<viz:position>` (y upwards, as Gephi draws) and a Cytoscape element `position` (y
/// downwards, as Cytoscape draws).
public struct ExportAnnotations: Hashable, Sendable {
    /// An actor's camp.
    public struct Camp: Hashable, Sendable {
        /// 1 for the first camp, 2 for the second…
        public var number: Int
        public var label: String

        public init(number: Int, label: String) {
            self.number = number
            self.label = label
        }
    }

    /// A point of a layout, in Graphviz points with y upwards.
    public struct Position: Hashable, Sendable {
        public var x: Double
        public var y: Double

        public init(x: Double, y: Double) {
            self.x = x
            self.y = y
        }
    }

    /// The camp of each actor that has one.
    public var camps: [ActorID: Camp]
    /// The laid-out position of each actor that has one.
    public var positions: [ActorID: Position]

    public init(camps: [ActorID: Camp] = [:], positions: [ActorID: Position] = [:]) {
        self.camps = camps
        self.positions = positions
    }

    /// `value` with two decimals, as positions are written.
    static func coordinate(_ value: Double) -> String { String(format: "%.2f", value) }

    /// No annotations.
    public static let none = ExportAnnotations()
}
