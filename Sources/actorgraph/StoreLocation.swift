import Foundation

/// Where a store is and how a graph path is recognised as one.
enum StoreLocation {
    /// The store's name in an output folder.
    static let fileName = "graph.sqlite"

    /// Whether `path` names a store: a `.sqlite` file (so that a damaged one gets the store's
    /// error, not a graph format's), or any file that begins as SQLite files do.
    static func isStore(_ path: String) -> Bool {
        if path.hasSuffix(".sqlite") { return true }
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        let header = (try? handle.read(upToCount: 16)) ?? Data()
        return header == Data("SQLite format 3\u{0}".utf8)
    }
}
