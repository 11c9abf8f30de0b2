import ActorGraphModel
import Foundation
import Testing

@Suite("ActorGraph")
struct ActorGraphTests {
    static let russia = Actor(name: "Russia", kind: .state, aliases: ["Moscow", "the Kremlin"])
    static let assad = Actor(name: "Bashar al-Assad", kind: .person, aliases: ["Assad", "Al Assad"])
    static let talks = Actor.event(place: "Vienna", date: "2015-10-30")
    static let evidenceA = Evidence(doc: "a.txt", sentence: 2, quote: "Russia backs Assad.", start: 40, end: 59)
    static let evidenceB = Evidence(doc: "b.txt", sentence: 0, quote: "Moscow props up Assad.", start: 0, end: 22)

    func sample() throws -> ActorGraph {
        var graph = ActorGraph()
        try graph.add(Self.russia)
        try graph.add(Self.assad)
        try graph.add(Self.talks)
        return graph
    }

    @Test func addingAnEdgeTwiceMergesItsEvidenceAndCountsDocuments() throws {
        var graph = try sample()
        try graph.relate(Self.russia.id, .backs, Self.assad.id, evidence: [Self.evidenceA])
        try graph.relate(Self.russia.id, .backs, Self.assad.id, evidence: [Self.evidenceB, Self.evidenceA])
        #expect(graph.relationCount == 1)
        let edge = try #require(graph.relations.first)
        #expect(edge.evidence == [Self.evidenceA, Self.evidenceB])
        #expect(edge.support == 2)
    }

    @Test func supportCountsDistinctDocumentsNotSentences() throws {
        var graph = try sample()
        let second = Evidence(doc: "a.txt", sentence: 5, quote: "Again.", start: 90, end: 96)
        try graph.relate(Self.russia.id, .backs, Self.assad.id, evidence: [Self.evidenceA, second])
        #expect(graph.relations[0].evidence.count == 2)
        #expect(graph.relations[0].support == 1)
    }

    @Test func symmetricRelationsAreOneEdgeWhicheverWayTheyAreAdded() throws {
        var graph = try sample()
        let us = Actor(name: "United States", kind: .state)
        try graph.add(us)
        try graph.relate(us.id, .coordinatesWith, Self.russia.id, evidence: [Self.evidenceA])
        try graph.relate(Self.russia.id, .coordinatesWith, us.id, evidence: [Self.evidenceB])
        #expect(graph.relationCount == 1)
        #expect(graph.relations[0].support == 2)
        // Directed relations stay two edges.
        try graph.relate(us.id, .opposes, Self.russia.id)
        try graph.relate(Self.russia.id, .opposes, us.id)
        #expect(graph.relationCount == 3)
    }

    @Test(arguments: [
        (ActorKind.event, RelationKind.backs, ActorKind.state),
        (.person, .opposes, .state),
        (.state, .represents, .state),
        (.person, .represents, .event),
        (.state, .attended, .state),
        (.event, .attended, .event),
        (.state, .coordinatesWith, .person),
        (.state, .backs, .event),
        (.person, .memberOf, .organization),
        (.state, .memberOf, .state),
        (.organization, .memberOf, .event),
    ])
    func edgesThatBreakTheKindRulesAreRejectedNamingBothEnds(
        subjectKind: ActorKind, relation: RelationKind, objectKind: ActorKind
    ) throws {
        var graph = ActorGraph()
        let subject = Actor(id: "s", name: "Subject <One>", kind: subjectKind, place: "X")
        let object = Actor(id: "o", name: "Object \"Two\"", kind: objectKind, place: "Y")
        try graph.add(subject)
        try graph.add(object)
        let error = #expect(throws: GraphError.self) {
            try graph.relate(subject.id, relation, object.id)
        }
        let message = try #require(error).description
        #expect(message.contains("Subject <One>"))
        #expect(message.contains("Object \"Two\""))
        #expect(message.contains(relation.rule))
        #expect(graph.relationCount == 0)
    }

    @Test(arguments: [
        (ActorKind.state, RelationKind.backs, ActorKind.person),
        (.armedGroup, .opposes, .state),
        (.organization, .coordinatesWith, .state),
        (.person, .attended, .event),
        (.state, .attended, .event),
        (.person, .represents, .organization),
        (.state, .memberOf, .organization),
        (.armedGroup, .memberOf, .armedGroup),
    ])
    func edgesThatKeepTheRulesAreAccepted(subjectKind: ActorKind, relation: RelationKind, objectKind: ActorKind) throws {
        var graph = ActorGraph()
        try graph.add(Actor(id: "s", name: "S", kind: subjectKind))
        try graph.add(Actor(id: "o", name: "O", kind: objectKind, place: "P"))
        try graph.relate("s", relation, "o")
        #expect(graph.relationCount == 1)
    }

    @Test func anEdgeToAMissingActorIsAnError() throws {
        var graph = try sample()
        #expect(throws: GraphError.unknownActor("nowhere")) {
            try graph.relate(Self.russia.id, .backs, "nowhere")
        }
    }

    @Test func actorsAreFoundByAnyNameIgnoringCaseDiacriticsAndDots() throws {
        var graph = try sample()
        try graph.add(Actor(name: "Turkey", kind: .state, aliases: ["Türkiye"]))
        try graph.add(Actor(name: "United States", kind: .state, aliases: ["U.S."]))
        #expect(graph.actor(named: "the kremlin")?.id == Self.russia.id)
        #expect(graph.actor(named: "MOSCOW")?.id == Self.russia.id)
        #expect(graph.actor(named: "turkiye")?.name == "Turkey")
        #expect(graph.actor(named: "TÜRKIYE")?.name == "Turkey")
        #expect(graph.actor(named: "US")?.name == "United States")
        #expect(graph.actor(named: "al assad")?.id == Self.assad.id)
        #expect(graph.actor(named: "bashar-al-assad")?.id == Self.assad.id)
        #expect(graph.actor(named: "Vienna 2015-10-30")?.kind == .event)
        #expect(graph.actor(named: "Atlantis") == nil)
    }

    @Test func addingAnActorAgainMergesAliasesAndRefusesAnotherKind() throws {
        var graph = try sample()
        try graph.add(Actor(name: "Russia", kind: .state, aliases: ["Russian Federation"]))
        #expect(graph.actorCount == 3)
        #expect(graph[Self.russia.id]?.aliases == ["Moscow", "Russian Federation", "the Kremlin"])
        #expect(throws: GraphError.kindConflict(id: "russia", existing: .state, new: .person)) {
            try graph.add(Actor(name: "Russia", kind: .person))
        }
    }

    /// Names shared by several actors find all of them, sorted by id, whatever order the actors
    /// came in; graphs built in different orders are equal and hash alike.
    @Test func sharedNamesFindEveryActorWhateverTheOrderOfAdding() throws {
        let actors = (0..<40).map { i in
            Actor(id: ActorID("actor-\(i)"), name: "Actor \(i)", kind: .state, aliases: ["Shared", "Group \(i % 3)", "Actor \(i)"])
        }
        var forward = ActorGraph(), backward = ActorGraph()
        for actor in actors { try forward.add(actor) }
        for actor in actors.reversed() { try backward.add(actor) }
        #expect(forward == backward)
        #expect(forward.hashValue == backward.hashValue)
        let everyID = actors.map(\.id).sorted()
        #expect(forward.actors(named: "shared").map(\.id) == everyID)
        #expect(backward.actors(named: "SHARED").map(\.id) == everyID)
        #expect(forward.actors(named: "group 1").map(\.id) == actors.filter { $0.name.split(separator: " ").last.flatMap { Int($0) }.map { $0 % 3 == 1 } == true }.map(\.id).sorted())
        // An id that is also another actor's name: both, once each.
        try forward.add(Actor(id: "shared", name: "Someone", kind: .person, aliases: ["Shared"]))
        #expect(forward.actors(named: "shared").map(\.id) == (everyID + ["shared"]).sorted())
        #expect(forward.filtered { $0.id != "actor-3" }.actors(named: "shared").count == everyID.count)
    }

    /// Aliases are kept sorted, trimmed, unique and free of the display name, as a set made them;
    /// of equal names (`String`'s equality: canonically equivalent text) the first is kept.
    @Test(arguments: [0, 3, 15, 16, 17, 40])
    func aliasesAreSortedUniqueAndTrimmed(count: Int) {
        let more = (0..<count).flatMap { ["Name \($0 % 7)", " Name \($0 % 5) ", "", "Actor", "Caf\u{E9} \($0 % 2)", "Cafe\u{301} \($0 % 2)"] }
        var actor = Actor(name: "Actor", kind: .state, aliases: ["Zed", "Name 1"])
        actor.addAliases(more)
        var expected = Set(["Zed", "Name 1"])
        for name in more.map({ $0.trimmingCharacters(in: .whitespaces) }) where !name.isEmpty && name != "Actor" {
            expected.insert(name)
        }
        #expect(actor.aliases == expected.sorted())
        // The composed form came first.
        #expect(actor.aliases.allSatisfy { !$0.unicodeScalars.contains("\u{301}") })
        actor.addAliases([])
        #expect(actor.aliases == expected.sorted())
    }

    @Test func eventsAreIdentifiedByPlaceAndDate() {
        let first = Actor.event(place: "Vienna", date: "2015-10-23")
        let second = Actor.event(place: "Vienna", date: "2015-10-30")
        #expect(first.id != second.id)
        #expect(second.id == "event-vienna-2015-10-30")
        #expect(second.name == "Vienna 2015-10-30")
        #expect(Actor.event(place: "Geneva", date: nil).id == "event-geneva-undated")
    }

    @Test func filteringDropsEdgesWhoseEndsAreDropped() throws {
        var graph = try sample()
        try graph.relate(Self.russia.id, .backs, Self.assad.id, evidence: [Self.evidenceA])
        try graph.relate(Self.russia.id, .attended, Self.talks.id)
        let noEvents = graph.filtered(actors: { $0.kind != .event })
        #expect(noEvents.actorCount == 2)
        #expect(noEvents.relations.map(\.kind) == [.backs])
        #expect(noEvents.actor(named: "Moscow") != nil)
    }

    @Test func edgeKeysAreTheRelationsKeysInAnyOrder() throws {
        var graph = try sample()
        try graph.add(Actor(name: "Iran", kind: .state))
        try graph.relate(Self.russia.id, .backs, Self.assad.id, evidence: [Self.evidenceA])
        try graph.relate("iran", .coordinatesWith, Self.russia.id)
        try graph.relate(Self.russia.id, .attended, Self.talks.id)
        #expect(graph.edgeKeys.sorted() == graph.relations.map(\.key))
        #expect(ActorGraph().edgeKeys.isEmpty)
    }

    @Test func reservingCapacityChangesNothingButRoom() throws {
        var reserved = ActorGraph()
        reserved.reserveCapacity(actors: 100, relations: 1_000)
        #expect(reserved == ActorGraph())
        try reserved.add(Self.russia)
        try reserved.add(Self.assad)
        try reserved.relate(Self.russia.id, .backs, Self.assad.id, evidence: [Self.evidenceB, Self.evidenceA])
        try reserved.relate(Self.russia.id, .backs, Self.assad.id, evidence: [Self.evidenceA])
        var plain = ActorGraph()
        try plain.add(Self.russia)
        try plain.add(Self.assad)
        try plain.relate(Self.russia.id, .backs, Self.assad.id, evidence: [Self.evidenceA, Self.evidenceB])
        #expect(reserved == plain)
        #expect(reserved.relations.first?.evidence == [Self.evidenceA, Self.evidenceB])
    }

    @Test func anEdgeWithoutEvidenceTakesTheEvidenceOfALaterCopy() throws {
        var graph = try sample()
        try graph.relate(Self.russia.id, .backs, Self.assad.id)
        try graph.relate(Self.russia.id, .backs, Self.assad.id, evidence: [Self.evidenceB, Self.evidenceA, Self.evidenceB])
        #expect(graph.relations.first?.evidence == [Self.evidenceA, Self.evidenceB])
        #expect(graph.relations.first?.support == 2)
    }

    @Test func iterationIsSortedSoOutputsAreDeterministic() throws {
        var graph = ActorGraph()
        for name in ["Zambia", "Angola", "Mali"] { try graph.add(Actor(name: name, kind: .state)) }
        #expect(graph.actors.map(\.name) == ["Angola", "Mali", "Zambia"])
    }
}
