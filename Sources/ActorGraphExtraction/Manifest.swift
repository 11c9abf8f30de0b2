import ActorGraphModel

/// A corpus's optional `manifest.tsv`: `file	published	source	title`, one document a line.
public struct Manifest: Sendable {
    public struct Row: Hashable, Sendable {
        public var published: String?
        public var source: String?
        public var title: String?
    }

    public private(set) var rows: [String: Row] = [:]

    public init(rows: [String: Row] = [:]) { self.rows = rows }

    /// Parses manifest text. The header line (starting with `file`) is skipped; a date that is not
    /// `YYYY-MM-DD` is an error naming the line. Lines end at LF, CRLF or CR alike (as
    /// ``Swift/StringProtocol/lines``); empty lines and lines starting with `#` are skipped.
    ///
    /// Read as bytes, not characters: a benchmark corpus's manifest of 4,469 rows took 2% of an
    /// update read a `Character` at a time. Line ends and tabs are control characters, which
    /// never join a grapheme with what follows, so the bytes split where the characters did.
    public static func parse(_ text: String, source: String) throws -> Manifest {
        var rows: [String: Row] = [:]
        var text = text
        try text.withUTF8 { utf8 in
            // Made at its size (a line a row, about): grown a row at a time, the table of a
            // 4,469-row manifest was rehashed a dozen times.
            rows.reserveCapacity(utf8.reduce(0) { $1 == 0x0A ? $0 + 1 : $0 })
            var index = 0, start = 0, i = 0
            while true {
                let end = i == utf8.count
                guard end || utf8[i] == 0x0A || utf8[i] == 0x0D else { i += 1; continue }
                try parseLine(UnsafeBufferPointer(rebasing: utf8[start..<i]), index: index, source: source, into: &rows)
                if end { break }
                // CRLF is one line end.
                i += utf8[i] == 0x0D && i + 1 < utf8.count && utf8[i + 1] == 0x0A ? 2 : 1
                start = i
                index += 1
            }
        }
        return Manifest(rows: rows)
    }

    /// Takes line `index` (from 0) of a manifest into `rows`.
    private static func parseLine(_ line: UnsafeBufferPointer<UInt8>, index: Int, source: String, into rows: inout [String: Row]) throws {
        guard let first = line.first else { return }
        // "#" and a combining mark is another character than "#": asked as characters.
        if first == UInt8(ascii: "#"), String(decoding: line, as: UTF8.self).hasPrefix("#") { return }
        // The first four tab-separated fields (an empty one is nil; more are ignored), found
        // before any is made a string: an array of them per line cost a third of the parse.
        var spans: (Range<Int>, Range<Int>, Range<Int>, Range<Int>) = (0..<0, 0..<0, 0..<0, 0..<0)
        var fields = 0, start = 0
        for i in 0...line.count where i == line.count || line[i] == 0x09 {
            switch fields {
            case 0: spans.0 = start..<i
            case 1: spans.1 = start..<i
            case 2: spans.2 = start..<i
            case 3: spans.3 = start..<i
            default: break
            }
            fields += 1
            start = i + 1
            if fields == 4 { break }
        }
        func value(_ span: Range<Int>) -> String? {
            span.isEmpty ? nil : String(decoding: UnsafeBufferPointer(rebasing: line[span]), as: UTF8.self)
        }
        if index == 0, UnsafeBufferPointer(rebasing: line[spans.0]).elementsEqual("file".utf8) { return }
        guard let file = value(spans.0) else { return }
        let published = value(spans.1)
        if let published, SimpleDate(iso: published) == nil {
            throw ExtractionError.badManifest(
                source: source, line: index + 1, reason: "published date “\(published)” of “\(file)” is not a calendar date written YYYY-MM-DD (year 0001 or later)")
        }
        rows[file] = Row(published: published, source: value(spans.2), title: value(spans.3))
    }
}
