import ActorGraphEvaluation
import ActorGraphFormats
import ActorGraphQueries
import ArgumentParser
import Foundation

/// `actorgraph eval`: scores a graph against hand-annotated gold edges.
struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score a graph against gold edges: precision, recall and F1 per relation kind.",
        discussion: """
            Compares distinct (subject, relation, object) triples over the whole corpus, with names \
            mapped through the alias table and events matched by place and date. Agrees with the \
            reference scorer score.py on the same inputs.

            The seeds' gold and alias table are Tests/Fixtures/seeds-gold.jsonl and \
            Tests/Fixtures/seeds-aliases.tsv; copied to gold.jsonl and aliases.tsv:

            Examples:
              actorgraph eval gold.jsonl --aliases aliases.tsv --show-errors
              actorgraph eval gold.jsonl --aliases aliases.tsv --json
              actorgraph eval gold.jsonl --graph output/graph.json --lenient-events
            """
    )

    @Argument(help: ArgumentHelp("Gold edges, one JSON object a line (doc, subject, relation, object, evidence); - reads standard input.", valueName: "gold.jsonl"))
    var gold: String

    @Option(help: ArgumentHelp("Alias table: canonical<TAB>kind<TAB>form|form|…", valueName: "file"))
    var aliases: String?

    @OptionGroup var graphOptions: GraphOptions

    @Flag(help: "Match events by place only, ignoring their dates.")
    var lenientEvents = false

    @Flag(help: "List the missed and the spurious triples.")
    var showErrors = false

    @Flag(help: "Print the scores as JSON: a row per relation, overall, and the missed and spurious triples.")
    var json = false

    func run() throws {
        let standard: GoldStandard
        if gold == "-" {
            let text = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
            standard = try GoldStandard(jsonl: text, source: "standard input")
        } else {
            let goldURL = URL(fileURLWithPath: gold)
            standard = try GoldStandard(jsonl: try InputFile.readText(goldURL), source: goldURL.path)
        }
        let table = try aliases.map { AliasTable(tsv: try InputFile.readText(URL(fileURLWithPath: $0))) } ?? AliasTable()
        let card = Scorer(aliases: table, lenientEvents: lenientEvents).score(try graphOptions.load(), against: standard)
        if json {
            print(QueryJSON.encode(Report(card)))
            return
        }
        print(card.table)
        if showErrors {
            print("\nmissed (in gold, not predicted):")
            for triple in card.missed { print("  - \(triple)") }
            print("spurious (predicted, not in gold):")
            for triple in card.spurious { print("  + \(triple)") }
        }
        print("F1 \(String(format: "%.3f", card.overall.f1))")
    }

    /// The scorecard as `--json` prints it.
    private struct Report: Encodable {
        struct Row: Encodable {
            let relation: String
            let gold: Int
            let predicted: Int
            let truePositives: Int
            let precision: Double
            let recall: Double
            let f1: Double

            init(_ row: Scorecard.Row) {
                relation = row.relation
                gold = row.gold
                predicted = row.predicted
                truePositives = row.truePositives
                precision = row.precision
                recall = row.recall
                f1 = row.f1
            }
        }

        let relations: [Row]
        let overall: Row
        /// (subject, relation, object) in the scorer's comparison form.
        let missed: [[String]]
        let spurious: [[String]]

        init(_ card: Scorecard) {
            relations = card.rows.map(Row.init)
            overall = Row(card.overall)
            missed = card.missed.map { [$0.subject, $0.relation, $0.object] }
            spurious = card.spurious.map { [$0.subject, $0.relation, $0.object] }
        }
    }
}
