extension String {
    /// The text of `scalars[range]`, encoded to UTF-8 in one pass; short strings (up to 15 bytes)
    /// are built without allocating. (`String.UnicodeScalarView.append(contentsOf:)` takes a
    /// generic path that costs several times more per token.)
    init(_ scalars: [Unicode.Scalar], _ range: Range<Int>) {
        self = String(ascribing: scalars[range])
    }

    init(ascribing scalars: ArraySlice<Unicode.Scalar>) {
        var bytes = 0
        for s in scalars { bytes += UTF8.width(s) }
        self.init(unsafeUninitializedCapacity: bytes) { buffer in
            var n = 0
            for s in scalars {
                UTF8.encode(s) { byte in
                    buffer[n] = byte
                    n += 1
                }
            }
            return n
        }
    }
}
