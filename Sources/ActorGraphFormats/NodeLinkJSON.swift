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
    /// `name` instead of `label` are accepted).
    /// - Parameter source: the file name, for error messages.
    public static func decode(_ data: Data, source: String) throws -> ActorGraph {
        try NestingDepth.checkJSON(data, source: source)
        let document: Document
        do {
            document = try JSONDecoder().decode(Document.self, from: data)
        } catch let error as DecodingError {
            throw FormatError(source, "not node-link JSON: \(describe(error))")
        }
        var graph = ActorGraph()
        do {
            for node in document.nodes {
                guard let kind = ActorKind(userText: node.kind) else {
                    throw FormatError(source, "node “\(node.id.text)” has unknown kind “\(node.kind)”; use one of \(ActorKind.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                try graph.add(Actor(
                    id: ActorID(node.id.text), name: node.label ?? node.name ?? node.id.text, kind: kind,
                    aliases: node.aliases ?? [], place: node.place, date: node.date))
            }
            for edge in document.edges ?? document.links ?? [] {
                guard let relation = RelationKind(userText: edge.relation ?? edge.key?.text ?? "") else {
                    throw FormatError(source, "edge \(edge.source.text) → \(edge.target.text) has unknown relation “\(edge.relation ?? edge.key?.text ?? "")”; use one of \(RelationKind.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                try graph.relate(ActorID(edge.source.text), relation, ActorID(edge.target.text), evidence: edge.evidence ?? [])
            }
        } catch let error as GraphError {
            throw FormatError(source, error.description)
        }
        return graph
    }

    private static func describe(_ error: DecodingError) -> String {
        switch error {
        case let .keyNotFound(key, context):
            "missing “\(key.stringValue)” at \(path(context))"
        case let .typeMismatch(_, context), let .valueNotFound(_, context):
            "wrong type at \(path(context))"
        case let .dataCorrupted(context):
            context.codingPath.isEmpty ? "invalid JSON" : "invalid value at \(path(context))"
        @unknown default:
            "invalid JSON"
        }
    }

    private static func path(_ context: DecodingError.Context) -> String {
        let parts = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }
        return parts.isEmpty ? "top level" : parts.joined()
    }

    private struct Document: Codable {
        var directed: Bool?
        var multigraph: Bool?
        var graph: GraphAttributes?
        var nodes: [Node]
        var edges: [Edge]?
        var links: [Edge]?
    }

    /// Graph-level attributes: written as `{}`; whatever another tool put there (NetworkX writes
    /// names, numbers, nested defaults) is ignored on reading.
    private struct GraphAttributes: Codable {
        private struct AnyKey: CodingKey {
            var stringValue: String
            var intValue: Int? { nil }
            init?(stringValue: String) { self.stringValue = stringValue }
            init?(intValue: Int) { nil }
        }

        init() {}
        init(from decoder: any Decoder) throws {}
        func encode(to encoder: any Encoder) throws { _ = encoder.container(keyedBy: AnyKey.self) }
    }

    /// A node id as other tools write it: a string, or an integer (NetworkX graphs built with
    /// `range`), which is read as its decimal text.
    private struct FlexibleID: Codable {
        var text: String
        init(_ text: String) { self.text = text }
        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let number = try? container.decode(Int.self) {
                text = String(number)
            } else {
                text = try container.decode(String.self)
            }
        }
        func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            try container.encode(text)
        }
    }

    private struct Node: Codable {
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

    private struct Edge: Codable {
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
