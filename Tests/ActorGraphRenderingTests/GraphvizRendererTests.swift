import ActorGraphModel
import ActorGraphFormats
@testable import ActorGraphRendering
import Foundation
import Testing

@Suite("GraphvizRenderer")
struct GraphvizRendererTests {
    let renderer = GraphvizRenderer()

    // MARK: Formats

    @Test func oneLayoutRendersToEveryFormat() throws {
        let output = try renderer.render(dot: DOTEncoder().encode(try TestGraphs.small()), formats: DiagramFormat.allCases)
        #expect(Set(output.keys) == Set(DiagramFormat.allCases))
        #expect(SVGReader.read(try #require(output[.svg]))?.root == "svg")
        #expect(try #require(output[.png]).starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        #expect(try #require(output[.pdf]).starts(with: Data("%PDF-".utf8)))
        let json = try JSONSerialization.jsonObject(with: try #require(output[.json])) as? [String: Any]
        #expect((json?["objects"] as? [Any])?.isEmpty == false)
        let laidOut = String(decoding: try #require(output[.dot]), as: UTF8.self)
        #expect(laidOut.hasPrefix("digraph ActorGraph {"))
        #expect(laidOut.contains("pos=\""))
    }

    @Test func svgIsTheSameWhetherOrNotOtherFormatsAreAsked() throws {
        let dot = DOTEncoder().encode(try TestGraphs.small())
        let alone = try renderer.render(dot: dot, format: .svg)
        let together = try renderer.render(dot: dot, formats: [.dot, .json, .svg])[.svg]
        #expect(alone == together)
    }

    // MARK: Determinism

    /// dot, neato, circo, twopi and (seeded) sfdp give byte-identical output render after render.
    @Test(arguments: [LayoutEngine.dot, .neato, .sfdp, .circo, .twopi])
    func sameGraphRendersByteIdenticallyTwice(engine: LayoutEngine) throws {
        let dot = DOTEncoder().encode(try TestGraphs.generated(actors: 25, edges: 50))
        let first = try renderer.render(dot: dot, engine: engine, formats: [.svg, .dot])
        let second = try renderer.render(dot: dot, engine: engine, formats: [.svg, .dot])
        #expect(first[.svg] == second[.svg])
        #expect(first[.dot] == second[.dot])
    }

    @Test func sfdpKeepsASeedTheDOTSets() throws {
        let dot = DOTEncoder().encode(try TestGraphs.generated(actors: 25, edges: 50))
        let seeded = dot.replacingOccurrences(of: "overlap=false", with: "overlap=false, start=7")
        let ours = try renderer.render(dot: dot, engine: .sfdp, format: .dot)
        let theirs = try renderer.render(dot: seeded, engine: .sfdp, format: .dot)
        #expect(ours != theirs)
        #expect(theirs == (try renderer.render(dot: seeded, engine: .sfdp, format: .dot)))
    }

    /// fdp is not reproducible inside one process (see GraphvizRenderer's documentation); it must
    /// still draw every node.
    @Test func fdpDrawsEveryNode() throws {
        let graph = try TestGraphs.generated(actors: 25, edges: 50)
        let svg = try #require(SVGReader.read(try renderer.render(dot: DOTEncoder().encode(graph), engine: .fdp, format: .svg)))
        #expect(svg.elements(ofClass: "actor").count == graph.actorCount)
    }

    @Test func bitmapAndDocumentFormatsAreDeterministic() throws {
        let dot = DOTEncoder().encode(try TestGraphs.small())
        let first = try renderer.render(dot: dot, formats: [.png, .pdf])
        let second = try renderer.render(dot: dot, formats: [.png, .pdf])
        #expect(first[.png] == second[.png])
        #expect(first[.pdf] == second[.pdf])
        // cairo's creation time would make two runs a second apart differ.
        let pdf = try #require(first[.pdf])
        #expect(pdf.range(of: Data("/CreationDate".utf8)) == nil)
        #expect(pdf.range(of: Data("/Producer (cairo".utf8)) != nil)
    }

    // MARK: Errors

    @Test(arguments: ["", "  \n\t "])
    func emptyInputIsAnError(dot: String) {
        #expect(throws: RenderError.emptyInput) { try renderer.render(dot: dot, format: .svg) }
    }

    @Test func malformedDOTGivesGraphvizsMessageOnOneLine() throws {
        let error = #expect(throws: RenderError.self) {
            try renderer.render(dot: "digraph {\n  a -> ;\n}", format: .svg)
        }
        guard case let .syntax(message)? = error else {
            Issue.record("expected a syntax error, got \(String(describing: error))")
            return
        }
        #expect(message.hasPrefix("syntax error in line "))
        #expect(error?.description.contains("\n") == false)
        #expect(error?.description.hasPrefix("Graphviz cannot parse the DOT text: ") == true)
    }

    @Test func aFailureDoesNotStickToLaterRenders() throws {
        _ = try? renderer.render(dot: "digraph { -> }", format: .svg)
        _ = try? renderer.render(dot: "graph { a -- b ", format: .svg)
        let svg = try renderer.render(dot: "digraph { a -> b }", format: .svg)
        #expect(SVGReader.read(svg)?.elements(ofClass: "node").count == 2)
    }

    @Test func aGraphOverTheEnginesLimitIsRefusedBeforeLayout() throws {
        let limited = GraphvizRenderer(limits: RenderLimits([.dot: .init(nodes: 5, edges: 100)]))
        let dot = DOTEncoder(options: DOTOptions(legend: false)).encode(try TestGraphs.generated(actors: 6, edges: 4))
        let error = #expect(throws: RenderError.self) { try limited.render(dot: dot, engine: .dot, format: .svg) }
        #expect(error == .tooLarge(engine: .dot, nodes: 6, edges: 4, limit: .init(nodes: 5, edges: 100)))
        #expect(error?.description.contains("use --engine sfdp") == true)
        // Other engines keep their own (default) limits.
        #expect(try limited.render(dot: dot, engine: .sfdp, format: .svg).isEmpty == false)
    }

    @Test func defaultLimitsSendLargeGraphsToSFDP() {
        let limits = RenderLimits()
        #expect(limits[.dot].nodes < limits[.sfdp].nodes)
        #expect(limits[.sfdp].nodes >= 10_000)
    }

    @Test func unknownEngineAndFormatNamesListTheValidOnes() throws {
        #expect(throws: RenderError.unknownEngine("spring")) { try LayoutEngine(parsing: "spring") }
        #expect(RenderError.unknownEngine("spring").description == "unknown layout engine “spring”; use one of dot, neato, fdp, sfdp, circo, twopi")
        #expect(throws: RenderError.unknownFormat("gif")) { try DiagramFormat.list(parsing: "svg,gif") }
        #expect(RenderError.unknownFormat("gif").description == "unknown diagram format “gif”; use one of svg, png, pdf, dot, json")
        #expect(throws: RenderError.unknownFormat("")) { try DiagramFormat.list(parsing: "svg,") }
        #expect(try DiagramFormat.list(parsing: "SVG, png,svg") == [.svg, .png])
        #expect(try LayoutEngine(parsing: "SFDP") == .sfdp)
    }

    // MARK: Scale and concurrency

    @Test func twoHundredActorsAndAThousandEdgesRenderWithSFDP() throws {
        let graph = try TestGraphs.generated(actors: 200, edges: 1_000)
        let svg = try renderer.render(dot: DOTEncoder().encode(graph), engine: .sfdp, format: .svg)
        let reader = try #require(SVGReader.read(svg))
        #expect(reader.elements(ofClass: "actor").count == 200)
        #expect(reader.elements(ofClass: "relation").filter { !$0.classes.contains("legend") }.count == 1_000)
    }

    @Test func concurrentRendersFromManyTasksDoNotCrash() async throws {
        let dot = DOTEncoder().encode(try TestGraphs.generated(actors: 30, edges: 60))
        let expected = try renderer.render(dot: dot, engine: .dot, format: .svg)
        let renderer = self.renderer
        try await withThrowingTaskGroup(of: Data?.self) { group in
            for index in 0..<8 {
                group.addTask {
                    if index.isMultiple(of: 2) {
                        return try await renderer.render(dot: dot, engine: .dot, formats: [.svg])[.svg]
                    }
                    // The synchronous call, from a task of the cooperative pool.
                    return try renderer.render(dot: dot, engine: .dot, format: .svg)
                }
            }
            for try await svg in group { #expect(svg == expected) }
        }
    }

    // MARK: Plugins

    /// A machine whose plugin configuration is missing (`dot -c` never ran) still renders: the
    /// wrapper loads the plugin libraries itself.
    @Test func rendersWithPluginsLoadedDirectly() throws {
        let library = GraphvizLibrary(forceBuiltIn: true)
        #expect(library.failure == nil)
        #expect(library.pluginSource == .builtInLibraries)
        let fallback = GraphvizRenderer(library: library)
        let output = try fallback.render(dot: DOTEncoder().encode(try TestGraphs.small()), formats: [.svg, .png])
        #expect(SVGReader.read(try #require(output[.svg]))?.elements(ofClass: "actor").count == 7)
        #expect(try #require(output[.png]).starts(with: [0x89, 0x50, 0x4E, 0x47]))
        #expect(GraphvizLibrary.shared.pluginSource == .configuration)
    }

    /// A graph with exactly as many actors as dot's limit is over it once the legend's nodes are
    /// counted: the renderer says so, and the fallback draws it (what `build` relies on).
    @Test func aGraphJustAtTheLimitFallsBackOnTheRenderersOwnCount() throws {
        let graph = try TestGraphs.generated(actors: 20, edges: 20)
        let renderer = GraphvizRenderer(limits: RenderLimits([.dot: .init(nodes: 20, edges: 40)]))
        let plain = DOTEncoder(options: DOTOptions(legend: false)).encode(graph)
        let drawn = try renderer.render(engine: .dot, fallback: .sfdp, formats: [.svg]) { _ in plain }
        #expect(drawn.engine == .dot && drawn.refusal == nil)

        let withLegend = DOTEncoder().encode(graph)
        #expect(throws: RenderError.self) { try renderer.render(dot: withLegend, engine: .dot, format: .svg) }
        var asked: [LayoutEngine] = []
        let fallback = try renderer.render(engine: .dot, fallback: .sfdp, formats: [.svg]) { engine in
            asked.append(engine)
            return withLegend
        }
        #expect(asked == [.dot, .sfdp])
        #expect(fallback.engine == .sfdp)
        guard case let .tooLarge(engine, nodes, _, limit)? = fallback.refusal else {
            Issue.record("expected the size error, got \(String(describing: fallback.refusal))")
            return
        }
        #expect(engine == .dot && nodes > 20 && limit.nodes == 20)
        #expect(fallback.output[.svg].map { !$0.isEmpty } == true)
    }

    @Test func otherErrorsAreNotCaughtByTheFallback() {
        do {
            _ = try renderer.render(engine: .dot, fallback: .sfdp, formats: [.svg]) { _ in "digraph { a -> }" }
            Issue.record("a syntax error rendered")
        } catch {
            guard case .syntax = error else {
                Issue.record("expected a syntax error, got \(error)")
                return
            }
        }
    }
}
