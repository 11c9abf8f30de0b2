import ActorGraphModel
import Testing

@testable import ActorGraphExtraction

@Suite struct HearsayTests {
    @Test func speculationAndDenialsGiveNoEdge() {
        #expect(Fixture.edges("Analysts say China backs Russia.").isEmpty)
        #expect(Fixture.edges("Egypt supports the Sudanese army, analysts say.").isEmpty)
        #expect(Fixture.edges("Iran denied arming the Houthis.").isEmpty)
    }

    @Test func aWarsCountryIsNotTheMeetingsVenue() {
        let edges = Fixture.edges("Russian Foreign Minister Sergei Lavrov held talks on the war in Syria with Iran on Friday.", published: "2024-03-15")
        #expect(edges.contains("Sergei Lavrov attended Syria 2024-03-15") == false)
    }
}

/// A negation inside a relative clause that holds none of the match's names is the clause's.
@Suite struct NegationInAsideTests {
    @Test func aNegatedRelativeClauseDoesNotVoidTheMainClause() {
        #expect(Fixture.edges("Hamas, which did not take part in the talks, accused Israel of stalling.").contains("Hamas opposes Israel"))
        #expect(Fixture.edges("Hamas did not accuse Israel of stalling.").isEmpty)
    }
}

