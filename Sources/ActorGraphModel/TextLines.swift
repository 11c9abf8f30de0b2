extension StringProtocol {
    /// The lines of the text, ending at LF, CRLF or CR alike, without their terminators; empty
    /// lines are kept, so the index of a line plus one is its line number.
    ///
    /// Every line-based reader uses this: Swift reads "\r\n" as one `Character`, so splitting on
    /// "\n" never splits a file written on Windows.
    public var lines: [SubSequence] {
        split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
    }
}
