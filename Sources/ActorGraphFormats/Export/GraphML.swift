import ActorGraphModel
import Foundation

/// GraphML, the XML graph format read by NetworkX, Gephi, yEd, Cytoscape and igraph.
///
/// Every attribute has a typed `<key>`: nodes carry `label` (the display name), `kind`,
/// `aliases`, `place` and `date` (a string `YYYY-MM-DD`: GraphML has no date type), and with
/// ``ExportAnnotations`` `camp` (`int`), `camp_label`, `x` and `y` (`double`); edges carry `relation`, `support` (`int`, distinct documents)
/// and `evidence`. GraphML attributes are scalar, so `aliases` is a JSON array of strings and
/// `evidence` a JSON array of `{"doc", "sentence", "quote", "start", "end"}` objects, each stored as
/// a string. Absent values (no place, no aliases) are left out rather than written empty.
///
/// Several relations may join the same two actors (Iran backs and coordinates with Russia), so the
/// graph is a multigraph: each edge has a unique id `subject:relation:object`, which NetworkX's
/// `read_graphml` takes as the edge key of the `MultiDiGraph` it returns when parallel edges
/// exist. A symmetric relation (`coordinates_with`) is one directed edge with its ends in id order,
/// as in graph.json.
///
/// With ``Flavor/yEd`` each node and edge also carries yEd's graphics (see ``YEdGraphics``), so
/// yEd shows the style table's shapes and colours; every other reader ignores them.
///
/// The output is deterministic: actors and relations in sorted order, fixed indentation.
public enum GraphML {
    /// Plain GraphML, or GraphML with yEd's graphics.
    public enum Flavor: Sendable {
        case plain
        case yEd
    }

    /// A declared attribute: its id doubles as its name, which keeps files readable.
    struct Key {
        var name: String
        var domain: String
        var type: String
    }

    static let nodeKeys = [
        Key(name: "label", domain: "node", type: "string"),
        Key(name: "kind", domain: "node", type: "string"),
        Key(name: "aliases", domain: "node", type: "string"),
        Key(name: "place", domain: "node", type: "string"),
        Key(name: "date", domain: "node", type: "string"),
    ]

    static let edgeKeys = [
        Key(name: "relation", domain: "edge", type: "string"),
        Key(name: "support", domain: "edge", type: "int"),
        Key(name: "evidence", domain: "edge", type: "string"),
    ]

    /// Keys written when the export has camps (``ExportAnnotations``).
    static let campKeys = [
        Key(name: "camp", domain: "node", type: "int"),
        Key(name: "camp_label", domain: "node", type: "string"),
    ]

    /// Keys written when the export has layout positions (``ExportAnnotations``), as Gephi's
    /// GraphML import reads them.
    static let positionKeys = [
        Key(name: "x", domain: "node", type: "double"),
        Key(name: "y", domain: "node", type: "double"),
    ]

    /// The graph as a GraphML document, with each actor's camp when `annotations` has camps.
    public static func encode(_ graph: ActorGraph, flavor: Flavor = .plain, annotations: ExportAnnotations = .none) -> Data {
        let yEd = flavor == .yEd
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns" \
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"\(yEd ? " xmlns:y=\"\(YEdGraphics.namespace)\"" : "") \
            xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">

            """
        let withCamps = !annotations.camps.isEmpty
        let withPositions = !annotations.positions.isEmpty
        for key in nodeKeys + (withCamps ? campKeys : []) + (withPositions ? positionKeys : []) + edgeKeys {
            out += "  <key id=\"\(key.name)\" for=\"\(key.domain)\" attr.name=\"\(key.name)\" attr.type=\"\(key.type)\"/>\n"
        }
        if yEd { out += YEdGraphics.keys }
        out += "  <graph id=\"actorgraph\" edgedefault=\"directed\">\n"
        for (index, actor) in graph.actors.enumerated() {
            out += "    <node id=\"\(XMLText.attribute(actor.id.rawValue))\">\n"
            out += data("label", actor.name)
            out += data("kind", actor.kind.rawValue)
            if !actor.aliases.isEmpty { out += data("aliases", JSONText.encode(actor.aliases)) }
            if let place = actor.place { out += data("place", place) }
            if let date = actor.date { out += data("date", date) }
            if let camp = annotations.camps[actor.id] {
                out += data("camp", String(camp.number))
                out += data("camp_label", camp.label)
            }
            if let position = annotations.positions[actor.id] {
                out += data("x", ExportAnnotations.coordinate(position.x))
                out += data("y", ExportAnnotations.coordinate(position.y))
            }
            if yEd { out += YEdGraphics.node(actor, index: index, position: annotations.positions[actor.id]) }
            out += "    </node>\n"
        }
        for relation in graph.relations {
            out += "    <edge id=\"\(XMLText.attribute(edgeID(relation.key)))\" "
            out += "source=\"\(XMLText.attribute(relation.subject.rawValue))\" "
            out += "target=\"\(XMLText.attribute(relation.object.rawValue))\">\n"
            out += data("relation", relation.kind.rawValue)
            out += data("support", String(relation.support))
            out += data("evidence", JSONText.encode(relation.evidence))
            if yEd { out += YEdGraphics.edge(relation) }
            out += "    </edge>\n"
        }
        out += "  </graph>\n</graphml>\n"
        return Data(out.utf8)
    }

    /// The unique id of an edge: `subject:relation:object`.
    public static func edgeID(_ key: EdgeKey) -> String {
        "\(key.subject.rawValue):\(key.relation.rawValue):\(key.object.rawValue)"
    }

    private static func data(_ key: String, _ value: String) -> String {
        "      <data key=\"\(key)\">\(XMLText.content(value))</data>\n"
    }
}
