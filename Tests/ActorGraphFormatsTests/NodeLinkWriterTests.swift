@testable import ActorGraphFormats
import ActorGraphModel
import Foundation
import Testing

/// graph.json is written by ``NodeLinkWriter``; `JSONEncoder`'s encoding of the same document is
/// the definition it must match byte for byte.
@Suite("NodeLinkWriter")
struct NodeLinkWriterTests {
    /// Every control character, quotes, backslashes, slashes, markup, DEL, the line and paragraph
    /// separators, accents, CJK, emoji and a lone combining mark.
    static let awkward: [String] = {
        var texts = (0..<0x20).map { "a\(Character(Unicode.Scalar(UInt8($0))))b" }
        texts += [
            "", "\"", "\\", "/", "a/b\\c\"d", "</script><!-- x -->", "\u{7F}", "\u{2028}\u{2029}", "Lomé — “quoted” ‘x’",
            "北京", "👩‍👩‍👧 🇪🇬", "e\u{301}", "\u{301}", "\t\n\r", String(repeating: "x", count: 5_000),
        ]
        return texts
    }()

    func graph(_ texts: [String]) throws -> ActorGraph {
        var graph = ActorGraph()
        try graph.add(Actor(name: "Iran", kind: .state, aliases: texts.filter { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }))
        try graph.add(Actor(name: "Bashar al-Assad", kind: .person))
        try graph.add(Actor(name: "No aliases", kind: .organization))
        try graph.add(Actor.event(place: "Vienna", date: "2015-10-30"))
        try graph.add(Actor.event(place: "Geneva \"old\" town", date: nil))
        var evidence: [Evidence] = []
        for (i, text) in texts.enumerated() {
            evidence.append(Evidence(doc: "d\(i)/\(text).txt", sentence: i, quote: text, start: i * 1_000_003, end: Int.max - i, rule: i % 3 == 0 ? nil : "relations.rules:\(i)"))
        }
        try graph.relate("iran", .backs, "bashar-al-assad", evidence: evidence)
        try graph.relate("iran", .attended, "event-vienna-2015-10-30")
        try graph.relate("no-aliases", .opposes, "iran", evidence: [Evidence(doc: "z.txt", quote: "", rule: "")])
        return graph
    }

    @Test func sameBytesAsJSONEncoderForEveryKindOfString() throws {
        let g = try graph(Self.awkward)
        #expect(NodeLinkJSON.encode(g) == NodeLinkJSON.encodeWithJSONEncoder(g))
    }

    @Test func sameBytesForEachCharacterAlone() throws {
        // One text per graph, so a difference names the character.
        let printable = (0x20..<0x7F).map { String(Character(Unicode.Scalar(UInt8($0)))) }
        for text in Self.awkward + printable {
            let g = try graph([text])
            #expect(NodeLinkJSON.encode(g) == NodeLinkJSON.encodeWithJSONEncoder(g), "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    @Test func sameBytesForAnEmptyGraph() {
        let g = ActorGraph()
        #expect(NodeLinkJSON.encode(g) == NodeLinkJSON.encodeWithJSONEncoder(g))
    }

    @Test func sameBytesForTheSeedsGraph() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("output/graph.json")
        let g = try NodeLinkJSON.decode(try Data(contentsOf: url), source: url.path)
        #expect(NodeLinkJSON.encode(g) == NodeLinkJSON.encodeWithJSONEncoder(g))
        // The committed output/graph.json, as `make run` writes it.
        #expect(NodeLinkJSON.encode(g) == (try Data(contentsOf: url)))
    }
}
