import ActorGraphFormats
import ActorGraphModel
import ActorGraphQueries
import ActorGraphStore
import ArgumentParser
import Foundation

/// `--graph FILE`, shared by every command that works on a built graph.
struct GraphOptions: ParsableArguments {
    /// The graph read when `--graph` is not given and there is no store beside it.
    static let defaultPath = "output/graph.json"
    /// The store read when `--graph` is not given, if it exists.
    static let defaultStore = "output/" + StoreLocation.fileName

    @Option(name: .long, help: ArgumentHelp("The graph to read: a store (graph.sqlite), graph.json, GraphML, GEXF or Cytoscape JSON; - reads standard input. (default: \(GraphOptions.defaultStore) if it exists, else \(GraphOptions.defaultPath))", valueName: "file"))
    var graph: String?

    /// The path given, or the default: the store when there is one.
    var path: String {
        if let graph { return graph }
        return FileManager.default.fileExists(atPath: Self.defaultStore) ? Self.defaultStore : Self.defaultPath
    }

    /// The store named (or found by default), if the graph is read from one.
    func store() throws -> GraphStore? {
        let path = path
        guard path != "-", StoreLocation.isStore(path) else { return nil }
        return try GraphStore.open(URL(fileURLWithPath: path))
    }

    /// The graph named by `--graph` for a query that prints only part of it: a store, or graph.json
    /// read without its evidence (``NodeLinkOutline``); nil for standard input, other formats and
    /// a file with errors, which ``load()`` reads (and reports).
    func partial() throws -> (any PartialGraph)? {
        if let store = try store() { return store }
        let path = path
        guard path != "-", let outline = GraphFile.outline(URL(fileURLWithPath: path)) else { return nil }
        KeptUntilExit.keep(outline)
        return outline
    }

    /// Loads the graph named by `--graph`, kept until the process exits (``KeptUntilExit``).
    func load() throws -> ActorGraph {
        let graph = try GraphInput.load(path)
        KeptUntilExit.keep(graph)
        return graph
    }
}

/// Reads a graph from a path, or from standard input when the path is `-`.
enum GraphInput {
    static func load(_ path: String) throws -> ActorGraph {
        if path == "-" {
            let data = FileHandle.standardInput.readDataToEndOfFile()
            return try GraphFile.decode(data, source: "standard input")
        }
        let url = URL(fileURLWithPath: path)
        if StoreLocation.isStore(path) { return try GraphStore.open(url).graph() }
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw CommandError("\(url.path): no such file; build one with `actorgraph build FOLDER --out \(url.deletingLastPathComponent().path)` or name another with --graph FILE")
        }
        return try GraphFile.load(url)
    }
}
