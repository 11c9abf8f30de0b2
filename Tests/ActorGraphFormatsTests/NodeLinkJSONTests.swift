import ActorGraphFormats
import ActorGraphModel
import Foundation
import Testing

@Suite("NodeLinkJSON")
struct NodeLinkJSONTests {
    func sample() throws -> ActorGraph {
        var graph = ActorGraph()
        try graph.add(Actor(name: "Iran", kind: .state, aliases: ["Tehran"]))
        try graph.add(Actor(name: "Bashar al-Assad", kind: .person, aliases: ["Assad"]))
        try graph.add(Actor.event(place: "Vienna", date: "2015-10-30"))
        try graph.relate("iran", .backs, "bashar-al-assad", evidence: [
            Evidence(doc: "a.txt", sentence: 1, quote: "Assad-backer Iran “quoted” \\ <b>", start: 5, end: 38),
        ])
        try graph.relate("iran", .attended, "event-vienna-2015-10-30")
        return graph
    }

    @Test func roundTripKeepsEveryActorEdgeAndEvidence() throws {
        let graph = try sample()
        let decoded = try NodeLinkJSON.decode(NodeLinkJSON.encode(graph), source: "t.json")
        #expect(decoded == graph)
        #expect(decoded["event-vienna-2015-10-30"]?.date == "2015-10-30")
    }

    @Test func encodingIsByteIdenticalAcrossRuns() throws {
        #expect(NodeLinkJSON.encode(try sample()) == NodeLinkJSON.encode(try sample()))
    }

    @Test func writesTheFieldsOtherToolsRead() throws {
        let object = try JSONSerialization.jsonObject(with: NodeLinkJSON.encode(try sample())) as? [String: Any]
        let edges = try #require(object?["edges"] as? [[String: Any]])
        let backs = try #require(edges.first { $0["relation"] as? String == "backs" })
        #expect(backs["source"] as? String == "iran")
        #expect(backs["support"] as? Int == 1)
        let evidence = try #require((backs["evidence"] as? [[String: Any]])?.first)
        #expect(Set(evidence.keys) == ["doc", "sentence", "quote", "start", "end"])
    }

    @Test func readsNetworkXLinksAndNames() throws {
        let json = #"{"nodes":[{"id":"a","name":"A","kind":"state"},{"id":"b","kind":"armed-group"}],"links":[{"source":"a","target":"b","relation":"opposes"}]}"#
        let graph = try NodeLinkJSON.decode(Data(json.utf8), source: "nx.json")
        #expect(graph["a"]?.name == "A")
        #expect(graph["b"]?.kind == .armedGroup)
        #expect(graph.relations.first?.kind == .opposes)
    }

    @Test(arguments: [
        (#"{"nodes": 3}"#, "bad.json: not node-link JSON"),
        ("not json", "bad.json: not node-link JSON: invalid JSON"),
        (#"{"nodes":[{"id":"a","kind":"planet"}]}"#, "unknown kind “planet”"),
        (#"{"nodes":[{"id":"a","kind":"state"}],"edges":[{"source":"a","target":"a","relation":"loves"}]}"#, "unknown relation “loves”"),
        (#"{"nodes":[{"id":"a","kind":"event"}],"edges":[{"source":"a","target":"a","relation":"backs"}]}"#, "breaks a kind rule"),
        (#"{"nodes":[],"edges":[{"source":"a","target":"b","relation":"backs"}]}"#, "no actor with id “a”"),
    ])
    func badInputIsAOneLineErrorNamingTheFile(json: String, expected: String) {
        let error = #expect(throws: FormatError.self) {
            try NodeLinkJSON.decode(Data(json.utf8), source: "bad.json")
        }
        #expect(error?.description.contains(expected) == true)
        #expect(error?.description.hasPrefix("bad.json: ") == true)
        #expect(error?.description.contains("\n") == false)
    }

    @Test func missingAndNonUTF8FilesAreClearErrors() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("agtest-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(throws: FormatError(folder.appendingPathComponent("none.json").path, "no such file")) {
            try GraphFile.load(folder.appendingPathComponent("none.json"))
        }
        let latin1 = folder.appendingPathComponent("latin1.txt")
        try Data([0x63, 0x61, 0x66, 0xE9]).write(to: latin1)
        #expect(throws: FormatError(latin1.path, "not valid UTF-8 text")) { try InputFile.readText(latin1) }
    }

    @Test func outputFilesAreReplacedWholeAndFoldersCreated() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("agtest-\(UUID())")
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("sub/graph.json")
        try OutputFile.write(Data("one".utf8), to: target)
        try OutputFile.write(Data("two".utf8), to: target)
        #expect(try String(contentsOf: target, encoding: .utf8) == "two")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("sub").path) == ["graph.json"])
    }
}
