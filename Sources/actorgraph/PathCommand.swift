import ActorGraphModel
import ActorGraphQueries
import ActorGraphStore
import ArgumentParser

/// `actorgraph path A B`: how two actors are connected.
struct PathCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "path",
        abstract: "Show the shortest chain of relations between two actors.",
        discussion: """
            Actors are named by display name, alias, id or an unambiguous part of a \
            name ("Assad", "Kerry"), ignoring case and accents. Each hop shows its \
            relation and support (documents); → marks the edge's direction, ← an edge walked \
            backwards, and a plain — a symmetric relation.

            Examples:
              actorgraph path Jordan "Bashar al-Assad"
                Jordan —coordinates_with (1)— Russia —backs (3)→ Bashar al-Assad
              actorgraph path Russia "Saudi Arabia" --relations backs,opposes --signed
              actorgraph path Kerry Lavrov --all
              actorgraph path Turkey Iran --max-hops 3 --simple --limit 20
              actorgraph path Iran "Syrian opposition" --directed --json
              actorgraph path Russia Jordan --evidence
            """)

    @OptionGroup var graph: GraphOptions
    @OptionGroup var filters: FilterOptions

    @Argument(help: "The actor the path starts from.")
    var start: String

    @Argument(help: "The actor the path ends at.")
    var end: String

    @Flag(help: "Follow edges from subject to object only (symmetric relations go both ways). By default direction is ignored.")
    var directed = false

    @Flag(help: "Show every shortest path, not just one.")
    var all = false

    @Flag(help: "Show every simple path (no actor twice) of at most --max-hops hops, as found.")
    var simple = false

    @Option(name: .customLong("max-hops"), help: ArgumentHelp("The most hops a --simple path may have.", valueName: "k"))
    var maxHops: Int?

    @Option(help: ArgumentHelp("Stop after this many paths (--all, --simple).", valueName: "n"))
    var limit: Int = 1000

    @Flag(help: "Say whether each chain reads as friend or foe: the product of its relations' signs.")
    var signed = false

    @Flag(help: "Print the evidence sentences of each hop under its path.")
    var evidence = false

    @Flag(help: "Print JSON (with --simple, one JSON object per line as paths are found).")
    var json = false

    func validate() throws {
        if simple && maxHops == nil { throw ValidationError("--simple needs --max-hops K") }
        if maxHops != nil && !simple { throw ValidationError("--max-hops goes with --simple") }
        if let maxHops, maxHops < 1 { throw ValidationError("--max-hops must be at least 1") }
        if simple && all { throw ValidationError("--all and --simple are different listings; choose one") }
        if limit < 1 { throw ValidationError("--limit must be at least 1") }
    }

    func run() throws {
        let traversal: Traversal = directed ? .directed : .undirected
        // Paths need only the index and the hops' relations (from a store, or graph.json without
        // its evidence); the filters other than --relations need the whole graph.
        if filters.onlyRelations, let source = try graph.partial() {
            let mask = try filters.filter().relationMask
            if !all, !simple {
                let answer = try PartialPath(source, from: start, to: end, traversal: traversal, relations: mask)
                print(shortest(answer.path.map { [$0] } ?? [], from: answer.from, to: answer.to, graph: answer.graph, traversal: traversal))
                return
            }
            let listing: PartialPaths.Listing = simple ? .simple(maxHops: maxHops ?? 0) : .allShortest
            let answer = try PartialPaths(source, from: start, to: end, listing: listing, traversal: traversal, relations: mask, limit: limit)
            let name = { (id: ActorID) in answer.graph[id]?.name ?? id.rawValue }
            if let maxHops, simple {
                for path in answer.paths { print(simpleLine(path, graph: answer.graph, name: name)) }
                if !json { print(simpleSummary(answer.paths.count, from: answer.from, to: answer.to, maxHops: maxHops, traversal: traversal)) }
            } else {
                print(shortest(answer.paths, from: answer.from, to: answer.to, graph: answer.graph, traversal: traversal))
            }
            return
        }
        let subject = try QuerySubject(graph, filters)
        let from = try subject.actor(start)
        let to = try subject.actor(end)
        let mask = subject.filter.relationMask
        let indexed = subject.indexed

        if let maxHops, simple {
            var count = 0
            indexed.simplePaths(from: from.id, to: to.id, maxHops: maxHops, traversal: traversal, relations: mask) { path in
                count += 1
                print(simpleLine(path, graph: subject.graph, name: subject.name))
                return count < limit
            }
            if !json { print(simpleSummary(count, from: from, to: to, maxHops: maxHops, traversal: traversal)) }
            return
        }

        let paths = all
            ? indexed.allShortestPaths(from: from.id, to: to.id, traversal: traversal, relations: mask, limit: limit)
            : indexed.shortestPath(from: from.id, to: to.id, traversal: traversal, relations: mask).map { [$0] } ?? []
        print(shortest(paths, from: from, to: to, graph: subject.graph, traversal: traversal, name: subject.name))
    }

    /// What is printed of shortest `paths` found in `graph` (the whole graph, or the part of a
    /// store a path walks); `name` names actors, by default from `graph`.
    private func shortest(
        _ paths: [ActorPath], from: Actor, to: Actor, graph: ActorGraph, traversal: Traversal, name: ((ActorID) -> String)? = nil
    ) -> String {
        if json {
            return QueryJSON.encode(Report(
                from: .init(from.id, in: graph), to: .init(to.id, in: graph),
                traversal: traversal.rawValue, paths: paths.map { .init($0, in: graph) }))
        }
        guard let first = paths.first else {
            return "No path from \(from.name) to \(to.name)\(scope(traversal))."
        }
        let name = name ?? { graph[$0]?.name ?? $0.rawValue }
        var lines = paths.map { line($0, name) }
        if all {
            lines.append("\(paths.count) shortest path\(paths.count == 1 ? "" : "s") of \(first.hops.count) hop\(first.hops.count == 1 ? "" : "s")\(paths.count == limit ? " (stopped at --limit \(limit))" : "").")
        }
        return lines.joined(separator: "\n")
    }

    /// One simple path as printed when found: a JSON object on one line, or the chain.
    private func simpleLine(_ path: ActorPath, graph: ActorGraph, name: (ActorID) -> String) -> String {
        json ? QueryJSON.encode(QueryJSON.Path(path, in: graph), compact: true) : line(path, name)
    }

    /// The line after `count` simple paths.
    private func simpleSummary(_ count: Int, from: Actor, to: Actor, maxHops: Int, traversal: Traversal) -> String {
        count == 0
            ? "No path of at most \(maxHops) hops from \(from.name) to \(to.name)\(scope(traversal))."
            : "\(count) simple path\(count == 1 ? "" : "s") of at most \(maxHops) hops\(count == limit ? " (stopped at --limit \(limit))" : "")."
    }

    private struct Report: Encodable {
        let from: QueryJSON.ActorRef
        let to: QueryJSON.ActorRef
        let traversal: String
        let paths: [QueryJSON.Path]
    }

    private func line(_ path: ActorPath, _ name: (ActorID) -> String) -> String {
        var chain = path.chain(name: name)
        if evidence {
            for hop in path.hops {
                chain += "\n    " + hop.relation.line(name: name)
                for item in hop.relation.evidence { chain += "\n      \(item.doc) #\(item.sentence): \(item.quote)" }
            }
        }
        guard signed else { return chain }
        let reading = path.reading
        guard reading.sign != nil else { return chain.replacingFirstLine { $0 + "  [no signed hop]" } }
        var note = "  [\(reading.word)"
        if !reading.unsignedHops.isEmpty {
            let hops = reading.unsignedHops.map { "\($0 + 1) (\(path.hops[$0].relation.kind.rawValue))" }
            note += "; unsigned hop\(hops.count == 1 ? "" : "s") " + hops.joined(separator: ", ") + " not counted"
        }
        return chain.replacingFirstLine { $0 + note + "]" }
    }

    private func scope(_ traversal: Traversal) -> String {
        var parts: [String] = []
        if traversal == .directed { parts.append("following edge direction") }
        if let relations = filters.relations { parts.append("relations \(relations)") }
        if filters.kinds != nil || filters.minSupport > 0 || filters.docs != nil || filters.from != nil || filters.to != nil {
            parts.append("with the filters given")
        }
        return parts.isEmpty ? "" : " (" + parts.joined(separator: ", ") + ")"
    }
}

extension String {
    /// The text with its first line transformed: the signed note goes after the chain, before
    /// the evidence lines.
    fileprivate func replacingFirstLine(_ transform: (String) -> String) -> String {
        guard let end = firstIndex(of: "\n") else { return transform(self) }
        return transform(String(self[..<end])) + self[end...]
    }
}
