/// One sentence of a document as the extractor sees it: its tokens and the mentions found in
/// them, kept sorted by position and non-overlapping, and its clauses.
struct SentenceAnalysis: Sendable {
    var index: Int
    /// Scalar range in the document.
    var range: Range<Int>
    var tokens: [Token]
    var mentions: [Mention]
    var persons: [TitledPerson]
    var dates: [DateMention] = []
    /// The clauses of ``tokens``, found once (``Clauses``): every reading that sets a relative,
    /// participle or parenthetical clause apart reads them here.
    var clauses: Clauses

    /// Replaces every mention overlapping `new.range` with `new`.
    mutating func replace(with new: Mention) {
        mentions.removeAll { $0.range.overlaps(new.range) }
        mentions.append(new)
        mentions.sort { $0.range.lowerBound < $1.range.lowerBound }
    }
}
