import ActorGraphFormats
import ActorGraphModel
import ActorGraphQueries
import ActorGraphRendering
import ActorGraphStore
import Foundation

/// The files of a drawn graph, written into one folder: `graph.json` (the graph), `graph.dot`
/// (the DOT Graphviz is given, re-renderable with any engine), one diagram per format and, for
/// `html`, the interactive page `graph.html`.
///
/// Every file is written under a temporary name before the first is put in place, so a failure
/// (a graph too large for the engine, say) leaves the folder as it was; each file is replaced
/// atomically.
struct DiagramOutput {
    var folder: URL
    var formats: [OutputFormat]
    var engine: LayoutEngine
    var options: DOTOptions
    var renderer = GraphvizRenderer()
    /// The engine that draws a graph over `engine`'s size limit, or nil to fail instead.
    var fallback: LayoutEngine?
    /// What the page says of each document (title, outlet, date, link), by document name.
    var documents: [String: PageDocument] = [:]
    /// Diagrams drawn before (an update's store keeps the last one), by format, with their
    /// ``drawingKey(format:engine:graph:version:)``: a format whose key is this graph's is not
    /// drawn again.
    var kept: [DiagramFormat: KeptDrawing] = [:]
    /// Whether the drawings of ``keptFormats`` are returned with their keys, to be kept (a build
    /// keeps them; `render` does not, and need not hash its DOT).
    var keepsDrawings = false
    /// The graph.json written before (an update's, when the store kept its layout and the file
    /// is unchanged since), found while graph.json is staged (it reads the whole file for its
    /// digest, which is then off the critical path): its unchanged edges are copied from it.
    var previousJSON: (@Sendable () -> NodeLinkJSON.Previous?)?
    /// Whether ``stage(_:)`` returns the ``FileDigest`` of the graph.json it staged (a build keeps
    /// it for the next update; `render` does not).
    var digestsJSON = false
    /// Given graph.json's layout and digest as soon as the file is staged and digested, before
    /// the diagrams are done (nil when staging it failed or ``digestsJSON`` is off): a build keeps
    /// them in the store's transaction instead of one of their own after.
    var stagedJSON: Handoff<(layout: NodeLinkLayout, digest: String)?>?

    /// A diagram and the key of everything that decided its bytes.
    struct KeptDrawing: Sendable {
        var key: String
        var data: Data
    }

    /// The formats kept between builds, keyed by everything that decides their bytes but the
    /// tooltips: the PNG has no hover text, so an update that only adds evidence to existing
    /// edges (changing the tooltips alone) draws the same bytes; the SVG (kept decorated, as
    /// written) is given the new DOT's tooltips and the titles made of them (``SVGTooltips``)
    /// instead of being laid out again.
    static let keptFormats: [DiagramFormat] = [.png, .svg]

    /// The files of a graph but graph.json, made in memory and not yet written, and how they
    /// were drawn.
    struct Drawn {
        /// graph.dot, then each format in the order asked: names and contents.
        var files: [(name: String, bytes: [UInt8])]
        /// The engine that drew the diagrams.
        var engine: LayoutEngine
        /// The size error of `engine` when the fallback drew the diagrams instead.
        var refusal: RenderError?
        /// The diagrams of ``keptFormats`` with their keys, to keep for the next update.
        var keep: [DiagramFormat: KeptDrawing] = [:]
    }

    /// What was written, and how.
    struct Written {
        /// graph.json, graph.dot, then each format in the order asked.
        var files: [URL]
        /// The engine that drew the diagrams.
        var engine: LayoutEngine
        /// The size error of `engine` when the fallback drew the diagrams instead.
        var refusal: RenderError?
    }

    /// Draws `graph` and writes its files: all are staged first, then put in place.
    /// - Throws: ``RenderError`` when Graphviz cannot draw the graph (``RenderError/tooLarge(engine:nodes:edges:limit:)``
    ///   when it is over the engine's limit and there is no fallback), or a file error.
    @discardableResult
    func write(_ graph: ActorGraph) throws -> Written {
        let (drawn, staged, _, _) = try stage(graph)
        for (i, file) in staged.enumerated() {
            do {
                try file.commit()
            } catch {
                for rest in staged[(i + 1)...] { rest.discard() }
                throw error
            }
        }
        return Written(files: staged.map(\.url), engine: drawn.engine, refusal: drawn.refusal)
    }

    /// Writes every file of `graph` under a temporary name beside its target, for the caller to
    /// commit (``StagedFile/commit()``) in the order returned: graph.json, graph.dot, then each
    /// format in the order asked. graph.json is written as it is encoded, while Graphviz draws
    /// (they are independent, and each takes over half a second on a large corpus's graph); the
    /// rest is rendered in memory first. On failure nothing staged is left.
    /// - Returns: also where graph.json's edges lie and, with ``digestsJSON``, its digest, for
    ///   the next update.
    /// - Throws: ``RenderError``, as writing the graph does, or a file error.
    func stage(_ graph: ActorGraph) throws -> (drawn: Drawn, staged: [StagedFile], layout: NodeLinkLayout, digest: String?) {
        let url = folder.appendingPathComponent("graph.json")
        let (json, drawing) = try concurrently({ [previousJSON, digestsJSON, stagedJSON] in
            let staged = Result {
                var layout = NodeLinkLayout()
                let previous = previousJSON?()
                let file = try OutputFile.stage(to: url) { layout = try NodeLinkJSON.write(graph, to: $0, reusing: previous) }
                // The staged bytes are the ones the rename puts in place.
                return (file, layout, digestsJSON ? FileDigest.of(path: file.stagedPath) : nil)
            }
            // Handed over on every path: the store's transaction waits for it.
            if case let .success((_, layout, digest?)) = staged {
                stagedJSON?.fulfil((layout, digest))
            } else {
                stagedJSON?.fulfil(nil)
            }
            return staged
        }, {
            Result { try diagrams(graph) }
        })
        switch (json, drawing) {
        case let (.success((file, layout, digest)), .success(drawn)):
            var staged = [file]
            do {
                for (name, bytes) in drawn.files { staged.append(try OutputFile.stage(bytes, to: folder.appendingPathComponent(name))) }
            } catch {
                for file in staged { file.discard() }
                throw error
            }
            return (drawn, staged, layout, digest)
        case let (.success((file, _, _)), .failure(error)):
            file.discard()
            throw error
        case let (.failure(error), .success), let (_, .failure(error)):
            // A drawing's failure (a graph too large, say) says more than a file's.
            throw error
        }
    }

    /// The names of every file a drawing of this output may write, for removing what a killed
    /// run staged (``OutputFile/removeStaged(for:)``).
    var fileNames: [String] {
        ["graph.json", "graph.dot"] + formats.map(\.fileName)
    }

    /// graph.dot and the diagrams of `graph` (the page among them), without graph.json.
    private func diagrams(_ graph: ActorGraph) throws -> Drawn {
        // The page's data (its graph, camps and documents) does not depend on the drawing: it is
        // made while Graphviz draws, and the page put around the SVG after.
        let wantsPage = formats.contains(.html)
        let (prepared, drawn) = try concurrently({ () -> (page: InteractivePage, data: [UInt8])? in
            guard wantsPage else { return nil }
            let page = pageWithoutSVG(graph)
            return (page, page.dataBytes())
        }, {
            try drawings(graph)
        })
        // Bytes, not Data: graph.json and the page are tens of megabytes on a large corpus, and
        // each conversion would copy them.
        var files: [(name: String, bytes: [UInt8])] = [("graph.dot", Array(drawn.dot.utf8))]
        for format in formats {
            guard let svgOrImage = drawn.diagrams[format.diagramFormat] else { continue }
            if format == .html, var page = prepared?.page, let data = prepared?.data {
                page.svg = svgOrImage
                files.append((format.fileName, page.htmlBytes(data: data)))
            } else {
                files.append((format.fileName, [UInt8](svgOrImage)))
            }
        }
        return Drawn(files: files, engine: drawn.engine, refusal: drawn.refusal, keep: drawn.keep)
    }

    /// What Graphviz drew of `graph` by format (the SVG decorated), and the DOT it drew from.
    private func drawings(_ graph: ActorGraph) throws -> (diagrams: [DiagramFormat: Data], dot: String, engine: LayoutEngine, refusal: RenderError?, keep: [DiagramFormat: KeptDrawing]) {
        var dots: [LayoutEngine: String] = [:]
        func dot(for engine: LayoutEngine) -> String {
            if let made = dots[engine] { return made }
            var options = options
            options.legendLayout = .suiting(engine: engine.rawValue)
            let made = DOTEncoder(options: options).encode(graph)
            dots[engine] = made
            return made
        }
        var graphvizFormats: [DiagramFormat] = []
        for format in formats where !graphvizFormats.contains(format.diagramFormat) {
            graphvizFormats.append(format.diagramFormat)
        }
        // Kept drawings are looked up for the engine asked for; a graph too large for it is drawn
        // by the fallback, and then everything is drawn.
        let wantedKept = Self.keptFormats.filter { graphvizFormats.contains($0) }
        var reused: [DiagramFormat: KeptDrawing] = [:]
        let version = keepsDrawings || !kept.isEmpty ? renderer.version : nil
        if !kept.isEmpty, let version {
            let keys = drawingKeys(formats: wantedKept, engine: engine, graph: graph, version: version)
            for format in wantedKept {
                guard let drawing = kept[format], drawing.key == keys[format] else { continue }
                if format == .svg {
                    // Drawn (and decorated) as before but for the tooltips: this graph's are
                    // written into it, with the titles the decorator makes of them.
                    guard let tooltips = SVGTooltips.tooltips(inDOT: dot(for: engine)),
                          let svg = SVGTooltips.retitled(drawing.data, tooltips: tooltips) else { continue }
                    reused[format] = KeptDrawing(key: drawing.key, data: svg)
                } else {
                    reused[format] = drawing
                }
            }
        }
        let drawFormats = graphvizFormats.filter { reused[$0] == nil }.sorted()
        var diagrams: [DiagramFormat: Data] = [:]
        var drawnEngine = engine
        var refusal: RenderError?
        if !drawFormats.isEmpty {
            let drawn = try renderer.render(engine: engine, fallback: fallback ?? engine, formats: drawFormats) { dot(for: $0) }
            (diagrams, drawnEngine, refusal) = (drawn.output, drawn.engine, drawn.refusal)
        }
        if drawnEngine != engine, !reused.isEmpty {
            // The fallback drew the rest: the kept drawings of the first engine do not match it.
            let more = try renderer.render(dot: dot(for: drawnEngine), engine: drawnEngine, formats: reused.keys.sorted())
            diagrams.merge(more) { first, _ in first }
            reused = [:]
        }
        // The SVG Graphviz drew is decorated (a kept one already is), and kept decorated.
        if let svg = diagrams[.svg] { diagrams[.svg] = SVGDecorator.decorate(svg) }
        var keep = reused
        let toKeep = wantedKept.filter { keep[$0] == nil && diagrams[$0] != nil }
        if keepsDrawings, let version, !toKeep.isEmpty {
            let keys = drawingKeys(formats: toKeep, engine: drawnEngine, graph: graph, version: version)
            for format in toKeep {
                guard let data = diagrams[format], let key = keys[format] else { continue }
                // An SVG is kept only when its own tooltips, written into it, give back its bytes
                // (Graphviz's escaping and the decorator's titles): a text SVGTooltips does not
                // write as they do is never reused.
                if format == .svg {
                    guard let tooltips = SVGTooltips.tooltips(inDOT: dot(for: drawnEngine)),
                          SVGTooltips.retitled(data, tooltips: tooltips) == data else { continue }
                }
                keep[format] = KeptDrawing(key: key, data: data)
            }
        }
        for (format, drawing) in reused { diagrams[format] = drawing.data }
        return (diagrams, dot(for: drawnEngine), drawnEngine, refusal, keep)
    }

    /// The key of `graph`'s diagram in each of `formats` drawn by `engine`: a hash of the
    /// Graphviz version, the engine, the format and the DOT the diagram is drawn from without its
    /// tooltips (the PNG does not show them; a kept SVG is given the new ones). The DOT is
    /// encoded once for all the formats.
    func drawingKeys(formats: [DiagramFormat], engine: LayoutEngine, graph: ActorGraph, version: String) -> [DiagramFormat: String] {
        guard !formats.isEmpty else { return [:] }
        var options = options
        options.legendLayout = .suiting(engine: engine.rawValue)
        options.tooltips = false
        let dot = DOTEncoder(options: options).encode(graph)
        var keys: [DiagramFormat: String] = [:]
        for format in formats {
            keys[format] = ContentHash.of("graphviz \(version)\nengine \(engine.rawValue)\nformat \(format.rawValue)\n\(dot)")
        }
        return keys
    }

    /// The interactive page of `graph` with the camps of `actorgraph camps` embedded for the
    /// camp colouring, its SVG still empty (``diagrams(_:)`` puts the decorated one in).
    private func pageWithoutSVG(_ graph: ActorGraph) -> InteractivePage {
        let analysis = CampAnalysis(graph)
        let camps = analysis.camps.map { PageCamp(label: $0.label, members: $0.members) }
        let title = options.title ?? "ActorGraph"
        return InteractivePage(title: title, graph: graph, svg: Data(), camps: camps, documents: documents)
    }
}
