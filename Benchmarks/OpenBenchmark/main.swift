// OpenBenchmark: times the phases of opening graph.json in one process, for Benchmarks/open.sh:
// reading the file, tokenizing it into node and edge records (NodeLinkReader alone),
// NodeLinkJSON.decode (bytes → ActorGraph: the records and then ActorGraph.add/relate),
// building the query index the commands use (IndexedGraph), and freeing the graph and index (as
// a command does at exit); then NodeLinkOutline.read, what `path`, `neighbors` and `who` read
// instead (bytes → actors and index, evidence checked but left in the file). Best of RUNS.
//
// Each time is wall seconds, with the CPU seconds of the same run.
//
//   OpenBenchmark FILE [RUNS] [--decode-only]
//
// --decode-only times NodeLinkJSON.decode alone (for `perf stat` and `perf record`).
@_spi(Benchmarks) import ActorGraphFormats
import ActorGraphModel
import ActorGraphQueries
import Foundation

/// Wall and CPU seconds: on a shared machine wall time includes waiting for a core, CPU time
/// does not.
struct Clock {
    var wall = ContinuousClock.now
    var cpu = Clock.cpuNow()

    static func cpuNow() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    /// Seconds since this clock was made.
    func elapsed() -> (wall: Double, cpu: Double) {
        let wallElapsed = ContinuousClock.now - wall
        return (Double(wallElapsed.components.seconds) + Double(wallElapsed.components.attoseconds) / 1e18, Clock.cpuNow() - cpu)
    }
}

/// The best (least wall) of several timings of one phase.
struct Best {
    var wall = Double.infinity
    var cpu = Double.infinity

    mutating func note(_ clock: Clock) {
        let (w, c) = clock.elapsed()
        if w < wall { (wall, cpu) = (w, c) }
    }

    var text: String { String(format: "%.3f (CPU %.3f)", wall, cpu) }
}

let arguments = CommandLine.arguments.filter { !$0.hasPrefix("--") }
let decodeOnly = CommandLine.arguments.contains("--decode-only")
guard arguments.count >= 2 else {
    FileHandle.standardError.write(Data("usage: OpenBenchmark FILE [RUNS] [--decode-only]\n".utf8))
    exit(2)
}
let url = URL(fileURLWithPath: arguments[1])
let runs = arguments.count > 2 ? Int(arguments[2]) ?? 3 : 3
var best = (read: Best(), scan: Best(), decode: Best(), index: Best(), free: Best(), outline: Best())
var counts = (nodes: 0, edges: 0)
do {
    for _ in 0..<runs {
        var clock = Clock()
        let data = try InputFile.read(url)
        best.read.note(clock)
        if decodeOnly {
            clock = Clock()
            let graph = try NodeLinkJSON.decode(data, source: url.path)
            best.decode.note(clock)
            counts = (graph.actorCount, graph.relationCount)
            withExtendedLifetime(graph) {}
            continue
        }
        clock = Clock()
        counts = try NodeLinkJSON.scanRecords(data, source: url.path)
        best.scan.note(clock)
        clock = Clock()
        var graph: ActorGraph? = try NodeLinkJSON.decode(data, source: url.path)
        best.decode.note(clock)
        clock = Clock()
        var indexed = graph.map(IndexedGraph.init)
        best.index.note(clock)
        precondition(indexed?.index.nodeCount == graph?.actorCount)
        clock = Clock()
        (graph, indexed) = (nil, nil)
        best.free.note(clock)
        clock = Clock()
        let outline = try NodeLinkOutline.read(data, source: url.path)
        best.outline.note(clock)
        precondition(outline.relationCount <= counts.edges)
    }
} catch {
    FileHandle.standardError.write(Data("\(error)\n".utf8))
    exit(1)
}
print("records\t\(counts.nodes) nodes, \(counts.edges) edges")
if decodeOnly {
    print("NodeLinkJSON.decode: bytes → ActorGraph (s)\t\(best.decode.text)")
    exit(0)
}
print("read file (s)\t\(best.read.text)")
print("NodeLinkReader alone: bytes → records (s)\t\(best.scan.text)")
print("NodeLinkJSON.decode: bytes → ActorGraph (s)\t\(best.decode.text)")
print("IndexedGraph(ActorGraph) (s)\t\(best.index.text)")
print("freeing the graph and index (s)\t\(best.free.text)")
print("NodeLinkOutline.read: bytes → actors + index, evidence left in the file (s)\t\(best.outline.text)")
