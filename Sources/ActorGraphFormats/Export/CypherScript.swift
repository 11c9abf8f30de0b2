import ActorGraphModel
import Foundation

/// A cypher-shell script that loads the graph into Neo4j with `cypher-shell -f graph.cypher`
/// (cypher-shell 5 or later); `actorgraph export --format cypher-shell`. Its `:param` lines are
/// cypher-shell commands, not Cypher, and its header creates a uniqueness constraint, so other
/// engines do not run it: ``CypherStatements`` is the portable variant.
///
/// The header is a comment naming the command to run and
/// `CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (a:Actor) REQUIRE a.id IS UNIQUE;`, which makes
/// the `MERGE`s on `id` fast and keeps ids unique. Event dates of the form `YYYY-MM-DD` are set
/// as Cypher `date`s, others as strings.
///
/// No user text is ever spliced into a statement: the data goes into a `:param {rows: [...]}`
/// map literal, and a fixed statement reads it with `UNWIND $rows AS row` and `MERGE`s on the id,
/// so running the script twice changes nothing. Labels and relationship types come from our own
/// kinds (``Neo4jCSV/label(_:)``, ``Neo4jCSV/type(_:)``), never from input. Strings in the literal
/// are single-quoted with Cypher's escapes (`\\`, `\'`, `\n`, `\r`, `\t`, `\uXXXX` for other
/// controls), so each `:param` stays on one line as cypher-shell requires. Properties match
/// ``Neo4jCSV``: `aliases` and `documents` are lists of strings, `evidence` a JSON array string.
public enum CypherScript {
    /// Rows per `:param` batch, so no single line grows without bound.
    static let batchSize = 500

    /// The script.
    public static func encode(_ graph: ActorGraph) -> Data {
        var out = """
            // ActorGraph export for Neo4j. Run: cypher-shell -f graph.cypher (cypher-shell 5 or later)
            CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (a:Actor) REQUIRE a.id IS UNIQUE;

            """
        for kind in ActorKind.allCases {
            let rows = graph.actors.filter { $0.kind == kind }.map { actor -> String in
                map([
                    ("id", string(actor.id.rawValue)),
                    ("name", string(actor.name)),
                    ("kind", string(actor.kind.rawValue)),
                    ("aliases", list(actor.aliases)),
                    ("place", actor.place.map(string) ?? "null"),
                    ("date", actor.date.map(string) ?? "null"),
                ])
            }
            out += batches(rows, statement: """
                UNWIND $rows AS row
                MERGE (a:Actor {id: row.id})
                SET a:\(Neo4jCSV.label(kind)), a.name = row.name, a.kind = row.kind, a.aliases = row.aliases, a.place = row.place, a.date = CASE WHEN row.date =~ '\\d{4}-\\d{2}-\\d{2}' THEN date(row.date) ELSE row.date END;
                """)
        }
        for relation in RelationKind.allCases {
            let rows = graph.relations.filter { $0.kind == relation }.map { edge -> String in
                map([
                    ("source", string(edge.subject.rawValue)),
                    ("target", string(edge.object.rawValue)),
                    ("support", String(edge.support)),
                    ("documents", list(edge.documents)),
                    ("evidence", string(JSONText.encode(edge.evidence))),
                ])
            }
            out += batches(rows, statement: """
                UNWIND $rows AS row
                MATCH (a:Actor {id: row.source}), (b:Actor {id: row.target})
                MERGE (a)-[r:\(Neo4jCSV.type(relation))]->(b)
                SET r.support = row.support, r.documents = row.documents, r.evidence = row.evidence;
                """)
        }
        return Data(out.utf8)
    }

    /// `text` as a single-quoted Cypher string literal.
    public static func string(_ text: String) -> String {
        var out = "'"
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "'": out += "\\'"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F || scalar == "\u{2028}" || scalar == "\u{2029}":
                out += "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count)
                    + String(scalar.value, radix: 16).uppercased()
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "'"
    }

    private static func list(_ values: [String]) -> String {
        "[" + values.map(string).joined(separator: ", ") + "]"
    }

    private static func map(_ entries: [(String, String)]) -> String {
        "{" + entries.map { "\($0.0): \($0.1)" }.joined(separator: ", ") + "}"
    }

    private static func batches(_ rows: [String], statement: String) -> String {
        var out = ""
        var start = 0
        while start < rows.count {
            let batch = rows[start..<min(start + batchSize, rows.count)]
            out += ":param {rows: [" + batch.joined(separator: ", ") + "]}\n" + statement + "\n"
            start += batchSize
        }
        return out
    }
}
