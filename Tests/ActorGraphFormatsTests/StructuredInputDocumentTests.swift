import ActorGraphFormats
import ActorGraphModel
import Foundation
import Testing

@Suite("StructuredInputDocument")
struct StructuredInputDocumentTests {
    static let sample = """
        source: a.txt
        actors:
          Russia: {kind: state, aliases: [Moscow]}
          United States: {kind: state, aliases: [US]}
          Syria: state
          Islamic State: {kind: armed group, aliases: [ISIS]}
          Sergei Lavrov: {kind: person, aliases: [Lavrov]}
        events:
          - {place: Vienna, date: 2015-10-30, aliases: [the Vienna talks]}
        relations:
          - Lavrov represents Russia
          - the U.S. opposes isis
          - [Moscow, coordinates with, United States]
          - [Russia, attended, the Vienna talks, "Top diplomats met."]
          - subject: Russia
            relation: opposes
            object: ISIS
            evidence:
              - Russia bombs IS.
              - {doc: b.txt, quote: "Moscow strikes ISIS.", sentence: 4}
        """

    @Test func readsActorsEventsAndEveryRelationForm() throws {
        let graph = try StructuredInputDocument.parse(Self.sample, source: "dir/g.yaml")
        #expect(graph.actorCount == 6)
        #expect(graph["syria"]?.kind == .state)
        #expect(graph["islamic-state"]?.kind == .armedGroup)
        #expect(graph["russia"]?.aliases == ["Moscow"])
        let vienna = try #require(graph["event-vienna-2015-10-30"])
        #expect(vienna.name == "Vienna 2015-10-30")
        #expect(vienna.date == "2015-10-30")
        #expect(vienna.aliases == ["the Vienna talks"])
        #expect(graph[EdgeKey("sergei-lavrov", .represents, "russia")] != nil)
        #expect(graph[EdgeKey("united-states", .opposes, "islamic-state")] != nil)
        #expect(graph[EdgeKey("united-states", .coordinatesWith, "russia")] != nil)
        #expect(graph[EdgeKey("russia", .attended, "event-vienna-2015-10-30")]?.evidence == [Evidence(doc: "a.txt", quote: "Top diplomats met.")])
        let opposes = try #require(graph[EdgeKey("russia", .opposes, "islamic-state")])
        #expect(opposes.evidence == [Evidence(doc: "a.txt", quote: "Russia bombs IS."), Evidence(doc: "b.txt", sentence: 4, quote: "Moscow strikes ISIS.")])
        #expect(opposes.support == 2)
    }

    @Test func jsonReadsTheSameAsYAML() throws {
        let json = """
            {"actors": [{"name": "Iran", "kind": "state"}, {"name": "Hezbollah", "kind": "armed_group"}],
             "relations": [{"subject": "Iran", "relation": "backs", "object": "Hezbollah", "evidence": {"doc": "x.txt", "quote": "Iran arms \\"Hezbollah\\" \\u00e9"}}]}
            """
        let graph = try StructuredInputDocument.parse(json, source: "g.json")
        #expect(graph[EdgeKey("iran", .backs, "hezbollah")]?.evidence.first?.quote == "Iran arms \"Hezbollah\" é")
    }

    @Test func quotesDefaultToTheFileNameWithoutASource() throws {
        let graph = try StructuredInputDocument.parse("actors: {A: state, B: state}\nrelations: [[A, backs, B, q]]", source: "/tmp/x/notes.yaml")
        #expect(graph.relations.first?.evidence.first?.doc == "notes.yaml")
    }

    @Test(arguments: [
        ("actors: {Russia: planet}", "g.yaml:1", "actor “Russia” has unknown kind “planet”; use one of state, organization, armed_group, person, event"),
        ("actors:\n  Russia: state\nrelations:\n  - Russia backs Putin", "g.yaml:4", "no actor named “Putin”; declare it under actors: or events:"),
        ("actors:\n  Russia: state\n  Vienna: {kind: event}", "g.yaml:3", "is an event; put events under events: with place and date"),
        ("actors:\n  Russia: state\n  Lavrov: person\nrelations:\n  - [Russia, represents, Lavrov]", "g.yaml:5", "“Russia” (state) represents “Lavrov” (person) breaks a kind rule"),
        ("actors: {A: state, B: state}\nrelations:\n  - [A, loves, B]", "g.yaml:3", "unknown relation “loves”"),
        ("actors: {A: state, B: state}\nrelations:\n  - A likes B", "g.yaml:3", "cannot read “A likes B” as “subject relation object”"),
        ("actors: {A: state, B: state}\nrelations:\n  - [A, backs]", "g.yaml:3", "not 2 items"),
        ("actors: {A: state}\nrelation:\n  - x", "g.yaml:2", "unknown key “relation”; a document has source, actors, events, relations"),
        ("actors: {A: state}\nevents:\n  - {place: Vienna, date: 30 October}", "g.yaml:3", "event date “30 October” is not YYYY-MM-DD"),
        ("actors:\n  - {name: A, kind: state, alias: [B]}", "g.yaml:2", "unknown key “alias” in an actor"),
        ("actors:\n  US: {kind: state, aliases: [America]}\n  USA: {kind: state, aliases: [America]}\nrelations:\n  - America backs US", "g.yaml:5", "“America” names several actors"),
        ("actors: [A: state", "g.yaml", "not valid YAML or JSON: line"),
        ("", "g.yaml", "empty document"),
        ("relations: []", "g.yaml", "no actors"),
    ])
    func badInputIsAOneLineErrorWithFileAndLine(text: String, location: String, expected: String) {
        let error = #expect(throws: FormatError.self) { try StructuredInputDocument.parse(text, source: "g.yaml") }
        #expect(error?.source == location)
        #expect(error?.reason.contains(expected) == true, "\(error?.reason ?? "")")
        #expect(error?.description.contains("\n") == false)
    }
}
