@testable import ActorGraphEvaluation
import ActorGraphModel
import Testing

@Suite("Scorer")
struct ScorerTests {
    static let aliases = AliasTable(tsv: """
        canonical\tkind\tsurface forms
        United States\tstate\tUS|U.S.|Washington
        Russia\tstate\tMoscow|the Kremlin
        Bashar al-Assad\tperson\tAssad|Al Assad
        """)

    func gold(_ rows: [(String, String, String)]) -> GoldStandard {
        GoldStandard(edges: rows.map { .init(doc: "d.txt", subject: $0.0, relation: $0.1, object: $0.2) })
    }

    func graph() throws -> ActorGraph {
        var graph = ActorGraph()
        try graph.add(Actor(name: "Washington", kind: .state, aliases: ["Americans"]))
        try graph.add(Actor(name: "Kremlin", kind: .state, aliases: ["the Kremlin"]))
        try graph.add(Actor(name: "Assad", kind: .person))
        try graph.add(Actor(name: "Iran", kind: .state))
        try graph.add(Actor.event(place: "Vienna", date: "2015-10-30"))
        let evidence = [Evidence(doc: "d.txt", quote: "q")]
        try graph.relate("kremlin", .backs, "assad", evidence: evidence)
        try graph.relate("iran", .backs, "assad", evidence: evidence)
        try graph.relate("kremlin", .coordinatesWith, "washington", evidence: evidence)
        try graph.relate("iran", .attended, "event-vienna-2015-10-30", evidence: evidence)
        return graph
    }

    @Test func countsTriplesThroughAliasesEventsAndSymmetry() throws {
        let standard = gold([
            ("Russia", "backs", "Bashar al-Assad"),
            ("United States", "coordinates_with", "Russia"),
            ("Iran", "attended", "event:Vienna:2015-10-30"),
            ("United States", "opposes", "Bashar al-Assad"),
        ])
        let card = Scorer(aliases: Self.aliases).score(try graph(), against: standard)
        #expect(card.overall == .init(relation: "all", gold: 4, predicted: 4, truePositives: 3))
        #expect(card.rows.first { $0.relation == "backs" } == .init(relation: "backs", gold: 1, predicted: 2, truePositives: 1))
        #expect(card.missed == [Triple(subject: "united states", relation: "opposes", object: "bashar al assad")])
        #expect(card.spurious == [Triple(subject: "iran", relation: "backs", object: "bashar al assad")])
        #expect(card.overall.f1 == 0.75)
    }

    @Test func eventsOnAnotherDateDoNotMatchUnlessLenient() throws {
        let standard = gold([("Iran", "attended", "event:Vienna:2015-10-23")])
        #expect(Scorer(aliases: Self.aliases).score(try graph(), against: standard).overall.truePositives == 0)
        #expect(Scorer(aliases: Self.aliases, lenientEvents: true).score(try graph(), against: standard).overall.truePositives == 1)
    }

    @Test func tablePrintsLikeTheReferenceScorer() throws {
        let card = Scorer(aliases: Self.aliases).score(try graph(), against: gold([("Russia", "backs", "Assad")]))
        let lines = card.table.split(separator: "\n")
        #expect(lines[0] == "relation            gold  pred   tp      P     R    F1")
        #expect(lines[1] == "backs                  1     2    1   0.50  1.00  0.67")
        #expect(lines.last == "all                    1     4    1   0.25  1.00  0.40")
    }

    @Test(arguments: [
        ("The  U.S.", "u s"),
        ("Assad’s", "assads"),
        ("Feridun Sinirlioğlu", "feridun sinirlioglu"),
        ("event:Vienna:2015-10-30", "event:vienna:2015 10 30"),
        ("the", "the"),
        ("Them", "them"),
    ])
    func namesNormaliseLikeTheReferenceScorer(name: String, expected: String) {
        #expect(EvaluationName.normalize(name) == expected)
    }

    @Test func roundingMatchesPythonsFormat() {
        #expect(fixed2(2.0 / 3.0) == "0.67")
        #expect(fixed2(0.125) == "0.12")
        #expect(fixed2(1) == "1.00")
        #expect(fixed2(0) == "0.00")
    }

    @Test func malformedGoldLinesNameTheLine() {
        #expect(throws: EvaluationError(source: "g.jsonl", line: 2, reason: "not a gold edge: each line needs doc, subject, relation and object")) {
            try GoldStandard(jsonl: "{\"doc\":\"a\",\"subject\":\"A\",\"relation\":\"backs\",\"object\":\"B\"}\n{\"doc\": 1}\n", source: "g.jsonl")
        }
        let error = #expect(throws: EvaluationError.self) {
            try GoldStandard(jsonl: "{\"doc\":\"a\",\"subject\":\"A\",\"relation\":\"likes\",\"object\":\"B\"}", source: "g.jsonl")
        }
        #expect(error?.description.hasPrefix("g.jsonl:1: unknown relation “likes”") == true)
    }
}
