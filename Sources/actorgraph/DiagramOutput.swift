import ActorGraphFormats
import ActorGraphModel
import ActorGraphQueries
import ActorGraphRendering
import Foundation

/// The files of a drawn graph, written into one folder: `graph.json` (the graph), `graph.dot`
/// (the DOT Graphviz is given, re-renderable with any engine), one diagram per format and, for
/// `html`, the interactive page `graph.html`.
///
/// Everything is rendered in memory before the first file is written, so a failure (a graph too
/// large for the engine, say) leaves the folder as it was; each file is replaced atomically.
struct DiagramOutput {
    var folder: URL
    var formats: [OutputFormat]
    var engine: LayoutEngine
    var options: DOTOptions
    var renderer = GraphvizRenderer()
    /// What the page says of each document (title, outlet, date, link), by document name.
    var documents: [String: PageDocument] = [:]

    /// Draws `graph` and writes its files.
    /// - Returns: the files written: graph.json, graph.dot, then each format in the order asked.
    /// - Throws: ``RenderError`` when Graphviz cannot draw the graph (``RenderError/tooLarge(engine:nodes:edges:limit:)``
    ///   when it is over the engine's limit), or a file error.
    @discardableResult
    func write(_ graph: ActorGraph) throws -> [URL] {
        let dot = DOTEncoder(options: options).encode(graph)
        var graphvizFormats: [DiagramFormat] = []
        for format in formats where !graphvizFormats.contains(format.diagramFormat) {
            graphvizFormats.append(format.diagramFormat)
        }
        var diagrams = try renderer.render(dot: dot, engine: engine, formats: graphvizFormats.sorted())
        if let svg = diagrams[.svg] { diagrams[.svg] = SVGDecorator.decorate(svg) }
        var files: [(String, Data)] = [("graph.json", NodeLinkJSON.encode(graph)), ("graph.dot", Data(dot.utf8))]
        for format in formats {
            guard let data = diagrams[format.diagramFormat] else { continue }
            if format == .html {
                files.append((format.fileName, page(graph, svg: data)))
            } else {
                files.append((format.fileName, data))
            }
        }
        var written: [URL] = []
        for (name, data) in files {
            let url = folder.appendingPathComponent(name)
            try OutputFile.write(data, to: url)
            written.append(url)
        }
        return written
    }

    /// The interactive page of `graph` around its decorated SVG, with the camps of
    /// `actorgraph camps` embedded for the camp colouring.
    private func page(_ graph: ActorGraph, svg: Data) -> Data {
        let analysis = CampAnalysis(graph)
        let camps = analysis.camps.map { PageCamp(label: $0.label, members: $0.members) }
        let title = options.title ?? "ActorGraph"
        return InteractivePage(title: title, graph: graph, svg: svg, camps: camps, documents: documents).html()
    }
}
