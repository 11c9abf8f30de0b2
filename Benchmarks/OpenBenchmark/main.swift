// OpenBenchmark: times the phases of opening graph.json in one process, for Benchmarks/open.sh:
// reading the file, tokenizing it into node and edge records (NodeLinkReader alone),
// NodeLinkJSON.decode (bytes → ActorGraph: the records and then ActorGraph.add/relate),
// building the query index the commands use (IndexedGraph), and freeing the graph and index (as
// a command does at exit); then NodeLinkOutline.read, what `path`, `neighbors` and `who` read
// instead (bytes → actors and index, evidence checked but left in the file). Best of RUNS.
//
//   OpenBenchmark FILE [RUNS]
@_spi(Benchmarks) import ActorGraphFormats
import ActorGraphModel
import ActorGraphQueries
import Foundation

func seconds(since start: ContinuousClock.Instant) -> Double {
    let elapsed = ContinuousClock.now - start
    return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
}

let arguments = CommandLine.arguments
guard arguments.count >= 2 else {
    FileHandle.standardError.write(Data("usage: OpenBenchmark FILE [RUNS]\n".utf8))
    exit(2)
}
let url = URL(fileURLWithPath: arguments[1])
let runs = arguments.count > 2 ? Int(arguments[2]) ?? 3 : 3
var best = (
    read: Double.infinity, scan: Double.infinity, decode: Double.infinity, index: Double.infinity, free: Double.infinity,
    outline: Double.infinity)
var counts = (nodes: 0, edges: 0)
do {
    for _ in 0..<runs {
        var start = ContinuousClock.now
        let data = try InputFile.read(url)
        best.read = min(best.read, seconds(since: start))
        start = ContinuousClock.now
        counts = try NodeLinkJSON.scanRecords(data, source: url.path)
        best.scan = min(best.scan, seconds(since: start))
        start = ContinuousClock.now
        var graph: ActorGraph? = try NodeLinkJSON.decode(data, source: url.path)
        best.decode = min(best.decode, seconds(since: start))
        start = ContinuousClock.now
        var indexed = graph.map(IndexedGraph.init)
        best.index = min(best.index, seconds(since: start))
        precondition(indexed?.index.nodeCount == graph?.actorCount)
        start = ContinuousClock.now
        (graph, indexed) = (nil, nil)
        best.free = min(best.free, seconds(since: start))
        start = ContinuousClock.now
        let outline = try NodeLinkOutline.read(data, source: url.path)
        best.outline = min(best.outline, seconds(since: start))
        precondition(outline.relationCount <= counts.edges)
    }
} catch {
    FileHandle.standardError.write(Data("\(error)\n".utf8))
    exit(1)
}
print("records\t\(counts.nodes) nodes, \(counts.edges) edges")
print("read file (s)\t\(String(format: "%.3f", best.read))")
print("NodeLinkReader alone: bytes → records (s)\t\(String(format: "%.3f", best.scan))")
print("NodeLinkJSON.decode: bytes → ActorGraph (s)\t\(String(format: "%.3f", best.decode))")
print("IndexedGraph(ActorGraph) (s)\t\(String(format: "%.3f", best.index))")
print("freeing the graph and index (s)\t\(String(format: "%.3f", best.free))")
print("NodeLinkOutline.read: bytes → actors + index, evidence left in the file (s)\t\(String(format: "%.3f", best.outline))")
