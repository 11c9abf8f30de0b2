/// How a query walks edges.
public enum Traversal: String, Hashable, Sendable, CaseIterable, Codable {
    /// Every edge joins its two ends both ways: answers "how are they connected".
    case undirected
    /// Edges are followed from subject to object only; symmetric relations (`coordinates_with`)
    /// still go both ways, since they have no direction.
    case directed
}

/// Which arcs a search step follows from a node, relative to edge direction.
enum Step {
    /// Subject to object, plus symmetric edges either way.
    case forward
    /// Object to subject, plus symmetric edges either way (a directed search run backwards).
    case backward
    /// Every edge either way.
    case both

    /// The step a forward search uses under `traversal`.
    static func forward(_ traversal: Traversal) -> Step { traversal == .directed ? .forward : .both }

    /// The step a search from the target end uses under `traversal`.
    static func backward(_ traversal: Traversal) -> Step { traversal == .directed ? .backward : .both }
}
