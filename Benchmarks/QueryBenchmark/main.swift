// QueryBenchmark: generates synthetic actor graphs as edge-list files and times ActorGraphQueries
// on them; Benchmarks/query_peers.py runs the same queries with python-igraph and NetworkX on the
// same files, and Benchmarks/run.sh prints both side by side.
//
//   QueryBenchmark generate --nodes N --edges M [--seed S] --out DIR
//   QueryBenchmark run DIR
import ActorGraphModel
import ActorGraphQueries
import Foundation

/// Why the benchmark stopped.
struct BenchmarkError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

let usage = """
    usage: QueryBenchmark generate --nodes N --edges M [--seed S] --out DIR
           QueryBenchmark run DIR
    """

do {
    var arguments = Array(CommandLine.arguments.dropFirst())
    guard let command = arguments.first else { throw BenchmarkError(usage) }
    arguments.removeFirst()
    switch command {
    case "generate":
        var options: [String: String] = [:]
        while arguments.count >= 2, arguments[0].hasPrefix("--") {
            options[String(arguments[0].dropFirst(2))] = arguments[1]
            arguments.removeFirst(2)
        }
        guard arguments.isEmpty, let nodes = options["nodes"].flatMap(Int.init), let edges = options["edges"].flatMap(Int.init),
              let out = options["out"], nodes > 1, edges > 0
        else { throw BenchmarkError(usage) }
        let seed = options["seed"].flatMap(UInt64.init) ?? 20151030
        try SyntheticGraph.generate(nodes: nodes, edges: edges, seed: seed).write(to: URL(fileURLWithPath: out))
    case "run":
        guard arguments.count == 1 else { throw BenchmarkError(usage) }
        try QueryTimings.run(folder: URL(fileURLWithPath: arguments[0]))
    default:
        throw BenchmarkError(usage)
    }
} catch {
    FileHandle.standardError.write(Data("QueryBenchmark: \(error)\n".utf8))
    exit(1)
}
