/// Where an edge is stated: a sentence of a document, with the quote and its character offsets.
public struct Evidence: Hashable, Comparable, Codable, Sendable {
    /// The document's name (its file name for a corpus).
    public var doc: String
    /// The sentence's index in the document, from 0.
    public var sentence: Int
    /// The sentence text that states the relation.
    public var quote: String
    /// Offset of the quote's first character in the document (in Unicode scalars).
    public var start: Int
    /// Offset just past the quote's last character (in Unicode scalars).
    public var end: Int

    public init(doc: String, sentence: Int = 0, quote: String, start: Int = 0, end: Int = 0) {
        self.doc = doc
        self.sentence = sentence
        self.quote = quote
        self.start = start
        self.end = end
    }

    public static func < (lhs: Evidence, rhs: Evidence) -> Bool {
        (lhs.doc, lhs.sentence, lhs.start, lhs.end, lhs.quote)
            < (rhs.doc, rhs.sentence, rhs.start, rhs.end, rhs.quote)
    }
}
