import ActorGraphModel
import Foundation

/// RDF 1.1 Turtle with ActorGraph's own small vocabulary, `ag:` = `https://actorgraph.dev/ns#`.
///
/// Each actor is `<https://actorgraph.dev/actor/ID>` of class `ag:State`, `ag:Organization`,
/// `ag:ArmedGroup`, `ag:Person` or `ag:Event`, with `rdfs:label` (the display name), `ag:alias`,
/// `ag:place` and `ag:date` (`xsd:date` when it is `YYYY-MM-DD`). Each relation is the plain
/// triple `subject ag:backs object` (`ag:opposes`, `ag:coordinatesWith`, `ag:attended`,
/// `ag:represents`, `ag:memberOf`), so a SPARQL pattern `?a ag:backs ?b` finds exactly the backs edges, plus an
/// `ag:Assertion` node `<https://actorgraph.dev/assertion/SUBJECT/RELATION/OBJECT>` with
/// `ag:subject`, `ag:predicate`, `ag:object`, `ag:support` and one `ag:evidence` blank node per
/// sentence (`ag:doc`, `ag:sentence`, `ag:quote`, `ag:start`, `ag:end`). This is plain RDF 1.1
/// (no RDF-star), read by every RDF tool.
///
/// IRIs are built from ids alone, percent-encoding every byte outside `A–Z a–z 0–9 - . _ ~`;
/// names go only into string literals, escaped per Turtle (`\\`, `\"`, `\n`, `\r`, `\t`, `\uXXXX`).
public enum Turtle {
    /// The vocabulary namespace.
    public static let namespace = "https://actorgraph.dev/ns#"
    static let actorBase = "https://actorgraph.dev/actor/"
    static let assertionBase = "https://actorgraph.dev/assertion/"

    /// The graph as a Turtle document.
    public static func encode(_ graph: ActorGraph) -> Data {
        var out = """
            @prefix ag: <\(namespace)> .
            @prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix owl: <http://www.w3.org/2002/07/owl#> .
            @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .

            # Vocabulary

            """
        for kind in ActorKind.allCases {
            out += "ag:\(className(kind)) a rdfs:Class ; rdfs:label \(string(kind.style.title)) .\n"
        }
        out += "ag:Assertion a rdfs:Class ; rdfs:comment \"A relation with the evidence that states it.\" .\n"
        for relation in RelationKind.allCases {
            let type = relation.isSymmetric ? "owl:SymmetricProperty" : "rdf:Property"
            out += "ag:\(propertyName(relation)) a \(type) ; rdfs:label \(string(relation.style.title)) .\n"
        }
        out += "\n# Actors\n"
        for actor in graph.actors {
            out += "\n\(actorIRI(actor.id)) a ag:\(className(actor.kind)) ;\n"
            out += "    rdfs:label \(string(actor.name))"
            for alias in actor.aliases { out += " ;\n    ag:alias \(string(alias))" }
            if let place = actor.place { out += " ;\n    ag:place \(string(place))" }
            if let date = actor.date { out += " ;\n    ag:date \(dateLiteral(date))" }
            out += " .\n"
        }
        out += "\n# Relations\n"
        for relation in graph.relations {
            let property = "ag:" + propertyName(relation.kind)
            out += "\n\(actorIRI(relation.subject)) \(property) \(actorIRI(relation.object)) .\n"
            out += "\(assertionIRI(relation.key)) a ag:Assertion ;\n"
            out += "    ag:subject \(actorIRI(relation.subject)) ;\n"
            out += "    ag:predicate \(property) ;\n"
            out += "    ag:object \(actorIRI(relation.object)) ;\n"
            out += "    ag:support \(relation.support)"
            for evidence in relation.evidence {
                out += " ;\n    ag:evidence [ ag:doc \(string(evidence.doc)) ; ag:sentence \(evidence.sentence) ;"
                out += " ag:quote \(string(evidence.quote)) ; ag:start \(evidence.start) ; ag:end \(evidence.end) ]"
            }
            out += " .\n"
        }
        return Data(out.utf8)
    }

    /// `ag:` class of a kind: `State`, `ArmedGroup`.
    public static func className(_ kind: ActorKind) -> String {
        Neo4jCSV.label(kind)
    }

    /// `ag:` property of a relation: `backs`, `coordinatesWith`.
    public static func propertyName(_ relation: RelationKind) -> String {
        let parts = relation.rawValue.split(separator: "_")
        return parts.enumerated().map { $0.offset == 0 ? String($0.element) : $0.element.prefix(1).uppercased() + $0.element.dropFirst() }.joined()
    }

    /// The IRI of an actor, in angle brackets.
    public static func actorIRI(_ id: ActorID) -> String {
        "<" + actorBase + percentEncoded(id.rawValue) + ">"
    }

    static func assertionIRI(_ key: EdgeKey) -> String {
        "<" + assertionBase + [key.subject.rawValue, key.relation.rawValue, key.object.rawValue]
            .map(percentEncoded).joined(separator: "/") + ">"
    }

    /// `text` as a Turtle string literal.
    static func string(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F:
                let hex = String(scalar.value, radix: 16).uppercased()
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    private static func dateLiteral(_ date: String) -> String {
        let isISODate = date.utf8.count == 10 && date.utf8.enumerated().allSatisfy { offset, byte in
            offset == 4 || offset == 7 ? byte == UInt8(ascii: "-") : (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
        }
        return isISODate ? string(date) + "^^xsd:date" : string(date)
    }

    private static func percentEncoded(_ text: String) -> String {
        var out = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."),
                UInt8(ascii: "_"), UInt8(ascii: "~"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = String(byte, radix: 16).uppercased()
                out += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return out
    }
}
