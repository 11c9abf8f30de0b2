import ActorGraphFormats
import ActorGraphModel
import Foundation
import Testing

/// graph.json written reusing the file written before (its unchanged edges copied, evidence
/// added at an edge's end appended to the copied items) is byte for byte the file a fresh write
/// gives, with the same layout; a layout that does not fit the file is not used.
@Suite struct NodeLinkSpliceTests {
    /// A deterministic generator.
    struct Random {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    static let quotes = ["A backs B.", "Wire: \"A\" and B / C — é.", "Line\nbreak\tand\\slash", "", String(repeating: "long ", count: 300)]

    /// Actors a0…a9 (states) and a few edges with evidence from documents `d000`…
    static func base(_ random: inout Random) throws -> ActorGraph {
        var graph = ActorGraph()
        for i in 0..<10 { try graph.add(Actor(name: "a\(i)", kind: .state, aliases: i % 3 == 0 ? ["alias \(i)"] : [])) }
        for _ in 0..<12 { try addEdge(&graph, &random, documents: 0..<500) }
        return graph
    }

    /// An edge of random ends and kind with up to 40 quotes from documents numbered in `documents`.
    static func addEdge(_ graph: inout ActorGraph, _ random: inout Random, documents: Range<Int>) throws {
        let (s, o) = (random.next(10), random.next(10))
        guard s != o else { return }
        let kind: RelationKind = [.backs, .opposes, .coordinatesWith][random.next(3)]
        try graph.relate(ActorID("a\(s)"), kind, ActorID("a\(o)"), evidence: evidence(&random, count: random.next(40), documents: documents))
    }

    static func evidence(_ random: inout Random, count: Int, documents: Range<Int>) -> [Evidence] {
        (0..<count).map { _ in
            let d = documents.lowerBound + random.next(documents.count)
            return Evidence(doc: String(format: "d%03d.txt", d), sentence: random.next(30), quote: quotes[random.next(quotes.count)],
                            start: random.next(900), end: 900 + random.next(100), rule: random.next(4) == 0 ? nil : "r\(random.next(5))")
        }
    }

    /// `graph` changed as an update changes one: evidence added to some edges (after every old
    /// document, or among them), new edges, a new alias.
    static func updated(_ graph: ActorGraph, _ random: inout Random, round: Int) throws -> ActorGraph {
        var next = graph
        for relation in graph.relations where random.next(3) > 0 {
            // Mostly later documents (appended), sometimes earlier ones (inserted).
            let documents = random.next(4) == 0 ? 0..<500 : (500 + 100 * round)..<(600 + 100 * round)
            try next.relate(relation.subject, relation.kind, relation.object, evidence: evidence(&random, count: 1 + random.next(5), documents: documents))
        }
        for _ in 0..<random.next(3) { try addEdge(&next, &random, documents: (500 + 100 * round)..<(600 + 100 * round)) }
        if random.next(2) == 0 { try next.add(Actor(name: "a1", kind: .state, aliases: ["new alias \(round)"])) }
        return next
    }

    func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("splice-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Writes `graph` to `url` (reusing `previous`) and returns the layout.
    @discardableResult
    func write(_ graph: ActorGraph, to url: URL, reusing previous: NodeLinkJSON.Previous? = nil) throws -> NodeLinkLayout {
        var layout = NodeLinkLayout()
        try OutputFile.stage(to: url) { layout = try NodeLinkJSON.write(graph, to: $0, reusing: previous) }.commit()
        return layout
    }

    /// Three updates in a row, each written reusing the file before, on many random graphs.
    @Test func aSplicedFileIsTheFreshOne() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("graph.json"), fresh = dir.appendingPathComponent("fresh.json")
        for seed in 0..<60 {
            var random = Random(state: UInt64(seed) &* 0x9E37_79B9_7F4A_7C15 &+ 1)
            var graph = try Self.base(&random)
            var layout = try write(graph, to: url)
            for round in 0..<3 {
                let next = try Self.updated(graph, &random, round: round)
                let spliced = try write(next, to: url, reusing: NodeLinkJSON.Previous(path: url.path, graph: graph, layout: layout))
                let freshLayout = try write(next, to: fresh)
                #expect(try Data(contentsOf: url) == NodeLinkJSON.encode(next), "seed \(seed), round \(round)")
                #expect(try Data(contentsOf: fresh) == NodeLinkJSON.encode(next))
                #expect(spliced == freshLayout, "seed \(seed), round \(round)")
                (graph, layout) = (next, spliced)
            }
        }
    }

    /// The layout's offsets are where the edges are: each range is one edge object, and its
    /// items end where its evidence array's closing line begins.
    @Test func theLayoutPointsAtEachEdge() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        var random = Random(state: 42)
        let graph = try Self.base(&random)
        let url = dir.appendingPathComponent("graph.json")
        let layout = try write(graph, to: url)
        let bytes = [UInt8](try Data(contentsOf: url))
        #expect(layout.size == bytes.count && layout.edges.count == graph.relationCount)
        for (edge, relation) in zip(layout.edges, graph.relations) {
            let text = String(decoding: bytes[edge.start..<edge.end], as: UTF8.self)
            #expect(text.hasPrefix("{\n") && text.hasSuffix("}"))
            #expect(text.contains("\"source\" : \"\(relation.subject.rawValue)\""))
            if let itemsEnd = edge.itemsEnd {
                #expect(String(decoding: bytes[itemsEnd..<edge.end], as: UTF8.self).hasPrefix("\n      ],\n      \"key\""))
            } else {
                #expect(relation.evidence.isEmpty)
            }
        }
    }

    @Test func aLayoutReadsBackAsWritten() throws {
        let layout = NodeLinkLayout(edges: [.init(start: 40, itemsEnd: 900, end: 1_000), .init(start: 1_002, itemsEnd: nil, end: 1_100)], size: 1_200)
        #expect(NodeLinkLayout(encoded: layout.encoded) == layout)
        #expect(NodeLinkLayout(encoded: NodeLinkLayout().encoded) == NodeLinkLayout())
        var bytes = [UInt8](layout.encoded)
        #expect(NodeLinkLayout(encoded: Data(bytes.dropLast())) == nil)
        #expect(NodeLinkLayout(encoded: Data(bytes + [0])) == nil)
        bytes[0] = 99
        #expect(NodeLinkLayout(encoded: Data(bytes)) == nil)
        // An edge reaching past the file's size.
        #expect(NodeLinkLayout(encoded: NodeLinkLayout(edges: [.init(start: 0, itemsEnd: nil, end: 50)], size: 20).encoded) == nil)
    }

    /// A previous file of another size than its layout's (changed since) is not copied from:
    /// the file written is the fresh one.
    @Test func aFileThatIsNotItsLayoutsIsNotCopiedFrom() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        var random = Random(state: 7)
        let graph = try Self.base(&random)
        let url = dir.appendingPathComponent("graph.json"), out = dir.appendingPathComponent("out.json")
        let layout = try write(graph, to: url)
        var changed = [UInt8](try Data(contentsOf: url))
        changed.insert(contentsOf: Array("  ".utf8), at: 10)
        try Data(changed).write(to: url)
        let next = try Self.updated(graph, &random, round: 0)
        try write(next, to: out, reusing: NodeLinkJSON.Previous(path: url.path, graph: graph, layout: layout))
        #expect(try Data(contentsOf: out) == NodeLinkJSON.encode(next))
        try FileManager.default.removeItem(at: url)
        try write(next, to: out, reusing: NodeLinkJSON.Previous(path: url.path, graph: graph, layout: layout))
        #expect(try Data(contentsOf: out) == NodeLinkJSON.encode(next))
    }
}
