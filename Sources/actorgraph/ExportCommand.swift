import ActorGraphFormats
import ActorGraphModel
import ArgumentParser
import Foundation

/// `actorgraph export`: writes a graph in a format another tool reads.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write a graph for Gephi, yEd, NetworkX, Cytoscape, Neo4j, RDF tools or Mermaid.",
        discussion: """
            Formats:
              graphml    GraphML, typed keys. GraphML attributes are scalar, so
                         aliases and evidence are JSON strings. Parallel
                         relations are edges with ids subject:relation:object.
              graphml-yed
                         The same, plus yEd graphics (shapes, colours, arrows).
              gexf       GEXF 1.3 with colours and shapes, for Gephi.
                         --gexf-version 1.2 writes 1.2.
              gexf1.2    GEXF 1.2 (what NetworkX read_gexf reads by default).
              json       node-link JSON, the graph.json every command reads.
              cytoscape  Cytoscape.js elements JSON.
              neo4j-csv  nodes.csv and relationships.csv for neo4j-admin. -o
                         names the FOLDER they go in (required). Import:
                           neo4j-admin database import full \\
                             --nodes=nodes.csv \\
                             --relationships=relationships.csv \\
                             --multiline-fields=true neo4j
                         Text cells starting with = + - @ tab or CR get a
                         leading ' so spreadsheets do not run them as
                         formulas. A ';' inside an alias or document name
                         becomes ',' (';' separates array items).
              cypher     Cypher script of parameterised MERGEs, for
                         cypher-shell -f graph.cypher (cypher-shell 5+).
              turtle     RDF 1.1 Turtle; vocabulary https://actorgraph.dev/ns#
              mermaid    Mermaid flowchart for a ```mermaid block on GitHub.
              dot        Graphviz DOT, styled as `actorgraph render` draws it.

            Without -o the export goes to standard output. With -o the file
            is written beside its target and renamed over it, so readers
            never see half a file.

            Examples:
              actorgraph export output/graph.json --format graphml \\
                  -o output/graph.graphml
              actorgraph export --format gexf --gexf-version 1.2 -o graph.gexf
              actorgraph export --format neo4j-csv -o output/neo4j
              actorgraph export --format mermaid > graph.mmd
            """
    )

    /// Every format name the command accepts.
    static var formatNames: [String] {
        ExportFormat.allCases.map(\.rawValue)
    }

    @Argument(help: ArgumentHelp("The graph to export (.json or .graphml).", valueName: "graph"))
    var graph: String = "output/graph.json"

    @Option(name: .long, help: ArgumentHelp(
        "One of: \(formatNames.joined(separator: ", ")).", valueName: "format"))
    var format: String

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp(
        "The file to write (the folder, for neo4j-csv); standard output when omitted.", valueName: "file"))
    var output: String?

    @Option(name: .long, help: ArgumentHelp("GEXF version for --format gexf: 1.3 or 1.2.", valueName: "version"))
    var gexfVersion: String?

    func validate() throws {
        guard let format = ExportFormat(userText: format) else {
            throw ValidationError("unknown format “\(format)”; use one of \(Self.formatNames.joined(separator: ", "))")
        }
        if let gexfVersion {
            guard format == .gexf else {
                throw ValidationError("--gexf-version applies to --format gexf only")
            }
            guard GEXF.Version(rawValue: gexfVersion) != nil else {
                throw ValidationError("unknown GEXF version “\(gexfVersion)”; use 1.3 or 1.2")
            }
        }
        if format.writesFolder, output == nil {
            throw ValidationError("\(format.rawValue) writes two files; give the folder with -o FOLDER")
        }
    }

    func run() throws {
        let loaded = try GraphFile.load(URL(fileURLWithPath: graph))
        // validate() has checked both.
        guard let format = ExportFormat(userText: format) else { return }
        let version = gexfVersion.flatMap(GEXF.Version.init(rawValue:)) ?? .v1_3
        switch format.export(loaded, gexfVersion: version) {
        case let .document(data):
            try write(data)
        case let .files(files):
            let folder = URL(fileURLWithPath: output ?? ".", isDirectory: true)
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), !isFolder.boolValue {
                throw FormatError(folder.path, "is a file; \(format.rawValue) needs a folder for its \(files.count) files")
            }
            for file in files {
                try OutputFile.write(file.data, to: folder.appendingPathComponent(file.name))
            }
        }
    }

    /// Writes one document to -o, or to standard output.
    private func write(_ data: Data) throws {
        if let output {
            try OutputFile.write(data, to: URL(fileURLWithPath: output))
        } else {
            FileHandle.standardOutput.write(data)
        }
    }
}
