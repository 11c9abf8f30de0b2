extension StringProtocol {
    /// The lines of the text, ending at LF, CRLF or CR alike, without their terminators; empty
    /// lines are kept, so the index of a line plus one is its line number.
    ///
    /// Every line-based reader uses this: Swift reads "\r\n" as one `Character`, so splitting on
    /// "\n" never splits a file written on Windows.
    ///
    /// Found by UTF-8 bytes, not by `Character`s (which cost the bundled rules' and lexicon's
    /// setup, paid by every build, some 50 instructions a byte): a line feed or carriage return
    /// is always a `Character` of its own (Unicode breaks a grapheme cluster before and after
    /// either), but for CR LF, which is one. (Inlinable, so that other modules get it
    /// specialised for `String`: the generic one stepped through the bytes by protocol
    /// witnesses, some 190 instructions a byte of the bundled rules.)
    @inlinable
    public var lines: [SubSequence] {
        var lines: [SubSequence] = []
        let utf8 = self.utf8
        var start = utf8.startIndex, at = start
        while at != utf8.endIndex {
            let byte = utf8[at]
            guard byte == 0x0A || byte == 0x0D else {
                at = utf8.index(after: at)
                continue
            }
            lines.append(self[start..<at])
            at = utf8.index(after: at)
            if byte == 0x0D, at != utf8.endIndex, utf8[at] == 0x0A { at = utf8.index(after: at) }
            start = at
        }
        lines.append(self[start..<utf8.endIndex])
        return lines
    }
}
