import ActorGraphModel
import Testing

@testable import ActorGraphExtraction

@Suite struct EventResolverTests {
    @Test func meetingsAreIdentifiedByPlaceAndDate() {
        let graph = Fixture.graph(
            "Ukrainian Foreign Minister Dmytro Kuleba met Polish Foreign Minister Zbigniew Rau in Warsaw on Tuesday.",
            published: "2023-06-16")
        let event = graph.actors.first { $0.kind == .event }
        #expect(event?.place == "Warsaw")
        #expect(event?.date == "2023-06-13")
        let attendees = graph.relations.filter { $0.kind == .attended }.compactMap { graph[$0.subject]?.name }
        // A state attends when its minister does.
        #expect(Set(attendees) == ["Dmytro Kuleba", "Zbigniew Rau", "Ukraine", "Poland"])
    }

    @Test func twoMeetingsAtOneVenueAreTwoEvents() {
        let a = Document(name: "a.txt", text: "Qatar and Egypt joined the talks in Doha on Friday.", published: "2024-01-13")
        let b = Document(name: "b.txt", text: "Qatar and Egypt joined the talks in Doha on Friday.", published: "2024-01-20")
        let graph = BuildResult.build(Corpus(documents: [a, b]), lexicon: Fixture.lexicon, rules: Fixture.rules).graph
        #expect(Set(graph.actors.filter { $0.kind == .event }.map(\.name)) == ["Doha 2024-01-12", "Doha 2024-01-19"])
    }

    @Test func roughDatesSnapToTheOneDatedMeetingAtThatPlace() {
        let a = Document(name: "a.txt", text: "Russia and Turkey attended the talks in Astana on Monday.", published: "2024-05-08")
        let b = Document(name: "b.txt", text: "Iran attended the meeting in Astana last week.", published: "2024-05-14")
        let graph = BuildResult.build(Corpus(documents: [a, b]), lexicon: Fixture.lexicon, rules: Fixture.rules).graph
        #expect(graph.actors.filter { $0.kind == .event }.map(\.name) == ["Astana 2024-05-06"])
        #expect(graph.relations.filter { $0.kind == .attended }.count == 3)
    }

    @Test func withoutAPublicationDateMeetingsAreUndated() {
        let graph = Fixture.graph("Qatar attended the talks in Cairo on Friday.", published: nil)
        #expect(graph.actors.first { $0.kind == .event }?.name == "Cairo (date unknown)")
    }

    @Test func participantListsAndJoinedBy() {
        let edges = Fixture.edges("The talks in Istanbul on Friday brought together Turkey, Ukraine and Russia with the United Nations.", published: "2022-07-23")
        #expect(edges.isSuperset(of: ["Turkey attended Istanbul 2022-07-22", "Ukraine attended Istanbul 2022-07-22", "Russia attended Istanbul 2022-07-22", "United Nations attended Istanbul 2022-07-22"]))
    }
}

@Suite struct EventResolverVenueTests {
    @Test func anUppercaseDatelineIsTheVenue() {
        let graph = Fixture.graph("NAIROBI — Ethiopian and Somali negotiators met on Tuesday.", published: "2024-03-15")
        #expect(graph.actors.first { $0.kind == .event }?.name == "Nairobi 2024-03-12")
    }

    @Test func aLiveBlogSlugIsNoVenue() {
        let graph = Fixture.graph(
            "LIVE: Sahel crisis. The ceasefire was signed in Niamey on Saturday after talks brokered by Algeria and Qatar.",
            published: "2024-03-18")
        #expect(graph.actors.first { $0.kind == .event }?.name == "Niamey 2024-03-16")
    }
}

@Suite struct EventResolverContinuityTests {
    @Test func anUnplacedUndatedMeetingRightAfterAPlacedOneIsThatOne() {
        let graph = Fixture.graph(
            "Qatar hosted talks in Doha on Tuesday. Kenya chaired the IGAD summit in Nairobi on Friday. "
                + "The talks were also attended by Somali President Hassan Sheikh Mohamud.", published: "2024-06-15")
        let attended = Set(graph.relations.filter { $0.kind == .attended }.compactMap { r in
            graph[r.subject].flatMap { s in graph[r.object].map { "\(s.name) \($0.name)" } }
        })
        #expect(attended.contains("Hassan Sheikh Mohamud Nairobi 2024-06-14"))
        #expect(!attended.contains("Hassan Sheikh Mohamud Doha 2024-06-11"))
    }
}

@Suite struct EventResolverUndatedTests {
    func events(_ text: String, published: String) -> Set<String> {
        Set(Fixture.graph(text, published: published).actors.filter { $0.kind == .event }.map(\.name))
    }

    /// "the fifth round of the inter-Malian dialogue, which opened on 16 February": a round of
    /// something that is no meeting noun is the meeting, keyed by its opening day.
    @Test func aRoundOfADialogueIsAMeeting() {
        let text = "The accord was signed in Algiers today by Mali and Niger at the close of the fifth round of the inter-Malian dialogue, which opened on 16 February 2015."
        #expect(events(text, published: "2015-03-01") == ["Algiers 2015-02-16"])
        #expect(events("Russia launched a round of strikes on Kyiv. Ghana and Togo met in Lome.", published: "2015-03-01") == ["Lome 2015-03-01"])
    }

    @Test func anUndatedMeetingTakesTheDateOfTheLede() {
        let text = "PRETORIA — Ethiopia and the TPLF agreed on Wednesday to end the war. "
            + "Nobody doubted it. Envoys of the United States followed the talks as observers."
        #expect(events(text, published: "2022-11-03") == ["Pretoria 2022-11-02"])
    }

    @Test func anUndatedMeetingAtTheTextsVenueIsOfThePublicationDay() {
        let text = "Live coverage. Nobody doubted it. Qatar and Pakistan attended the signing in Doha."
        #expect(events(text, published: "2020-02-29") == ["Doha 2020-02-29"])
        // Elsewhere than the text's venue too (the guidelines: a meeting the text dates nowhere
        // is of the publication date), and not of another venue's day.
        let two = "Live coverage from Doha. Qatar and Pakistan attended the signing in Doha. Iran attended the meeting in Geneva."
        #expect(events(two, published: "2020-02-29") == ["Doha 2020-02-29", "Geneva 2020-02-29"])
        let other = "The conference opened in Annapolis. Nobody doubted it. Kenya met Uganda at the White House on Monday. "
            + "Ghana attended the conference in Annapolis."
        #expect(events(other, published: "2020-02-29") == ["Annapolis 2020-02-29", "Washington 2020-02-24"])
    }

    /// A meeting of several days is one event, keyed by its first day (the guidelines' rule).
    @Test func aMeetingOfSeveralDaysIsKeyedByItsFirstDay() {
        let opened = "LUSAKA — Zambia and Malawi signed a border accord on Thursday at the close of the talks. "
            + "The talks, which opened on Wednesday, were chaired by Botswana."
        #expect(events(opened, published: "2019-03-08") == ["Lusaka 2019-03-06"])
        let lasted = "OSLO — Norway and Sweden agreed on Friday to share patrols, wrapping up three days of talks. "
            + "Denmark attended the talks as an observer."
        #expect(events(lasted, published: "2019-03-09") == ["Oslo 2019-03-06"])
    }

    /// A conference over by publication is one event from its opening day, a week before its end.
    @Test func aWeekOfTalksOverByPublicationIsOneEvent() {
        let text = "TASHKENT — Kenya and Uganda agreed yesterday to withdraw their troops, at the end of a week of talks. "
            + "The talks opened on March 4. Tanzania attended the talks."
        #expect(events(text, published: "2024-03-11") == ["Tashkent 2024-03-04"])
    }

    /// "Saturday" and "Wednesday" four days apart are two rounds, not one meeting.
    @Test func roundsDaysApartStayTwoEvents() {
        let text = "A new round opened in Lima on Saturday. Chile attended. Peru will join the talks in Lima on Wednesday."
        #expect(events(text, published: "2019-03-12") == ["Lima 2019-03-09", "Lima 2019-03-13"])
    }

    /// A bare "took part" means the text's meeting, not talks planned for next month that the
    /// same sentence mentions. (A meeting of a past month stays a referent: "The last talks, held
    /// in February in Geneva, failed. But it was the first time both sides sat at the table.")
    @Test func aBareAttendanceSkipsAMeetingOfAMonthToCome() {
        let text = "LUANDA — Angola hosted talks in Luanda on Tuesday. "
            + "Zambia also took part and said the meeting could lead to new talks in Harare next month."
        let graph = Fixture.graph(text, published: "2019-03-06")
        let attended = graph.relations.filter { $0.kind == .attended }.compactMap { r in
            graph[r.subject].flatMap { s in graph[r.object].map { "\(s.name) \($0.name)" } }
        }
        #expect(attended.contains("Zambia Luanda 2019-03-05"))
        #expect(!attended.contains { $0.hasPrefix("Zambia Harare") })
    }

    @Test func aMeetingToComeWithNoVenueIsNotTheTextsMeeting() {
        let text = "Qatar and Pakistan attended the signing in Doha on Saturday. Afghanistan will attend talks due to begin on March 10, "
            + "at a venue that has not yet been announced."
        #expect(events(text, published: "2020-02-29") == ["Doha 2020-02-29"])
    }

    /// An obituary tells its subject's past in order: "On 4 January", after "two days in
    /// January 1967", is 1967's, not the year of publication's.
    @Test func aPastStorysDateWithoutItsYearIsInTheStorysYear() {
        let text = "Ruben Kasanda, who led the Northern delegation, died on Saturday. "
            + "His life turned on two days in January 1967. "
            + "On 4 January, at a lodge in Aburi, Kasanda met Ghana's head of state, Joseph Ankrah, for talks on the crisis. "
            + "Later that year Kasanda told reporters the talks had failed."
        #expect(events(text, published: "2011-11-28") == ["Aburi 1967-01-04"])
    }

    /// "began their talks on Saturday" opens the meeting as "the talks began" does: the news
    /// conference that closes it the next day is the same meeting.
    @Test func aMeetingOpenedByAVerbBeforeItsNounStartsThere() {
        let text = "The summit closed with a joint news conference on Sunday by President Ana Lopes of Cape Verde and President Omar Bongo of Gabon aboard a ship moored in the harbour of Mindelo. "
            + "The two presidents began their talks aboard the ship on Saturday morning."
        #expect(events(text, published: "2024-03-18") == ["Mindelo 2024-03-16"])
    }

    /// "the visit to Accra, which concluded this morning", after "attended the summit in Accra
    /// yesterday": the visit began on the run of days the text gives Accra before, not on a
    /// meeting there a week before.
    @Test func aMeetingThatEndedOnItsDayBeganOnTheVenuesDayBefore() {
        let text = "We begin with the state visit of President Faure Gnassingbe of Togo to Accra, which concluded this morning. "
            + "Gnassingbe attended the summit of ECOWAS leaders in Accra yesterday. "
            + "On 7 March, the defence ministers of Benin and Niger met in Accra."
        #expect(events(text, published: "2024-03-16") == ["Accra 2024-03-15", "Accra 2024-03-07"])
    }

    /// "On Friday evening, before the talks began, X gave a dinner": that day is before the
    /// talks' first, which stay on the day the text gives them.
    @Test func aDayBeforeTheTalksBeganIsNotTheirFirst() {
        let text = "President Ana Lopes of Cape Verde and President Omar Bongo of Gabon held talks in Mindelo on Saturday. "
            + "On Friday evening, before the talks began, President Kofi Mensah of Ghana gave a dinner in Mindelo for both presidents."
        let edges = Fixture.edges(text, published: "2024-03-18")
        #expect(edges.contains("Omar Bongo attended Mindelo 2024-03-16"), "\(edges.sorted())")
        #expect(edges.contains("Kofi Mensah attended Mindelo 2024-03-15"), "\(edges.sorted())")
    }
}
