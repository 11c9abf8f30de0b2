/// Why a store could not be opened, read or written; each message is one line a user can act on.
public enum StoreError: Error, Equatable, Sendable, CustomStringConvertible {
    /// No file at the path.
    case missing(path: String)
    /// The file is not an SQLite database (truncated, overwritten, another format).
    case notADatabase(path: String)
    /// An SQLite database, but not an ActorGraph store.
    case foreign(path: String)
    /// Written by a newer ActorGraph whose schema this one does not know.
    case newerSchema(path: String, migrations: [String])
    /// The store was loaded from a graph file: it has no findings to add documents to.
    case notBuilt(path: String)
    /// Its findings are in an encoding an older ActorGraph wrote: it can be read, not updated.
    case olderFindings(path: String)
    /// Another process holds the store's lock.
    case busy(path: String)
    /// SQLite failed while reading or writing.
    case database(path: String, message: String)
    /// A row holds a value the model rejects (an unknown kind, a broken snapshot).
    case damaged(path: String, detail: String)

    public var description: String {
        switch self {
        case .missing(let path):
            "\(path): no such store; make one with `actorgraph build FOLDER --out DIR` or `actorgraph load GRAPHFILE --store \(path)`"
        case .notADatabase(let path):
            "\(path): not an SQLite database (damaged or another kind of file); move it away and build again"
        case .foreign(let path):
            "\(path): an SQLite database but not an ActorGraph store; move it away or name another file"
        case .newerSchema(let path, let migrations):
            "\(path): written by a newer ActorGraph (schema \(migrations.joined(separator: ", "))); use that version, or build a new store with this one"
        case .notBuilt(let path):
            "\(path): loaded from a graph file, so it holds no findings to add documents to; build it from the articles instead"
        case .olderFindings(let path):
            "\(path): its findings were written by an older ActorGraph, so it cannot be updated; build it again without --update"
        case .busy(let path):
            "\(path): another actorgraph process is writing this store; wait for it to finish, or write elsewhere with --out"
        case .database(let path, let message):
            "\(path): \(message)"
        case .damaged(let path, let detail):
            "\(path): damaged store: \(detail); build it again"
        }
    }
}
