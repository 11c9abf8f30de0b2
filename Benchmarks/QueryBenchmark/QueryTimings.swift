import ActorGraphModel
import ActorGraphQueries
import Foundation

/// glibc's malloc_trim, which the Glibc module does not export.
@_silgen_name("malloc_trim")
private func mallocTrim(_ pad: Int) -> Int32

/// Times ActorGraphQueries on a generated edge list and prints `tool<TAB>metric<TAB>value` rows.
enum QueryTimings {
    static func run(folder: URL) throws {
        let rssStart = residentBytes()
        var clock = Stopwatch()
        // RSS deltas only count new pages: the file and the parsed edges stay alive until the
        // index is built, and freed heap pages go back to the system first, so that the index
        // cannot reuse pages already resident and hide from the delta.
        let text = try Data(contentsOf: folder.appendingPathComponent("edges.tsv"))
        let edgeList = try EdgeListFile.parse(text, source: "edges.tsv")
        let parseSeconds = clock.lap()
        _ = mallocTrim(0)
        let rssBeforeIndex = residentBytes()
        clock = Stopwatch()
        let index = try GraphIndex(
            nodeCount: edgeList.nodeCount, sources: edgeList.sources, targets: edgeList.targets, kinds: edgeList.kinds)
        let buildSeconds = clock.lap()
        let rssAfterIndex = residentBytes()
        withExtendedLifetime((text, edgeList)) {}
        let pairs = try readPairs(folder.appendingPathComponent("pairs.tsv"))
        let meta = try readMeta(folder.appendingPathComponent("meta.tsv"))
        let search = GraphSearch(index)

        // Shortest paths, bidirectional BFS, undirected view.
        var lengthSum = 0
        var unreachable = 0
        clock = Stopwatch()
        for (s, t) in pairs {
            if let path = search.shortestPathNodes(from: s, to: t) { lengthSum += path.count - 1 } else { unreachable += 1 }
        }
        let pairSeconds = clock.lap()

        // Single-source BFS over everything reachable; best of three.
        var reached = 0
        var bfsSeconds = Double.infinity
        for _ in 0..<3 {
            clock = Stopwatch()
            reached = search.levels(from: meta["bfs_source"]!).nodes.count
            bfsSeconds = min(bfsSeconds, clock.lap())
        }

        // Two-hop neighbourhood of the hub; best of three.
        var twoHop = 0
        var hopSeconds = Double.infinity
        for _ in 0..<3 {
            clock = Stopwatch()
            twoHop = search.levels(from: meta["hub"]!, maxDepth: 2).nodes.count
            hopSeconds = min(hopSeconds, clock.lap())
        }

        let edges = Double(index.edgeCount)
        let rows: [(String, String)] = [
            ("load_s", format(parseSeconds + buildSeconds)),
            ("load_parse_s", format(parseSeconds)),
            ("load_build_s", format(buildSeconds)),
            ("pair_us", format(pairSeconds / Double(pairs.count) * 1e6)),
            ("pair_check", "\(lengthSum) hops, \(unreachable) unreachable"),
            ("bfs_ms", format(bfsSeconds * 1e3)),
            ("bfs_check", "\(reached) reached"),
            ("hop2_ms", format(hopSeconds * 1e3)),
            ("hop2_check", "\(twoHop) within 2 hops"),
            ("bytes_per_edge", format(Double(index.byteCount) / edges)),
            ("rss_bytes_per_edge", format(Double(rssAfterIndex - rssBeforeIndex) / edges)),
            ("rss_total_mb", format(Double(residentBytes() - rssStart) / 1e6)),
        ]
        for (metric, value) in rows { print("ActorGraphQueries\t\(metric)\t\(value)") }
    }

    private static func format(_ value: Double) -> String { String(format: "%.3f", value) }

    private static func readPairs(_ url: URL) throws -> [(Int32, Int32)] {
        try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map { line in
            let parts = line.split(separator: "\t")
            guard parts.count == 2, let s = Int32(parts[0]), let t = Int32(parts[1]) else {
                throw BenchmarkError("\(url.path): bad pair line “\(line)”")
            }
            return (s, t)
        }
    }

    private static func readMeta(_ url: URL) throws -> [String: Int32] {
        var meta: [String: Int32] = [:]
        for line in try String(contentsOf: url, encoding: .utf8).split(separator: "\n") {
            let parts = line.split(separator: "\t")
            guard parts.count == 2, let value = Int32(parts[1]) else { throw BenchmarkError("\(url.path): bad line “\(line)”") }
            meta[String(parts[0])] = value
        }
        guard meta["bfs_source"] != nil, meta["hub"] != nil else { throw BenchmarkError("\(url.path): needs bfs_source and hub") }
        return meta
    }

    /// The process's resident set size, from /proc/self/statm.
    static func residentBytes() -> Int {
        guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return 0 }
        let fields = text.split(separator: " ")
        guard fields.count > 1, let pages = Int(fields[1]) else { return 0 }
        return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
    }
}

/// Wall-clock laps.
struct Stopwatch {
    private var start = DispatchTime.now().uptimeNanoseconds
    mutating func lap() -> Double {
        let now = DispatchTime.now().uptimeNanoseconds
        defer { start = now }
        return Double(now - start) / 1e9
    }
}

/// The edge list `QueryBenchmark generate` writes, parsed straight from bytes.
struct EdgeListFile {
    var nodeCount = 0
    var sources: [Int32] = []
    var targets: [Int32] = []
    var kinds: [UInt8] = []

    static func parse(_ data: Data, source: String) throws -> EdgeListFile {
        let url = URL(fileURLWithPath: source)
        var file = EdgeListFile()
        let names = RelationKind.allCases.map { Array($0.rawValue.utf8) }
        try data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            let bytes = raw.bindMemory(to: UInt8.self)
            var i = 0
            func number() throws -> Int {
                var value = 0
                let start = i
                while i < bytes.count, bytes[i] >= 48, bytes[i] <= 57 { value = value * 10 + Int(bytes[i] - 48); i += 1 }
                guard i > start else { throw BenchmarkError("\(url.path): expected a number at byte \(i)") }
                return value
            }
            func expect(_ byte: UInt8) throws {
                guard i < bytes.count, bytes[i] == byte else { throw BenchmarkError("\(url.path): unexpected byte at \(i)") }
                i += 1
            }
            file.nodeCount = try number(); try expect(9)
            let edges = try number(); try expect(10)
            file.sources.reserveCapacity(edges); file.targets.reserveCapacity(edges); file.kinds.reserveCapacity(edges)
            while i < bytes.count {
                file.sources.append(Int32(try number())); try expect(9)
                file.targets.append(Int32(try number())); try expect(9)
                let start = i
                while i < bytes.count, bytes[i] != 10 { i += 1 }
                let label = UnsafeBufferPointer(rebasing: bytes[start..<i])
                guard let code = names.firstIndex(where: { $0.elementsEqual(label) }) else {
                    throw BenchmarkError("\(url.path): unknown relation at byte \(start)")
                }
                file.kinds.append(UInt8(code))
                try expect(10)
            }
            guard file.sources.count == edges else { throw BenchmarkError("\(url.path): header says \(edges) edges, found \(file.sources.count)") }
        }
        return file
    }
}
