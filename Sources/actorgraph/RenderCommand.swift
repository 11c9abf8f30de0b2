import ActorGraphFormats
import ActorGraphModel
import ActorGraphRendering
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
            --format dot,json write Graphviz's laid-out graph.layout.dot and graph.layout.json. \
            Nothing is written when an input file has a problem.

            Inputs: .yaml, .yml and .json documents of actors, events and relations (see \
            examples/seeds.yaml); .csv edge lists of subject,relation,object[,evidence] giving \
            kinds as Name:kind (see examples/syria-talks.csv), which may also name actors \
            declared in the other files; and graph.json.

            Engines: dot (layered; at most \(RenderLimits()[.dot].nodes) nodes and \(RenderLimits()[.dot].edges) edges), neato, \
            fdp, sfdp (thousands of nodes), circo, twopi; a graph over the engine's limit is an \
            error unless --no-size-limit. In the SVG, hover a node for its names or an edge for \
            its evidence.

            Examples:
              actorgraph render examples/seeds.yaml --out output/example --format svg,png
              actorgraph render actors.yaml edges.csv --out output/big --engine sfdp
            """
    )

    @Argument(help: ArgumentHelp("Input files: .yaml, .yml, .json (structured input or graph.json), .csv.", valueName: "file"))
    var files: [String]

    @Option(name: .long, help: ArgumentHelp("The folder to write into (created when missing).", valueName: "folder"))
    var out: String = "output"

    @Option(name: .long, help: ArgumentHelp("Comma-separated formats: \(DiagramFormat.allCases.map(\.rawValue).joined(separator: ", ")).", valueName: "formats"))
    var format: String = "svg"

    @Option(name: .long, help: ArgumentHelp("Layout engine: \(LayoutEngine.allCases.map(\.rawValue).joined(separator: ", ")).", valueName: "engine"))
    var engine: String = "dot"

    @Option(name: .long, help: ArgumentHelp("Direction of dot's layers: LR, TB, RL or BT.", valueName: "direction"))
    var rankdir: String = "LR"

    @Option(name: .long, help: ArgumentHelp("A title drawn above the diagram.", valueName: "text"))
    var title: String?

    @Flag(name: .customLong("no-legend"), help: "Leave out the legend of kinds and relations.")
    var noLegend = false

    @Flag(name: .customLong("edge-labels"), help: "Write each relation's name on its edge.")
    var edgeLabels = false

    @Flag(name: .customLong("no-size-limit"), help: "Lay out a graph of any size (dot may then run for many minutes and cannot be stopped but by killing the process).")
    var noSizeLimit = false

    func run() throws {
        let formats = try DiagramFormat.list(parsing: format)
        let engine = try LayoutEngine(parsing: engine)
        guard let direction = RankDirection(userText: rankdir) else {
            throw ValidationError("unknown --rankdir “\(rankdir)”; use one of \(RankDirection.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        let graph = try StructuredInput.load(files.map { URL(fileURLWithPath: $0) })
        let output = DiagramOutput(
            folder: URL(fileURLWithPath: out), formats: formats, engine: engine,
            options: DOTOptions(legend: !noLegend, rankdir: direction, title: title, edgeLabels: edgeLabels),
            renderer: GraphvizRenderer(limits: noSizeLimit ? .none : RenderLimits()))
        for url in try output.write(graph) {
            print(url.path)
        }
    }
}
