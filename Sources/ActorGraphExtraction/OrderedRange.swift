extension Range where Bound == Int {
    /// `lower..<upper`, or the empty range at `lower` when the two positions come out of order.
    ///
    /// Positions taken from text (a mention's end, a comma before a title) are not ordered by
    /// construction: a lexicon name holding a comma or a state before its reporter reverses them,
    /// and `lower..<upper` would trap. Slicing with this range yields nothing instead.
    static func ordered(_ lower: Int, _ upper: Int) -> Range<Int> {
        lower..<Swift.max(lower, upper)
    }
}
