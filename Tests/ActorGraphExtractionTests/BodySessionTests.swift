import ActorGraphModel
import Testing

@testable import ActorGraphExtraction

/// A body that sits somewhere (`seats.tsv`) meets there unless its sentence says otherwise, and
/// its votes and debates are its sessions.
@Suite struct BodySessionTests {
    func events(_ text: String, published: String = "1970-11-24") -> Set<String> {
        Set(Fixture.graph(text, published: published).actors.filter { $0.kind == .event }.map(\.name))
    }

    @Test func theSeatsTableReadsBodyAndSeat() {
        let table = BodySeats(tsv: "# comment\nbody\tseat\nUN Security Council\tNew York\nBroken row\n")
        #expect(table.seat(of: "un security council") == "New York")
        #expect(table.seat(of: "Broken row") == nil)
        #expect(BodySeats.bundled.seat(of: "UN General Assembly") == "New York")
    }

    /// "The Security Council met … on Sunday night" under a Conakry dateline is in New York.
    @Test func anUnplacedSessionIsAtTheBodysSeat() {
        let text = """
            CONAKRY, Nov. 24 - Guinean troops patrolled the capital on Tuesday.
            The Security Council met at Guinea's request on Sunday night. Portugal's representative told the Council that his government had no part in the raid.
            """
        #expect(events(text) == ["New York 1970-11-22"])
        let edges = Fixture.edges(text, published: "1970-11-24")
        #expect(edges.contains("UN Security Council attended New York 1970-11-22"))
        #expect(edges.contains("Portugal attended New York 1970-11-22"))
    }

    /// A named venue still wins: "The Security Council met in Addis Ababa".
    @Test func aNamedVenueWinsOverTheSeat() {
        #expect(events("The Security Council met in Addis Ababa on Friday.") == ["Addis Ababa 1970-11-20"])
    }

    /// "adopted", "voted", "has been debating" after a seated body are its session; after another
    /// body, or none, they are nothing.
    @Test func aSeatedBodysVoteIsItsSession() {
        let edges = Fixture.edges(
            "The General Assembly voted on Friday to invite the Front to its debate. The Security Council unanimously adopted a resolution on Monday, with Cuba voting against and China and India abstaining.",
            published: "1970-11-24")
        #expect(edges.contains("UN General Assembly attended New York 1970-11-20"))
        #expect(edges.contains("UN Security Council attended New York 1970-11-23"))
        #expect(edges.contains("Cuba attended New York 1970-11-23"))
        #expect(edges.contains("India attended New York 1970-11-23"))
        #expect(events("The Ghanaian parliament voted on Friday to back the plan.").isEmpty)
        // ("members of the Security Council are gathering in Geneva": not the body's session.)
        #expect(events("Good morning from Geneva, where ministers of the permanent members of the UN Security Council are gathering.").allSatisfy { !$0.hasPrefix("New York") })
    }

    /// "The Soviet delegate, X, replied …", "Ambassador Y said …" right after the session was
    /// named: a state's voice speaking at it took part; a speaker told elsewhere, a plan, or a
    /// head of government's remark at home did not. "The Council met …" opening a sentence is the
    /// Security Council named before.
    @Test func delegatesSpeakingAfterTheSessionTookPart() {
        let text = """
            UNITED NATIONS, New York, May 7 - The Security Council took up Kenya's complaint on Monday.
            The Council met in New York at the request of Kenya on Tuesday.
            The Ugandan delegate, Paul Okello, replied that the raid had been provoked.
            Ambassador John Carter said the United States deplored the raid.
            Kenya's ambassador, Ruth Wanjiku, will speak on Friday.
            The Tanzanian delegate, Amina Said, told reporters in Dar es Salaam that the debate was useless.
            """
        let edges = Fixture.edges(text, published: "1965-05-07")
        #expect(edges.contains("UN Security Council attended New York 1965-05-04"), "\(edges.sorted())")
        #expect(edges.contains("Paul Okello attended New York 1965-05-04"), "\(edges.sorted())")
        #expect(edges.contains("John Carter attended New York 1965-05-04"), "\(edges.sorted())")
        #expect(!edges.contains { $0.hasPrefix("Ruth Wanjiku attended") || $0.hasPrefix("Amina Said attended") }, "\(edges.sorted())")
    }
}
