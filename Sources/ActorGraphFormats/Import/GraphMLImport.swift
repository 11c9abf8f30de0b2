import ActorGraphModel
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

extension GraphML {
    /// Reads GraphML written by ActorGraph or by another tool (NetworkX's `write_graphml`,
    /// python-igraph's `write_graphml`, yEd, Gephi) whose nodes carry a `kind` attribute and whose
    /// edges carry a `relation`.
    ///
    /// Attributes are found by their `attr.name`, whatever the key ids are (NetworkX writes `d0`,
    /// `d1`, …, igraph `v_kind`). An empty value counts as absent (igraph writes every attribute on
    /// every node, empty where it has none). A node's actor id is its `id` attribute when it has
    /// one (igraph renumbers nodes `n0`, `n1`, … and keeps the original id so); in a file saved by
    /// yEd, which renumbers nodes `n0`, `n1`, … and keeps no id, it is derived from the name as
    /// for a new actor; else it is the node's id. A node's display name is its `label` (or `name`) attribute, else
    /// the text of its yEd node label, else its id. An edge
    /// without a `relation` attribute takes its relation from its id when that is a relation name
    /// (NetworkX writes a multigraph's edge key as the id). `aliases` and `evidence` are JSON arrays
    /// as ``encode(_:)`` writes them; `support` is derived from the evidence again. Key defaults
    /// apply. Other attributes, yEd graphics and nested graphs' structure are ignored.
    /// - Parameter source: the file name, for error messages.
    public static func decode(_ data: Data, source: String) throws -> ActorGraph {
        guard data.contains(where: { !(" \t\r\n".utf8.contains($0)) }) else {
            throw FormatError(source, "empty file, expected GraphML")
        }
        // Foundation's XML parser traps on an element name that is not UTF-8 (found by fuzzing),
        // so such a file is refused before it is parsed; GraphML tools write UTF-8.
        guard String(data: data, encoding: .utf8) != nil else {
            throw FormatError(source, "not UTF-8 text; GraphML is read in UTF-8 only")
        }
        let reader = GraphMLReader()
        let parser = XMLParser(data: data)
        parser.delegate = reader
        parser.shouldProcessNamespaces = false
        guard parser.parse(), reader.failure == nil else {
            if let failure = reader.failure { throw FormatError(source, failure) }
            let line = parser.lineNumber
            let why = parser.parserError.map { ($0 as NSError).localizedDescription } ?? "malformed XML"
            throw FormatError(source, "not well-formed XML at line \(line): \(oneLine(why))")
        }
        // Foundation's parser on Linux accepts a document cut short; a truncated file must not
        // load as a smaller graph.
        if let open = reader.openElements.last {
            throw FormatError(source, "not well-formed XML: the file ends inside <\(open)>; is it truncated?")
        }
        guard reader.sawGraphML else { throw FormatError(source, "not GraphML: no <graphml> element") }
        // Without a <graph> the file holds no graph at all, not an empty one.
        guard reader.sawGraph else { throw FormatError(source, "no <graph> element inside <graphml>; is the file complete?") }
        return try build(reader, source: source)
    }

    private static func build(_ reader: GraphMLReader, source: String) throws -> ActorGraph {
        var graph = ActorGraph()
        do {
            var actorIDs: [String: ActorID] = [:]
            for node in reader.nodes {
                let values = reader.values(of: node.data, domain: "node").filter { !$0.value.isEmpty }
                guard let kindText = values["kind"] else {
                    throw FormatError(source, "node “\(node.id)” has no “kind” attribute; give each node a kind: \(ActorKind.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                guard let kind = ActorKind(userText: kindText) else {
                    throw FormatError(source, "node “\(node.id)” has unknown kind “\(kindText)”; use one of \(ActorKind.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                var aliases: [String] = []
                if let text = values["aliases"] {
                    guard let list = JSONText.decode([String].self, from: text) else {
                        throw FormatError(source, "node “\(node.id)”: aliases must be a JSON array of strings, got “\(oneLine(text))”")
                    }
                    aliases = list
                }
                let name = values["label"] ?? values["name"] ?? node.graphicsLabel.flatMap { $0.isEmpty ? nil : $0 } ?? node.id
                let renumbered = reader.sawYFiles && isYEdNumber(node.id)
                let id: ActorID? = values["id"].map { ActorID($0) } ?? (renumbered ? nil : ActorID(node.id))
                let added = try graph.add(Actor(
                    id: id, name: name, kind: kind, aliases: aliases, place: values["place"], date: values["date"]))
                actorIDs[node.id] = added
            }
            for edge in reader.edges {
                let values = reader.values(of: edge.data, domain: "edge").filter { !$0.value.isEmpty }
                let relationText = values["relation"] ?? edge.id ?? ""
                guard let relation = RelationKind(userText: relationText) else {
                    let shown = values["relation"] == nil ? "no “relation” attribute" : "unknown relation “\(relationText)”"
                    throw FormatError(source, "edge \(edge.source) → \(edge.target) has \(shown); use one of \(RelationKind.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                var evidence: [Evidence] = []
                if let text = values["evidence"] {
                    guard let list = JSONText.decode([Evidence].self, from: text) else {
                        throw FormatError(source, "edge \(edge.source) → \(edge.target): evidence must be a JSON array of {doc, sentence, quote, start, end} objects")
                    }
                    evidence = list
                }
                try graph.relate(
                    actorIDs[edge.source] ?? ActorID(edge.source), relation, actorIDs[edge.target] ?? ActorID(edge.target),
                    evidence: evidence)
            }
        } catch let error as GraphError {
            throw FormatError(source, error.description)
        }
        return graph
    }

    /// Whether `id` is a node number yEd gives on saving: `n0`, `n12`, `n0::n3` in a group.
    private static func isYEdNumber(_ id: String) -> Bool {
        id.components(separatedBy: "::").allSatisfy { part in
            part.count > 1 && part.first == "n" && part.dropFirst().allSatisfy { $0.isASCII && $0.isNumber }
        }
    }

    private static func oneLine(_ text: String) -> String {
        let flat = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        return flat.count > 80 ? String(flat.prefix(80)) + "…" : flat
    }
}

/// Collects keys, nodes and edges from GraphML's SAX events.
private final class GraphMLReader: NSObject, XMLParserDelegate {
    struct Key {
        var domain: String
        var name: String
        var defaultValue: String?
    }

    struct Node {
        var id: String
        var data: [String: String] = [:]
        /// The text of the node's yEd `<y:NodeLabel>`, if any.
        var graphicsLabel: String?
    }

    struct Edge {
        var id: String?
        var source: String
        var target: String
        var data: [String: String] = [:]
    }

    var keys: [String: Key] = [:]
    var nodes: [Node] = []
    var edges: [Edge] = []
    var sawGraphML = false
    /// Whether a key carries `yfiles.type`: the file was saved by yEd.
    var sawYFiles = false
    /// The text of a yEd node label being read.
    private var nodeLabelText: String?
    var sawGraph = false
    var failure: String?
    /// The elements opened and not yet closed, outermost first.
    var openElements: [String] = []

    /// Nodes of nested graphs sit inside their parent's <node>; they are kept as plain nodes.
    private var openNodes: [Node] = []
    private var currentEdge: Edge?
    private var currentKey: (id: String, key: Key)?
    private var inDefault = false
    private var dataKey: String?
    /// How deep inside a <data> element's own markup (yEd graphics) the parser is.
    private var dataDepth = 0
    private var dataHasMarkup = false
    private var text = ""

    /// The attribute values of an element by attribute name, with key defaults filled in.
    func values(of data: [String: String], domain: String) -> [String: String] {
        var result: [String: String] = [:]
        for key in keys.values where key.domain == domain || key.domain == "all" {
            if let value = key.defaultValue { result[key.name] = value }
        }
        for (id, value) in data {
            if let key = keys[id] { result[key.name] = value }
        }
        return result
    }

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
        qualifiedName: String?, attributes: [String: String] = [:]
    ) {
        openElements.append(name)
        if dataKey != nil {
            dataDepth += 1
            dataHasMarkup = true
            if localName(name) == "NodeLabel", currentEdge == nil, !openNodes.isEmpty { nodeLabelText = "" }
            return
        }
        switch localName(name) {
        case "graphml":
            sawGraphML = true
        case "graph":
            sawGraph = true
        case "key":
            guard let id = attributes["id"] else { return fail(parser, "a <key> has no id") }
            if attributes["yfiles.type"] != nil { sawYFiles = true }
            currentKey = (id, Key(domain: attributes["for"] ?? "all", name: attributes["attr.name"] ?? id))
        case "default":
            inDefault = currentKey != nil
            text = ""
        case "node":
            guard let id = attributes["id"] else { return fail(parser, "a <node> has no id") }
            openNodes.append(Node(id: id))
        case "edge":
            guard let source = attributes["source"], let target = attributes["target"] else {
                return fail(parser, "an <edge> lacks source or target")
            }
            currentEdge = Edge(id: attributes["id"], source: source, target: target)
        case "data":
            guard let key = attributes["key"] else { return fail(parser, "a <data> element has no key") }
            guard keys[key] != nil else {
                return fail(parser, "<data key=\"\(key)\"> refers to no declared <key>")
            }
            dataKey = key
            dataDepth = 0
            dataHasMarkup = false
            text = ""
        default:
            break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if dataKey != nil || inDefault { text += string }
        if nodeLabelText != nil { nodeLabelText? += string }
    }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        if dataKey != nil || inDefault { text += String(decoding: CDATABlock, as: UTF8.self) }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        _ = openElements.popLast()
        if let key = dataKey {
            if dataDepth > 0 {
                dataDepth -= 1
                if localName(name) == "NodeLabel", let label = nodeLabelText, !openNodes.isEmpty {
                    let trimmed = label.trimmingCharacters(in: .whitespacesAndNewlines)
                    if openNodes[openNodes.count - 1].graphicsLabel == nil { openNodes[openNodes.count - 1].graphicsLabel = trimmed }
                    nodeLabelText = nil
                }
                return
            }
            // A <data> holding markup (yEd graphics) is not a scalar value.
            if !dataHasMarkup {
                if currentEdge != nil {
                    currentEdge?.data[key] = text
                } else if !openNodes.isEmpty {
                    openNodes[openNodes.count - 1].data[key] = text
                }
            }
            dataKey = nil
            return
        }
        switch localName(name) {
        case "key":
            if let (id, key) = currentKey { keys[id] = key }
            currentKey = nil
        case "default":
            if inDefault { currentKey?.key.defaultValue = text }
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
        if failure == nil { failure = "not valid GraphML: \(message)" }
        parser.abortParsing()
    }

    private func localName(_ name: String) -> String {
        name.split(separator: ":").last.map(String.init) ?? name
    }
}
