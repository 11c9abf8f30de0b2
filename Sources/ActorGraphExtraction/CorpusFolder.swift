import Foundation

/// The documents of a folder, listed but not read: every `.txt` and `.md` file (not recursing),
/// dated by an optional `manifest.tsv`. The extractor reads each document when it needs it and
/// lets it go, so a build holds a few documents at a time, never the whole corpus.
public struct CorpusFolder: Sendable {
    /// A document file, not yet read.
    public struct Entry: Sendable {
        /// The file name, the document's name in evidence.
        public var name: String
        /// The file's path (a `URL` is made only to read it: making one per file listed was most
        /// of listing a large folder).
        var path: String
        var row: Manifest.Row?
        /// The file's size in bytes.
        public var bytes: Int
        /// The file's modification time in nanoseconds since 1970 when it was listed (nil when
        /// it could not be read): with ``bytes``, what an update compares with the store's record.
        public var modified: Int64?
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
        let folder = url.path.hasSuffix("/") ? url.path : url.path + "/"
        for name in names where name.hasSuffix(".txt") || name.hasSuffix(".md") {
            // stat(2) itself: FileManager's attributes cost a dictionary (and the owner's name)
            // per file, 6% of an update of a 4,469-file folder. A folder is skipped, a link to
            // one is listed (and named unreadable when read), as before.
            let path = folder + name
            guard let file = FileStatus(path: path, following: false), !file.isFolder else { continue }
            let target = file.isLink ? FileStatus(path: path, following: true) : file
            entries.append(Entry(
                name: name, path: path, row: manifest.rows[name], bytes: target?.size ?? 0,
                modified: target?.modified))
        }
        return CorpusFolder(entries: entries, warnings: warnings, path: url.path, manifest: manifest)
    }

    /// Reads one entry: its document, or nil and a warning saying why it was skipped (a repaired
    /// document comes with a warning too).
    public func read(_ entry: Entry) -> (document: Document?, warning: String?) {
        guard let data = try? Data(contentsOf: URL(fileURLWithPath: entry.path), options: .mappedIfSafe) else {
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

/// What `stat(2)` (or `lstat(2)`) says of a file that listing a folder needs.
struct FileStatus {
    var isFolder: Bool
    var isLink: Bool
    var size: Int
    /// Modification time, nanoseconds since 1970.
    var modified: Int64

    /// The status of `path` (of the link itself unless `following`), or nil when there is none.
    init?(path: String, following: Bool) {
        var info = stat()
        guard (following ? stat(path, &info) : lstat(path, &info)) == 0 else { return nil }
        let type = info.st_mode & S_IFMT
        isFolder = type == S_IFDIR
        isLink = type == S_IFLNK
        size = Int(info.st_size)
        #if canImport(Darwin)
        let time = info.st_mtimespec
        #else
        let time = info.st_mtim
        #endif
        modified = Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec)
    }
}
