import ActorGraphFormats
import ActorGraphRendering
import ArgumentParser
import Foundation

/// How a graph is drawn: formats, layout engine, view and the look of the diagram. Shared by the
/// commands that write diagrams (`render`, `build`).
struct DrawingOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Comma-separated formats; html is the interactive page graph.html.", valueName: "formats"))
    var format: OutputFormatList = OutputFormatList([.svg, .png])

    @Option(name: .long, help: ArgumentHelp("Layout engine.", valueName: "engine"))
    var engine: LayoutEngine = .dot

    @Option(name: .long, help: ArgumentHelp("What the diagram leads with: stances (each meeting a card of its participants) or meetings (every attendance an edge).", valueName: "view"))
    var view: DiagramView = .stances

    @Option(name: .long, help: ArgumentHelp("Direction of dot's layers.", valueName: "direction"))
    var rankdir: RankDirection = .leftToRight

    @Option(name: .long, help: ArgumentHelp("A title drawn above the diagram.", valueName: "text"))
    var title: String?

    @Flag(name: .customLong("no-legend"), help: "Leave out the legend of kinds and relations.")
    var noLegend = false

    @Flag(name: .customLong("edge-labels"), help: "Write each relation's name and support (documents stating it) on its edge.")
    var edgeLabels = false

    @Flag(name: .customLong("no-size-limit"), help: "Lay out a graph of any size (dot may then run for many minutes and cannot be stopped but by killing the process).")
    var noSizeLimit = false

    /// The writer these options describe, for the folder `folder`; `extra` formats are written too.
    func output(into folder: URL, adding extra: [OutputFormat] = []) -> DiagramOutput {
        var formats = format.formats
        for more in extra where !formats.contains(more) { formats.append(more) }
        return DiagramOutput(
            folder: folder, formats: formats, engine: engine,
            options: DOTOptions(legend: !noLegend, rankdir: rankdir, title: title, edgeLabels: edgeLabels, view: view),
            renderer: GraphvizRenderer(limits: noSizeLimit ? .none : RenderLimits()))
    }
}

/// A file `render` and `build` can write beside graph.json and graph.dot: a Graphviz format, or
/// the interactive page.
enum OutputFormat: String, CaseIterable, ExpressibleByArgument, Sendable {
    case svg, png, pdf, dot, json, html

    /// The Graphviz format this is drawn in; the page is drawn from the SVG.
    var diagramFormat: DiagramFormat {
        switch self {
        case .svg, .html: .svg
        case .png: .png
        case .pdf: .pdf
        case .dot: .dot
        case .json: .json
        }
    }

    /// The file it is written to. Graphviz's laid-out `dot` and `json` get a `.layout` infix so
    /// they do not replace graph.dot and graph.json.
    var fileName: String {
        switch self {
        case .svg, .png, .pdf, .html: "graph.\(rawValue)"
        case .dot, .json: "graph.layout.\(rawValue)"
        }
    }

    init?(argument: String) {
        self.init(rawValue: argument.lowercased().trimmingCharacters(in: .whitespaces))
    }
}

/// `--format svg,png`: a comma-separated list of ``OutputFormat``s, in the order given, without repeats.
struct OutputFormatList: ExpressibleByArgument, Sendable {
    var formats: [OutputFormat]

    init(_ formats: [OutputFormat]) { self.formats = formats }

    init?(argument: String) {
        var formats: [OutputFormat] = []
        for part in argument.split(separator: ",", omittingEmptySubsequences: false) {
            guard let format = OutputFormat(argument: String(part)) else { return nil }
            if !formats.contains(format) { formats.append(format) }
        }
        guard !formats.isEmpty else { return nil }
        self.formats = formats
    }

    var defaultValueDescription: String { formats.map(\.rawValue).joined(separator: ",") }

    static var allValueStrings: [String] { OutputFormat.allValueStrings }
}

extension LayoutEngine: ExpressibleByArgument {
    public init?(argument: String) {
        self.init(rawValue: argument.lowercased().trimmingCharacters(in: .whitespaces))
    }
}

extension RankDirection: ExpressibleByArgument {
    public init?(argument: String) {
        self.init(userText: argument)
    }

    public var defaultValueDescription: String { rawValue }
    public static var allValueStrings: [String] { allCases.map(\.rawValue) }
}

extension DiagramView: ExpressibleByArgument {
    public init?(argument: String) {
        self.init(rawValue: argument.lowercased())
    }
}
