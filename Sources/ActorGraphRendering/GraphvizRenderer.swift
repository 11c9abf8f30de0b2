import CGraphviz
import Dispatch
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Draws DOT text with Graphviz in-process (libgvc), never spawning the `dot` program.
///
/// One layout is rendered to every format asked for. All Graphviz calls in the process are
/// serialised behind one lock, because the library is not thread-safe; the `async` variant also
/// moves the (uncancellable, possibly long) layout off Swift's cooperative thread pool.
///
/// ```swift
/// let renderer = GraphvizRenderer()
/// let files = try renderer.render(dot: DOTEncoder().encode(graph)  // DOTEncoder: ActorGraphFormats, engine: .dot, formats: [.svg, .png])
/// try files[.svg]!.write(to: url)
/// ```
///
/// Determinism (measured with Graphviz 2.42, see the tests): `dot`, `neato`, `circo` and `twopi`
/// give byte-identical output for the same input, in one process and across processes. `sfdp`
/// does too, because the renderer restarts the C random generators before every layout and gives
/// the graph a fixed `start` seed (unless the DOT sets one). `fdp` does not: its first layout in
/// a process is reproducible (so one `actorgraph render --engine fdp` run gives the same files
/// every time), but later layouts of the same graph in the same process drift apart after a few
/// hundred iterations, whatever the seed; fewer iterations (`maxiter=50`) hide it on small
/// graphs only. Use `sfdp` where a force layout must be reproducible inside one process.
/// PNG and PDF (from cairo) are byte-identical too: the PDF's creation time is blanked.
public struct GraphvizRenderer: Sendable {
    /// The largest graph each engine is asked to lay out.
    public var limits: RenderLimits

    /// The seed given to `fdp` and `sfdp` when the DOT text sets no `start` attribute.
    public static let defaultSeed = 1

    private let library: GraphvizLibrary

    /// Creates a renderer using the process's Graphviz context.
    public init(limits: RenderLimits = RenderLimits()) {
        self.limits = limits
        self.library = .shared
    }

    init(limits: RenderLimits = RenderLimits(), library: GraphvizLibrary) {
        self.limits = limits
        self.library = library
    }

    /// The Graphviz library's version ("2.42.2"), part of what decides a drawing's bytes; nil
    /// when there is no Graphviz context.
    public var version: String? {
        try? library.withContext { context in gvcVersion(context).map { String(cString: $0) } ?? "unknown" }
    }

    /// Lays `dot` out with `engine` and renders it to each of `formats`.
    /// - Returns: the bytes of each format.
    /// - Throws: ``RenderError``: empty input, a syntax error, a graph over the engine's limit, or
    ///   a layout or render failure, each with Graphviz's message when it gave one.
    public func render(dot: String, engine: LayoutEngine = .dot, formats: [DiagramFormat]) throws(RenderError) -> [DiagramFormat: Data] {
        // agmemread("") returns NULL and leaves a stale message behind: check first.
        guard dot.contains(where: { !$0.isWhitespace }) else { throw RenderError.emptyInput }
        let limit = limits[engine]
        return try library.withContext { (context) throws(RenderError) in
            // The error count is sticky: without a reset, one failure fails every later call.
            agreseterrors()
            guard let graph = agmemread(dot) else {
                throw RenderError.syntax(GraphvizLibrary.lastError() ?? "not a graph in DOT syntax")
            }
            defer { agclose(graph) }
            if let message = GraphvizLibrary.lastError() { throw RenderError.syntax(message) }

            let nodes = Int(agnnodes(graph)), edges = Int(agnedges(graph))
            guard nodes <= limit.nodes, edges <= limit.edges else {
                throw RenderError.tooLarge(engine: engine, nodes: nodes, edges: edges, limit: limit)
            }
            if engine == .fdp || engine == .sfdp { Self.seed(graph) }

            agreseterrors()
            Self.reseedRandomGenerators()
            let status = gvLayout(context, graph, engine.rawValue)
            // Frees the layout even when it failed (safe in Graphviz); runs before agclose.
            defer { gvFreeLayout(context, graph) }
            guard status == 0 else {
                throw RenderError.layout(engine: engine, message: GraphvizLibrary.lastError() ?? "no message from Graphviz")
            }

            var output: [DiagramFormat: Data] = [:]
            for format in Set(formats).sorted() {
                agreseterrors()
                var buffer: UnsafeMutablePointer<CChar>?
                var length: UInt32 = 0
                let status = gvRenderData(context, graph, format.rawValue, &buffer, &length)
                defer { if let buffer { gvFreeRenderData(buffer) } }
                guard status == 0, let buffer else {
                    throw RenderError.output(format: format, message: GraphvizLibrary.lastError() ?? "no message from Graphviz")
                }
                let data = Data(bytes: buffer, count: Int(length))
                output[format] = format == .pdf ? Self.blankingCreationDate(data) : data
            }
            return output
        }
    }

    /// What ``render(dot:engine:fallback:formats:)`` drew, and with which engine.
    public struct FallbackOutput: Sendable {
        /// The bytes of each format.
        public var output: [DiagramFormat: Data]
        /// The engine that drew them.
        public var engine: LayoutEngine
        /// Why the first engine was not used: its size error, when the fallback drew the graph.
        public var refusal: RenderError?
    }

    /// As ``render(dot:engine:formats:)``, but a graph over `engine`'s limit is drawn with
    /// `fallback` instead, from the DOT `dot` gives for that engine. The renderer counts the nodes
    /// and edges of the DOT it is given (a legend's too), so the decision never disagrees with the
    /// limit.
    /// - Throws: ``RenderError``, including ``RenderError/tooLarge(engine:nodes:edges:limit:)``
    ///   when the graph is over the fallback's limit as well.
    public func render(
        engine: LayoutEngine, fallback: LayoutEngine, formats: [DiagramFormat], dot: (LayoutEngine) -> String
    ) throws(RenderError) -> FallbackOutput {
        do {
            return FallbackOutput(output: try render(dot: dot(engine), engine: engine, formats: formats), engine: engine, refusal: nil)
        } catch let refusal {
            guard case .tooLarge = refusal, fallback != engine else { throw refusal }
            return FallbackOutput(output: try render(dot: dot(fallback), engine: fallback, formats: formats), engine: fallback, refusal: refusal)
        }
    }

    /// Lays `dot` out with `engine` and renders it to `format`.
    public func render(dot: String, engine: LayoutEngine = .dot, format: DiagramFormat) throws(RenderError) -> Data {
        // The dictionary holds every format asked for, so the lookup cannot fail.
        try render(dot: dot, engine: engine, formats: [format])[format] ?? Data()
    }

    /// As ``render(dot:engine:formats:)``, run on a dedicated serial queue so a long layout does
    /// not hold a thread of Swift's cooperative pool.
    public func render(dot: String, engine: LayoutEngine = .dot, formats: [DiagramFormat]) async throws -> [DiagramFormat: Data] {
        try await withCheckedThrowingContinuation { continuation in
            Self.queue.async {
                continuation.resume(with: Result { () throws(RenderError) in
                    try self.render(dot: dot, engine: engine, formats: formats)
                })
            }
        }
    }

    private static let queue = DispatchQueue(label: "ActorGraphRendering.Graphviz", qos: .userInitiated)

    /// `data` with every `/CreationDate (…)` entry overwritten by spaces. cairo stamps each PDF
    /// with the time it was made (ignoring SOURCE_DATE_EPOCH in 1.16), so the same graph would
    /// give different bytes every second; spaces are valid in a PDF dictionary and keep every
    /// byte offset of the cross-reference table right.
    static func blankingCreationDate(_ data: Data) -> Data {
        var bytes = [UInt8](data)
        let key = Array("/CreationDate (".utf8)
        var index = 0
        while index + key.count <= bytes.count {
            guard bytes[index..<(index + key.count)].elementsEqual(key) else {
                index += 1
                continue
            }
            guard let close = bytes[(index + key.count)...].prefix(64).firstIndex(of: UInt8(ascii: ")")) else { break }
            for position in index...close { bytes[position] = UInt8(ascii: " ") }
            index = close + 1
        }
        return Data(bytes)
    }

    /// Restarts the C library's random generators, which parts of fdp and sfdp draw from without
    /// seeding them: otherwise each layout continues where the previous one stopped.
    private static func reseedRandomGenerators() {
        srand(UInt32(defaultSeed))
        srand48(defaultSeed)
    }

    /// Sets `start` to the default seed unless the graph sets it: fdp and sfdp otherwise continue
    /// the process's random sequence, and each render of one graph comes out different.
    private static func seed(_ graph: UnsafeMutablePointer<Agraph_t>) {
        "start".withCString { name in
            let key = UnsafeMutablePointer(mutating: name)
            if let current = agget(graph, key), current.pointee != 0 { return }
            "\(defaultSeed)".withCString { value in
                _ = agattr(graph, Int32(AGRAPH), key, UnsafeMutablePointer(mutating: value))
            }
        }
    }
}
