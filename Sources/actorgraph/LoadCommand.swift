import ActorGraphFormats
import ActorGraphModel
import ActorGraphStore
import ArgumentParser
import Foundation

/// `actorgraph load GRAPHFILE --store PATH`: any graph file into a store.
struct LoadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "load",
        abstract: "Load a graph file into a store, for fast queries.",
        discussion: """
            Reads a graph file (graph.json, NetworkX node-link JSON, GraphML, GEXF or Cytoscape JSON, ours or another tool's; - reads standard input) and writes it as a store (docs/store.md): its actors, relations and evidence, and the query index that lets `path` open a million-edge graph in a fraction of a second. The store is written beside the target and renamed over it, so a failed load leaves any earlier store as it was. A store made by load holds no articles' findings, so `build --update` refuses it.

            Examples:
              actorgraph load output/graph.json --store big.sqlite
              actorgraph path Russia Iran --graph big.sqlite
            """)

    @Argument(help: ArgumentHelp("The graph file to load.", valueName: "file"))
    var file: String

    @Option(help: ArgumentHelp("The store to write (replaced when it exists).", valueName: "file"))
    var store: String = GraphOptions.defaultStore

    func run() throws {
        let started = Date()
        let graph = try GraphInput.load(file)
        let url = URL(fileURLWithPath: store)
        let lock = try StoreLock(store: url)
        try withExtendedLifetime(lock) {
            // Refuse to replace a file that is not a store of ours (another program's, a newer schema's).
            if FileManager.default.fileExists(atPath: url.path) { _ = try GraphStore.open(url) }
            try GraphStore.create(at: url, graph: graph, documents: [], origin: .load)
        }
        print("\(graph.actorCount) actor(s), \(graph.relationCount) relation(s) in \(String(format: "%.2f", Date().timeIntervalSince(started))) s; wrote \(url.path)")
    }
}
