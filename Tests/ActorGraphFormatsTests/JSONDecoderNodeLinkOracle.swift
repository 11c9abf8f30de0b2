import ActorGraphFormats
import ActorGraphModel
import Foundation

/// The reader graph.json had before ``NodeLinkJSON`` read it with its own scanner: Foundation's
/// `JSONDecoder` over Codable structs, kept here verbatim as the oracle the tests compare the new
/// reader with (same graph, same one-line error for the same bytes).
enum JSONDecoderNodeLinkOracle {
    static func decode(_ data: Data, source: String) throws -> ActorGraph {
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

    private struct Document: Decodable {
        var directed: Bool?
        var multigraph: Bool?
        var graph: GraphAttributes?
        var nodes: [Node]
        var edges: [Edge]?
        var links: [Edge]?
    }

    private struct GraphAttributes: Decodable {
        init(from decoder: any Decoder) throws {}
    }

    private struct FlexibleID: Decodable {
        var text: String
        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let number = try? container.decode(Int.self) {
                text = String(number)
            } else {
                text = try container.decode(String.self)
            }
        }
    }

    private struct Node: Decodable {
        var id: FlexibleID
        var label: String?
        var name: String?
        var kind: String
        var aliases: [String]?
        var place: String?
        var date: String?
    }

    private struct Edge: Decodable {
        var source: FlexibleID
        var target: FlexibleID
        var key: FlexibleID?
        var relation: String?
        var support: Int?
        var evidence: [Evidence]?
    }
}
