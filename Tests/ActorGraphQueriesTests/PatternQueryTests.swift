import ActorGraphModel
import Testing
@testable import ActorGraphQueries

@Suite("Pattern queries")
struct PatternQueryTests {
    @Test func openSubject() throws {
        let indexed = IndexedGraph(try Fixtures.seed())
        let backers = indexed.matches(Pattern(relations: [.backs], object: "bashar-al-assad"))
        #expect(backers.map(\.subject) == ["iran", "russia"])
        #expect(backers.map(\.support) == [2, 3])
    }

    @Test func openObjectAndRelation() throws {
        let indexed = IndexedGraph(try Fixtures.seed())
        let russia = indexed.matches(Pattern(subject: "russia"))
        // Russia's own edges plus the symmetric ones stored with another subject.
        #expect(russia.map(\.key) == [
            EdgeKey("iran", .coordinatesWith, "russia"), EdgeKey("jordan", .coordinatesWith, "russia"),
            EdgeKey("russia", .backs, "bashar-al-assad"), EdgeKey("russia", .opposes, "syrian-opposition"),
            EdgeKey("russia", .attended, Fixtures.vienna23.id), EdgeKey("russia", .coordinatesWith, "united-states"),
        ].sorted())
    }

    @Test func attendeesOfAnEvent() throws {
        let indexed = IndexedGraph(try Fixtures.seed())
        let attendees = indexed.matches(Pattern(relations: [.attended], object: Fixtures.vienna30.id))
        #expect(attendees.map(\.subject) == ["iran", "john-kerry", "saudi-arabia", "sergei-lavrov"])
    }

    @Test func bothEndsFixedAndSymmetricEitherWay() throws {
        let indexed = IndexedGraph(try Fixtures.seed())
        let forward = indexed.matches(Pattern(subject: "united-states", object: "russia"))
        let backward = indexed.matches(Pattern(subject: "russia", object: "united-states"))
        #expect(forward.map(\.kind) == [.coordinatesWith])
        #expect(forward == backward)
        #expect(indexed.matches(Pattern(subject: "russia", relations: [.opposes], object: "united-states")).isEmpty)
    }

    @Test func nothingFixedListsEveryEdgeOfTheKind() throws {
        let graph = try Fixtures.seed()
        let indexed = IndexedGraph(graph)
        let all = indexed.matches(Pattern(relations: [.coordinatesWith]))
        #expect(all == graph.relations.filter { $0.kind == .coordinatesWith })
        #expect(indexed.matches(Pattern()).count == graph.relationCount)
        #expect(indexed.matches(Pattern(subject: "nobody")).isEmpty)
    }
}
