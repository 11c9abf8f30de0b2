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
    /// `YYYY-MM-DD` is an error naming the line.
    public static func parse(_ text: String, source: String) throws -> Manifest {
        var rows: [String: Row] = [:]
        for (index, rawLine) in text.lines.enumerated() {
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            if line.isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            if index == 0, fields.first == "file" { continue }
            let value = { (i: Int) -> String? in
                i < fields.count && !fields[i].isEmpty ? fields[i] : nil
            }
            guard let file = value(0) else { continue }
            let published = value(1)
            if let published, SimpleDate(iso: published) == nil {
                throw ExtractionError.badManifest(
                    source: source, line: index + 1, reason: "published date “\(published)” of “\(file)” is not a calendar date written YYYY-MM-DD (year 0001 or later)")
            }
            rows[file] = Row(published: published, source: value(2), title: value(3))
        }
        return Manifest(rows: rows)
    }
}
