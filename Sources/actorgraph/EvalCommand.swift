import ActorGraphEvaluation
import ActorGraphFormats
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

            Example:
              actorgraph eval Tests/Fixtures/seeds-gold.jsonl --aliases Tests/Fixtures/seeds-aliases.tsv --graph output/graph.json --show-errors
            """
    )

    @Argument(help: ArgumentHelp("Gold edges, one JSON object a line (doc, subject, relation, object, evidence).", valueName: "gold.jsonl"))
    var gold: String

    @Option(help: ArgumentHelp("Alias table: canonical<TAB>kind<TAB>form|form|…", valueName: "file"))
    var aliases: String?

    @OptionGroup var graphOptions: GraphOptions

    @Flag(help: "Match events by place only, ignoring their dates.")
    var lenientEvents = false

    @Flag(help: "List the missed and the spurious triples.")
    var showErrors = false

    func run() throws {
        let goldURL = URL(fileURLWithPath: gold)
        let standard = try GoldStandard(jsonl: try InputFile.readText(goldURL), source: goldURL.path)
        let table = try aliases.map { AliasTable(tsv: try InputFile.readText(URL(fileURLWithPath: $0))) } ?? AliasTable()
        let card = Scorer(aliases: table, lenientEvents: lenientEvents).score(try graphOptions.load(), against: standard)
        print(card.table)
        if showErrors {
            print("\nmissed (in gold, not predicted):")
            for triple in card.missed { print("  - \(triple)") }
            print("spurious (predicted, not in gold):")
            for triple in card.spurious { print("  + \(triple)") }
        }
        print("F1 \(String(format: "%.3f", card.overall.f1))")
    }
}
