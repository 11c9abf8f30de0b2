import ActorGraphModel
import Foundation

extension CytoscapeJSON {
    /// Reads Cytoscape JSON written by ActorGraph, NetworkX's `cytoscape_data`, Cytoscape
    /// (`.cyjs`) or Cytoscape.js: `elements` as `{"nodes": […], "edges": […]}` or as one list whose
    /// items say their `group`. Each element's `data` holds the attributes: a node's actor id is
    /// its `value` when that is a string (NetworkX keeps the node key there), else its `id`; its
    /// display name is `name`, else `label`, else the id; it needs a `kind`. An edge's `source` and
    /// `target` are node `id`s and its relation is `relation`, else `key`. `aliases` and
    /// `evidence` are arrays, as ``encode(_:)`` writes them.
    /// - Parameter source: the file name, for error messages.
    public static func decode(_ data: Data, source: String) throws -> ActorGraph {
        let document: Input
        do {
            document = try JSONDecoder().decode(Input.self, from: data)
        } catch {
            throw FormatError(source, "not Cytoscape JSON: expected {\"elements\": {\"nodes\": […], \"edges\": […]}} with a data object on each element")
        }
        var graph = ActorGraph()
        var actorIDs: [String: ActorID] = [:]
        do {
            for node in document.elements.nodes {
                let data = node.data
                guard let kindText = data.kind, let kind = ActorKind(userText: kindText) else {
                    throw FormatError(source, "node “\(data.id.text)” has \(data.kind.map { "unknown kind “\($0)”" } ?? "no “kind”"); use one of \(ActorKind.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                let id = ActorID(data.value?.text ?? data.id.text)
                let added = try graph.add(Actor(
                    id: id, name: data.name ?? data.label ?? id.rawValue, kind: kind, aliases: data.aliases ?? [],
                    place: data.place.flatMap { $0.isEmpty ? nil : $0 }, date: data.date.flatMap { $0.isEmpty ? nil : $0 }))
                actorIDs[data.id.text] = added
            }
            for edge in document.elements.edges {
                let data = edge.data
                let text = data.relation ?? data.key?.text ?? ""
                guard let relation = RelationKind(userText: text) else {
                    throw FormatError(source, "edge \(data.source.text) → \(data.target.text) has \(text.isEmpty ? "no “relation”" : "unknown relation “\(text)”"); use one of \(RelationKind.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                try graph.relate(
                    actorIDs[data.source.text] ?? ActorID(data.source.text), relation,
                    actorIDs[data.target.text] ?? ActorID(data.target.text), evidence: data.evidence ?? [])
            }
        } catch let error as GraphError {
            throw FormatError(source, error.description)
        }
        return graph
    }

    private struct Input: Decodable {
        var elements: Elements
    }

    private struct Elements: Decodable {
        var nodes: [Element<NodeInput>]
        var edges: [Element<EdgeInput>]

        private enum Keys: String, CodingKey { case nodes, edges }

        /// One tagged element of a flat `elements` list.
        private struct Tagged: Decodable {
            var group: String?
        }

        init(from decoder: any Decoder) throws {
            if let container = try? decoder.container(keyedBy: Keys.self) {
                nodes = try container.decodeIfPresent([Element<NodeInput>].self, forKey: .nodes) ?? []
                edges = try container.decodeIfPresent([Element<EdgeInput>].self, forKey: .edges) ?? []
                return
            }
            // A flat list: each item's group says what it is (edges have a source otherwise).
            var list = try decoder.unkeyedContainer()
            nodes = []
            edges = []
            while !list.isAtEnd {
                let nested = try list.superDecoder()
                let tag = try Tagged(from: nested)
                if tag.group == "edges" || (tag.group == nil && (try? Element<EdgeInput>(from: nested)) != nil) {
                    edges.append(try Element<EdgeInput>(from: nested))
                } else {
                    nodes.append(try Element<NodeInput>(from: nested))
                }
            }
        }
    }

    private struct Element<Data: Decodable>: Decodable {
        var data: Data
    }

    /// An id as other tools write it: a string or a number.
    private struct LooseID: Decodable {
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

    private struct NodeInput: Decodable {
        var id: LooseID
        var value: LooseID?
        var name: String?
        var label: String?
        var kind: String?
        var aliases: [String]?
        var place: String?
        var date: String?
    }

    private struct EdgeInput: Decodable {
        var source: LooseID
        var target: LooseID
        var relation: String?
        var key: LooseID?
        var evidence: [Evidence]?
    }
}
