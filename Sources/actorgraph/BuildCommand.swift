import ActorGraphExtraction
import ActorGraphFormats
import ActorGraphModel
import ActorGraphQueries
import ActorGraphRendering
import ArgumentParser
import Foundation

/// `actorgraph build DIR --out DIR`: news articles → graph.json and report.md.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Turn a folder of news articles into a typed, sourced graph of actors.",
        discussion: """
            Reads every .txt and .md file of FOLDER (dated by an optional manifest.tsv with the columns file, published, source, title), finds states, bodies, armed groups, persons and meetings, and the relations between them (backs, opposes, coordinates_with, attended, represents, and member_of for membership of a coalition or alliance), each with the sentences that state it. Writes into the output folder graph.json (the graph every other command reads), report.md (actors by kind, each relation with its evidence, documents that yielded nothing, warnings), graph.dot, a diagram per --format (svg and png by default) and graph.html, a page to explore the graph in a browser (search, evidence, filters, camps). A graph too large for the layout engine is drawn with sfdp instead, with a warning. Files that are binary or not UTF-8 are named in a warning and skipped or repaired; the rest of the corpus is still processed.

            Examples:
              actorgraph build seeds --out output
              actorgraph build news --out out --lexicon my-actors.tsv --rules my.rules
            """
    )

    @Argument(help: ArgumentHelp("The folder of articles (.txt, .md, optional manifest.tsv).", valueName: "folder"))
    var folder: String

    @Option(name: .long, help: ArgumentHelp("The folder to write graph.json and report.md to.", valueName: "folder"))
    var out: String = "output"

    @Option(name: .long, help: ArgumentHelp("A lexicon file (kind, name, code, aliases, demonyms, metonyms, country) whose entries add to or override the built-in ones; repeatable.", valueName: "file"))
    var lexicon: [String] = []

    @Option(name: .long, help: ArgumentHelp("A rule file (grammar in RULES.md) whose rules and word lists add to the built-in ones; repeatable.", valueName: "file"))
    var rules: [String] = []

    @Flag(name: .long, help: "Use only the rule files given with --rules, not the built-in rules.")
    var noDefaultRules = false

    @OptionGroup var drawing: DrawingOptions

    @Flag(help: "Print the summary as JSON: documents, actors, relations, seconds, the files written and the warnings.")
    var json = false

    /// The engine a graph too large for the chosen one is drawn with: it handles thousands of nodes.
    static let fallbackEngine = LayoutEngine.sfdp

    func run() throws {
        let started = Date()
        var lexiconData = try Lexicon.bundled()
        for path in lexicon { lexiconData.merge(try LexiconFile.load(URL(fileURLWithPath: path))) }
        var ruleSet = noDefaultRules ? RuleSet() : try RuleSet.bundled()
        for path in rules { try ruleSet.load(URL(fileURLWithPath: path)) }
        if noDefaultRules && rules.isEmpty {
            throw ValidationError("--no-default-rules needs at least one --rules FILE")
        }
        let progress = ProgressLine.ifInteractive()
        var report: (@Sendable (BuildProgress.Snapshot) -> Void)?
        if let progress { report = { snapshot in progress.show(snapshot) } }
        let result = try BuildResult.build(folder: URL(fileURLWithPath: folder), lexicon: lexiconData, rules: ruleSet, progress: report)
        progress?.finish()
        let outURL = URL(fileURLWithPath: out)
        var diagrams = drawing.output(into: outURL, adding: [.html])
        diagrams.documents = Self.pageDocuments(result, folder: URL(fileURLWithPath: folder), out: outURL)
        diagrams.fallback = Self.fallbackEngine
        // Diagrams are rendered before anything is written, so a failure leaves out/ as it was.
        let drawn = try diagrams.write(result.graph)
        if case let .tooLarge(engine, nodes, edges, _)? = drawn.refusal {
            FileHandle.standardError.write(Data("warning: \(nodes) nodes and \(edges) edges are too many for \(engine.rawValue); drawn with \(drawn.engine.rawValue)\n".utf8))
        }
        var written = drawn.files.map(\.lastPathComponent)
        try OutputFile.write(Data(Report.markdown(result).utf8), to: outURL.appendingPathComponent("report.md"))
        written.append("report.md")
        for warning in result.warnings {
            FileHandle.standardError.write(Data("warning: \(warning)\n".utf8))
        }
        let summary = Summary(
            documents: result.documents.count, actors: result.graph.actorCount, relations: result.graph.relationCount,
            seconds: Date().timeIntervalSince(started), folder: outURL.path, files: written, warnings: result.warnings)
        print(json ? QueryJSON.encode(summary) : summary.line)
    }

    /// What a build did, as the last line of its output or as `--json`.
    struct Summary: Encodable {
        let documents: Int
        let actors: Int
        let relations: Int
        let seconds: Double
        let folder: String
        /// The files written into `folder`, in the order written.
        let files: [String]
        let warnings: [String]

        /// "5 document(s) → 33 actor(s), 70 relation(s) in 0.41 s; wrote graph.json, … and report.md into output".
        var line: String {
            let names = files.dropLast().joined(separator: ", ") + (files.count > 1 ? " and " : "") + (files.last ?? "")
            return "\(documents) document(s) → \(actors) actor(s), \(relations) relation(s) in \(String(format: "%.2f", seconds)) s; wrote \(names) into \(folder)"
        }
    }

    /// What the page shows of each document: the manifest's title, outlet and date (when the
    /// folder has a readable manifest) and a link to the file, relative to the output folder.
    static func pageDocuments(_ result: BuildResult, folder: URL, out: URL) -> [String: PageDocument] {
        var manifest = Manifest()
        let manifestURL = folder.appendingPathComponent("manifest.tsv")
        if let text = try? String(contentsOf: manifestURL, encoding: .utf8),
           let parsed = try? Manifest.parse(text, source: manifestURL.path)
        {
            manifest = parsed
        }
        let base = relativePath(from: out, to: folder)
        var documents: [String: PageDocument] = [:]
        for document in result.documents {
            let row = manifest.rows[document.document]
            documents[document.document] = PageDocument(
                title: row?.title, outlet: row?.source, date: row?.published ?? document.published,
                href: (base.isEmpty ? "" : base + "/") + document.document)
        }
        return documents
    }

    /// The relative path from folder `from` to folder `to` (`../seeds`), by their absolute paths.
    static func relativePath(from: URL, to: URL) -> String {
        let a = from.standardizedFileURL.pathComponents, b = to.standardizedFileURL.pathComponents
        var common = 0
        while common < a.count, common < b.count, a[common] == b[common] { common += 1 }
        let parts = Array(repeating: "..", count: a.count - common) + b[common...]
        return parts.map { $0.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? $0 }.joined(separator: "/")
    }
}
