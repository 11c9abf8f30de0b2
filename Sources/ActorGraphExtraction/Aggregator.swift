import ActorGraphModel

/// Merges the findings of all documents into one graph, deterministically:
/// - a person's stance (backs, opposes, coordinates_with) becomes the stance of the states and
///   bodies the person represents (GUIDELINES: "a leader's stated stance is his state's");
/// - a person who attends a meeting brings the states and bodies they represent, and the armed
///   group whose title they hold ("Taliban negotiator X");
/// - meetings dated only roughly ("last week") take the date of the one meeting at the same place
///   the corpus dates exactly in that span, else stay undated;
/// - a state or body never backs or opposes a person who represents it;
/// - edges that break a kind rule are dropped.
///
/// The work is done by ``Aggregation``, which can also take more documents into a graph it made
/// before (an update of a store) without reading the earlier documents' findings again.
public enum Aggregator {
    /// The merged graph; edges dropped for a kind conflict are left unreported.
    public static func graph(_ documents: [DocumentFindings]) -> ActorGraph {
        Aggregation(documents).graph
    }

    /// The merged graph; each edge dropped because one of its names already stands for an actor
    /// of another kind adds a warning naming the edge, its documents and the conflict.
    public static func graph(_ documents: [DocumentFindings], warnings: inout [String]) -> ActorGraph {
        let aggregation = Aggregation(documents)
        warnings += aggregation.warnings
        return aggregation.graph
    }
}
