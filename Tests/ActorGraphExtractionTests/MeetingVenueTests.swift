import ActorGraphModel
import Testing

@testable import ActorGraphExtraction

/// Where a meeting is held: capitals named by a descriptor, cities of several words, "there", and
/// places that describe a person rather than the meeting.
@Suite struct MeetingVenueTests {
    func events(_ text: String, published: String = "2024-03-15") -> Set<String> {
        Set(Fixture.graph(text, published: published).actors.filter { $0.kind == .event }.map(\.name))
    }

    @Test func aDemonymAndCapitalNameTheStatesCapital() {
        #expect(events("Ethiopia and Eritrea held talks in the Kenyan capital on Tuesday.") == ["Nairobi 2024-03-12"])
    }

    @Test func aCityOfSeveralWordsIsAVenue() {
        #expect(events("Kenya and Tanzania held talks in Dar es Salaam on Monday.") == ["Dar es Salaam 2024-03-11"])
    }

    /// A hotel's hyphenated name is not a city: "the Royal-Tulip Hotel" is not "Royal".
    @Test func theFirstWordOfAHyphenatedNameIsNoVenue() {
        #expect(events("TUNIS — Chad and Niger held talks at the Royal-Tulip Hotel on Monday.") == ["Tunis 2024-03-11"])
    }

    @Test func thereIsTheMeetingNamedBefore() {
        let text = "The latest round opened in Cairo on Saturday. A Hamas delegation led by Khalil Haniyeh, the group's deputy chief in Gaza, held talks there with Egyptian intelligence chief Omar Suleiman."
        #expect(events(text) == ["Cairo 2024-03-09"])
    }

    @Test func aPlaceInsideAnAppositionIsNoVenue() {
        let graph = Fixture.graph("Talks opened in Geneva on Monday. Qatar's envoy, the former ambassador in Paris, joined the talks on Tuesday.")
        let events = graph.actors.filter { $0.kind == .event }.map(\.name)
        #expect(!events.contains { $0.hasPrefix("Paris") })
    }

    @Test func gazetteerReadsMultiWordNamesOnly() {
        let gazetteer = Gazetteer(tsv: "form\tname\tcountry\nDar es Salaam\tDar es Salaam\tTZA\nParis\tParis\tFRA\n")
        let scalars = Array("in Dar es Salaam and Paris".unicodeScalars)
        let tokens = Tokenizer.tokens(scalars, in: 0..<scalars.count)
        #expect(gazetteer.match(tokens, at: 1) == 1..<4)
        #expect(gazetteer.match(tokens, at: 5) == nil)
    }

    @Test func aMeetingDatedOnlyByItsMonthStaysUndated() {
        let text = "The last talks, held in February in Geneva, failed. But Iran and Syria sat at the negotiating table."
        #expect(events(text, published: "2015-10-30") == ["Geneva (date unknown)"])
    }
}
