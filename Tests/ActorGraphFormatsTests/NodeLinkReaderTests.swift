@testable import ActorGraphFormats
import ActorGraphModel
import Foundation
import Testing

/// The streaming reader of graph.json: the same graphs and the same one-line errors as the
/// `JSONDecoder` reader it replaced (``JSONDecoderNodeLinkOracle``), for every kind of input.
@Suite("NodeLinkReader")
struct NodeLinkReaderTests {
    /// The new reader's answer and the oracle's, as comparable text: the graph re-encoded, or the
    /// error's one line.
    func both(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> (new: String, old: String) {
        both(Data(text.utf8), sourceLocation: sourceLocation)
    }

    func both(_ data: Data, sourceLocation: SourceLocation = #_sourceLocation) -> (new: String, old: String) {
        (outcome { try NodeLinkJSON.decode(data, source: "g.json") }, outcome { try JSONDecoderNodeLinkOracle.decode(data, source: "g.json") })
    }

    /// A graph re-encoded, or the error's one line.
    func outcome(_ read: () throws -> ActorGraph) -> String {
        do {
            return String(decoding: NodeLinkJSON.encode(try read()), as: UTF8.self)
        } catch {
            return "error: \(error)"
        }
    }

    static let repoRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    // MARK: Round trips

    @Test func ourOwnFilesReadBackToByteIdenticalFiles() throws {
        let committed = try Data(contentsOf: Self.repoRoot.appendingPathComponent("output/graph.json"))
        let graph = try NodeLinkJSON.decode(committed, source: "output/graph.json")
        #expect(graph.relationCount > 50)
        #expect(NodeLinkJSON.encode(graph) == committed)
        #expect(graph == (try JSONDecoderNodeLinkOracle.decode(committed, source: "output/graph.json")))

        let hostile = try HostileGraph.graph()
        let encoded = NodeLinkJSON.encode(hostile)
        #expect(try NodeLinkJSON.decode(encoded, source: "h.json") == hostile)
        #expect(NodeLinkJSON.encode(try NodeLinkJSON.decode(encoded, source: "h.json")) == encoded)
    }

    @Test func examplesReadAsBefore() throws {
        let data = try Data(contentsOf: Self.repoRoot.appendingPathComponent("examples/vienna.json"))
        let result = both(data)
        #expect(result.new == result.old)
    }

    /// Edges in runs that share a source, a target, a key or a relation, and apart: ids that
    /// differ from the last one only in their last byte or their length, written with escapes,
    /// composed and decomposed (the same `ActorID`), and integer ids. The reader resolves each
    /// distinct string once and remembers the last one per field; the graph must be the oracle's.
    @Test func edgesInRunsAndApartReadAsTheOracleReadsThem() throws {
        let ids = ["actor-number-1", "actor-number-10", "actor-number-2", "actor-number-1x", "caf\u{00E9}-state", "cafe\u{0301}-state"]
        var nodes = ids.enumerated().map { i, id in
            #"{"id": "\#(id)", "kind": "\#([1, 3].contains(i) ? "organization" : "state")", "label": "Actor \#(i)", "aliases": ["Alias \#(i)", " Alias \#(i) ", "Ålias"]}"#
        }
        nodes.append(#"{"id": 7, "kind": "state"}"#)
        var edges: [String] = []
        for (i, source) in ids.enumerated() {
            for (j, target) in ids.enumerated() where i != j {
                let relation = (i + j) % 3 == 0 ? "opposes" : "backs"
                edges.append(#"{"source": "\#(source)", "target": "\#(target)", "key": "\#(relation)", "relation": "\#(relation)", "evidence": [{"doc": "d\#(i).txt", "sentence": \#(j), "quote": "Q \#(i) \#(j) \u00e9", "start": 0, "end": 5, "rule": "relations.rules:\#(i)"}]}"#)
            }
            // The same edge again, its source escaped, and an edge from an integer id.
            edges.append(#"{"source": "\#(source.replacingOccurrences(of: "a", with: "\\u0061"))", "target": "actor-number-2", "relation": "backs", "evidence": [{"doc": "e.txt", "sentence": \#(i), "quote": "again", "start": 1, "end": 2}]}"#)
            edges.append(#"{"source": 7, "target": "\#(source)", "key": "opposes"}"#)
        }
        let json = #"{"directed": true, "edges": [\#(edges.joined(separator: ",\n"))], "nodes": [\#(nodes.joined(separator: ",\n"))]}"#
        let result = both(json)
        #expect(!result.new.hasPrefix("error"), "\(result.new)")
        #expect(result.new == result.old)
        let graph = try NodeLinkJSON.decode(Data(json.utf8), source: "g.json")
        #expect(graph == (try JSONDecoderNodeLinkOracle.decode(Data(json.utf8), source: "g.json")))
    }

    /// The first edge the graph refuses, in file order, gives the error, whether it names an
    /// actor that is not there or breaks a kind rule, and whether its ends were seen on edges
    /// read before it or not.
    @Test(arguments: [
        // An unknown end after good edges that name the known end.
        (#"{"source": "a-long-state-id", "target": "b-long-state-id", "relation": "opposes"}"#, #"{"source": "a-long-state-id", "target": "nowhere-long-id", "relation": "opposes"}"#),
        // A kind rule broken, then an unknown end.
        (#"{"source": "a-long-state-id", "target": "p-long-person-id", "relation": "member_of"}"#, #"{"source": "nowhere-long-id", "target": "b-long-state-id", "relation": "opposes"}"#),
        // An unknown subject, then a broken rule.
        (#"{"source": "nowhere-long-id", "target": "b-long-state-id", "relation": "opposes"}"#, #"{"source": "a-long-state-id", "target": "p-long-person-id", "relation": "member_of"}"#),
        // The same unknown id twice: the second time it is remembered as unknown.
        (#"{"source": "nowhere-long-id", "target": "b-long-state-id", "relation": "opposes"}"#, #"{"source": "nowhere-long-id", "target": "b-long-state-id", "relation": "opposes"}"#),
    ])
    func theFirstRefusedEdgeGivesTheError(first: String, second: String) {
        let nodes = #"[{"id": "a-long-state-id", "kind": "state"}, {"id": "b-long-state-id", "kind": "state"}, {"id": "p-long-person-id", "kind": "person"}]"#
        let good = #"{"source": "a-long-state-id", "target": "b-long-state-id", "relation": "backs"}"#
        let json = #"{"edges": [\#(good), \#(first), \#(good), \#(second)], "nodes": \#(nodes)}"#
        let result = both(json)
        #expect(result.new.hasPrefix("error: g.json: "), "\(result.new)")
        #expect(!result.new.contains("\n"))
        #expect(result.new == result.old)
    }

    // MARK: Larger graphs, edge arrays, errors

    /// A graph of a few hundred actors and a few thousand edges (some stated twice, some
    /// symmetric, with evidence in every shape), its nodes after its edges as graph.json has them
    /// and before them as NetworkX writes them, is the oracle's.
    @Test func aLargerGraphIsTheOracles() throws {
        var rng = SplitMix(seed: 20151030)
        let kinds = ["state", "state", "organization", "armed_group", "person"]
        let nodes = (0..<300).map { i in
            #"{"id": "actor-number-\#(i)-of-the-graph", "kind": "\#(kinds[i % kinds.count])", "label": "Actor \#(i)", "aliases": ["A\#(i)", "Ä \#(i % 7)"]}"#
        }
        let relations = ["backs", "opposes", "coordinates_with"]
        var edges: [String] = []
        for e in 0..<3000 {
            // Sources in runs, as graph.json lists them; targets anywhere.
            let (source, target) = (e / 12, rng.next(300))
            guard kinds[source % kinds.count] != "person", kinds[target % kinds.count] != "person" else { continue }
            let relation = relations[rng.next(relations.count)]
            let evidence = (0..<rng.next(3)).map { k in
                #"{"doc": "doc-\#(rng.next(50)).txt", "sentence": \#(k), "quote": "Actor \#(source) \#(relation) actor \#(target) \u201cagain\u201d, \"said\" é.", "start": \#(k * 10), "end": \#(k * 10 + 9), "rule": "relations.rules:\#(rng.next(40))"}"#
            }
            edges.append(#"{"source": "actor-number-\#(source)-of-the-graph", "target": "actor-number-\#(target)-of-the-graph", "key": "\#(relation)", "relation": "\#(relation)", "evidence": [\#(evidence.joined(separator: ", "))]}"#)
        }
        let edgesField = #""edges": [\#(edges.joined(separator: ",\n"))]"#
        let nodesField = #""nodes": [\#(nodes.joined(separator: ",\n"))]"#
        for json in [#"{"directed": true, \#(edgesField), "graph": {}, \#(nodesField)}"#, #"{"directed": true, \#(nodesField), \#(edgesField)}"#] {
            let data = Data(json.utf8)
            let graph = try NodeLinkJSON.decode(data, source: "g.json")
            #expect(graph.relationCount > 1000)
            #expect(graph == (try JSONDecoderNodeLinkOracle.decode(data, source: "g.json")))
        }
    }

    /// Whichever edge array comes first, the graph's are `edges` (a null one leaves `links`), in
    /// any order of the document's keys, as the oracle reads them.
    @Test func theEdgeArrayThatCountsIsReadWhicheverComesFirst() {
        let nodes = #""nodes":[{"id":"a","kind":"state"},{"id":"b","kind":"state"},{"id":"c","kind":"organization"}]"#
        let links = #""links":[{"source":"a","target":"b","relation":"opposes"},{"source":"b","target":"c","relation":"backs"},{"source":"c","target":"a","relation":"backs"}]"#
        let edges = #""edges":[{"source":"b","target":"a","relation":"backs"},{"source":"a","target":"c","relation":"opposes"}]"#
        for json in [
            "{\(links),\(edges),\(nodes)}", "{\(links),\(nodes),\(edges)}", "{\(edges),\(links),\(nodes)}",
            "{\(links),\"edges\":null,\(nodes)}", "{\(links),\(nodes)}", "{\(nodes),\(links),\(edges)}",
            "{\(edges),\(edges.replacingOccurrences(of: "opposes", with: "backs")),\(nodes)}",
        ] {
            let result = both(json)
            #expect(!result.new.hasPrefix("error"), "\(json): \(result.new)")
            #expect(result.new == result.old, "\(json)")
        }
    }

    /// A node's error (unknown kind, an id given two kinds) comes before any edge's, also when the
    /// nodes come after the edges, and the first refused edge's otherwise; a document that fails
    /// to read gives its reading error, after whatever edges were read.
    @Test(arguments: [
        // Nodes after edges.
        #"{"edges":[{"source":"a","target":"b","relation":"backs"},{"source":"a","target":"x","relation":"backs"}],"nodes":[{"id":"a","kind":"state"},{"id":"b","kind":"planet"}]}"#,
        #"{"edges":[{"source":"a","target":"b","relation":"loves"},{"source":"a","target":"b","relation":"backs"}],"nodes":[{"id":"a","kind":"state"},{"id":"b","kind":"state"},{"id":"a","kind":"person"}]}"#,
        #"{"edges":[{"source":"a","target":"b","relation":"backs"},{"source":"a","target":"b","relation":"loves"}],"nodes":[{"id":"a","kind":"state"},{"id":"b","kind":"state"}]}"#,
        #"{"edges":[{"source":"a","target":"b","relation":"backs"},{"source":"p","target":"b","relation":"member_of"},{"source":"a","target":"b"}],"nodes":[{"id":"a","kind":"state"},{"id":"b","kind":"state"},{"id":"p","kind":"person"}]}"#,
        // Reading errors after edges were read: in an edge, in a node, in the syntax.
        #"{"edges":[{"source":"a","target":"b","relation":"backs"},{"source":"a","target":"b","relation":"backs"},{"source":"a"}],"nodes":[{"id":"a","kind":"state"},{"id":"b","kind":"state"}]}"#,
        #"{"edges":[{"source":"a","target":"b","relation":"backs"},{"source":"a","target":"b","relation":"backs"}],"nodes":[{"id":"a","kind":"state"},{"id":"b"}]}"#,
        #"{"edges":[{"source":"a","target":"b","relation":"backs"},{"source":"a","target":"b","relation":"backs"}],"nodes":[{"id":"a","kind":"state"},{"id":"b","kind":"state"}]"#,
        #"{"edges":[{"source":"a","target":"b","relation":"backs"},{"source":"a","target":"b","relation":"backs"}],"nodes":[{"id":"a","kind":"state"}],"x":"# + String(repeating: "[", count: 250) + String(repeating: "]", count: 250) + "}",
    ])
    func errorsComeAsTheOraclesDo(json: String) {
        let result = both(json)
        #expect(result.new.hasPrefix("error: "), "\(result.new)")
        #expect(!result.new.contains("\n"))
        if !result.new.contains("nested too deep") { #expect(result.new == result.old) }
    }

    // MARK: Other tools' files

    /// As NetworkX 3.x `node_link_data(G, edges="edges")` writes a MultiDiGraph: graph
    /// attributes with nested values, integer edge keys, attributes in insertion order.
    @Test func readsNetworkXFiles() throws {
        let json = """
            {"directed": true, "multigraph": true, "graph": {"name": "talks", "nested": {"a": [1, 2.5e3, null, true, {"b": []}]}},
             "nodes": [{"kind": "state", "label": "Russia", "aliases": ["Moscow"], "id": "russia"},
                       {"kind": "person", "label": "Bashar al-Assad", "id": "bashar-al-assad", "camp": 2}],
             "edges": [{"relation": "backs", "support": 1, "evidence": [{"doc": "a.txt", "sentence": 3, "quote": "Russia backs Assad.", "start": 0, "end": 19, "rule": "relations.rules:5"}],
                        "source": "russia", "target": "bashar-al-assad", "key": 0}]}
            """
        let graph = try NodeLinkJSON.decode(Data(json.utf8), source: "nx.json")
        #expect(graph["russia"]?.aliases == ["Moscow"])
        let edge = try #require(graph.relations.first)
        #expect(edge.kind == .backs)
        #expect(edge.evidence.first?.rule == "relations.rules:5")
        let result = both(json)
        #expect(result.new == result.old)
    }

    @Test func readsLinksIntegerIdsAndNames() throws {
        let json = #"{"directed": false, "multigraph": false, "graph": {}, "nodes": [{"id": 0, "name": "A", "kind": "State"}, {"id": 1, "kind": "Armed group"}, {"id": 2.0e0, "kind": "event"}], "links": [{"source": 0, "target": 1, "key": "opposes"}, {"source": 1, "target": 2, "relation": "attended", "support": 4}]}"#
        let graph = try NodeLinkJSON.decode(Data(json.utf8), source: "nx.json")
        #expect(graph["0"]?.name == "A")
        #expect(graph["1"]?.kind == .armedGroup)
        #expect(graph["2"]?.kind == .event)
        #expect(graph.relations.map(\.kind) == [.opposes, .attended])
        let result = both(json)
        #expect(result.new == result.old)
    }

    @Test func edgesWinOverLinksAndNullEdgesFallBackToLinks() {
        let nodes = #""nodes":[{"id":"a","kind":"state"},{"id":"b","kind":"state"}]"#
        for json in [
            "{\(nodes),\"edges\":[{\"source\":\"a\",\"target\":\"b\",\"relation\":\"backs\"}],\"links\":[{\"source\":\"a\",\"target\":\"b\",\"relation\":\"opposes\"}]}",
            "{\(nodes),\"edges\":null,\"links\":[{\"source\":\"a\",\"target\":\"b\",\"relation\":\"opposes\"}]}",
            "{\"links\":[{\"source\":\"a\",\"target\":\"b\",\"relation\":\"opposes\"}],\(nodes)}",
        ] {
            let result = both(json)
            #expect(result.new == result.old, "\(json)")
        }
    }

    // MARK: Strings

    @Test func everyEscapeIsDecoded() throws {
        let json = #"{"nodes":[{"id":"a","kind":"state","label":"q\"b\\s\/b\bf\fn\nr\rt\tu\u00e9\u00C9\u4e2d\ud83d\ude80\uD83C\uDDFA\u0000z"}]}"#
        let graph = try NodeLinkJSON.decode(Data(json.utf8), source: "e.json")
        #expect(graph["a"]?.name == "q\"b\\s/b\u{08}f\u{0C}n\nr\rt\tuéÉ中🚀🇺\u{0}z")
        let result = both(json)
        #expect(result.new == result.old)
    }

    @Test func escapedKeysAreRecognised() throws {
        let json = #"{"n\u006fdes":[{"\u0069d":"a","kind":"state"}]}"#
        let graph = try NodeLinkJSON.decode(Data(json.utf8), source: "e.json")
        #expect(graph["a"] != nil)
    }

    @Test func byteOrderMarkAndNonASCIITextAreRead() throws {
        let json = #"{"nodes":[{"id":"türkiye","kind":"state","label":"Türkiye’s “friends” 中国 🚀"}]}"#
        let graph = try NodeLinkJSON.decode(Data([0xEF, 0xBB, 0xBF] + Array(json.utf8)), source: "b.json")
        #expect(graph["türkiye"]?.name == "Türkiye’s “friends” 中国 🚀")
    }

    // MARK: Bad input

    /// Each is checked against the old reader: the same line, word for word (and read by
    /// ``NodeLinkOutline`` with the same result, in NodeLinkOutlineTests).
    static let badInputs = [
        // Not JSON at all, or broken structure anywhere (even after another error).
        "", "  ", "not json", "{", "{\"nodes\":[]", "{\"nodes\":[]} x", "{\"nodes\":[]}\u{0}", "{,\"nodes\":[]}",
        "{\"nodes\":[],,}", "{\"nodes\":[,]}", "{\"nodes\" []}", "{\"nodes\":[] \"edges\":[]}", "{\"nodes\":[1 2]}",
        "{\"nodes\":3, \"x\": [}", "{\"nodes\":[{\"id\":\"a\"}], \"x\": tru}", "{\"nodes\":[], \"x\": nulL}",
        "{\"nodes\":[]}\u{0C}", "{\"nodes\":[{\"id\":\"a\",\"kind\":\"state\"}],\"edges\":[{\"source\":\"a\",\"target\":\"a\",\"relation\":\"loves\"}] ]",
        // Types, nulls and missing keys, reported in JSONDecoder's order.
        "[]", "null", "\"x\"", "3", "{}", "{\"nodes\":3}", "{\"nodes\":null}", "{\"nodes\":{}}", "{\"nodes\":[3]}",
        "{\"nodes\":[{}]}", "{\"nodes\":[{\"id\":\"a\"}]}", "{\"nodes\":[{\"kind\":\"state\"}]}",
        "{\"nodes\":[{\"id\":true,\"kind\":3}]}", "{\"nodes\":[{\"kind\":3,\"id\":true}]}", "{\"nodes\":[{\"id\":\"a\",\"kind\":null}]}",
        "{\"nodes\":[{\"id\":null,\"kind\":\"state\"}]}", "{\"nodes\":[{\"id\":1.5,\"kind\":\"state\"}]}", "{\"nodes\":[{\"id\":1e19,\"kind\":\"state\"}]}",
        "{\"nodes\":[{\"id\":\"a\",\"kind\":\"state\",\"aliases\":[\"x\",null]}]}", "{\"nodes\":[{\"id\":\"a\",\"kind\":\"state\",\"aliases\":\"x\"}]}",
        "{\"nodes\":[{\"id\":\"a\",\"kind\":\"state\",\"label\":3}]}", "{\"nodes\":[{\"id\":\"a\",\"kind\":\"state\",\"date\":[]}]}",
        "{\"directed\":1,\"nodes\":[]}", "{\"directed\":\"yes\"}", "{\"multigraph\":null,\"graph\":3,\"nodes\":[]}",
        "{\"edges\":[{}],\"nodes\":[{}]}", "{\"edges\":[{}],\"nodes\":[]}", "{\"edges\":3,\"links\":4,\"nodes\":[]}", "{\"links\":[{\"source\":\"a\"}],\"nodes\":[]}",
        "{\"nodes\":[],\"edges\":[{\"source\":\"a\",\"target\":\"b\",\"support\":\"1\"}]}", "{\"nodes\":[],\"edges\":[{\"source\":\"a\",\"target\":\"b\",\"support\":1.5}]}",
        "{\"nodes\":[],\"edges\":[{\"source\":\"a\",\"target\":\"b\",\"evidence\":[{\"doc\":\"d\"}]}]}",
        "{\"nodes\":[],\"edges\":[{\"source\":\"a\",\"target\":\"b\",\"evidence\":[{\"doc\":\"d\",\"sentence\":0,\"quote\":\"q\",\"start\":\"0\",\"end\":1}]}]}",
        "{\"nodes\":[],\"edges\":[{\"source\":\"a\",\"target\":\"b\",\"evidence\":[{\"doc\":\"d\",\"sentence\":1e2,\"quote\":\"q\",\"start\":-0,\"end\":100e-2,\"rule\":7}]}]}",
        "{\"nodes\":[],\"edges\":[{\"source\":\"a\",\"target\":\"b\",\"evidence\":{}}]}",
        "{\"nodes\":[],\"edges\":[{\"target\":3,\"source\":[]}]}",
        // Values that are read are checked strictly, values that are skipped only for structure.
        "{\"nodes\":[{\"id\":\"a\",\"kind\":\"st\\ate\"}]}", "{\"nodes\":[{\"id\":\"a\",\"kind\":\"state\",\"label\":\"\\ud800\"}]}",
        "{\"nodes\":[{\"id\":\"a\",\"kind\":\"state\",\"label\":\"\\ude00\\ud83d\"}]}", "{\"nodes\":[{\"id\":\"a\",\"kind\":\"state\",\"label\":\"\\u00\"}]}",
        "{\"nodes\":[{\"id\":\"a\",\"kind\":\"state\",\"label\":\"tab\there\"}]}", "{\"nodes\":[{\"id\":\"a\",\"kind\":\"state\",\"x\":\"tab\there \\q \\ud800\"}]}",
        "{\"nodes\":[{\"id\":\"a\",\"kind\":\"state\",\"x\":01,\"y\":1.5.5,\"z\":-}]}",
        "{\"nodes\":[],\"edges\":[{\"source\":\"a\",\"target\":\"b\",\"evidence\":[{\"doc\":\"d\",\"sentence\":01,\"quote\":\"q\",\"start\":0,\"end\":1}]}]}",
        "{\"nodes\":[],\"edges\":[{\"source\":\"a\",\"target\":\"b\",\"evidence\":[{\"doc\":\"d\",\"sentence\":9223372036854775808,\"quote\":\"q\",\"start\":0,\"end\":1}]}]}",
        "{\"nodes\":[],\"edges\":[{\"source\":\"a\",\"target\":\"b\",\"evidence\":[{\"doc\":\"d\",\"sentence\":-9223372036854775808,\"quote\":\"q\",\"start\":12345678901234567.0,\"end\":1e18}]}]}",
        "{\"nodes\":[],\"edges\":[{\"source\":\"a\",\"target\":\"b\",\"evidence\":[{\"doc\":\"d\",\"sentence\":5e-324,\"quote\":\"q\",\"start\":0,\"end\":1}]}]}",
        // Leniency JSONDecoder has: trailing commas, repeated keys (the first wins).
        "{\"nodes\":[{\"id\":\"a\",\"kind\":\"state\",\"aliases\":[\"x\",],},],}",
        "{\"nodes\":[{\"id\":\"a\",\"kind\":\"state\",\"id\":\"b\",\"kind\":3}]}", "{\"nodes\":[{\"id\":3.5,\"id\":\"b\",\"kind\":\"state\"}]}",
        // Graph rules, checked after the whole file is read.
        "{\"nodes\":[{\"id\":\"a\",\"kind\":\"planet\"}]}",
        "{\"nodes\":[{\"id\":\"a\",\"kind\":\"state\"}],\"edges\":[{\"source\":\"a\",\"target\":\"a\",\"relation\":\"loves\"}]}",
        "{\"nodes\":[{\"id\":\"a\",\"kind\":\"state\"}],\"edges\":[{\"source\":\"a\",\"target\":\"a\"}]}",
        "{\"nodes\":[{\"id\":\"a\",\"kind\":\"event\"}],\"edges\":[{\"source\":\"a\",\"target\":\"a\",\"relation\":\"backs\"}]}",
        "{\"nodes\":[],\"edges\":[{\"source\":\"a\",\"target\":\"b\",\"relation\":\"backs\"}]}",
        "{\"nodes\":[{\"id\":\"a\",\"kind\":\"state\"},{\"id\":\"a\",\"kind\":\"person\"}]}",
        "{\"nodes\":[{\"id\":\"a\",\"kind\":\"planet\"}],\"edges\":[{\"source\":3}]}",
        "{\"nodes\":[{\"id\":\"a\",\"kind\":\"planet\"}],\"x\":[}",
    ]

    @Test(arguments: badInputs)
    func badInputGivesTheOldReadersOneLineError(json: String) {
        let result = both(json)
        #expect(result.new == result.old)
        #expect(!(result.new.hasPrefix("error:") && result.new.contains("\n")))
    }

    @Test func invalidUTF8IsRefusedWhereItIsReadOnly() {
        let prefix = Array(#"{"nodes":[{"id":"a","kind":"state","#.utf8)
        for bytes in [
            prefix + Array(#""label":""#.utf8) + [0xE9] + Array(#""}]}"#.utf8),
            prefix + Array(#""label":""#.utf8) + [0xC0, 0x80] + Array(#""}]}"#.utf8),
            prefix + Array(#""label":""#.utf8) + [0xED, 0xA0, 0x80] + Array(#""}]}"#.utf8),
            prefix + Array(#""other":""#.utf8) + [0xE9, 0xFF] + Array(#""}]}"#.utf8),
            [0xFE, 0xFF] + prefix,
        ] {
            let result = both(Data(bytes))
            #expect(result.new == result.old, "\(bytes)")
        }
    }

    /// Random damage to a valid file (bytes dropped, changed, inserted): whatever the old reader
    /// said, the new one says.
    @Test func damagedFilesGiveTheSameAnswers() throws {
        let valid = Array(NodeLinkJSON.encode(try HostileGraph.graph()).prefix(6000))
        let base = Array(#"{"nodes":[{"id":"a","kind":"state","aliases":["b"]},{"id":2,"kind":"person"}],"edges":[{"source":"a","target":"2","relation":"backs","support":1,"evidence":[{"doc":"d","sentence":1,"quote":"q\u00e9\n","start":0,"end":1.0e1}]}],"graph":{"x":[1,{"y":null}]}}"#.utf8)
        var rng = SplitMix(seed: 20151030)
        let alphabet = Array(#"{}[]:,"\ 0123456789.-+eEtrufalsn\u"#.utf8) + [0x00, 0x09, 0xE9, 0x80]
        var differences: [String] = []
        for round in 0..<4000 {
            var bytes = round % 3 == 0 ? valid : base
            for _ in 0..<(1 + rng.next(3)) {
                let at = rng.next(bytes.count)
                switch rng.next(3) {
                case 0: bytes.remove(at: at)
                case 1: bytes[at] = alphabet[rng.next(alphabet.count)]
                default: bytes.insert(alphabet[rng.next(alphabet.count)], at: at)
                }
            }
            let result = both(Data(bytes))
            if result.new != result.old {
                differences.append("\(String(decoding: bytes, as: UTF8.self))\n  new: \(result.new.prefix(200))\n  old: \(result.old.prefix(200))")
            }
        }
        #expect(differences.isEmpty, "\(differences.count) differ; first: \(differences.first ?? "")")
    }

    // MARK: Nesting and unknown fields

    @Test func deepNestingIsRefusedWithoutOverflowingTheStack() throws {
        // NestingDepth refuses a document nested over 200 levels before the reader sees it.
        for depth in [600, 100_000] {
            let json = #"{"nodes":[],"x":"# + String(repeating: "[", count: depth) + String(repeating: "]", count: depth) + "}"
            #expect(throws: FormatError.self) { try NodeLinkJSON.decode(Data(json.utf8), source: "d.json") }
            let objects = #"{"nodes":[],"x":"# + String(repeating: #"{"k":"#, count: depth) + "1" + String(repeating: "}", count: depth) + "}"
            #expect(throws: FormatError.self) { try NodeLinkJSON.decode(Data(objects.utf8), source: "d.json") }
        }
        // The scan itself stops at JSONDecoder's limit, 512 levels, without overflowing.
        for depth in [510, 511, 512, 100_000] {
            let json = #"{"nodes":[],"x":"# + String(repeating: "[", count: depth) + String(repeating: "]", count: depth) + "}"
            let read = Result { () throws(JSONReadError) in try NodeLinkReader.parseOnly(Data(json.utf8)) }
            if depth > 511 {
                #expect(throws: JSONReadError.syntax) { try read.get() }
            } else {
                #expect(throws: Never.self) { try read.get() }
            }
        }
        // Whether the reader fails there or not, the error is NestingDepth's, naming the line.
        for depth in [201, 511, 512] {
            let json = "{\"nodes\": [],\n\"x\": " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth) + "}"
            #expect(throws: FormatError("d.json:2", "nested too deep: over 200 levels of brackets or indentation; a graph document needs only a few")) {
                try NodeLinkJSON.decode(Data(json.utf8), source: "d.json")
            }
        }
        // Deep and broken: the depth is reported, as when it was checked before reading.
        let broken = "{\"nodes\": 3, \"x\": " + String(repeating: "[", count: 300) + "}"
        #expect { try NodeLinkJSON.decode(Data(broken.utf8), source: "d.json") } throws: { "\($0)".contains("nested too deep") }
        let brokenFirst = "{\"nodes\" [], \"x\": " + String(repeating: "[", count: 300) + String(repeating: "]", count: 300) + "}"
        #expect { try NodeLinkJSON.decode(Data(brokenFirst.utf8), source: "d.json") } throws: { "\($0)".contains("nested too deep") }
        // Below NestingDepth's limit the two readers agree.
        for depth in [150, 198] {
            let json = #"{"nodes":[],"x":"# + String(repeating: "[", count: depth) + String(repeating: "]", count: depth) + "}"
            let result = both(json)
            #expect(result.new == result.old, "depth \(depth)")
        }
    }

    @Test func unknownFieldsAreSkippedAtEveryLevel() throws {
        let json = """
            {"extra": {"deep": [[{"a": "\\u00e9"}], -1.5e-3, true, false, null]}, "graph": {"g": [1]},
             "nodes": [{"id": "a", "kind": "state", "camp": 1, "colour": {"r": 0}, "viz": [0.5, 1e10]},
                       {"id": "b", "kind": "state", "x": null}],
             "edges": [{"source": "a", "target": "b", "relation": "backs", "weight": 2.5, "attrs": {"k": ["v"]},
                        "evidence": [{"doc": "d", "sentence": 0, "quote": "q", "start": 0, "end": 1, "score": 0.9, "tags": []}]}]}
            """
        let graph = try NodeLinkJSON.decode(Data(json.utf8), source: "u.json")
        #expect(graph.actorCount == 2)
        #expect(graph.relations.first?.evidence == [Evidence(doc: "d", quote: "q", end: 1)])
        let result = both(json)
        #expect(result.new == result.old)
    }
}

/// A small deterministic generator for the damage test.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next(_ bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        z ^= z >> 31
        return Int(z % UInt64(max(bound, 1)))
    }
}
