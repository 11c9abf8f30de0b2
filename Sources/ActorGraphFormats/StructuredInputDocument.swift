import ActorGraphModel
import Foundation
import Yams

/// A graph written by hand in YAML (or JSON, which reads the same way): actors with their kinds
/// and aliases, events with place and date, and relations naming actors by any of their names.
///
/// ```yaml
/// source: 002_7b220a15636fa6cc.txt     # the document quotes come from, unless they say
/// actors:
///   United States: state                 # name: kind
///   Russia: {kind: state, aliases: [Moscow, the Kremlin]}
///   Sergei Lavrov: {kind: person, aliases: [Lavrov]}
///   Islamic State: {kind: armed group, aliases: [ISIS, ISIL, Daesh]}
/// events:                                # named "Vienna 2015-10-30"
///   - {place: Vienna, date: 2015-10-30, aliases: [the Vienna talks]}
/// relations:
///   - Lavrov represents Russia             # "subject relation object"
///   - [Russia, coordinates_with, United States]
///   - [Russia, attended, the Vienna talks, "Top diplomats met in Vienna."]
///   - subject: Moscow
///     relation: backs
///     object: Bashar al-Assad
///     evidence:                          # a quote, or {doc, quote, sentence}
///       - Russia has been bombing on behalf of Assad.
///       - {doc: 000_1c07546f9ddca6f9.txt, quote: "Russia, an ally of Assad, ..."}
/// ```
///
/// `actors` may also be a list of `{name, kind, aliases}`. Kinds are written as in
/// ``ActorKind/init(userText:)`` (`armed_group`, `armed group`, `Armed-Group`); relations as in
/// ``RelationKind/init(userText:)``. Names are matched as ``ActorGraph/actors(named:)`` does:
/// ignoring case, accents, dots and a leading "the".
public enum StructuredInputDocument {
    /// The top-level keys a document may have.
    public static let keys = ["source", "actors", "events", "relations"]

    /// Parses `text`; `source` (the file's path) names the file in errors and is the default
    /// document of evidence quotes (its last path component) when the document has no `source`.
    /// - Throws: ``FormatError`` with `source:line` and the problem.
    public static func parse(_ text: String, source: String) throws -> ActorGraph {
        try NestingDepth.check(text.utf8, source: source)
        var reader = Reader(source: source)
        return try reader.read(text)
    }

    private struct Reader {
        let source: String
        var defaultDoc: String
        var graph = ActorGraph()

        init(source: String) {
            self.source = source
            self.defaultDoc = URL(fileURLWithPath: source).lastPathComponent
        }

        mutating func read(_ text: String) throws -> ActorGraph {
            let root: Node
            do {
                guard let composed = try Yams.compose(yaml: text) else {
                    throw FormatError(source, "empty document; expected actors, events and relations")
                }
                root = composed
            } catch let error as YamlError {
                throw FormatError(source, "not valid YAML or JSON: " + Self.oneLine(error))
            }
            guard let top = root.mapping else {
                throw failure(root, "expected a mapping with \(StructuredInputDocument.keys.joined(separator: ", "))")
            }
            for (key, _) in top where !StructuredInputDocument.keys.contains(key.string ?? "") {
                throw failure(key, "unknown key “\(key.string ?? "")”; a document has \(StructuredInputDocument.keys.joined(separator: ", "))")
            }
            if let doc = top["source"] { defaultDoc = try string(doc, "source") }
            if let actors = top["actors"] { try readActors(actors) }
            if let events = top["events"] { try readEvents(events) }
            if let relations = top["relations"] { try readRelations(relations) }
            guard graph.actorCount > 0 else {
                throw FormatError(source, "no actors; declare them under actors: or events:")
            }
            return graph
        }

        // MARK: Actors

        mutating func readActors(_ node: Node) throws {
            if let mapping = node.mapping {
                for (name, value) in mapping {
                    let name = try string(name, "actor name")
                    if let kind = value.scalar {
                        try add(Actor(name: name, kind: parseKind(kind.string, value, actor: name)), at: value)
                    } else {
                        try readActor(value, name: name)
                    }
                }
            } else if let sequence = node.sequence {
                for item in sequence { try readActor(item, name: nil) }
            } else {
                throw failure(node, "actors: expected a mapping of name: kind, or a list of {name, kind, aliases}")
            }
        }

        /// `{kind, aliases}` (with `name` when it is not the key).
        mutating func readActor(_ node: Node, name key: String?) throws {
            guard let mapping = node.mapping else {
                throw failure(node, "an actor is {name, kind, aliases}" + (key.map { " (at “\($0)”)" } ?? ""))
            }
            try expectKeys(mapping, key == nil ? ["name", "kind", "aliases"] : ["kind", "aliases"], node, "an actor")
            let name = try key ?? string(required(mapping, "name", node, "an actor"), "name")
            let kindNode = try required(mapping, "kind", node, "actor “\(name)”")
            let kind = try parseKind(string(kindNode, "kind"), kindNode, actor: name)
            guard kind != .event else {
                throw failure(kindNode, "actor “\(name)” is an event; put events under events: with place and date")
            }
            try add(Actor(name: name, kind: kind, aliases: strings(mapping["aliases"], "aliases")), at: node)
        }

        // MARK: Events

        mutating func readEvents(_ node: Node) throws {
            guard let sequence = node.sequence else {
                throw failure(node, "events: expected a list of {place, date, aliases}")
            }
            for item in sequence {
                guard let mapping = item.mapping else {
                    throw failure(item, "an event is {place, date, aliases} (date YYYY-MM-DD)")
                }
                try expectKeys(mapping, ["place", "date", "name", "aliases"], item, "an event")
                let place = try string(required(mapping, "place", item, "an event"), "place")
                var date: String?
                if let dateNode = mapping["date"] {
                    let text = try string(dateNode, "date")
                    guard Self.isDate(text) else { throw failure(dateNode, "event date “\(text)” is not YYYY-MM-DD") }
                    date = text
                }
                var event = Actor.event(place: place, date: date)
                if let nameNode = mapping["name"] {
                    event = Actor(id: event.id, name: try string(nameNode, "name"), kind: .event, place: place, date: date)
                }
                event.addAliases(try strings(mapping["aliases"], "aliases"))
                try add(event, at: item)
            }
        }

        static func isDate(_ text: String) -> Bool {
            let parts = text.split(separator: "-", omittingEmptySubsequences: false)
            return parts.map(\.count) == [4, 2, 2] && parts.allSatisfy { $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }
        }

        // MARK: Relations

        mutating func readRelations(_ node: Node) throws {
            guard let sequence = node.sequence else {
                throw failure(node, "relations: expected a list")
            }
            for item in sequence {
                if let sentence = item.scalar {
                    let (subject, relation, object) = try split(sentence.string, item)
                    try relate(subject, relation, object, evidence: [], at: item)
                } else if let list = item.sequence {
                    guard list.count == 3 || list.count == 4 else {
                        throw failure(item, "a relation list is [subject, relation, object] or [subject, relation, object, evidence], not \(list.count) items")
                    }
                    let relationNode = list[1]
                    let relation = try parseRelation(string(relationNode, "relation"), relationNode)
                    let evidence = list.count == 4 ? try readEvidence(list[3]) : []
                    try relate(string(list[0], "subject"), relation, string(list[2], "object"), evidence: evidence, at: item)
                } else if let mapping = item.mapping {
                    try expectKeys(mapping, ["subject", "relation", "object", "evidence"], item, "a relation")
                    let relationNode = try required(mapping, "relation", item, "a relation")
                    let relation = try parseRelation(string(relationNode, "relation"), relationNode)
                    try relate(
                        string(required(mapping, "subject", item, "a relation"), "subject"), relation,
                        string(required(mapping, "object", item, "a relation"), "object"),
                        evidence: mapping["evidence"].map(readEvidence) ?? [], at: item)
                } else {
                    throw failure(item, "a relation is “subject relation object”, a list or a mapping")
                }
            }
        }

        /// "Russia backs Bashar al-Assad" → ("Russia", .backs, "Bashar al-Assad"): the one relation
        /// word in the sentence splits it.
        func split(_ sentence: String, _ node: Node) throws -> (String, RelationKind, String) {
            var found: [(Range<String.Index>, RelationKind)] = []
            let lowered = sentence.lowercased()
            for relation in RelationKind.allCases {
                let phrases = Set([relation.rawValue, relation.rawValue.replacingOccurrences(of: "_", with: " "),
                                   relation.rawValue.replacingOccurrences(of: "_", with: "-")])
                for phrase in phrases {
                    var searchRange = lowered.startIndex..<lowered.endIndex
                    while let range = lowered.range(of: " \(phrase) ", range: searchRange) {
                        found.append((range, relation))
                        searchRange = range.upperBound..<lowered.endIndex
                    }
                }
            }
            guard found.count == 1, let (range, relation) = found.first, lowered.count == sentence.count else {
                throw failure(node, "cannot read “\(sentence)” as “subject relation object” with one of \(RelationKind.allCases.map(\.rawValue).joined(separator: ", ")); write it as [subject, relation, object]")
            }
            // `lowered` has the same characters as `sentence` (checked above), so offsets carry over.
            let start = sentence.index(sentence.startIndex, offsetBy: lowered.distance(from: lowered.startIndex, to: range.lowerBound))
            let end = sentence.index(sentence.startIndex, offsetBy: lowered.distance(from: lowered.startIndex, to: range.upperBound))
            return (String(sentence[..<start]), relation, String(sentence[end...]))
        }

        /// A quote, a `{doc, quote, sentence}` mapping, or a list of them.
        func readEvidence(_ node: Node) throws -> [Evidence] {
            if let list = node.sequence { return try list.flatMap(readEvidence) }
            if let quote = node.scalar { return [Evidence(doc: defaultDoc, quote: quote.string)] }
            guard let mapping = node.mapping else { throw failure(node, "evidence is a quote or {doc, quote}") }
            try expectKeys(mapping, ["doc", "quote", "sentence"], node, "evidence")
            let quote = try string(required(mapping, "quote", node, "evidence"), "quote")
            let doc = try mapping["doc"].map { try string($0, "doc") } ?? defaultDoc
            var sentence = 0
            if let sentenceNode = mapping["sentence"] {
                guard let number = Int(try string(sentenceNode, "sentence")), number >= 0 else {
                    throw failure(sentenceNode, "sentence must be a number from 0")
                }
                sentence = number
            }
            return [Evidence(doc: doc, sentence: sentence, quote: quote)]
        }

        mutating func relate(_ subject: String, _ relation: RelationKind, _ object: String, evidence: [Evidence], at node: Node) throws {
            let from = try resolve(subject, node), to = try resolve(object, node)
            do {
                try graph.relate(from, relation, to, evidence: evidence)
            } catch let error as GraphError {
                throw failure(node, error.description)
            }
        }

        func resolve(_ name: String, _ node: Node) throws -> ActorID {
            let name = name.trimmingCharacters(in: .whitespaces)
            let found = graph.actors(named: name)
            if let actor = graph.actor(named: name) { return actor.id }
            if found.isEmpty {
                throw failure(node, "no actor named “\(name)”; declare it under actors: or events: (names match ignoring case, accents and dots)")
            }
            throw failure(node, "“\(name)” names several actors (\(found.map(\.name).joined(separator: ", "))); use a name only one of them has")
        }

        // MARK: Helpers

        mutating func add(_ actor: Actor, at node: Node) throws {
            do {
                try graph.add(actor)
            } catch let error as GraphError {
                throw failure(node, error.description)
            }
        }

        func parseKind(_ text: String, _ node: Node, actor: String) throws -> ActorKind {
            guard let kind = ActorKind(userText: text.trimmingCharacters(in: .whitespaces)) else {
                throw failure(node, "actor “\(actor)” has unknown kind “\(text)”; use one of \(ActorKind.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            return kind
        }

        func parseRelation(_ text: String, _ node: Node) throws -> RelationKind {
            guard let relation = RelationKind(userText: text.trimmingCharacters(in: .whitespaces)) else {
                throw failure(node, "unknown relation “\(text)”; use one of \(RelationKind.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            return relation
        }

        func string(_ node: Node, _ what: String) throws -> String {
            guard let scalar = node.scalar, !scalar.string.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw failure(node, "\(what) must be a non-empty text")
            }
            return scalar.string.trimmingCharacters(in: .whitespaces)
        }

        func strings(_ node: Node?, _ what: String) throws -> [String] {
            guard let node else { return [] }
            if node.scalar != nil { return [try string(node, what)] }
            guard let list = node.sequence else { throw failure(node, "\(what) must be a list of names") }
            return try list.map { try string($0, what) }
        }

        func required(_ mapping: Node.Mapping, _ key: String, _ node: Node, _ what: String) throws -> Node {
            guard let value = mapping[key] else { throw failure(node, "\(what) needs “\(key)”") }
            return value
        }

        func expectKeys(_ mapping: Node.Mapping, _ allowed: [String], _ node: Node, _ what: String) throws {
            for (key, _) in mapping where !allowed.contains(key.string ?? "") {
                throw failure(key, "unknown key “\(key.string ?? "")” in \(what); use \(allowed.joined(separator: ", "))")
            }
        }

        func failure(_ node: Node, _ reason: String) -> FormatError {
            FormatError(node.mark.map { "\(source):\($0.line)" } ?? source, reason)
        }

        static func oneLine(_ error: YamlError) -> String {
            let text: String
            switch error {
            case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _):
                text = "line \(mark.line): \(problem)" + (context.map { " \($0.text)" } ?? "")
            default:
                text = "\(error)"
            }
            return text.split(whereSeparator: \.isNewline).first.map(String.init) ?? text
        }
    }
}
