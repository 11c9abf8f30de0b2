import ActorGraphFormats
import ActorGraphModel
import ActorGraphQueries
import ActorGraphRendering
import ActorGraphStore
import ArgumentParser
import Foundation

/// `actorgraph render`: draws graphs written by hand or built earlier.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Draw graphs from YAML, JSON or CSV files, or from graph.json, with Graphviz.",
        discussion: """
            Reads every FILE, merges them into one graph and writes into the --out folder: \
            graph.json (the merged graph, which the other commands read), graph.dot (the DOT \
            given to Graphviz) and graph.svg, graph.png or graph.pdf for each --format; \
            --format dot,json write Graphviz's laid-out graph.layout.dot and graph.layout.json; \
            --format html writes graph.html, one self-contained page to explore the graph in a \
            browser (pan and zoom, search by any alias, evidence on click, filters, camps). \
            Nothing is written when an input file has a problem.

            Inputs: .yaml, .yml and .json documents of actors, events and relations (see \
            examples/seeds.yaml); .csv edge lists of subject,relation,object[,evidence] giving \
            kinds as Name:kind (see examples/syria-talks.csv), which may also name actors \
            declared in the other files; and graph.json.

            Engines: dot (layered; at most \(RenderLimits()[.dot].nodes) nodes and \(RenderLimits()[.dot].edges) edges), neato, \
            fdp, sfdp (thousands of nodes), circo, twopi; a graph over the engine's limit is an \
            error unless --no-size-limit. In the SVG, hover a node for its names or an edge for \
            its evidence. --view stances (the default) leads with the stances and draws each \
            meeting as a card listing who attended; --view meetings draws every attendance as an edge.

            Views: --focus draws one actor's neighbourhood; --highlight-path draws the whole graph \
            with the shortest path between two actors emphasised and the rest faded; --camps draws \
            the camps of `actorgraph camps` as boxes, with the ties that cross them heavier. The filters (--relations, --kinds, \
            --min-support, --docs, --from, --to) apply first. A view never replaces the graph.json \
            it was drawn from: give it its own --out folder.

            Examples:
              actorgraph render examples/seeds.yaml --out output/example --format svg,html
              actorgraph render output/graph.json --view meetings --out output/meetings
              actorgraph render actors.yaml edges.csv --out output/big --engine sfdp
              actorgraph render output/graph.json --focus Russia --depth 1 --out russia
              actorgraph render output/graph.json --highlight-path Jordan Iran --out path
              actorgraph render output/graph.json --camps --out camps
            """
    )

    @Argument(help: ArgumentHelp("Input files: .yaml, .yml, .json (structured input or graph.json), .csv, or a store (graph.sqlite).", valueName: "file"))
    var files: [String]

    @Option(name: .long, help: ArgumentHelp("The folder to write into (created when missing).", valueName: "folder"))
    var out: String = "output"

    @OptionGroup var drawing: DrawingOptions

    @Option(help: ArgumentHelp("Draw only this actor's neighbourhood (name or alias).", valueName: "actor"))
    var focus: String?

    @Option(help: ArgumentHelp("How many hops around --focus to draw.", valueName: "k"))
    var depth: Int = 1

    @Option(name: .customLong("highlight-path"), parsing: .upToNextOption,
            help: ArgumentHelp("Emphasise the shortest paths between two actors, fading the rest.", valueName: "from> <to"))
    var highlightPath: [String] = []

    @Flag(help: "Draw the camps of `actorgraph camps` as boxes and the ties that cross them heavier.")
    var camps = false

    @OptionGroup var filters: FilterOptions

    func validate() throws {
        if !highlightPath.isEmpty && highlightPath.count != 2 {
            throw ValidationError("--highlight-path takes two actors, e.g. --highlight-path Jordan Iran")
        }
        if depth < 0 { throw ValidationError("--depth must be 0 or more") }
        if focus == nil && depth != 1 { throw ValidationError("--depth applies to --focus only") }
    }

    func run() throws {
        let inputs = files.map { URL(fileURLWithPath: $0) }
        let stores = inputs.filter { StoreLocation.isStore($0.path) }
        var loaded = try StructuredInput.load(inputs.filter { !StoreLocation.isStore($0.path) })
        for store in stores { try loaded.merge(try GraphStore.open(store).graph()) }
        var output = drawing.output(into: URL(fileURLWithPath: out))
        let graph = try view(of: loaded, options: &output.options)
        let folder = URL(fileURLWithPath: out)
        // A view written beside the store it came from would leave graph.json and the store disagreeing.
        let sources = [folder.appendingPathComponent("graph.json"), folder.appendingPathComponent(StoreLocation.fileName)].map(\.standardizedFileURL)
        if graph != loaded, let target = inputs.first(where: { sources.contains($0.standardizedFileURL) }) {
            throw CommandError("this view would replace the graph of \(target.standardizedFileURL.path), which it was drawn from; choose another --out folder")
        }
        for url in try output.write(graph).files {
            print(url.path)
        }
    }

    /// The graph to draw: filtered, then focused; path emphasis and camp boxes go into `options`.
    private func view(of loaded: ActorGraph, options: inout DOTOptions) throws -> ActorGraph {
        var graph = try filters.filter().apply(to: loaded)
        if let focus {
            let center = try IndexedGraph(graph).resolve(focus, unfiltered: loaded)
            graph = graph.focus(on: center.id, depth: depth)
        }
        if highlightPath.count == 2 {
            let indexed = IndexedGraph(graph)
            let from = try indexed.resolve(highlightPath[0], unfiltered: loaded)
            let to = try indexed.resolve(highlightPath[1], unfiltered: loaded)
            let paths = indexed.allShortestPaths(from: from.id, to: to.id)
            guard !paths.isEmpty else {
                throw CommandError("no path between “\(from.name)” and “\(to.name)” in the graph drawn")
            }
            let highlight = PathHighlight(paths)
            options.emphasis = (highlight.actors, highlight.edges)
        }
        if camps {
            let analysis = CampAnalysis(graph)
            options.clusters = analysis.clusters.map { DOTCluster(label: $0.label, members: Set($0.members)) }
            options.crossing = Set(analysis.frustratedTies.flatMap { $0.relations.map(\.key) })
        }
        return graph
    }
}
