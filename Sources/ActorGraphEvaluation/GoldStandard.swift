import ActorGraphModel
import Foundation

/// Hand-annotated edges to score a graph against, read from JSONL: one object a line with
/// `doc`, `subject`, `relation`, `object` and `evidence`. Events are written
/// `event:<Place>:<YYYY-MM-DD>`.
public struct GoldStandard: Sendable {
    /// One annotated edge.
    public struct Edge: Codable, Hashable, Sendable {
        public var doc: String
        public var subject: String
        public var relation: String
        public var object: String
        public var evidence: String?
    }

    public var edges: [Edge]

    public init(edges: [Edge]) { self.edges = edges }

    /// Parses JSONL text; `source` names the file in errors.
    public init(jsonl text: String, source: String) throws {
        var edges: [Edge] = []
        let decoder = JSONDecoder()
        for (index, line) in text.lines.enumerated()
        where !line.allSatisfy(\.isWhitespace) {
            do {
                edges.append(try decoder.decode(Edge.self, from: Data(line.utf8)))
            } catch {
                throw EvaluationError(source: source, line: index + 1,
                    reason: "not a gold edge: each line needs doc, subject, relation and object")
            }
            if RelationKind(rawValue: edges[edges.count - 1].relation) == nil {
                throw EvaluationError(source: source, line: index + 1,
                    reason: "unknown relation “\(edges[edges.count - 1].relation)”; use one of \(RelationKind.allCases.map(\.rawValue).joined(separator: ", "))")
            }
        }
        self.edges = edges
    }
}

/// A gold file that cannot be read.
public struct EvaluationError: Error, Equatable, Sendable, CustomStringConvertible {
    public var source: String
    public var line: Int
    public var reason: String

    public var description: String { "\(source):\(line): \(reason)" }
}
