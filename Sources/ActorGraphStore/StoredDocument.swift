import Foundation

/// A document as the store keeps it: what it is, the hash of its text that recognises it when it
/// comes again, and the extractor's reading of it.
public struct StoredDocument: Hashable, Sendable {
    /// The document's name in evidence (its file name).
    public var name: String
    /// ``ContentHash`` of its text.
    public var contentHash: String
    public var published: String?
    public var source: String?
    public var title: String?
    /// The extractor's findings for the document, in the extractor's encoding; the store keeps
    /// them without reading them. Nil for documents known only from a loaded graph's evidence.
    public var findings: Data?
    /// The document's titled persons as the corpus's person index reads them, in the extractor's
    /// encoding (schema v6); nil when unknown.
    public var persons: Data?
    /// The questions the document's reading asked of the corpus's person index, in the
    /// extractor's encoding (schema v7); nil when unknown.
    public var lookups: Data?
    /// The document's text as read (UTF-8), kept once per content hash (schema v7) so that an
    /// update can read the document again without its file; nil when not at hand (a row
    /// written again keeps the text stored under its hash).
    public var text: Data?
    /// The size and modification time of the file whose text was hashed, when they can be
    /// trusted to tell a later change (``FileStamp``); nil when unknown.
    public var stamp: FileStamp?

    public init(
        name: String, contentHash: String, published: String? = nil, source: String? = nil, title: String? = nil,
        findings: Data? = nil, persons: Data? = nil, lookups: Data? = nil, text: Data? = nil, stamp: FileStamp? = nil
    ) {
        self.name = name
        self.contentHash = contentHash
        self.published = published
        self.source = source
        self.title = title
        self.findings = findings
        self.persons = persons
        self.lookups = lookups
        self.text = text
        self.stamp = stamp
    }
}

/// A file's size and modification time, the record that lets an update trust a document's stored
/// hash without reading the file: a file whose size and time are both unchanged is taken to be
/// unchanged, as `make`, `rsync` and git take it.
///
/// A stamp is only recorded when the file was last modified at least ``settle`` before it was
/// read: a file written again within the same tick of a coarse clock could keep its time (git's
/// "racy clean" case), so a file that recent is hashed again next time instead.
public struct FileStamp: Hashable, Sendable {
    /// The file's size in bytes.
    public var size: Int64
    /// Its modification time, in nanoseconds since 1970.
    public var modified: Int64

    /// How long a file must have stood unmodified before its stamp is trusted.
    public static let settle: Int64 = 2_000_000_000

    public init(size: Int64, modified: Int64) {
        self.size = size
        self.modified = modified
    }

    /// The stamp of the file at `path`, or nil when it cannot be read.
    public static func of(path: String) -> FileStamp? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        #if canImport(Darwin)
        let time = info.st_mtimespec
        #else
        let time = info.st_mtim
        #endif
        return FileStamp(size: Int64(info.st_size), modified: Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec))
    }

    /// This stamp when it may be recorded at `now` (nanoseconds since 1970): nil when the file
    /// was modified less than ``settle`` before (or after, by a clock that disagrees).
    public func settled(at now: Int64) -> FileStamp? {
        now - modified >= Self.settle ? self : nil
    }

    /// Now, in nanoseconds since 1970, as stamps count time.
    public static func now() -> Int64 {
        var time = timespec()
        clock_gettime(CLOCK_REALTIME, &time)
        return Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec)
    }
}
