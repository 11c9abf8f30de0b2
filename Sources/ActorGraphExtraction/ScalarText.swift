extension String {
    /// The text of `scalars[range]`, encoded to UTF-8 in one pass; short strings (up to 15 bytes)
    /// are built without allocating. (`String.UnicodeScalarView.append(contentsOf:)` takes a
    /// generic path that costs several times more per token.)
    init(_ scalars: [Unicode.Scalar], _ range: Range<Int>) {
        self = String(ascribing: scalars[range])
    }

    init(ascribing scalars: ArraySlice<Unicode.Scalar>) {
        self = scalars.withUnsafeBufferPointer { String(ascribing: $0) }
    }

    /// The text of `scalars`, encoded to UTF-8: when every scalar is ASCII (told by one pass
    /// that ors their values, which the compiler vectorizes), each is its byte, written in a
    /// second plain pass; otherwise each scalar's width is counted, then it is encoded.
    init(ascribing scalars: UnsafeBufferPointer<Unicode.Scalar>) {
        var bits: UInt32 = 0
        for s in scalars { bits |= s.value }
        if bits < 0x80 {
            self.init(unsafeUninitializedCapacity: scalars.count) { buffer in
                for k in 0..<scalars.count { buffer[k] = UInt8(truncatingIfNeeded: scalars[k].value) }
                return scalars.count
            }
            return
        }
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

extension String {
    /// The text of `scalars` with each run of white space before a non-space written as one
    /// space (white space at the end is dropped), encoded to UTF-8
    /// in one pass (appending scalar by scalar to a `String.UnicodeScalarView` costs a call each).
    init(collapsingWhitespace scalars: ArraySlice<Unicode.Scalar>) {
        var bytes = 0
        for s in scalars { bytes += UTF8.width(s) }
        // A run of white space becomes one byte, so the text's own width is room enough.
        self.init(unsafeUninitializedCapacity: bytes) { buffer in
            var n = 0
            var space = false
            for s in scalars {
                if s.isASCII ? (s.value == 0x20 || (s.value >= 0x09 && s.value <= 0x0D)) : s.properties.isWhitespace {
                    space = true
                    continue
                }
                if space {
                    buffer[n] = 0x20
                    n += 1
                    space = false
                }
                UTF8.encode(s) { byte in
                    buffer[n] = byte
                    n += 1
                }
            }
            // (White space at the end has no non-space after it: dropped.)
            return n
        }
    }
}

extension Array where Element == Unicode.Scalar {
    /// The scalars of `view`, decoded from its UTF-8 in one pass into storage sized by the byte
    /// count (an upper bound on the scalars; exact for ASCII text).
    ///
    /// Both phases of the extractor turn a document into scalars with
    /// `Array(document.text.unicodeScalars)`; this overload is more specific than `Array`'s
    /// generic initialiser, so it is the one those calls use. The generic one counts the scalars
    /// (one decoding pass) before copying them (a second).
    init(_ view: String.UnicodeScalarView) {
        var text = String(view)
        self = text.withUTF8 { utf8 in
            [Unicode.Scalar](unsafeUninitializedCapacity: utf8.count) { buffer, count in
                var n = 0
                var i = 0
                let end = utf8.count
                while i < end {
                    let byte = utf8[i]
                    if byte < 0x80 {
                        // ASCII, most of the text.
                        buffer[n] = Unicode.Scalar(byte)
                        n += 1
                        i += 1
                        continue
                    }
                    let lead = UInt32(byte)
                    var value: UInt32
                    var width: Int
                    // A String's UTF-8 is valid, so a lead byte says the sequence's length and
                    // its continuation bytes are there.
                    if lead < 0xE0 {
                        value = lead & 0x1F
                        width = 2
                    } else if lead < 0xF0 {
                        value = lead & 0x0F
                        width = 3
                    } else {
                        value = lead & 0x07
                        width = 4
                    }
                    width = Swift.min(width, end - i)
                    for k in 1..<width { value = value << 6 | UInt32(utf8[i + k] & 0x3F) }
                    buffer[n] = Unicode.Scalar(value) ?? "\u{FFFD}"
                    n += 1
                    i += width
                }
                count = n
            }
        }
    }
}
