import ActorGraphModel

/// What an export adds to the graph's own data, worked out by modules ActorGraphFormats does not
/// depend on: each actor's camp (ActorGraphQueries' camp analysis, so Gephi and Cytoscape users
/// can colour by camp). Written as node attributes by ``GraphML``, ``GEXF`` and ``CytoscapeJSON``:
/// `camp` (an integer, 1 for the first camp) and `camp_label` (the camp's name, e.g. "Camp 1:
/// Syria, Russia, Iran, …"); actors in no camp (events, actors without a signed tie) have neither.
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

    /// The camp of each actor that has one.
    public var camps: [ActorID: Camp]

    public init(camps: [ActorID: Camp] = [:]) {
        self.camps = camps
    }

    /// No annotations.
    public static let none = ExportAnnotations()
}
