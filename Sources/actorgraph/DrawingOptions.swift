import ActorGraphRendering
import ArgumentParser
import Foundation

/// How a graph is drawn: formats, layout engine and the look of the diagram. Shared by the
/// commands that write diagrams (`render`, `build`).
struct DrawingOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Comma-separated formats: \(DiagramFormat.allCases.map(\.rawValue).joined(separator: ", ")).", valueName: "formats"))
    var format: String = "svg,png"

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

    /// The writer these options describe, for the folder `folder`.
    func output(into folder: URL) throws -> DiagramOutput {
        guard let direction = RankDirection(userText: rankdir) else {
            throw ValidationError("unknown --rankdir “\(rankdir)”; use one of \(RankDirection.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return DiagramOutput(
            folder: folder, formats: try DiagramFormat.list(parsing: format), engine: try LayoutEngine(parsing: engine),
            options: DOTOptions(legend: !noLegend, rankdir: direction, title: title, edgeLabels: edgeLabels),
            renderer: GraphvizRenderer(limits: noSizeLimit ? .none : RenderLimits()))
    }
}
