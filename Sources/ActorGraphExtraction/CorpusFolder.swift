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
        let folder = url.path.hasSuffix("/") ? url.path : url.path + "/"
        // A folder whose names are all ASCII is listed by readdir(3) and its names sorted by
        // their bytes (an update of a 4,469-file folder spent 5 M instructions in FileManager's
        // listing, 11 M sorting the names as strings and more testing their suffixes as
        // characters); any other name, and a folder readdir cannot open, goes the way it went.
        let listing = ASCIIListing(folder: folder)
        let names = try listing?.names ?? FileManager.default.contentsOfDirectory(atPath: url.path).sorted()
        var warnings: [String] = []
        var manifest = Manifest()
        if listing?.hasManifest ?? names.contains("manifest.tsv") {
            let manifestURL = url.appendingPathComponent("manifest.tsv")
            if let text = try? String(contentsOf: manifestURL, encoding: .utf8) {
                manifest = try Manifest.parse(text, source: manifestURL.path)
            } else {
                warnings.append("manifest.tsv: not readable as UTF-8 text; documents are undated")
            }
        }
        // stat(2) itself: FileManager's attributes cost a dictionary (and the owner's name) per
        // file, 6% of an update of a 4,469-file folder. Asked relative to the folder open for the
        // listing when there is one (the same file: a name has no "/").
        func status(_ name: String, following: Bool) -> FileStatus? {
            if let listing { return FileStatus(name: name, in: listing.descriptor, following: following) }
            return FileStatus(path: folder + name, following: following)
        }
        var entries: [Entry] = []
        entries.reserveCapacity(names.count)
        // The listing's names are the documents' already.
        for name in names where listing != nil || name.hasSuffix(".txt") || name.hasSuffix(".md") {
            // A folder is skipped, a link to one is listed (and named unreadable when read), as before.
            guard let file = status(name, following: false), !file.isFolder else { continue }
            let target = file.isLink ? status(name, following: true) : file
            entries.append(Entry(
                name: name, path: folder + name, row: manifest.rows[name], bytes: target?.size ?? 0,
                modified: target?.modified))
        }
        withExtendedLifetime(listing) {}
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

/// The document names (`.txt`, `.md`) of a folder read with readdir(3), sorted by their bytes,
/// when every name in the folder is ASCII: for ASCII, byte order is `String`'s order and a
/// suffix of bytes is a suffix of characters (no ASCII character joins a "." that follows it).
/// The folder stays open while this lives, for `fstatat(2)`.
final class ASCIIListing {
    private let directory: OpaquePointer
    /// The open folder's descriptor.
    var descriptor: Int32 { dirfd(directory) }
    /// The names ending in `.txt` or `.md`, in order.
    private(set) var names: [String] = []
    /// Whether the folder holds a `manifest.tsv`.
    private(set) var hasManifest = false

    /// Lists `folder` (its path, ending in "/"), or nil when it cannot be opened or read or holds
    /// a name that is not ASCII.
    init?(folder: String) {
        guard let directory = opendir(folder) else { return nil }
        self.directory = directory
        // Every name's bytes one after the other, and where each is.
        var bytes: [UInt8] = []
        var spans: [Range<Int>] = []
        errno = 0
        while let entry = readdir(directory) {
            let ascii = withUnsafeBytes(of: &entry.pointee.d_name) { raw -> Bool in
                let count = strnlen(raw.baseAddress!.assumingMemoryBound(to: CChar.self), raw.count)
                let name = UnsafeRawBufferPointer(rebasing: raw[..<count])
                guard !name.contains(where: { $0 >= 0x80 }) else { return false }
                if name.elementsEqual(".".utf8) || name.elementsEqual("..".utf8) { return true }
                spans.append(bytes.count..<bytes.count + count)
                bytes.append(contentsOf: name)
                return true
            }
            guard ascii else { return nil }
        }
        guard errno == 0 else { return nil }
        bytes.withUnsafeBufferPointer { all in
            func name(_ span: Range<Int>) -> UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(rebasing: all[span]) }
            spans.sort { a, b in
                let common = min(a.count, b.count)
                let order = common == 0 ? 0 : memcmp(all.baseAddress! + a.lowerBound, all.baseAddress! + b.lowerBound, common)
                return order != 0 ? order < 0 : a.count < b.count
            }
            for span in spans {
                let name = name(span)
                if name.elementsEqual("manifest.tsv".utf8) { hasManifest = true }
                guard name.count >= 3, name[name.count - 3..<name.count].elementsEqual(".md".utf8)
                        || (name.count >= 4 && name[name.count - 4..<name.count].elementsEqual(".txt".utf8))
                else { continue }
                names.append(String(decoding: name, as: UTF8.self))
            }
        }
    }

    deinit { closedir(directory) }
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
        self.init(info)
    }

    /// The status of `name` in the folder open as `folder` (of the link itself unless
    /// `following`), or nil when there is none.
    init?(name: String, in folder: Int32, following: Bool) {
        var info = stat()
        guard fstatat(folder, name, &info, following ? 0 : AT_SYMLINK_NOFOLLOW) == 0 else { return nil }
        self.init(info)
    }

    private init(_ info: stat) {
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
