import ActorGraphModel
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

extension GEXF {
    /// Reads GEXF 1.1, 1.2 or 1.3 written by ActorGraph, Gephi or NetworkX's `write_gexf`, whose
    /// nodes carry a `kind` attribute and whose edges carry a `relation`.
    ///
    /// Attributes are found by their `title`, whatever their ids (NetworkX numbers them). A node's
    /// display name is its `label`, else its id. An edge's relation is its `relation` attribute,
    /// else its GEXF 1.3 `kind`, else the middle of an id `subject:relation:object`. `aliases` and
    /// `evidence` are JSON arrays as ``encode(_:version:)`` writes them; empty values count as
    /// absent; attribute defaults apply; `viz` styles, times and other attributes are ignored.
    /// - Parameter source: the file name, for error messages.
    public static func decode(_ data: Data, source: String) throws -> ActorGraph {
        let reader = GEXFReader()
        let parser = XMLParser(data: data)
        parser.delegate = reader
        guard parser.parse(), reader.failure == nil else {
            if let failure = reader.failure { throw FormatError(source, failure) }
            let why = parser.parserError.map { ($0 as NSError).localizedDescription } ?? "malformed XML"
            throw FormatError(source, "not well-formed XML at line \(parser.lineNumber): \(why.split(whereSeparator: \.isNewline).joined(separator: " "))")
        }
        if let open = reader.openElements.last {
            throw FormatError(source, "not well-formed XML: the file ends inside <\(open)>; is it truncated?")
        }
        guard reader.sawGEXF else { throw FormatError(source, "not GEXF: no <gexf> element") }
        var graph = ActorGraph()
        do {
            for node in reader.nodes {
                let values = reader.values(of: node.values, class: "node")
                guard let kindText = values["kind"], let kind = ActorKind(userText: kindText) else {
                    throw FormatError(source, "node “\(node.id)” has \(values["kind"].map { "unknown kind “\($0)”" } ?? "no “kind” attribute"); use one of \(ActorKind.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                var aliases: [String] = []
                if let text = values["aliases"] {
                    guard let list = JSONText.decode([String].self, from: text) else {
                        throw FormatError(source, "node “\(node.id)”: aliases must be a JSON array of strings")
                    }
                    aliases = list
                }
                try graph.add(Actor(
                    id: ActorID(node.id), name: node.label.flatMap { $0.isEmpty ? nil : $0 } ?? node.id, kind: kind,
                    aliases: aliases, place: values["place"], date: values["date"]))
            }
            for edge in reader.edges {
                let values = reader.values(of: edge.values, class: "edge")
                let fromID = edge.id.flatMap { id -> String? in
                    let parts = id.split(separator: ":", omittingEmptySubsequences: false)
                    return parts.count == 3 ? String(parts[1]) : nil
                }
                let text = values["relation"] ?? edge.kind ?? fromID ?? ""
                guard let relation = RelationKind(userText: text) else {
                    throw FormatError(source, "edge \(edge.source) → \(edge.target) has \(text.isEmpty ? "no “relation” attribute" : "unknown relation “\(text)”"); use one of \(RelationKind.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                var evidence: [Evidence] = []
                if let text = values["evidence"] {
                    guard let list = JSONText.decode([Evidence].self, from: text) else {
                        throw FormatError(source, "edge \(edge.source) → \(edge.target): evidence must be a JSON array of {doc, sentence, quote, start, end} objects")
                    }
                    evidence = list
                }
                try graph.relate(ActorID(edge.source), relation, ActorID(edge.target), evidence: evidence)
            }
        } catch let error as GraphError {
            throw FormatError(source, error.description)
        }
        return graph
    }
}

/// Collects attribute declarations, nodes and edges from GEXF's SAX events.
private final class GEXFReader: NSObject, XMLParserDelegate {
    struct Attribute {
        var title: String
        var defaultValue: String?
    }

    struct Node {
        var id: String
        var label: String?
        var values: [String: String] = [:]
    }

    struct Edge {
        var id: String?
        var source: String
        var target: String
        var kind: String?
        var values: [String: String] = [:]
    }

    /// Declared attributes by class (`node`, `edge`) and id.
    var attributes: [String: [String: Attribute]] = [:]
    var nodes: [Node] = []
    var edges: [Edge] = []
    var sawGEXF = false
    var failure: String?
    var openElements: [String] = []

    private var attributeClass: String?
    private var currentAttribute: (id: String, attribute: Attribute)?
    private var inDefault = false
    private var text = ""
    private var openNodes: [Node] = []
    private var currentEdge: Edge?

    /// Attribute values by title, with declared defaults filled in and empty values dropped.
    func values(of raw: [String: String], class domain: String) -> [String: String] {
        var result: [String: String] = [:]
        let declared = attributes[domain] ?? [:]
        for attribute in declared.values {
            if let value = attribute.defaultValue, !value.isEmpty { result[attribute.title] = value }
        }
        for (id, value) in raw where !value.isEmpty {
            result[declared[id]?.title ?? id] = value
        }
        return result
    }

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
        qualifiedName: String?, attributes attrs: [String: String] = [:]
    ) {
        openElements.append(name)
        switch name {
        case "gexf":
            sawGEXF = true
        case "attributes":
            attributeClass = attrs["class"] ?? "node"
        case "attribute":
            guard attributeClass != nil, let id = attrs["id"] else { return }
            currentAttribute = (id, Attribute(title: attrs["title"] ?? id))
        case "default":
            inDefault = currentAttribute != nil
            text = ""
        case "node":
            guard let id = attrs["id"] else { return fail(parser, "a <node> has no id") }
            openNodes.append(Node(id: id, label: attrs["label"]))
        case "edge":
            guard let source = attrs["source"], let target = attrs["target"] else {
                return fail(parser, "an <edge> lacks source or target")
            }
            currentEdge = Edge(id: attrs["id"], source: source, target: target, kind: attrs["kind"])
        case "attvalue":
            guard let key = attrs["for"] ?? attrs["id"], let value = attrs["value"] else { return }
            if currentEdge != nil {
                currentEdge?.values[key] = value
            } else if !openNodes.isEmpty {
                openNodes[openNodes.count - 1].values[key] = value
            }
        default:
            break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inDefault { text += string }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        _ = openElements.popLast()
        switch name {
        case "attributes":
            attributeClass = nil
        case "attribute":
            if let (id, attribute) = currentAttribute, let domain = attributeClass {
                attributes[domain, default: [:]][id] = attribute
            }
            currentAttribute = nil
        case "default":
            if inDefault { currentAttribute?.attribute.defaultValue = text }
            inDefault = false
        case "node":
            if let node = openNodes.popLast() { nodes.append(node) }
        case "edge":
            if let edge = currentEdge { edges.append(edge) }
            currentEdge = nil
        default:
            break
        }
    }

    private func fail(_ parser: XMLParser, _ message: String) {
        if failure == nil { failure = "not valid GEXF: \(message)" }
        parser.abortParsing()
    }
}
