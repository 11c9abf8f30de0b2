import ActorGraphModel
import ActorGraphQueries
import ArgumentParser

/// `actorgraph who`: edges matching a pattern with either end open.
struct WhoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "who",
        abstract: "Find the edges matching a pattern: subject, relation, object, any of them open.",
        discussion: """
            Symmetric relations (coordinates_with) match with their ends either way round.

            Examples:
              actorgraph who --relation backs --object Assad
                Iran —backs (3)→ Bashar al-Assad  [3 documents, 3 sentences]
                Russia —backs (3)→ Bashar al-Assad  [3 documents, 4 sentences]
                2 edges.
              actorgraph who --subject Russia
              actorgraph who --relation attended --object "Vienna 2015-10-30"
              actorgraph who --subject "United States" --object Russia --evidence
            """)

    @OptionGroup var graph: GraphOptions
    @OptionGroup var filters: FilterOptions

    @Option(help: ArgumentHelp("The subject (any actor when left out).", valueName: "actor"))
    var subject: String?

    @Option(help: ArgumentHelp("The relation, or several comma-separated (any when left out): \(RelationList.values).", valueName: "relation"))
    var relation: RelationList?

    @Option(help: ArgumentHelp("The object (any actor when left out).", valueName: "actor"))
    var object: String?

    @Flag(help: "Print each edge's evidence sentences.")
    var evidence = false

    @Flag(help: "Print JSON.")
    var json = false

    func run() throws {
        var mask = try filters.filter().relationMask
        if let relation { mask.formIntersection(RelationMask(relation.kinds)) }
        // With an end named, the answer needs only the index and that end's relations (from a
        // store, or graph.json without its evidence); with neither, or filters other than
        // --relations, the whole graph.
        if subject != nil || object != nil, filters.onlyRelations, let source = try graph.partial() {
            let answer = try PartialMatches(source, subject: subject, relations: mask, object: object)
            show(answer.matches, graph: answer.graph) { answer.graph[$0]?.name ?? $0.rawValue }
            return
        }
        let query = try QuerySubject(graph, filters)
        let subjectActor = try subject.map(query.actor)
        let objectActor = try object.map(query.actor)
        let found = query.indexed.matches(Pattern(subject: subjectActor?.id, relations: mask, object: objectActor?.id))
        show(found, graph: query.graph, name: query.name)
    }

    /// Prints `found`, edges of `graph` (the whole graph, or the part that holds them); `name`
    /// names actors.
    private func show(_ found: [Relation], graph: ActorGraph, name: (ActorID) -> String) {
        if json {
            print(QueryJSON.encode(Report(matches: found.map { .init($0, in: graph) })))
            return
        }
        for edge in found {
            let sentences = edge.evidence.count
            print("\(edge.line(name: name))  [\(edge.support) document\(edge.support == 1 ? "" : "s"), \(sentences) sentence\(sentences == 1 ? "" : "s")]")
            if evidence {
                for item in edge.evidence { print("    \(item.doc) #\(item.sentence): \(item.quote)") }
            }
        }
        print(found.isEmpty ? "No matching edge." : "\(found.count) edge\(found.count == 1 ? "" : "s").")
    }

    private struct Report: Encodable {
        let matches: [QueryJSON.Edge]
    }
}
