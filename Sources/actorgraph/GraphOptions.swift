import ActorGraphFormats
import ActorGraphModel
import ArgumentParser
import Foundation

/// `--graph FILE`, shared by every command that works on a built graph.
struct GraphOptions: ParsableArguments {
    /// The graph read when `--graph` is not given.
    static let defaultPath = "output/graph.json"

    @Option(name: .long, help: ArgumentHelp("The graph to read: graph.json, GraphML, GEXF or Cytoscape JSON; - reads standard input. (default: \(GraphOptions.defaultPath))", valueName: "file"))
    var graph: String?

    /// The path given, or the default.
    var path: String { graph ?? Self.defaultPath }

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
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw CommandError("\(url.path): no such file; build one with `actorgraph build FOLDER --out \(url.deletingLastPathComponent().path)` or name another with --graph FILE")
        }
        return try GraphFile.load(url)
    }
}
