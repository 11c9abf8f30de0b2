import ActorGraphModel
import Testing

@testable import ActorGraphExtraction

@Suite struct UnnamedOfficialsTests {
    @Test func unnamedMinistersAndDelegationsAttendForTheirStates() {
        let edges = Fixture.edges("Saudi Arabia's foreign minister met his Iranian counterpart in Beijing on Friday.", published: "2023-03-11")
        #expect(edges == ["Saudi Arabia attended Beijing 2023-03-10", "Iran attended Beijing 2023-03-10"])
        #expect(Fixture.edges("The Iranian delegation joined the talks in Doha.", published: nil) == ["Iran attended Doha (date unknown)"])
    }

    @Test func diplomatsSpeakForTheirState() {
        #expect(Fixture.edges("Russian diplomats condemned Ukraine.") == ["Russia opposes Ukraine"])
    }
}
