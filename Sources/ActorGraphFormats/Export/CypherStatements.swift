import ActorGraphModel
import Foundation

/// Plain Cypher: one statement a line, each ending in `;`, with the values written as literals.
/// No client commands (`:param`), no parameters and no schema statements, so the file runs as
/// written in any openCypher engine: FalkorDB (checked by the integration tests), Neo4j
/// (cypher-shell, Browser), Memgraph. Run each line as one query.
///
/// Every actor is a `MERGE` on its id, labelled `Actor` and its kind's label
/// (``Neo4jCSV/label(_:)``); every relation a `MATCH` of its two ends and a `MERGE` of the
/// relationship (``Neo4jCSV/type(_:)``), so running the file twice changes nothing. Properties:
/// actors `id`, `name`, `kind`, `aliases` (list), and for events `place` and `date` (a Cypher
/// `date` when it is a full `YYYY-MM-DD`, else a string); relations `support`, `documents`
/// (list), `quotes` (list, one per evidence sentence) and `evidence` (the JSON array graph.json
/// holds). Labels and types come from our own kinds, never from input; user text appears only
/// inside string literals (``string(_:)``).
///
/// For a large graph, create an index on `:Actor(id)` first, in your engine's syntax
/// (FalkorDB and Neo4j: `CREATE INDEX FOR (a:Actor) ON (a.id)`).
public enum CypherStatements {
    /// The statements.
    public static func encode(_ graph: ActorGraph) -> Data {
        var out = "// ActorGraph export: plain Cypher, one statement a line; run each line as a query.\n"
        for actor in graph.actors {
            var set = ["a:\(Neo4jCSV.label(actor.kind))", "a.name = \(string(actor.name))",
                       "a.kind = \(string(actor.kind.rawValue))", "a.aliases = \(list(actor.aliases))"]
            if let place = actor.place { set.append("a.place = \(string(place))") }
            if let date = actor.date { set.append("a.date = \(dateValue(date))") }
            out += "MERGE (a:Actor {id: \(string(actor.id.rawValue))}) SET \(set.joined(separator: ", "));\n"
        }
        for edge in graph.relations {
            out += "MATCH (a:Actor {id: \(string(edge.subject.rawValue))}), (b:Actor {id: \(string(edge.object.rawValue))}) "
                + "MERGE (a)-[r:\(Neo4jCSV.type(edge.kind))]->(b) "
                + "SET r.support = \(edge.support), r.documents = \(list(edge.documents)), "
                + "r.quotes = \(list(edge.evidence.map(\.quote))), r.evidence = \(string(JSONText.encode(edge.evidence)));\n"
        }
        return Data(out.utf8)
    }

    /// `text` as a single-quoted Cypher string literal that keeps to one line: `\` `'` and line
    /// breaks (`\n`, `\r`) escaped, tabs as `\t`; other control characters (U+0000–U+001F)
    /// dropped, as the XML exports drop them, since FalkorDB reads no `\uXXXX` escapes and a raw
    /// control character upsets line-based tools; every other character as itself.
    public static func string(_ text: String) -> String {
        var out = "'"
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "'": out += "\\'"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20: continue
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "'"
    }

    /// `date('YYYY-MM-DD')` for a full date, else the text as a string.
    static func dateValue(_ text: String) -> String {
        isFullDate(text) ? "date(\(string(text)))" : string(text)
    }

    /// Whether `text` is a `YYYY-MM-DD` date.
    static func isFullDate(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, zip(parts, [4, 2, 2]).allSatisfy({ $0.count == $1 && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let month = Int(parts[1]), let day = Int(parts[2]), (1...12).contains(month), (1...31).contains(day)
        else { return false }
        return true
    }

    private static func list(_ values: [String]) -> String {
        "[" + values.map(string).joined(separator: ", ") + "]"
    }
}
