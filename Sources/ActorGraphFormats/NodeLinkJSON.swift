import ActorGraphModel
import Foundation

/// graph.json, the interchange file every command reads: node-link JSON as NetworkX's
/// `node_link_graph(data, edges="edges")` reads it, a directed multigraph whose edge key is the
/// relation.
///
/// ```json
/// {"directed": true, "multigraph": true, "graph": {},
///  "nodes": [{"id": "russia", "label": "Russia", "kind": "state", "aliases": ["Moscow"]}],
///  "edges": [{"source": "russia", "target": "bashar-al-assad", "key": "backs",
///             "relation": "backs", "support": 1,
///             "evidence": [{"doc": "a.txt", "sentence": 3, "quote": "…", "start": 10, "end": 52}]}]}
/// ```
/// Events also carry `place` and `date`. `support` is written for readers; on reading it is
/// derived again from the evidence.
public enum NodeLinkJSON {
    /// The graph as deterministic, pretty-printed JSON (sorted keys, sorted nodes and edges).
    public static func encode(_ graph: ActorGraph) -> Data {
        NodeLinkWriter.encode(graph)
    }

    /// ``encode(_:)``'s bytes, without the copy a `Data` of them costs (tens of megabytes for a
    /// large corpus's graph), for a caller that writes them to a file.
    public static func bytes(_ graph: ActorGraph) -> [UInt8] {
        NodeLinkWriter.bytes(graph)
    }

    /// A graph.json written before, to copy unchanged edges from: the graph it was written from
    /// and where its edges lie (``write(_:to:reusing:)`` returned it). Only for a file known to
    /// be unchanged since (the store keeps its stamp).
    public struct Previous: Sendable {
        public var path: String
        public var graph: ActorGraph
        public var layout: NodeLinkLayout

        public init(path: String, graph: ActorGraph, layout: NodeLinkLayout) {
            self.path = path
            self.graph = graph
            self.layout = layout
        }
    }

    /// Writes ``encode(_:)``'s bytes into `sink` as they are made, a megabyte at a time, copying
    /// from `previous` every edge it holds as it would be written again (and, of an edge whose
    /// evidence only grew at its end, the evidence up to there) instead of encoding it.
    /// - Returns: where each edge went, for the next write.
    ///   A `previous` that cannot be opened, or is not the size its layout says, is not used.
    /// - Throws: ``FormatError`` when a write fails, or reading `previous` does.
    @discardableResult
    public static func write(_ graph: ActorGraph, to sink: FileSink, reusing previous: Previous? = nil) throws -> NodeLinkLayout {
        try NodeLinkWriter.write(graph, to: sink, reusing: previous)
    }

    /// ``encode(_:)`` through `JSONEncoder`, the definition ``NodeLinkWriter`` follows byte for
    /// byte; kept for `NodeLinkWriterTests`, which compare the two.
    static func encodeWithJSONEncoder(_ graph: ActorGraph) -> Data {
        let document = Document(
            directed: true, multigraph: true, graph: GraphAttributes(),
            nodes: graph.actors.map(Node.init),
            edges: graph.relations.map(Edge.init),
            links: nil)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding these plain structs cannot fail.
        var data = (try? encoder.encode(document)) ?? Data()
        data.append(0x0A)
        return data
    }

    /// Reads node-link JSON written by ActorGraph or another tool (NetworkX's `links` key and a
    /// `name` instead of `label` are accepted), with ``NodeLinkReader``: a streaming pass over the
    /// UTF-8 bytes, no `JSONDecoder`.
    /// - Parameter source: the file name, for error messages.
    /// - Throws: ``FormatError`` with a one-line reason: "not node-link JSON: …" ("invalid JSON",
    ///   "missing “kind” at .nodes[3]", "wrong type at .edges[0].evidence"), an unknown kind or
    ///   relation, a graph rule the file breaks, or nesting deeper than ``NestingDepth/limit``.
    public static func decode(_ data: Data, source: String) throws -> ActorGraph {
        try NodeLinkReader.read(data, source: source)
    }

    /// Only the first half of ``decode(_:source:)``: tokenizes `data` and fills the node and edge
    /// records, without building the graph. For benchmarks (`Benchmarks/OpenBenchmark`), which time
    /// the reader apart from the graph it fills.
    /// - Returns: the number of nodes and edges read.
    @_spi(Benchmarks)
    public static func scanRecords(_ data: Data, source: String) throws -> (nodes: Int, edges: Int) {
        do {
            return try NodeLinkReader.parseOnly(data)
        } catch {
            throw FormatError(source, "not node-link JSON: \(error.message)")
        }
    }

    private struct Document: Encodable {
        var directed: Bool?
        var multigraph: Bool?
        var graph: GraphAttributes?
        var nodes: [Node]
        var edges: [Edge]?
        var links: [Edge]?
    }

    /// Graph-level attributes: written as `{}`; whatever another tool put there (NetworkX writes
    /// names, numbers, nested defaults) is ignored on reading.
    private struct GraphAttributes: Encodable {
        private struct AnyKey: CodingKey {
            var stringValue: String
            var intValue: Int? { nil }
            init?(stringValue: String) { self.stringValue = stringValue }
            init?(intValue: Int) { nil }
        }

        init() {}
        func encode(to encoder: any Encoder) throws { _ = encoder.container(keyedBy: AnyKey.self) }
    }

    /// A node id, written as a string (on reading, integer ids are accepted too).
    private struct FlexibleID: Encodable {
        var text: String
        init(_ text: String) { self.text = text }
        func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            try container.encode(text)
        }
    }

    private struct Node: Encodable {
        var id: FlexibleID
        var label: String?
        var name: String?
        var kind: String
        var aliases: [String]?
        var place: String?
        var date: String?

        init(_ actor: Actor) {
            id = FlexibleID(actor.id.rawValue)
            label = actor.name
            kind = actor.kind.rawValue
            aliases = actor.aliases
            place = actor.place
            date = actor.date
        }
    }

    private struct Edge: Encodable {
        var source: FlexibleID
        var target: FlexibleID
        var key: FlexibleID?
        var relation: String?
        var support: Int?
        var evidence: [Evidence]?

        init(_ relation: Relation) {
            source = FlexibleID(relation.subject.rawValue)
            target = FlexibleID(relation.object.rawValue)
            key = FlexibleID(relation.kind.rawValue)
            self.relation = relation.kind.rawValue
            support = relation.support
            evidence = relation.evidence
        }
    }
}
