import ActorGraphModel

/// What a document adds to a build besides its edges: what the report and the page list.
public struct DocumentSummary: Hashable, Sendable {
    public var name: String
    /// The publication date, when known.
    public var published: String?
    /// Whether the document yielded no finding (report.md lists those).
    public var yieldedNothing: Bool
    /// The document's own warnings.
    public var warnings: [String]

    public init(_ document: DocumentFindings) {
        name = document.document
        published = document.published
        yieldedNothing = document.findings.isEmpty
        warnings = document.warnings
    }

    init(name: String, published: String?, yieldedNothing: Bool, warnings: [String]) {
        self.name = name
        self.published = published
        self.yieldedNothing = yieldedNothing
        self.warnings = warnings
    }
}
