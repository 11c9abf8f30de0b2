import ActorGraphFormats
import ActorGraphModel
import ActorGraphRendering
import Foundation

/// The files of a drawn graph, written into one folder: `graph.json` (the graph), `graph.dot`
/// (the DOT Graphviz is given, re-renderable with any engine) and one diagram per format.
///
/// Everything is rendered in memory before the first file is written, so a failure (a graph too
/// large for the engine, say) leaves the folder as it was; each file is replaced atomically.
struct DiagramOutput {
    var folder: URL
    var formats: [DiagramFormat]
    var engine: LayoutEngine
    var options: DOTOptions
    var renderer = GraphvizRenderer()

    /// The file a format is written to. Graphviz's laid-out `dot` and `json` get a `.layout`
    /// infix so they do not replace graph.dot and graph.json.
    static func fileName(for format: DiagramFormat) -> String {
        switch format {
        case .svg, .png, .pdf: "graph.\(format.fileExtension)"
        case .dot, .json: "graph.layout.\(format.fileExtension)"
        }
    }

    /// Draws `graph` and writes its files.
    /// - Returns: the files written: graph.json, graph.dot, then each format in the order asked.
    @discardableResult
    func write(_ graph: ActorGraph) throws -> [URL] {
        let dot = DOTEncoder(options: options).encode(graph)
        let diagrams = try renderer.render(dot: dot, engine: engine, formats: formats)
        var files: [(String, Data)] = [("graph.json", NodeLinkJSON.encode(graph)), ("graph.dot", Data(dot.utf8))]
        for format in formats {
            guard let data = diagrams[format] else { continue }
            files.append((Self.fileName(for: format), data))
        }
        var written: [URL] = []
        for (name, data) in files {
            let url = folder.appendingPathComponent(name)
            try OutputFile.write(data, to: url)
            written.append(url)
        }
        return written
    }
}
