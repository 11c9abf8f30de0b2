import Foundation

/// A document as the store keeps it: what it is, the hash of its text that recognises it when it
/// comes again, and the extractor's reading of it.
public struct StoredDocument: Hashable, Sendable {
    /// The document's name in evidence (its file name).
    public var name: String
    /// ``ContentHash`` of its text.
    public var contentHash: String
    public var published: String?
    public var source: String?
    public var title: String?
    /// The extractor's findings for the document, in the extractor's encoding; the store keeps
    /// them without reading them. Nil for documents known only from a loaded graph's evidence.
    public var findings: Data?

    public init(name: String, contentHash: String, published: String? = nil, source: String? = nil, title: String? = nil, findings: Data? = nil) {
        self.name = name
        self.contentHash = contentHash
        self.published = published
        self.source = source
        self.title = title
        self.findings = findings
    }
}
