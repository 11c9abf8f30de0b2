import ActorGraphFormats
import ActorGraphModel
import ArgumentParser
import Foundation

/// `--graph FILE`, shared by every command that works on a built graph.
struct GraphOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The graph to read (graph.json, or any format the import side reads).", valueName: "file"))
    var graph: String = "output/graph.json"

    /// Loads the graph named by `--graph`.
    func load() throws -> ActorGraph {
        let url = URL(fileURLWithPath: graph)
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw CommandError("\(url.path): no such file; build one with `actorgraph build FOLDER --out \(url.deletingLastPathComponent().path)` or name another with --graph FILE")
        }
        return try GraphFile.load(url)
    }
}
