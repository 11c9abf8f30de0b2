import ActorGraphFormats
import ActorGraphModel
import ActorGraphQueries
import ActorGraphRendering
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
                         Nodes carry camp and camp_label (as `actorgraph
                         camps` splits the graph; also in gexf and
                         cytoscape; --no-camps leaves them out), and
                         with --layout ENGINE x and y from a Graphviz
                         layout (gexf: viz:position; cytoscape: position).
              graphml-yed
                         The same, plus yEd graphics (shapes, colours, arrows).
              gexf       GEXF 1.3 with colours and shapes, for Gephi; dated
                         events and their edges carry start/end for the
                         timeline. --gexf-version 1.2 writes 1.2.
              gexf1.2    GEXF 1.2 (what NetworkX read_gexf reads by default).
              json       node-link JSON, the graph.json every command reads.
              cytoscape  Cytoscape.js elements JSON.
              neo4j-csv  nodes.csv and relationships.csv for neo4j-admin, dates
                         typed date. -o names the FOLDER they go in
                         (required). Import:
                           neo4j-admin database import full \\
                             --nodes=nodes.csv \\
                             --relationships=relationships.csv \\
                             --multiline-fields=true neo4j
                         Text cells starting with = + - @ tab or CR get a
                         leading ' so spreadsheets do not run them as
                         formulas. A ';' inside an alias or document name
                         becomes ',' (';' separates array items).
              cypher     Plain Cypher, one statement a line with literal
                         values (MERGE on id; dates as date()): runs as
                         written in FalkorDB, Neo4j or Memgraph.
              cypher-shell
                         Neo4j script for cypher-shell -f graph.cypher
                         (5+): a CREATE CONSTRAINT header on :Actor(id),
                         then :param batches and parameterised MERGEs.
              turtle     RDF 1.1 Turtle; vocabulary https://actorgraph.dev/ns#
              mermaid    Mermaid flowchart for a ```mermaid block on GitHub.
              dot        Graphviz DOT, styled as `actorgraph render` draws it.

            The graph is read from --graph FILE (default output/graph.json;
            - for standard input), or from the FILE argument as before. The
            filters (--relations, --kinds, --min-support, --docs, --from,
            --to) apply before writing.

            Without -o, or with -o -, the export goes to standard output.
            With -o the file is written beside its target and renamed over
            it, so readers never see half a file.

            Examples:
              actorgraph export --format graphml -o output/graph.graphml
              actorgraph export --format gexf --gexf-version 1.2 -o graph.gexf
              actorgraph export --format neo4j-csv -o output/neo4j
              actorgraph export --format cypher -o graph.cypher
              actorgraph export --format gexf --layout sfdp -o graph.gexf
              actorgraph export --format mermaid > graph.mmd
              actorgraph export --format json --relations backs,opposes -o -
              actorgraph export --graph - --format turtle < output/graph.json
            """
    )

    /// Every format name the command accepts.
    static var formatNames: [String] {
        ExportFormat.allCases.map(\.rawValue)
    }

    @Argument(help: ArgumentHelp("The graph to export, as --graph gives it (the older form; give one of the two).", valueName: "graph"))
    var positionalGraph: String?

    @OptionGroup var graphOptions: GraphOptions
    @OptionGroup var filters: FilterOptions

    @Option(name: .long, help: ArgumentHelp(
        "One of: \(formatNames.joined(separator: ", ")).", valueName: "format"))
    var format: String

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp(
        "The file to write (the folder, for neo4j-csv); standard output when omitted or -.", valueName: "file"))
    var output: String?

    @Option(name: .long, help: ArgumentHelp("GEXF version for --format gexf: 1.3 or 1.2.", valueName: "version"))
    var gexfVersion: String?

    @Option(name: .long, help: ArgumentHelp("Add each actor's position in a Graphviz layout by this engine (\(LayoutEngine.allCases.map(\.rawValue).joined(separator: ", "))) to GraphML (x, y), GEXF (viz:position) and Cytoscape JSON (position).", valueName: "engine"))
    var layout: String?

    @Flag(name: .customLong("no-camps"), help: "Leave out the camp attributes of GraphML, GEXF and Cytoscape JSON (for graphs too large to split quickly).")
    var noCamps = false

    /// The graph to read: the positional argument or `--graph`, else the default.
    var graphPath: String { positionalGraph ?? graphOptions.path }

    /// The file to write, or nil for standard output.
    var outputFile: String? { output == "-" ? nil : output }

    func validate() throws {
        if positionalGraph != nil && graphOptions.graph != nil {
            throw ValidationError("give the graph once: as --graph FILE or as the argument, not both")
        }
        guard let format = ExportFormat(userText: format) else {
            throw ValidationError("unknown format “\(format)”; use one of \(Self.formatNames.joined(separator: ", "))")
        }
        if layout != nil && !format.writesAnnotations {
            throw ValidationError("--layout applies to graphml, graphml-yed, gexf and cytoscape only")
        }
        if let layout, (try? LayoutEngine(parsing: layout)) == nil {
            throw ValidationError("unknown --layout engine “\(layout)”; use one of \(LayoutEngine.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        if let gexfVersion {
            guard format == .gexf else {
                throw ValidationError("--gexf-version applies to --format gexf only")
            }
            guard GEXF.Version(rawValue: gexfVersion) != nil else {
                throw ValidationError("unknown GEXF version “\(gexfVersion)”; use 1.3 or 1.2")
            }
        }
        if format.writesFolder, outputFile == nil {
            throw ValidationError("\(format.rawValue) writes two files; give the folder with -o FOLDER")
        }
    }

    func run() throws {
        let loaded = try filters.filter().apply(to: try GraphInput.load(graphPath))
        // validate() has checked both.
        guard let format = ExportFormat(userText: format) else { return }
        let version = gexfVersion.flatMap(GEXF.Version.init(rawValue:)) ?? .v1_3
        var annotations = format.writesAnnotations && !noCamps ? Self.annotations(of: loaded) : .none
        if let layout {
            annotations.positions = try ExportLayout.positions(of: loaded, engine: try LayoutEngine(parsing: layout))
        }
        switch format.export(loaded, gexfVersion: version, annotations: annotations) {
        case let .document(data):
            try write(data)
        case let .files(files):
            let folder = URL(fileURLWithPath: outputFile ?? ".", isDirectory: true)
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), !isFolder.boolValue {
                throw FormatError(folder.path, "is a file; \(format.rawValue) needs a folder for its \(files.count) files")
            }
            for file in files {
                try OutputFile.write(file.data, to: folder.appendingPathComponent(file.name))
            }
        }
    }

    /// Each actor's camp, as `actorgraph camps` splits the graph.
    static func annotations(of graph: ActorGraph) -> ExportAnnotations {
        var camps: [ActorID: ExportAnnotations.Camp] = [:]
        for (index, camp) in CampAnalysis(graph).camps.enumerated() {
            for member in camp.members { camps[member] = .init(number: index + 1, label: camp.label) }
        }
        return ExportAnnotations(camps: camps)
    }

    /// Writes one document to -o, or to standard output.
    private func write(_ data: Data) throws {
        if let outputFile {
            try OutputFile.write(data, to: URL(fileURLWithPath: outputFile))
        } else {
            FileHandle.standardOutput.write(data)
        }
    }
}
