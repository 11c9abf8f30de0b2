import ActorGraphModel
import Foundation

/// The formats `actorgraph export` writes, and how each turns a graph into bytes.
public enum ExportFormat: String, CaseIterable, Sendable {
    /// GraphML with typed keys (``GraphML``).
    case graphml
    /// GraphML with yEd's graphics: the style table's shapes and colours (``GraphML/Flavor/yEd``).
    case yEd = "graphml-yed"
    /// GEXF 1.3 with viz styles (``GEXF``); `--gexf-version 1.2` or ``gexf1_2`` for 1.2.
    case gexf
    /// GEXF 1.2 (what NetworkX's `read_gexf` reads by default).
    case gexf1_2 = "gexf1.2"
    /// Node-link JSON, the graph.json every command reads (``NodeLinkJSON``).
    case json
    /// Cytoscape.js elements JSON (``CytoscapeJSON``).
    case cytoscape
    /// Neo4j bulk-import CSV: nodes.csv and relationships.csv (``Neo4jCSV``).
    case neo4jCSV = "neo4j-csv"
    /// Plain Cypher statements with literal values, for any openCypher engine (``CypherStatements``).
    case cypher
    /// A cypher-shell script of `:param` batches and parameterised MERGEs, for Neo4j (``CypherScript``).
    case cypherShell = "cypher-shell"
    /// RDF 1.1 Turtle (``Turtle``).
    case turtle
    /// A Mermaid flowchart (``Mermaid``).
    case mermaid
    /// Graphviz DOT, styled as `actorgraph render` draws it (``DOTEncoder``).
    case dot

    /// Parses a format name as users type it, any case, with a few common synonyms
    /// (`node-link`, `gexf1.3`, `ttl`, `rdf`, `neo4j`, `mmd`).
    public init?(userText: String) {
        let text = userText.lowercased()
        switch text {
        case "node-link", "nodelink", "graph.json": self = .json
        case "gexf1.3", "gexf13": self = .gexf
        case "gexf12": self = .gexf1_2
        case "ttl", "rdf": self = .turtle
        case "neo4j", "csv": self = .neo4jCSV
        case "mmd": self = .mermaid
        case "gv", "graphviz": self = .dot
        case "yed": self = .yEd
        case "cypher-plain", "cql": self = .cypher
        case "cypher-shell", "cypher_shell", "cypher5": self = .cypherShell
        default: self.init(rawValue: text)
        }
    }

    /// The usual file extension of the output (a folder for ``neo4jCSV``).
    public var fileExtension: String {
        switch self {
        case .graphml, .yEd: "graphml"
        case .gexf, .gexf1_2: "gexf"
        case .json, .cytoscape: "json"
        case .neo4jCSV: ""
        case .cypher, .cypherShell: "cypher"
        case .turtle: "ttl"
        case .mermaid: "mmd"
        case .dot: "dot"
        }
    }

    /// Whether the format writes several files into a folder rather than one document.
    public var writesFolder: Bool { self == .neo4jCSV }

    /// Whether the format writes ``ExportAnnotations`` (camps, positions).
    public var writesAnnotations: Bool {
        switch self {
        case .graphml, .yEd, .gexf, .gexf1_2, .cytoscape: true
        default: false
        }
    }

    /// The graph in this format. `gexfVersion` applies to ``gexf`` only; `annotations` to the
    /// formats that ``writesAnnotations``.
    public func export(
        _ graph: ActorGraph, gexfVersion: GEXF.Version = .v1_3, annotations: ExportAnnotations = .none
    ) -> ExportOutput {
        switch self {
        case .graphml: .document(GraphML.encode(graph, annotations: annotations))
        case .yEd: .document(GraphML.encode(graph, flavor: .yEd, annotations: annotations))
        case .gexf: .document(GEXF.encode(graph, version: gexfVersion, annotations: annotations))
        case .gexf1_2: .document(GEXF.encode(graph, version: .v1_2, annotations: annotations))
        case .json: .document(NodeLinkJSON.encode(graph))
        case .cytoscape: .document(CytoscapeJSON.encode(graph, annotations: annotations))
        case .neo4jCSV:
            .files([
                ExportOutput.File(name: Neo4jCSV.nodesFileName, data: Neo4jCSV.nodes(graph)),
                ExportOutput.File(name: Neo4jCSV.relationshipsFileName, data: Neo4jCSV.relationships(graph)),
            ])
        case .cypher: .document(CypherStatements.encode(graph))
        case .cypherShell: .document(CypherScript.encode(graph))
        case .turtle: .document(Turtle.encode(graph))
        case .mermaid: .document(Mermaid.encode(graph))
        case .dot: .document(Data(DOTEncoder().encode(graph).utf8))
        }
    }
}

/// What an export produces: one document, or named files that belong in one folder.
public enum ExportOutput: Equatable, Sendable {
    /// A file of a multi-file export.
    public struct File: Equatable, Sendable {
        public var name: String
        public var data: Data
    }

    case document(Data)
    case files([File])
}
