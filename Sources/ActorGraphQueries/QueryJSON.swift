import ActorGraphModel
import Foundation

/// Query answers as JSON: stable field names, sorted keys, ids and display names side by side.
public enum QueryJSON {
    /// An actor as `{"id", "name", "kind"}`.
    public struct ActorRef: Encodable, Hashable, Sendable {
        public let id: String
        public let name: String
        public let kind: String

        public init(_ id: ActorID, in graph: ActorGraph) {
            self.id = id.rawValue
            name = graph[id]?.name ?? id.rawValue
            kind = graph[id]?.kind.rawValue ?? ""
        }
    }

    /// An edge with its evidence.
    public struct Edge: Encodable, Hashable, Sendable {
        public let subject: ActorRef
        public let relation: String
        public let object: ActorRef
        public let symmetric: Bool
        public let support: Int
        public let evidence: [Evidence]

        public init(_ relation: Relation, in graph: ActorGraph) {
            subject = ActorRef(relation.subject, in: graph)
            self.relation = relation.kind.rawValue
            object = ActorRef(relation.object, in: graph)
            symmetric = relation.kind.isSymmetric
            support = relation.support
            evidence = relation.evidence
        }
    }

    /// A path: its actors, hops and signed reading.
    public struct Path: Encodable, Hashable, Sendable {
        public struct Hop: Encodable, Hashable, Sendable {
            public let from: String
            public let to: String
            /// True when the hop walks a directed edge from its object to its subject.
            public let backwards: Bool
            public let edge: Edge
        }

        public let actors: [ActorRef]
        public let hops: [Hop]
        /// +1 friend, −1 foe, null when no hop carries a sign.
        public let sign: Int?
        public let reading: String
        /// Positions of the hops without a sign.
        public let unsignedHops: [Int]
        public let chain: String

        public init(_ path: ActorPath, in graph: ActorGraph) {
            actors = path.actors.map { ActorRef($0, in: graph) }
            hops = path.hops.map {
                Hop(from: $0.from.rawValue, to: $0.to.rawValue, backwards: $0.isBackwards, edge: Edge($0.relation, in: graph))
            }
            let reading = path.reading
            sign = reading.sign
            self.reading = reading.word
            unsignedHops = reading.unsignedHops
            chain = path.chain { graph[$0]?.name ?? $0.rawValue }
        }
    }

    /// `value` as JSON text: sorted keys, snake_case, pretty-printed unless `compact` (one line,
    /// for JSON Lines).
    public static func encode(_ value: some Encodable, compact: Bool = false) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = compact ? [.sortedKeys, .withoutEscapingSlashes] : [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        // These plain structs always encode.
        let data = (try? encoder.encode(value)) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }
}

extension Relation {
    /// The edge in one line as paths print it: `Russia —backs (3)→ Bashar al-Assad`,
    /// `Jordan —coordinates_with (2)— Russia`.
    public func line(name: (ActorID) -> String) -> String {
        let label = "\(kind.rawValue) (\(support))"
        return name(subject) + (kind.isSymmetric ? " —\(label)— " : " —\(label)→ ") + name(object)
    }
}
