import ActorGraphModel
import Testing

@testable import ActorGraphExtraction

/// "The leaders condemned …", "the three countries agreed …": the sides of the meeting in context.
@Suite struct GroupReferencesTests {
    static let meeting = "The foreign ministers of Egypt, Jordan and France met in Amman on Friday. "

    @Test func theLeadersAreTheMeetingsSides() {
        let edges = Fixture.edges("Japanese Prime Minister Taro Sato and South Korean President Kim Min-jun met in Tokyo on Friday. The leaders condemned North Korea's missile launches.")
        #expect(edges.isSuperset(of: ["Japan opposes North Korea", "South Korea opposes North Korea"]))
    }

    @Test func aGroupActsTogether() {
        let edges = Fixture.edges(Self.meeting + "The ministers agreed to work together on aid for Gaza.")
        #expect(edges.isSuperset(of: ["Egypt coordinates_with Jordan", "Egypt coordinates_with France", "France coordinates_with Jordan"]))
    }

    /// A number must be the meeting's number of sides.
    @Test func aCountedGroupNeedsThatManySides() {
        #expect(Fixture.edges(Self.meeting + "The three ministers condemned Israel's strikes on Gaza.").isSuperset(of: [
            "Egypt opposes Israel", "Jordan opposes Israel", "France opposes Israel",
        ]))
        #expect(!Fixture.edges(Self.meeting + "The four ministers condemned Israel's strikes on Gaza.").contains { $0.hasSuffix("opposes Israel") })
    }

    /// "The leaders of Hamas", "among the leaders": someone else's leaders, or one of them.
    /// "The two governments condemned …" after a meeting of two states and a party: the states
    /// among the sides, when they are as many as counted ("the two ministers" has no such reading).
    @Test func aCountedNounOfStatesMeansTheStatesAmongTheSides() {
        let text = "Egypt, Jordan and Hamas met in Cairo on Friday. The two governments condemned the Islamic State."
        let edges = Fixture.edges(text)
        #expect(edges.isSuperset(of: ["Egypt opposes Islamic State", "Jordan opposes Islamic State"]), "\(edges.sorted())")
        #expect(!edges.contains("Hamas opposes Islamic State"))
        #expect(!Fixture.edges("Egypt, Jordan and Hamas met in Cairo on Friday. The two ministers condemned the Islamic State.").contains { $0.hasSuffix("opposes Islamic State") })
    }

    @Test func ownedOrPartitiveGroupsAreNotTheSides() {
        #expect(!Fixture.edges(Self.meeting + "The leaders of Hamas condemned Israel's strikes on Gaza.").contains("France opposes Israel"))
        let among = Fixture.edges(
            "The summit opened in Abuja on Friday. Senegal's President Amadou Ba and Ghana's President Kofi Mensah were among the leaders in attendance.")
        #expect(among.isSuperset(of: ["Senegal attended Abuja 2024-03-15", "Ghana attended Abuja 2024-03-15"]))
    }

    /// With no meeting in context, "the leaders" stays words.
    @Test func noMeetingNoGroup() {
        #expect(!Fixture.edges("Egypt and Jordan restored ties. The leaders condemned Israel's strikes on Gaza.").contains("Egypt opposes Israel"))
    }
}
