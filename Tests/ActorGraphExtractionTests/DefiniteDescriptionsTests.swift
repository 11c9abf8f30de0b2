import Testing

@testable import ActorGraphExtraction

/// "The coalition", "the kingdom", "the group": a description stands for the actor named before.
@Suite struct DefiniteDescriptionsTests {
    @Test func aDescriptionNamedByItsNounReachesBackThroughTheDocument() {
        let edges = Fixture.edges("""
            The US-led coalition struck targets near Raqqa on Monday. Officials said little. \
            Jordan, a member of the coalition, said it would keep flying missions.
            """)
        #expect(edges.contains("Jordan member_of US-led coalition"))
        let kingdom = Fixture.edges("""
            Saudi Arabia hosted the talks. Its envoy spoke first. Nobody replied. \
            The kingdom went to war against the Houthis in 2015.
            """)
        #expect(kingdom.contains("Saudi Arabia opposes Houthis"))
    }

    @Test func theNounMustFitTheAntecedentsName() {
        // Iran is no kingdom: "the kingdom" finds nothing and yields nothing.
        #expect(Fixture.edges("Iran hosted the talks. The kingdom went to war against the Houthis.").isEmpty)
    }

    @Test func aDescriptionAnyActorOfItsKindFitsReachesOnlyTwoSentences() {
        #expect(Fixture.edges("Hamas rejected the offer. Israel struck the group on Monday.").contains("Israel opposes Hamas"))
        let far = Fixture.edges("Hamas rejected the offer. Talks stalled. Nobody spoke. Israel struck the group on Monday.")
        #expect(!far.contains("Israel opposes Hamas"))
    }

    @Test func aDescriptionThatOpensANewReferentIsLeftAlone() {
        // "the coalition of the willing" is not the US-led coalition named before.
        let edges = Fixture.edges("The US-led coalition struck. Jordan is a member of the coalition of the willing.")
        #expect(!edges.contains("Jordan member_of US-led coalition"))
    }
}
