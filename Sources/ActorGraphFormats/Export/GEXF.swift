import ActorGraphModel
import ActorGraphStyle
import Foundation

/// GEXF, Gephi's graph format, with the style table's colours and shapes as `viz` attributes.
///
/// Nodes carry `kind`, `aliases`, `place` and `date`, and with ``ExportAnnotations`` `camp`
/// (`integer`) and `camp_label`; edges carry `relation`, `support`
/// (`integer`) and `evidence`, declared in `<attributes>`. As in ``GraphML``, `aliases` and
/// `evidence` are JSON arrays stored as strings, and each edge has the unique id
/// `subject:relation:object`, so parallel relations between two actors stay apart. An edge's
/// `weight` is its support, its `label` the relation's title, and its thickness the style table's
/// pen width. Node colours are the kind's fill colour; shapes map onto GEXF's few: rounded box →
/// square, hexagon → diamond, octagon → triangle, ellipse → disc, note → square.
///
/// Dates are GEXF times: when an event has a `YYYY-MM-DD` date the graph is `mode="dynamic"
/// timeformat="date"`, and the event and every edge to or from it get `start` and `end` on that
/// day, so Gephi's timeline shows each meeting on its day; other actors and edges have no times
/// and are always shown.
public enum GEXF {
    /// The GEXF version to write. Gephi reads both; NetworkX's `read_gexf` reads 1.2 by default.
    public enum Version: String, CaseIterable, Sendable {
        case v1_2 = "1.2"
        case v1_3 = "1.3"

        var namespace: String {
            switch self {
            case .v1_2: "http://www.gexf.net/1.2draft"
            case .v1_3: "http://gexf.net/1.3"
            }
        }
    }

    /// The graph as a GEXF document of `version`.
    public static func encode(_ graph: ActorGraph, version: Version = .v1_3, annotations: ExportAnnotations = .none) -> Data {
        let ns = version.namespace
        let withCamps = !annotations.camps.isEmpty
        // Events with a full date appear on Gephi's timeline: the graph is dynamic, dated by day.
        let days = Dictionary(uniqueKeysWithValues: graph.actors.compactMap { actor in
            actor.date.flatMap { CypherStatements.isFullDate($0) ? (actor.id, $0) : nil }
        })
        let timing = days.isEmpty ? "mode=\"static\"" : "mode=\"dynamic\" timeformat=\"date\""
        let campAttributes = withCamps ? """

                      <attribute id="camp" title="camp" type="integer"/>
                      <attribute id="camp_label" title="camp_label" type="string"/>
            """ : ""
        // 1.2 declares whether attribute values are static; 1.3 dropped the attribute there.
        let attributesMode = version == .v1_2 ? " mode=\"static\"" : ""
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <gexf xmlns="\(ns)" xmlns:viz="\(ns)/viz" \
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
            xsi:schemaLocation="\(ns) \(ns)/gexf.xsd" version="\(version.rawValue)">
              <meta>
                <creator>ActorGraph</creator>
                <description>Political actors and their sourced relations</description>
              </meta>
              <graph defaultedgetype="directed" \(timing) idtype="string">
                <attributes class="node"\(attributesMode)>
                  <attribute id="kind" title="kind" type="string"/>
                  <attribute id="aliases" title="aliases" type="string"/>
                  <attribute id="place" title="place" type="string"/>
                  <attribute id="date" title="date" type="string"/>\(campAttributes)
                </attributes>
                <attributes class="edge"\(attributesMode)>
                  <attribute id="relation" title="relation" type="string"/>
                  <attribute id="support" title="support" type="integer"/>
                  <attribute id="evidence" title="evidence" type="string"/>
                </attributes>

            """
        out += "    <nodes count=\"\(graph.actorCount)\">\n"
        for actor in graph.actors {
            let style = actor.kind.style
            out += "      <node id=\"\(XMLText.attribute(actor.id.rawValue))\" label=\"\(XMLText.attribute(actor.name))\"\(span(days[actor.id]))>\n"
            out += "        <attvalues>\n"
            out += attvalue("kind", actor.kind.rawValue)
            if !actor.aliases.isEmpty { out += attvalue("aliases", JSONText.encode(actor.aliases)) }
            if let place = actor.place { out += attvalue("place", place) }
            if let date = actor.date { out += attvalue("date", date) }
            if let camp = annotations.camps[actor.id] {
                out += attvalue("camp", String(camp.number))
                out += attvalue("camp_label", camp.label)
            }
            out += "        </attvalues>\n"
            out += "        \(color(style.fill))\n"
            out += "        <viz:shape value=\"\(shape(style.shape))\"/>\n"
            if let position = annotations.positions[actor.id] {
                out += "        <viz:position x=\"\(ExportAnnotations.coordinate(position.x))\" y=\"\(ExportAnnotations.coordinate(position.y))\" z=\"0.0\"/>\n"
            }
            out += "      </node>\n"
        }
        out += "    </nodes>\n"
        out += "    <edges count=\"\(graph.relationCount)\">\n"
        for relation in graph.relations {
            let style = relation.kind.style
            out += "      <edge id=\"\(XMLText.attribute(GraphML.edgeID(relation.key)))\" "
            out += "source=\"\(XMLText.attribute(relation.subject.rawValue))\" "
            out += "target=\"\(XMLText.attribute(relation.object.rawValue))\" "
            out += "label=\"\(XMLText.attribute(style.title))\" weight=\"\(relation.support)\""
            // An edge to or from a dated event lives on the event's day.
            out += span(days[relation.object] ?? days[relation.subject])
            // 1.3 gives edges a kind of their own; 1.2 does not know the attribute.
            if version == .v1_3 { out += " kind=\"\(relation.kind.rawValue)\"" }
            out += ">\n"
            out += "        <attvalues>\n"
            out += attvalue("relation", relation.kind.rawValue)
            out += attvalue("support", String(relation.support))
            out += attvalue("evidence", JSONText.encode(relation.evidence))
            out += "        </attvalues>\n"
            out += "        \(color(style.color))\n"
            out += "        <viz:thickness value=\"\(String(format: "%.2f", RelationStyle.penWidth(support: relation.support)))\"/>\n"
            out += "        <viz:shape value=\"\(style.line.rawValue)\"/>\n"
            out += "      </edge>\n"
        }
        out += "    </edges>\n  </graph>\n</gexf>\n"
        return Data(out.utf8)
    }

    /// ` start="D" end="D"` for a day, or nothing.
    private static func span(_ day: String?) -> String {
        day.map { " start=\"\($0)\" end=\"\($0)\"" } ?? ""
    }

    private static func attvalue(_ key: String, _ value: String) -> String {
        "          <attvalue for=\"\(key)\" value=\"\(XMLText.attribute(value))\"/>\n"
    }

    /// `<viz:color r g b/>` for a `#RRGGBB` colour from the style table.
    private static func color(_ hex: String) -> String {
        let value = Int(hex.dropFirst(), radix: 16) ?? 0
        return "<viz:color r=\"\(value >> 16 & 0xFF)\" g=\"\(value >> 8 & 0xFF)\" b=\"\(value & 0xFF)\"/>"
    }

    private static func shape(_ shape: ActorStyle.Shape) -> String {
        switch shape {
        case .roundedBox, .note: "square"
        case .hexagon: "diamond"
        case .octagon: "triangle"
        case .ellipse: "disc"
        }
    }
}
