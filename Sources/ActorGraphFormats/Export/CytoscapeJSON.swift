import ActorGraphModel
import Foundation

/// Cytoscape.js elements JSON, which Cytoscape.js loads with `cy.add(json.elements)` and
/// NetworkX with `cytoscape_graph(json)`.
///
/// ```json
/// {"data": {}, "directed": true, "multigraph": true,
///  "elements": {
///    "nodes": [{"data": {"id": "russia", "value": "russia", "name": "Russia", "kind": "state",
///                        "aliases": ["Moscow"]}, "classes": "state"}],
///    "edges": [{"data": {"id": "russia:backs:bashar-al-assad", "source": "russia",
///                        "target": "bashar-al-assad", "key": "backs", "relation": "backs",
///                        "support": 1, "evidence": [{"doc": "a.txt", …}]}, "classes": "backs"}]}}
/// ```
/// `value` repeats the id because NetworkX names nodes by it; `key` is the relation, as in
/// graph.json, so parallel relations are distinct edges of NetworkX's multigraph. `classes` is
/// the kind or relation, for Cytoscape.js selectors. With ``ExportAnnotations`` nodes also carry
/// `camp` and `camp_label`, and a `position` from the layout. Output is deterministic (sorted keys, nodes
/// and edges).
public enum CytoscapeJSON {
    /// The graph as pretty-printed Cytoscape.js JSON.
    public static func encode(_ graph: ActorGraph, annotations: ExportAnnotations = .none) -> Data {
        let document = Document(
            data: [:], directed: true, multigraph: true,
            elements: Elements(
                nodes: graph.actors.map { actor in
                    NodeElement(
                        data: NodeData(
                            id: actor.id.rawValue, value: actor.id.rawValue, name: actor.name,
                            kind: actor.kind.rawValue, aliases: actor.aliases,
                            place: actor.place, date: actor.date,
                            camp: annotations.camps[actor.id]?.number, campLabel: annotations.camps[actor.id]?.label),
                        classes: actor.kind.rawValue,
                        position: annotations.positions[actor.id].map { Point(x: $0.x, y: -$0.y) })
                },
                edges: graph.relations.map { relation in
                    EdgeElement(
                        data: EdgeData(
                            id: GraphML.edgeID(relation.key), source: relation.subject.rawValue,
                            target: relation.object.rawValue, key: relation.kind.rawValue,
                            relation: relation.kind.rawValue, support: relation.support,
                            evidence: relation.evidence),
                        classes: relation.kind.rawValue)
                }))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Plain structs of strings and numbers always encode.
        var data = (try? encoder.encode(document)) ?? Data()
        data.append(0x0A)
        return data
    }

    private struct Document: Encodable {
        var data: [String: String]
        var directed: Bool
        var multigraph: Bool
        var elements: Elements
    }

    private struct Elements: Encodable {
        var nodes: [NodeElement]
        var edges: [EdgeElement]
    }

    private struct NodeElement: Encodable {
        var data: NodeData
        var classes: String
        var position: Point?
    }

    /// A Cytoscape position: y grows downwards. Rounded to hundredths, as the other formats write.
    private struct Point: Encodable {
        var x: Double
        var y: Double

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode((x * 100).rounded() / 100, forKey: .x)
            try container.encode((y * 100).rounded() / 100, forKey: .y)
        }

        private enum Keys: String, CodingKey { case x, y }
    }

    private struct NodeData: Encodable {
        var id: String
        var value: String
        var name: String
        var kind: String
        var aliases: [String]
        var place: String?
        var date: String?
        var camp: Int?
        var campLabel: String?

        enum CodingKeys: String, CodingKey {
            case id, value, name, kind, aliases, place, date, camp
            case campLabel = "camp_label"
        }
    }

    private struct EdgeElement: Encodable {
        var data: EdgeData
        var classes: String
    }

    private struct EdgeData: Encodable {
        var id: String
        var source: String
        var target: String
        var key: String
        var relation: String
        var support: Int
        var evidence: [Evidence]
    }
}
