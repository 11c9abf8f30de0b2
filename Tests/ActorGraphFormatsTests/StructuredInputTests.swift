import ActorGraphFormats
import ActorGraphModel
import Foundation
import Testing

@Suite("StructuredInput")
struct StructuredInputTests {
    static let examples = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("examples")

    func folder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("agtest-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test func theExamplesLoad() throws {
        let seeds = try StructuredInput.load(Self.examples.appendingPathComponent("seeds.yaml"))
        #expect(seeds.actorCount == 19)
        // Both members of the coalition share one piece of evidence through a YAML anchor.
        #expect(seeds[EdgeKey("jordan", .memberOf, "us-led-coalition")]?.evidence
            == seeds[EdgeKey("united-states", .memberOf, "us-led-coalition")]?.evidence)
        #expect(seeds[EdgeKey("russia", .backs, "bashar-al-assad")]?.support == 2)
        #expect(seeds[EdgeKey("adel-al-jubeir", .attended, "event-vienna-2015-10-23")] != nil)
        let csv = try StructuredInput.load(Self.examples.appendingPathComponent("syria-talks.csv"))
        #expect(csv[EdgeKey("russia", .coordinatesWith, "jordan")]?.evidence.first?.doc == "004_175e92e2922cc121.txt")
        let json = try StructuredInput.load(Self.examples.appendingPathComponent("vienna.json"))
        #expect(json[EdgeKey("staffan-de-mistura", .attended, "event-vienna-2015-10-30")] != nil)
    }

    @Test func mergesFilesAndResolvesCSVNamesAgainstThem() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let yaml = folder.appendingPathComponent("actors.yaml")
        let csv = folder.appendingPathComponent("edges.csv")
        let graphJSON = folder.appendingPathComponent("graph.json")
        try Data("actors: {Iran: state, Hezbollah: armed_group}".utf8).write(to: yaml)
        try Data("Iran,backs,Hezbollah\nSyria:state,backs,Hezbollah".utf8).write(to: csv)
        var existing = ActorGraph()
        try existing.add(Actor(name: "Syria", kind: .state))
        try existing.add(Actor(name: "Iran", kind: .state))
        try existing.relate("iran", .backs, "syria")
        try NodeLinkJSON.encode(existing).write(to: graphJSON)

        // The CSV comes first on the command line but is read last.
        let graph = try StructuredInput.load([csv, yaml, graphJSON])
        #expect(graph.actorCount == 3)
        #expect(graph.relationCount == 3)
    }

    @Test func conflictingFilesNameTheLaterFile() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let one = folder.appendingPathComponent("one.yaml"), two = folder.appendingPathComponent("two.yml")
        try Data("actors: {Hamas: armed_group}".utf8).write(to: one)
        try Data("actors: {Hamas: organization}".utf8).write(to: two)
        #expect(throws: FormatError(two.path, "does not fit the files before it: actor “hamas” is already a armed_group and cannot also be a organization")) {
            try StructuredInput.load([one, two])
        }
    }

    @Test func missingAndNonUTF8FilesAreClearErrors() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let missing = folder.appendingPathComponent("none.yaml")
        #expect(throws: FormatError(missing.path, "no such file")) { try StructuredInput.load(missing) }
        let latin1 = folder.appendingPathComponent("latin1.csv")
        try Data([0x41, 0x3A, 0x73, 0x74, 0x61, 0x74, 0x65, 0xE9]).write(to: latin1)
        #expect(throws: FormatError(latin1.path, "not valid UTF-8 text")) { try StructuredInput.load(latin1) }
        let text = folder.appendingPathComponent("notes.txt")
        try Data("x".utf8).write(to: text)
        #expect(throws: FormatError(text.path, "unknown input format “.txt”; readable: .csv, .cyjs, .gexf, .graphml, .json, .xml, .yaml, .yml")) {
            try StructuredInput.load(text)
        }
    }
}
