import Foundation

/// The documents of a folder, listed but not read: every `.txt` and `.md` file (not recursing),
/// dated by an optional `manifest.tsv`. The extractor reads each document when it needs it and
/// lets it go, so a build holds a few documents at a time, never the whole corpus.
public struct CorpusFolder: Sendable {
    /// A document file, not yet read.
    public struct Entry: Sendable {
        /// The file name, the document's name in evidence.
        public var name: String
        var url: URL
        var row: Manifest.Row?
        /// The file's size in bytes.
        public var bytes: Int
    }

    public var entries: [Entry]
    /// Problems found while listing (an unreadable manifest), one line each.
    public var warnings: [String]
    /// The folder's path, for messages.
    public var path: String
    /// The folder's manifest as parsed (empty when there is none or it is not readable): the page
    /// shows its titles and outlets, also of documents an update skips.
    public var manifest = Manifest()

    /// Lists the folder at `url`.
    /// - Throws: ``ExtractionError`` when the folder is missing, is not a folder or has a bad
    ///   manifest.
    public static func scan(_ url: URL) throws -> CorpusFolder {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) else {
            throw ExtractionError.missingFolder(url.path)
        }
        guard isFolder.boolValue else { throw ExtractionError.notAFolder(url.path) }
        let names = try FileManager.default.contentsOfDirectory(atPath: url.path).sorted()
        var warnings: [String] = []
        var manifest = Manifest()
        if names.contains("manifest.tsv") {
            let manifestURL = url.appendingPathComponent("manifest.tsv")
            if let text = try? String(contentsOf: manifestURL, encoding: .utf8) {
                manifest = try Manifest.parse(text, source: manifestURL.path)
            } else {
                warnings.append("manifest.tsv: not readable as UTF-8 text; documents are undated")
            }
        }
        var entries: [Entry] = []
        for name in names where name.hasSuffix(".txt") || name.hasSuffix(".md") {
            let fileURL = url.appendingPathComponent(name)
            guard let attributes = try? FileManager.default.attributesOfItem(atPath: fileURL.path),
                attributes[.type] as? FileAttributeType != .typeDirectory
            else { continue }
            let size = (attributes[.size] as? NSNumber)?.intValue ?? 0
            entries.append(Entry(name: name, url: fileURL, row: manifest.rows[name], bytes: size))
        }
        return CorpusFolder(entries: entries, warnings: warnings, path: url.path, manifest: manifest)
    }

    /// Reads one entry: its document, or nil and a warning saying why it was skipped (a repaired
    /// document comes with a warning too).
    public func read(_ entry: Entry) -> (document: Document?, warning: String?) {
        guard let data = try? Data(contentsOf: entry.url, options: .mappedIfSafe) else {
            return (nil, "\(entry.name): cannot be read; skipped")
        }
        let text: String
        var warning: String?
        switch DocumentText.decode(data) {
        case .text(let decoded):
            text = decoded
        case .repaired(let decoded, let badBytes):
            text = decoded
            warning = "\(entry.name): \(badBytes) invalid UTF-8 byte(s) replaced with U+FFFD"
        case .binary:
            return (nil, "\(entry.name): binary data, not text; skipped")
        case .empty:
            return (nil, "\(entry.name): empty; skipped")
        }
        let row = entry.row
        return (Document(name: entry.name, text: text, published: row?.published, source: row?.source, title: row?.title), warning)
    }
}
