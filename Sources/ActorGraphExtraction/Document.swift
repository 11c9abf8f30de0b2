/// One news article: its file name, text and what the manifest says about it.
public struct Document: Hashable, Sendable {
    /// The file name, used as the document's name in evidence.
    public var name: String
    public var text: String
    /// Publication date `YYYY-MM-DD`, when known; anchors relative dates.
    public var published: String?
    public var source: String?
    public var title: String?

    public init(name: String, text: String, published: String? = nil, source: String? = nil, title: String? = nil) {
        self.name = name
        self.text = text
        self.published = published
        self.source = source
        self.title = title
    }
}
