import Testing

@testable import ActorGraphExtraction

/// "X-led" names: the leader is a member of what it leads.
@Suite struct LeaderNamesTests {
    @Test func theLeaderInABodysNameIsAMember() {
        #expect(Fixture.edges("The US-led coalition struck.") == ["United States member_of US-led coalition"])
        #expect(Fixture.edges("The U.S.-led coalition struck.") == ["United States member_of US-led coalition"])
        #expect(Fixture.edges("The American-led coalition struck.") == ["United States member_of US-led coalition"])
        let saudi = Fixture.edges("The Saudi-led coalition struck the Houthis.")
        #expect(saudi.contains("Saudi Arabia member_of Saudi-led coalition"))
    }

    @Test func aLeaderJoinedToABodysName() {
        #expect(Fixture.edges("The Russian-led CSTO sent troops.") == ["Russia member_of Collective Security Treaty Organization"])
        // "X-led Y" is one mention of Y: Armenia is a member of the CSTO, not of Russia.
        #expect(Fixture.edges("Armenia, a member of the Russian-led CSTO, skipped the meeting.") == [
            "Armenia member_of Collective Security Treaty Organization", "Russia member_of Collective Security Treaty Organization",
        ])
        // Written apart, the words are not one name.
        #expect(Fixture.edges("Russia - led by Putin - and the CSTO sent troops.").filter { $0.contains("member_of") }.isEmpty)
    }

    @Test func everyMentionYieldsTheEdgeEvenInAConditional() {
        // The name states who leads, whatever the clause says of the coalition.
        let graph = Fixture.graph("Lavrov said that if the US-led coalition shared intelligence then Russia could help.")
        let edge = graph.relations.first { $0.kind == .memberOf }
        #expect(edge.map { graph[$0.subject]?.name } == "United States")
        #expect(graph.relations.filter { $0.kind == .memberOf }.count == 1)
        // ("Lavrov" alone is the known Sergei Lavrov, who acts for Russia.)
        #expect(graph.relations.count == 2)
    }

    @Test func onlyALexiconActorLeads() {
        // "Tigray" is no actor of the lexicon; the body's name alone gives no leader.
        #expect(Fixture.edges("The Tigray-led coalition struck.").isEmpty)
        #expect(Fixture.edges("The Arab coalition struck the Houthis.").filter { $0.contains("member_of") }.isEmpty)
    }
}
