import ActorGraphModel
import Foundation

/// The two CSV files of Neo4j's bulk importer, `neo4j-admin database import full`.
///
/// `nodes.csv`: `id:ID(Actor),name,:LABEL,kind,aliases:string[],place,date:date`
/// (the event's day as a Neo4j `date`); each actor has the
/// labels `Actor` and its kind's (`State`, `Organization`, `ArmedGroup`, `Person`, `Event`).
/// `relationships.csv`: `:START_ID(Actor),:END_ID(Actor),:TYPE,support:int,documents:string[],evidence`;
/// the type is the relation in upper snake case (`BACKS`, `COORDINATES_WITH`), `evidence` a JSON
/// array string (Neo4j properties cannot hold maps).
///
/// Arrays use Neo4j's default delimiter `;`, which has no escape, so a `;` inside an alias or a
/// document name is written as `,`. Quotes are RFC 4180 (doubled), quotes in fields may span lines,
/// so import with `--multiline-fields=true`. Text cells are guarded against spreadsheet formulas
/// (see ``CSVText``). Import with:
///
///     neo4j-admin database import full --nodes=nodes.csv --relationships=relationships.csv \
///         --multiline-fields=true neo4j
public enum Neo4jCSV {
    /// The names of the two files, in the folder the caller chooses.
    public static let nodesFileName = "nodes.csv"
    public static let relationshipsFileName = "relationships.csv"

    /// The node file.
    public static func nodes(_ graph: ActorGraph) -> Data {
        var out = CSVText.row(["id:ID(Actor)", "name", ":LABEL", "kind", "aliases:string[]", "place", "date:date"])
        for actor in graph.actors {
            out += CSVText.row([
                CSVText.text(actor.id.rawValue),
                CSVText.text(actor.name),
                "Actor;" + label(actor.kind),
                actor.kind.rawValue,
                array(actor.aliases),
                actor.place.map(CSVText.text) ?? "",
                actor.date.map(CSVText.text) ?? "",
            ])
        }
        return Data(out.utf8)
    }

    /// The relationship file.
    public static func relationships(_ graph: ActorGraph) -> Data {
        var out = CSVText.row([":START_ID(Actor)", ":END_ID(Actor)", ":TYPE", "support:int", "documents:string[]", "evidence"])
        for relation in graph.relations {
            out += CSVText.row([
                CSVText.text(relation.subject.rawValue),
                CSVText.text(relation.object.rawValue),
                type(relation.kind),
                String(relation.support),
                array(relation.documents),
                CSVText.text(JSONText.encode(relation.evidence)),
            ])
        }
        return Data(out.utf8)
    }

    /// The Neo4j label of a kind: `State`, `ArmedGroup`.
    public static func label(_ kind: ActorKind) -> String {
        kind.rawValue.split(separator: "_").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }

    /// The Neo4j relationship type of a relation: `BACKS`, `COORDINATES_WITH`.
    public static func type(_ relation: RelationKind) -> String {
        relation.rawValue.uppercased()
    }

    /// A `string[]` cell: each element guarded, `;` inside elements replaced, then quoted whole.
    private static func array(_ values: [String]) -> String {
        CSVText.quoted(values.map { CSVText.guarded($0.replacingOccurrences(of: ";", with: ",")) }.joined(separator: ";"))
    }
}
