import ActorGraphFormats
import Foundation
import Testing

@Suite struct NestingDepthTests {
    static let deep = 10_000

    /// Documents nested `deep` levels, each of which once overflowed the stack in Yams.
    static func deepDocument(_ name: String) -> String {
        let deep = Self.deep
        switch name {
        case "deep.json": return String(repeating: "[", count: deep) + String(repeating: "]", count: deep)
        case "deep-object.json": return "{\"actors\": " + String(repeating: "{\"a\": ", count: deep) + "1" + String(repeating: "}", count: deep + 1)
        case "deep-flow.yaml": return "actors: " + String(repeating: "{a: ", count: deep) + "1" + String(repeating: "}", count: deep)
        case "deep-block.yaml": return "actors:\n" + String(repeating: "- ", count: deep) + "x\n"
        // A quote the scan could misread must not hide the brackets after it.
        default: return "source: x\n  \"\nactors: " + String(repeating: "[", count: deep) + String(repeating: "]", count: deep) + "\n"
        }
    }

    @Test(arguments: ["deep.json", "deep-object.json", "deep-flow.yaml", "deep-block.yaml", "hidden.yaml"])
    func aDeeplyNestedDocumentIsAOneLineErrorNotACrash(_ name: String) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("nesting-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent(name)
        try Data(Self.deepDocument(name).utf8).write(to: url)
        #expect {
            try StructuredInput.load(url)
        } throws: { error in
            let message = "\(error)"
            return message.contains("nested too deep: over 200 levels") && message.hasPrefix(url.path) && !message.contains("\n")
        }
    }

    @Test func nodeLinkJSONIsCheckedToo() {
        let text = "{\"nodes\": " + String(repeating: "[", count: Self.deep) + String(repeating: "]", count: Self.deep) + "}"
        #expect(throws: FormatError.self) { try NodeLinkJSON.decode(Data(text.utf8), source: "graph.json") }
    }

    @Test(arguments: ["\n", "\r\n", "\r"])
    func theErrorNamesTheLineWhateverTheLineEndings(_ end: String) {
        let text = ["source: a", "actors: {A: state}", "relations: " + String(repeating: "[", count: 300)].joined(separator: end)
        #expect { try NestingDepth.check(Array(text.utf8), source: "g.yaml") } throws: { "\($0)".hasPrefix("g.yaml:3: ") }
        #expect { try NestingDepth.checkJSON(Array(text.utf8), source: "g.json") } throws: { "\($0)".hasPrefix("g.json:3: ") }
    }

    /// graph.json as Python's json.dumps writes it: one line, many keys, shallow.
    @Test func aLongOneLineDocumentIsNotDeep() throws {
        let nodes = (0..<1_000).map { #"{"id": "n\#($0)", "label": "N-\#($0): x", "kind": "state"}"# }
        let text = #"{"directed": true, "nodes": ["# + nodes.joined(separator: ", ") + #"], "edges": []}"#
        try NestingDepth.check(Array(text.utf8), source: "graph.json")
        let yaml = "actors: {" + (0..<1_000).map { "A\($0): state" }.joined(separator: ", ") + "}\n"
        try NestingDepth.check(Array(yaml.utf8), source: "graph.yaml")
    }

    /// Evidence quotes may hold stray brackets; in JSON they are plainly inside strings.
    @Test func bracketsInsideJSONStringsDoNotCount() throws {
        let quotes = (0..<300).map { _ in #"{"quote": "[sic \"[\" \\ {"}"# }.joined(separator: ", ")
        try NestingDepth.checkJSON(Array(("{\"edges\": [" + quotes + "]}").utf8), source: "graph.json")
        let deep = String(repeating: "[", count: 201) + String(repeating: "]", count: 201)
        #expect(throws: FormatError.self) { try NestingDepth.checkJSON(Array(deep.utf8), source: "graph.json") }
    }

    /// Hyphens inside a plain scalar are no block indicators ("Guinea-Bissau", a dashed date
    /// range, a long hyphenated quote); "- - - x" still nests one level a dash.
    @Test func hyphensInsideWordsAreNotIndicators() throws {
        let hyphenated = "source: " + String(repeating: "a-", count: 300) + "b\nactors: {Guinea-Bissau: state}\n"
        try NestingDepth.check(Array(hyphenated.utf8), source: "g.yaml")
        let dashes = String(repeating: "- ", count: 250) + "x\n"
        #expect(throws: FormatError.self) { try NestingDepth.check(Array(dashes.utf8), source: "g.yaml") }
    }

    @Test func ordinaryDocumentsPass() throws {
        let yaml = """
            # Brackets and quotes in text are not structure: [[[[ {{{{
            source: "a [quoted] {source}"
            actors:
              Côte d'Ivoire: state
              "Iran": {kind: state, aliases: ['Islamic Republic', "it's [not] {this}"]}
            relations:
              - Iran backs Côte d'Ivoire
              - subject: Iran
                relation: opposes
                object: "Côte d'Ivoire"
                evidence: |
                  a block of text ]]]] [[[[ "with quotes
                  and {{{{ more
            """
        let graph = try StructuredInputDocument.parse(yaml, source: "ok.yaml")
        #expect(graph.relationCount == 2)
        try NestingDepth.check(Array(String(repeating: "[", count: 200).utf8) + Array(String(repeating: "]", count: 200).utf8), source: "x")
    }
}
