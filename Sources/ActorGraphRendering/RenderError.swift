/// Why a diagram could not be drawn. Every message is one line a user can act on; Graphviz's own
/// message is kept where it explains the problem.
public enum RenderError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The DOT text is empty or only whitespace.
    case emptyInput
    /// Graphviz could not parse the DOT text; its message (with the line) is attached.
    case syntax(String)
    /// The graph has more nodes or edges than `engine` lays out in reasonable time.
    case tooLarge(engine: LayoutEngine, nodes: Int, edges: Int, limit: RenderLimits.Limit)
    /// The layout failed; Graphviz's message is attached.
    case layout(engine: LayoutEngine, message: String)
    /// Rendering the laid-out graph to `format` failed; Graphviz's message is attached.
    case output(format: DiagramFormat, message: String)
    /// No engine name matches.
    case unknownEngine(String)
    /// No format name matches.
    case unknownFormat(String)
    /// Graphviz has no layout or render plugins, and loading them directly failed too.
    case noPlugins(String)

    public var description: String {
        switch self {
        case .emptyInput:
            "empty DOT input: there is no graph to draw"
        case let .syntax(message):
            "Graphviz cannot parse the DOT text: \(message)"
        case let .tooLarge(engine, nodes, edges, limit):
            "graph too large for the \(engine.rawValue) layout (\(nodes) nodes, \(edges) edges; limit \(limit.nodes) nodes, \(limit.edges) edges)"
                + (engine == .sfdp ? "; filter the graph first" : "; use --engine sfdp, which handles thousands of nodes, or filter the graph")
        case let .layout(engine, message):
            "the \(engine.rawValue) layout failed: \(message)"
        case let .output(format, message):
            "rendering \(format.rawValue) failed: \(message)"
        case let .unknownEngine(name):
            "unknown layout engine “\(name)”; use one of \(LayoutEngine.allCases.map(\.rawValue).joined(separator: ", "))"
        case let .unknownFormat(name):
            "unknown diagram format “\(name)”; use one of \(DiagramFormat.allCases.map(\.rawValue).joined(separator: ", "))"
        case let .noPlugins(message):
            "Graphviz has no plugins (\(message)); run `dot -c` as root to write its plugin configuration, or reinstall libgvc6"
        }
    }

    /// A Graphviz message on one line: whitespace runs, newlines included, become one space.
    static func oneLine(_ message: String) -> String {
        let words = message.split(whereSeparator: { $0.isWhitespace || $0.isNewline })
        return words.isEmpty ? "no message from Graphviz" : words.joined(separator: " ")
    }
}
