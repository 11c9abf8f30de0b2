@testable import ActorGraphFormats
import ActorGraphModel
@testable import ActorGraphQueries
import Foundation
import Testing

/// graph.json read for a query's index (``NodeLinkOutline``): it reads exactly the files
/// ``NodeLinkJSON/decode(_:source:)`` reads, with the same errors, and its parts are the decoded
/// graph's: the same actors, the same index (arcs in the same order), the same evidence.
@Suite("NodeLinkOutline")
struct NodeLinkOutlineTests {
    /// What decode and the outline make of `data`, as comparable text: the whole graph (for the
    /// outline, every actor's induced subgraph, so every edge with the evidence read back from
    /// the file) re-encoded, or the error's one line.
    func both(_ data: Data) -> (outline: String, decode: String) {
        func outcome(_ read: () throws -> ActorGraph) -> String {
            do {
                return String(decoding: NodeLinkJSON.encode(try read()), as: UTF8.self)
            } catch {
                return "error: \(error)"
            }
        }
        return (
            outcome {
                let outline = try NodeLinkOutline.read(data, source: "g.json")
                return try outline.subgraph(among: outline.searchIndex().ids)
            },
            outcome { try NodeLinkJSON.decode(data, source: "g.json") })
    }

    func both(_ text: String) -> (outline: String, decode: String) { both(Data(text.utf8)) }

    /// The index's arrays, for comparing two indexes arc by arc.
    func arrays(_ index: GraphIndex) -> [[Int32]] {
        let s = index.storage
        return [Array(s.offsets), Array(s.splits), Array(s.neighbours), s.kinds.map(Int32.init)]
    }

    /// A file that states edges twice (evidence merged), a symmetric edge both ways round, edges
    /// without evidence or with null evidence, integer ids, and escaped ids equal to plain ones.
    static let repeats = #"""
        {"nodes": [{"id": "b", "kind": "state", "label": "B"}, {"id": "a", "kind": "state", "label": "A", "aliases": ["Alpha"]},
                   {"id": 7, "kind": "organization"}, {"id": "c\u00e9", "kind": "person"}],
         "edges": [{"source": "a", "target": "b", "relation": "backs", "evidence": [{"doc": "2.txt", "sentence": 1, "quote": "A backs B.", "start": 0, "end": 10}]},
                   {"source": "b", "target": "a", "relation": "coordinates_with", "evidence": [{"doc": "1.txt", "sentence": 0, "quote": "B and A.", "start": 0, "end": 8, "rule": "r:1"}]},
                   {"source": "\u0061", "target": "b", "key": "backs", "evidence": [{"doc": "1.txt", "sentence": 4, "quote": "A \"backs\" B <again>.", "start": 3, "end": 20},
                                                                                   {"doc": "2.txt", "sentence": 1, "quote": "A backs B.", "start": 0, "end": 10, "rule": "r:2"}]},
                   {"source": "a", "target": "b", "relation": "coordinates_with", "evidence": null},
                   {"source": 7, "target": "a", "relation": "backs"},
                   {"source": "cé", "target": "7", "relation": "represents", "evidence": [{"doc": "d", "sentence": 0, "quote": "Cé für 7 — ok", "start": 0, "end": 1}]},
                   {"source": "a", "target": "b", "relation": "backs", "evidence": []}]}
        """#

    static func files() throws -> [(String, Data)] {
        let root = NodeLinkReaderTests.repoRoot
        return [
            ("output/graph.json", try Data(contentsOf: root.appendingPathComponent("output/graph.json"))),
            ("special.json", try Data(contentsOf: root.appendingPathComponent("Tests/integration/fixtures/special.json"))),
            ("hostile names", NodeLinkJSON.encode(try HostileGraph.graph())),
            ("repeats", Data(repeats.utf8)),
        ]
    }

    @Test func readsTheGraphDecodeReads() throws {
        for (name, data) in try Self.files() {
            let graph = try NodeLinkJSON.decode(data, source: name)
            let outline = try NodeLinkOutline.read(data, source: name)
            let indexed = IndexedGraph(graph)
            #expect(outline.searchIndex().ids == indexed.ids, "\(name)")
            #expect(arrays(outline.searchIndex().index) == arrays(indexed.index), "\(name)")
            #expect(outline.actorCount == graph.actorCount && outline.relationCount == graph.relationCount, "\(name)")
            #expect(try outline.subgraph(among: indexed.ids) == graph, "\(name)")
            // The same from the file mapped, its pages given back as they are read.
            let url = FileManager.default.temporaryDirectory.appendingPathComponent("outline-\(UUID().uuidString).json")
            try data.write(to: url)
            defer { try? FileManager.default.removeItem(at: url) }
            let mapped = try #require(try NodeLinkOutline.read(mapping: url))
            #expect(try mapped.subgraph(among: indexed.ids) == graph, "\(name)")
        }
    }

    @Test func partsAreThoseOfTheWholeGraph() throws {
        for (name, data) in try Self.files() {
            let graph = try NodeLinkJSON.decode(data, source: name)
            let outline = try NodeLinkOutline.read(data, source: name)
            let ids = graph.actors.map(\.id)
            for (i, a) in ids.enumerated() {
                for b in ids[i...].prefix(12) {
                    let part = try outline.subgraph(actors: [a, b], relationsBetween: [(a, b)])
                    let expected = graph.filtered(actors: { $0.id == a || $0.id == b })
                    #expect(part == expected, "\(name): \(a), \(b)")
                }
            }
            for name in graph.actors.flatMap(\.names).prefix(40) + ["nobody at all", "Alph", "the"] {
                func answer(_ resolve: () throws -> Actor) -> String {
                    do { return "\(try resolve())" } catch { return "error: \(error)" }
                }
                #expect(answer { try outline.resolve(name) } == answer { try graph.resolveActor(named: name) }, "\(name)")
            }
        }
    }

    /// `path --all` and `--simple` from the outline: the same paths, in the same order, with the
    /// same relations and evidence, as the whole graph's listings.
    @Test func pathListingsAreThoseOfTheWholeGraph() throws {
        for (name, data) in try Self.files() {
            let graph = try NodeLinkJSON.decode(data, source: name)
            let indexed = IndexedGraph(graph)
            let outline = try NodeLinkOutline.read(data, source: name)
            let ids = graph.actors.map(\.id)
            var compared = 0
            defer { #expect(compared >= min(ids.count, 8), "\(name)") }
            for (i, a) in ids.enumerated() {
                for b in ids[i...].prefix(8) {
                    // Actors are named by id; an id that is also another actor's name is ambiguous.
                    guard (try? outline.resolve(a.rawValue).id) == a, (try? outline.resolve(b.rawValue).id) == b else { continue }
                    compared += 1
                    for traversal in [Traversal.undirected, .directed] {
                        for limit in [1, 3, 1000] {
                            let all = try PartialPaths(outline, from: a.rawValue, to: b.rawValue, listing: .allShortest, traversal: traversal, limit: limit)
                            #expect(all.paths == indexed.allShortestPaths(from: a, to: b, traversal: traversal, limit: limit), "\(name): \(a) → \(b)")
                            let simple = try PartialPaths(outline, from: a.rawValue, to: b.rawValue, listing: .simple(maxHops: 3), traversal: traversal, limit: limit)
                            var expected: [ActorPath] = []
                            indexed.simplePaths(from: a, to: b, maxHops: 3, traversal: traversal) { path in
                                expected.append(path)
                                return expected.count < limit
                            }
                            #expect(simple.paths == expected, "\(name): \(a) → \(b)")
                            #expect(simple.from.id == a && simple.to.id == b)
                        }
                    }
                }
            }
        }
    }

    @Test(arguments: NodeLinkReaderTests.badInputs)
    func badInputGivesDecodesError(json: String) {
        let result = both(json)
        #expect(result.outline == result.decode)
        #expect(!(result.outline.hasPrefix("error:") && result.outline.contains("\n")))
    }

    /// Evidence is only checked, not kept, but checked as decode checks it.
    @Test func badEvidenceIsRefusedAsDecodeRefusesIt() {
        let head = Array(#"{"nodes":[{"id":"a","kind":"state"}],"edges":[{"source":"a","target":"a","relation":"coordinates_with","evidence":[{"doc":"d","sentence":0,"start":0,"end":1,"#.utf8)
        for tail in [
            Array(#""quote":""#.utf8) + [0xE9] + Array(#""}]}]}"#.utf8),
            Array(#""quote":""#.utf8) + [0xED, 0xA0, 0x80] + Array(#""}]}]}"#.utf8),
            Array(#""quote":"tab"#.utf8) + [0x09] + Array(#"in"}]}]}"#.utf8),
            Array(#""quote":"\ud800"}]}]}"#.utf8),
            Array(#""quote":"\q"}]}]}"#.utf8),
            Array(#""quote":3}]}]}"#.utf8),
            Array(#""quote":"q","rule":["x"]}]}]}"#.utf8),
            Array(#""quote":"q","rule":"\u00e9\u0041"}]}]}"#.utf8),
            Array(#""quote":"q","other":""#.utf8) + [0xE9] + Array(#""}]}]}"#.utf8),
            Array(#""quote":"<q> \"é\" 中 🚀"}]}]}"#.utf8),
            Array(#""quote":"q"}]}]"#.utf8),
        ] {
            let result = both(Data(head + tail))
            #expect(result.outline == result.decode, "\(String(decoding: tail, as: UTF8.self))")
        }
    }

    /// Random damage to valid files (bytes dropped, changed, inserted): the outline reads what
    /// decode reads, into the same graph, and refuses the rest with decode's error.
    @Test func damagedFilesGiveTheSameAnswers() throws {
        let files = [Array(NodeLinkJSON.encode(try HostileGraph.graph()).prefix(6000)), Array(Self.repeats.utf8)]
        var rng = SplitMix(seed: 20261203)
        let alphabet = Array(#"{}[]:,"\ 0123456789.-+eEtrufalsn\u"#.utf8) + [0x00, 0x09, 0xE9, 0x80]
        var differences: [String] = []
        for round in 0..<3000 {
            var bytes = files[round % 2]
            for _ in 0..<(1 + rng.next(3)) {
                let at = rng.next(bytes.count)
                switch rng.next(3) {
                case 0: bytes.remove(at: at)
                case 1: bytes[at] = alphabet[rng.next(alphabet.count)]
                default: bytes.insert(alphabet[rng.next(alphabet.count)], at: at)
                }
            }
            let result = both(Data(bytes))
            if result.outline != result.decode {
                differences.append("\(String(decoding: bytes, as: UTF8.self))\n  outline: \(result.outline.prefix(200))\n  decode: \(result.decode.prefix(200))")
            }
        }
        #expect(differences.isEmpty, "\(differences.count) differ; first: \(differences.first ?? "")")
    }

    @Test func truncatedFilesAreRefusedAsDecodeRefusesThem() throws {
        let data = NodeLinkJSON.encode(try HostileGraph.graph())
        for length in stride(from: 0, to: data.count, by: max(1, data.count / 150)) {
            let result = both(data.prefix(length))
            #expect(result.outline == result.decode, "\(length) bytes")
            #expect(result.outline.hasPrefix("error:"))
        }
    }

    @Test func onlyNodeLinkJSONThatReadsCleanlyIsOutlined() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("outline-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        func file(_ name: String, _ text: String) throws -> URL {
            let url = folder.appendingPathComponent(name)
            try Data(text.utf8).write(to: url)
            return url
        }
        #expect(GraphFile.outline(try file("g.json", Self.repeats)) != nil)
        #expect(GraphFile.outline(try file("g.txt", Self.repeats)) == nil)
        #expect(GraphFile.outline(try file("broken.json", "{\"nodes\": [")) == nil)
        #expect(GraphFile.outline(try file("c.json", #"{"elements": {"nodes": [], "edges": []}}"#)) == nil)
        #expect(GraphFile.outline(try file("x.json", "<graphml/>")) == nil)
        #expect(GraphFile.outline(folder.appendingPathComponent("missing.json")) == nil)
    }
}
