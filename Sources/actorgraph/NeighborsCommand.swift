import ActorGraphModel
import ActorGraphQueries
import ActorGraphStore
import ArgumentParser

/// `actorgraph neighbors A --depth K`: who is within K hops of an actor.
struct NeighborsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "neighbors",
        abstract: "List the actors within some hops of an actor, with the edges that reach them.",
        discussion: """
            Examples:
              actorgraph neighbors Assad
              actorgraph neighbors Russia --depth 2 --relations backs,coordinates_with
              actorgraph neighbors Iran --directed --json
            """)

    @OptionGroup var graph: GraphOptions
    @OptionGroup var filters: FilterOptions

    @Argument(help: "The actor at the centre.")
    var actor: String

    @Option(help: ArgumentHelp("How many hops out to go.", valueName: "k"))
    var depth: Int = 1

    @Flag(help: "Follow edges from subject to object only (symmetric relations go both ways).")
    var directed = false

    @Flag(help: "Print JSON.")
    var json = false

    func validate() throws {
        if depth < 1 { throw ValidationError("--depth must be at least 1") }
    }

    func run() throws {
        let traversal: Traversal = directed ? .directed : .undirected
        // The neighbourhood needs only the index and the reached actors' relations (from a store,
        // or graph.json without its evidence); the filters other than --relations need the whole
        // graph.
        if filters.onlyRelations, let source = try graph.partial() {
            let answer = try PartialNeighborhood(source, of: actor, depth: depth, traversal: traversal, relations: try filters.filter().relationMask)
            show(answer.neighborhood, center: answer.center, graph: answer.graph, traversal: traversal)
            return
        }
        let subject = try QuerySubject(graph, filters)
        let center = try subject.actor(actor)
        let around = subject.indexed.neighborhood(
            of: center.id, depth: depth, traversal: traversal, relations: subject.filter.relationMask)
        show(around, center: center, graph: subject.graph, traversal: traversal, name: subject.name)
    }

    /// Prints `around`, found in `graph` (the whole graph, or the part of a store it covers);
    /// `name` names actors, by default from `graph`.
    private func show(_ around: Neighborhood, center: Actor, graph: ActorGraph, traversal: Traversal, name: ((ActorID) -> String)? = nil) {
        let name = name ?? { graph[$0]?.name ?? $0.rawValue }
        if json {
            print(QueryJSON.encode(Report(
                center: .init(center.id, in: graph), depth: depth, traversal: traversal.rawValue,
                members: around.members.map {
                    .init(actor: .init($0.actor, in: graph), depth: $0.depth, via: $0.via.map { .init($0, in: graph) })
                })))
            return
        }
        print("\(center.name) (\(center.kind.rawValue)), within \(depth) hop\(depth == 1 ? "" : "s")\(directed ? ", following edge direction" : ""):")
        guard !around.members.isEmpty else {
            print("  no neighbours")
            return
        }
        var currentDepth = 0
        for member in around.members {
            if member.depth != currentDepth {
                currentDepth = member.depth
                print("depth \(currentDepth)")
            }
            let actor = graph[member.actor]
            print("  \(actor?.name ?? member.actor.rawValue) (\(actor?.kind.rawValue ?? "?")): "
                + member.via.map { $0.line(name: name) }.joined(separator: "; "))
        }
        print("\(around.members.count) actor\(around.members.count == 1 ? "" : "s").")
    }

    private struct Report: Encodable {
        struct Member: Encodable {
            let actor: QueryJSON.ActorRef
            let depth: Int
            let via: [QueryJSON.Edge]
        }

        let center: QueryJSON.ActorRef
        let depth: Int
        let traversal: String
        let members: [Member]
    }
}
