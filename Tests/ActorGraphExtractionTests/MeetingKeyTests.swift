import ActorGraphModel
import Testing

@testable import ActorGraphExtraction

/// Which meeting a sentence's participants went to, in texts that name several: timelines, live
/// blogs, transcripts written at the venue, arrivals, buildings named again by their word.
@Suite struct MeetingKeyTests {
    /// The attendance edges of `text`, as "Subject attended Place date" lines.
    func attended(_ text: String, published: String = "2024-03-15") -> Set<String> {
        Fixture.edges(text, published: published).filter { $0.contains(" attended ") }
    }

    /// "12 January, Paris." heads a timeline's entry: its meetings are that day's, in that city.
    /// "Ministers are due to meet in Washington on 17 March. Brazil was represented by …": a
    /// sentence with no cue of a meeting to come is about the meeting already held, not the one
    /// named last as still to come.
    @Test func aPastSentenceIsNotAboutAMeetingToCome() {
        let edges = Fixture.edges(
            "The presidents of Colombia and Ecuador shook hands at a summit in Santo Domingo on Friday. "
                + "Foreign ministers are due to meet at the organisation's headquarters in Washington on 20 March. "
                + "Brazil was represented by its foreign minister, Celso Amorim.",
            published: "2008-03-08")
        #expect(edges.contains("Brazil attended Santo Domingo 2008-03-07"), "\(edges.sorted())")
        #expect(!edges.contains("Brazil attended Washington 2008-03-20"))
    }

    /// "At their meeting, which began here on Thursday, …" and "King Idris opened the summit
    /// conference here on Saturday": a meeting someone opened on its day is a new one, not a later
    /// day of the one that began before it; "The heads of state at the palace included …" were at it.
    @Test func aMeetingOpenedOnItsDayIsANewOne() {
        let text = """
            TRIPOLI, Oct. 27 - The foreign ministers prepared the ground. At their meeting, which began here on Thursday, Egypt's foreign minister, Omar Fathi, pressed the case.
            King Idris of Libya opened the ninth Arab summit conference here on Saturday. The heads of state at the palace included President Gamal Kamel of Egypt and King Salim of Jordan.
            """
        let edges = attended(text, published: "1970-10-27")
        #expect(edges.isSuperset(of: ["Omar Fathi attended Tripoli 1970-10-22", "Libya attended Tripoli 1970-10-24", "King Salim attended Tripoli 1970-10-24"]), "\(edges.sorted())")
        #expect(!edges.contains("Libya attended Tripoli 1970-10-22"))
    }

    /// "The team sent to investigate Sunday's attack on Guinea met Toure in Conakry this morning":
    /// a day's possessive dates its own noun (the attack), not the meeting; "Saturday's meeting"
    /// still dates the meeting.
    @Test func aDaysPossessiveDatesItsOwnNoun() {
        let edges = attended(
            "The team sent to investigate Sunday's attack on Guinea met President Sekou Toure in Conakry this morning. Kenya attended Saturday's meeting in Accra.",
            published: "1970-11-26")
        #expect(edges.contains("Sekou Toure attended Conakry 1970-11-26"), "\(edges.sorted())")
        #expect(!edges.contains("Sekou Toure attended Conakry 1970-11-22"))
        #expect(edges.contains("Kenya attended Accra 1970-11-21"), "\(edges.sorted())")
    }

    /// "On the eve of the conference, on Monday, July 20, …": the day named is the eve; the
    /// conference is the next day.
    @Test func theEveOfAMeetingIsTheDayBefore() {
        let edges = attended(
            "On the eve of the conference, on Monday, July 20, Kenya's foreign minister called on the Ghanaian president. Ghana and Togo attended the conference in Accra.",
            published: "1964-07-22")
        #expect(edges.contains("Togo attended Accra 1964-07-21"), "\(edges.sorted())")
        #expect(!edges.contains("Togo attended Accra 1964-07-20"))
    }

    @Test func aTimelineEntrySetsTheDayAndPlaceOfItsMeetings() {
        let text = """
            How the talks came together

            4 March, Nairobi. Kenyan President William Otieno met Ugandan President Yoweri Kaguta.

            6 March, Kampala. Rwanda's foreign minister, Jean Habimana, met Burundi's foreign minister, Alice Ndayishimiye.
            """
        let edges = attended(text)
        #expect(edges.contains("William Otieno attended Nairobi 2024-03-04"))
        #expect(edges.contains("Jean Habimana attended Kampala 2024-03-06"))
        #expect(!edges.contains { $0.contains("2024-03-15") })
    }

    /// A live blog's "THURSDAY 14 MARCH" dates the entries under it, although they are written
    /// in the present ("has sat down"), which alone would date them to the day of publication.
    @Test func aLiveBlogsDayHeadingDatesItsEntries() {
        let text = """
            LIVE: Leaders meet in Nairobi

            THURSDAY 14 MARCH

            Leaders are arriving in Nairobi for a two-day summit on the border.

            Kenyan President William Otieno has sat down with Ugandan President Yoweri Kaguta.

            FRIDAY 15 MARCH

            Rwanda's foreign minister, Jean Habimana, has joined the summit in Nairobi.
            """
        let edges = attended(text)
        #expect(edges.contains("William Otieno attended Nairobi 2024-03-14"))
        #expect(edges.contains("Jean Habimana attended Nairobi 2024-03-14"), "the summit's second day keys to its first")
        #expect(!edges.contains("William Otieno attended Nairobi 2024-03-15"))
    }

    /// "24 March, Geneva. The talks opened …" and, a week later, "31 March, Geneva. The round
    /// closed": one meeting, keyed by the day it opened; a meeting in the same city two months
    /// later is another.
    @Test func aMeetingThatOpenedUnderAHeadingKeepsThatDay() {
        let text = """
            How the round went

            4 March, Geneva. The talks opened at the Palais des Nations. Kenyan President William Otieno met Ugandan President Yoweri Kaguta.

            11 March, Geneva. The round closed. Rwanda's foreign minister, Jean Habimana, met Burundi's foreign minister, Alice Ndayishimiye.
            """
        let edges = attended(text)
        #expect(edges.contains("William Otieno attended Geneva 2024-03-04"))
        #expect(edges.contains("Jean Habimana attended Geneva 2024-03-04"))
        #expect(!edges.contains { $0.contains("2024-03-11") })
    }

    /// "had met … in Niamey on 15 December", in a story of July: a meeting told in the past
    /// perfect, on a day without its year, is last December's, not next.
    @Test func aPastPerfectMeetingIsBeforePublication() {
        let text = """
            NOUAKCHOTT - President Ibrahim Keita of Mali, President Mahamadou Issoufou of Niger and President Idriss Deby of Chad met in Nouakchott on Tuesday.

            The three presidents had met on their own in Niamey on 15 December to settle a common line.
            """
        let edges = attended(text, published: "2020-07-01")
        #expect(edges.contains("Idriss Deby attended Niamey 2019-12-15"))
        #expect(!edges.contains { $0.contains("2020-12-15") })
        // A year given stands: "had agreed to meet in Niamey on 15 December 2020".
        #expect(attended("The three presidents had agreed to meet in Niamey on 15 December 2020.", published: "2020-07-01").allSatisfy { !$0.contains("2019") })
    }

    /// A day line alone over a statement ("Tuesday, 12 March 2024") is its date line, not a
    /// day's heading: one such line dates nothing.
    @Test func oneDayLineIsNoHeading() {
        let text = """
            Tuesday, 12 March 2024

            Kenyan President William Otieno met Ugandan President Yoweri Kaguta in Nairobi on 4 March.

            The meeting was attended by Rwanda's foreign minister, Jean Habimana.
            """
        let edges = attended(text)
        #expect(edges.contains("Jean Habimana attended Nairobi 2024-03-04"))
        #expect(!edges.contains { $0.contains("2024-03-12") })
    }

    /// A masthead's date with the time it was updated ("Regional | Tuesday, March 12, 2024 |
    /// Updated 11:20 a.m. AST") is the day of publication, so the lede's "late on Monday" dates
    /// the meeting.
    @Test func aMastheadsTimeStampIsNoMeetingsDay() {
        let text = """
            Regional | Tuesday, March 12, 2024 | Updated 11:20 a.m. AST

            NAIROBI, Kenya - East African leaders agreed late on Monday on a plan for the border.

            The meeting was hosted by Kenyan President William Otieno and attended by Rwanda's foreign minister, Jean Habimana.
            """
        let edges = attended(text, published: "2024-03-12")
        #expect(edges.contains("Jean Habimana attended Nairobi 2024-03-11"))
        #expect(!edges.contains { $0.contains("2024-03-12") })
    }

    /// "We met here on 26 February": a transcript's "here" is the place it is given in ("Serena
    /// hotel, Kampala, Friday 15 March 2024"), not the meeting it named last.
    @Test func hereIsTheTextsOwnPlace() {
        let text = """
            Serena hotel, Kampala, Friday 15 March 2024. Remarks by the mediator.

            The experts' meeting in Nairobi on 4 March, where Rwandan and Burundian experts sat down together, was useful.

            Kenyan President William Otieno and Ugandan President Yoweri Kaguta met here on 26 February.
            """
        let edges = attended(text)
        #expect(edges.contains("William Otieno attended Kampala 2024-02-26"))
        #expect(!edges.contains { $0.hasPrefix("William Otieno attended Nairobi") })
    }

    /// "Iranian and American negotiators came to Muscat on Saturday": arriving at a venue where
    /// the text holds a meeting is attending it; arriving where it holds none is not.
    @Test func anArrivalAtTheVenueOfAMeetingIsAttendance() {
        let text = "Talks on the border opened in Muscat on Saturday. Kenyan and Ugandan negotiators came to Muscat on Saturday. Rwandan refugees arrived in Kampala on Sunday."
        let edges = attended(text, published: "2024-03-11")
        #expect(edges.contains("Kenya attended Muscat 2024-03-09"))
        #expect(edges.contains("Uganda attended Muscat 2024-03-09"))
        #expect(!edges.contains { $0.contains("Kampala") })
        // "as Russia comes to Assad's assistance" names no venue: no meeting, and the backing stays.
        let backing = Fixture.edges("Talks opened in Geneva on Monday. The war dragged on as Russia comes to President Bashar al-Assad's assistance.")
        #expect(backing.contains("Russia backs Bashar al-Assad"))
    }

    /// "talks at the Serena Palace … X met Y at the palace": the building named before, by its
    /// word, is that meeting's venue, not the place the text named last.
    @Test func aBuildingNamedAgainIsItsMeetingsVenue() {
        let text = """
            Kenya and Uganda agreed in Nairobi on Tuesday to reopen the border after talks at the Serena Palace.

            The deal they signed at Mombasa in February was never applied.

            Before the session, Kenyan President William Otieno met Ugandan President Yoweri Kaguta at the palace.
            """
        let edges = attended(text)
        #expect(edges.contains("William Otieno attended Nairobi 2024-03-12"))
        #expect(!edges.contains { $0.hasPrefix("William Otieno attended Mombasa") })
    }

    /// A city after "in" may stand far from the meeting when nothing else comes between: "is due
    /// to meet X, Y, in New York on Wednesday" is a meeting still to come, placed.
    @Test func aFarCityWithNothingBetweenIsTheVenue() {
        let text = "Secretary of State Mike Dalton said so. Dalton is due to meet the Kenyan foreign minister, Ali Musa, in Geneva on Wednesday, the State Department said."
        #expect(attended(text, published: "2024-03-12").contains("Mike Dalton attended Geneva 2024-03-13"))
    }
    /// With no dateline, the lede's first dated sentence names the story's venue, over a city
    /// the text goes on to name more often ("the village of Ruhanga was burning").
    @Test func withoutADatelineTheLedesVenueIsTheStorys() {
        let text = """
            EDITORIAL

            On Sunday, in the lakeside resort of Kisumu, Kenyan and Ugandan officials sat at the same table for the first time in years. By nightfall, the village of Ruhanga was burning.

            The meeting was chaired by Kenyan Foreign Minister Amina Odhiambo. Nobody in Ruhanga heard of it. The fires in Ruhanga spread to the market of Ruhanga.
            """
        let edges = attended(text, published: "2024-03-12")
        #expect(edges.contains("Amina Odhiambo attended Kisumu 2024-03-10"))
        #expect(!edges.contains { $0.contains("Ruhanga") })
    }

    /// "X and Y are all here": the text's own meeting, not the one it named last.
    @Test func hereIsTheTextsOwnMeeting() {
        let text = """
            NAIROBI, March 15 (Wire) - Leaders met in Nairobi on Friday for talks on the border.

            Last week's summit in Arusha produced nothing. Kenyan President William Otieno and Ugandan President Yoweri Kaguta are all here.
            """
        let edges = attended(text)
        #expect(edges.contains("William Otieno attended Nairobi 2024-03-15"))
        #expect(!edges.contains { $0.contains("Arusha") })
    }

    /// A gap in a rule counts "stand-alone" as one word, and steps over a venue's region
    /// ("to Camp David, Maryland, for a summit").
    @Test func compoundsAndAVenuesRegionFitARulesGap() {
        let edges = attended("""
            President Ali Musa welcomed Prime Minister Amina Odhiambo of Kenya to Camp David, Maryland, for a summit on Friday.

            President Ali Musa welcomed Ugandan President Yoweri Kaguta to Camp David for the first stand-alone summit on Friday.
            """)
        #expect(edges.contains("Amina Odhiambo attended Camp David 2024-03-15"))
        #expect(edges.contains("Yoweri Kaguta attended Camp David 2024-03-15"))
    }

    /// "arrived from Kampala, where she met X last night": a meeting at a stop on the way, keyed
    /// there; the sentences after it go on about the text's own meeting.
    @Test func aStopOnTheWayIsNotTheStorysMeeting() {
        let text = """
            LIVE: Lake states meet in Kisumu

            Saturday 16 March 2024. Updates from Kisumu, where foreign ministers are gathering for talks on the lake.

            09:40 Kenya's Foreign Minister Amina Odhiambo arrived from Kampala, where she met Ugandan President Yoweri Kaguta last night.

            09:50 Rwanda's Jean Habimana and Burundi's Alice Ndayishimiye walked in together.
            """
        let edges = attended(text, published: "2024-03-16")
        #expect(edges.contains("Yoweri Kaguta attended Kampala 2024-03-15"))
        #expect(edges.contains("Jean Habimana attended Kisumu 2024-03-16"))
        #expect(!edges.contains("Jean Habimana attended Kampala 2024-03-15"))
    }

    /// The day a "from Kampala, where on Wednesday he met …" clause gives is Kampala's, and a date
    /// line under the headline is the day of publication: the lede's day dates the story's
    /// meeting.
    @Test func anotherPlacesClauseAndADateLineDateNoMeetingHere() {
        let text = """
            ANALYSIS: Five states back the lake accord

            16 March 2024

            In Kisumu on Thursday night, Kenyan President William Otieno collected the signatures of five governments.

            The meeting at a lakeside hotel was chaired by Ugandan President Yoweri Kaguta.

            Otieno had come straight from Kampala, where on Wednesday he met Rwanda's foreign minister, Jean Habimana, whose government was sworn in on Monday.
            """
        let edges = attended(text, published: "2024-03-16")
        #expect(edges.contains("Yoweri Kaguta attended Kisumu 2024-03-14"))
        #expect(edges.contains("Jean Habimana attended Kampala 2024-03-13"))
    }

    /// "fresh from the EAC summit in Arusha": a meeting the participants come from is not the one
    /// the next sentence goes on about; "the Seventh Summit" names no venue "Seventh".
    @Test func aMeetingComeFromAndAnOrdinalAreNoVenueOfTheStory() {
        let text = """
            LIVE: Lake summit opens at Kisumu

            Saturday 16 March 2024

            Kenyan President William Otieno and Ugandan President Yoweri Kaguta are all here, fresh from the EAC summit in Arusha. Rwanda has sent Foreign Minister Jean Habimana.

            The President spoke after the final plenary session of the Seventh Summit of the Lakes.
            """
        let edges = attended(text, published: "2024-03-16")
        #expect(edges.contains("Jean Habimana attended Kisumu 2024-03-16"))
        #expect(edges.contains("Yoweri Kaguta attended Kisumu 2024-03-16"))
        #expect(!edges.contains { $0.contains("Seventh") })
    }

    /// "arrived on Tuesday and met Putin in Vladivostok on Wednesday", "… and held talks": the day
    /// before "and" is the arrival's; the meeting's is the one its own verb takes.
    @Test func aDayBeforeAndTheMeetingsVerbIsTheActBeforeIt() {
        let edges = Fixture.edges(
            "Kenya's President Ali Musa arrived on Tuesday and held talks with Uganda's President John Okot in Kampala on Wednesday.",
            published: "2023-09-18")
        #expect(edges.contains("John Okot attended Kampala 2023-09-13"))
        #expect(!edges.contains("John Okot attended Kampala 2023-09-12"))
    }

    /// "Two days later", "that afternoon", "the next day": counted from the last day the story
    /// gave, not from publication; a heading's day has already counted it on, and a day the
    /// sentence gives itself wins.
    @Test func aStoryCountsItsDaysOn() {
        let text = """
            On Monday, in Accra, Togo's Foreign Minister Ama Dogbe met Ghana's Foreign Minister Kofi Mensah. Two days later, in Lome, Dogbe held talks with Benin's Foreign Minister Marie Houngbo. That afternoon, at a lunch in Lome, Houngbo met Niger's Foreign Minister Ali Moussa.
            """
        let edges = attended(text)
        #expect(edges.isSuperset(of: ["Kofi Mensah attended Accra 2024-03-11", "Marie Houngbo attended Lome 2024-03-13", "Ali Moussa attended Lome 2024-03-13"]), "\(edges.sorted())")
        let headed = """
            How it came together

            4 March, Nairobi. A day later, in the same city, Kenyan President William Otieno met Ugandan President Yoweri Kaguta.
            """
        #expect(attended(headed).contains("William Otieno attended Nairobi 2024-03-04"), "\(attended(headed).sorted())")
    }

    /// "walked to the lectern in a Doha hotel ballroom on Saturday": a city's building on a day
    /// sets the scene for the meeting named next; "at Harambee House" names a building, no city.
    @Test func aBuildingOfACityOnADaySetsTheScene() {
        let text = """
            When Ama Dogbe walked to the lectern in a Doha hotel ballroom on Saturday, the hall fell silent. The talks were chaired by Qatar's Foreign Minister, Khalid Al Thani.
            """
        #expect(attended(text).contains("Khalid Al Thani attended Doha 2024-03-09"), "\(attended(text).sorted())")
    }

    /// A transcript's location line ("Kempinski Hotel, Accra, Ghana") names the text's own
    /// venue, which "here" means.
    @Test func aLocationLineNamesTheTextsVenue() {
        let text = """
            TRANSCRIPT: Remarks after the summit

            Kempinski Hotel, Accra, Ghana
            March 15, 2024

            I met Foreign Minister Kofi Mensah of Togo here on Thursday night, and we spoke of the talks in Lome.
            """
        #expect(attended(text).contains("Kofi Mensah attended Accra 2024-03-14"), "\(attended(text).sorted())")
    }

    /// A release's office line ("EMBASSY OF GHANA - WASHINGTON DC") names the city it was issued
    /// in: a signing the release places in no city is there, not at a meeting it recalls in
    /// another city.
    @Test func anOfficeLineNamesTheReleasesCity() {
        let text = """
            Ghana and Togo sign the border treaty

            EMBASSY OF THE REPUBLIC OF GHANA - WASHINGTON DC
            FOR IMMEDIATE RELEASE - Thursday, March 14, 2024

            President Kofi Mensah of Ghana and President Jean Amouzou of Togo signed the border treaty on Wednesday evening in the Hall of the Americas.

            On February 2 in Lome, President Mensah met President Amouzou to review the final text.
            """
        let edges = attended(text)
        #expect(edges.contains("Kofi Mensah attended Washington 2024-03-13"), "\(edges.sorted())")
        #expect(!edges.contains { $0.contains("Lome 2024-03-13") })
    }

    /// A telegram's "FROM ACCRA TO FOREIGN OFFICE" names the city it was sent from: "here" and the
    /// talks it reports are there, not at the conference the talks agreed to hold elsewhere, and
    /// nobody attends that conference yet.
    @Test func aTelegramsOriginIsItsCity() {
        let text = """
            Ghana and Togo agree truce and conference at Kpalime
            CONFIDENTIAL
            FROM ACCRA TO FOREIGN OFFICE
            TELEGRAM NO. 88

            1. President Mensah of Ghana and President Amouzou of Togo signed an agreement here last night after two days of talks. It provides for a truce and a conference at Kpalime in May.
            2. The talks began on Tuesday afternoon.
            """
        let edges = attended(text)
        #expect(edges.contains("Ghana attended Accra 2024-03-12"), "\(edges.sorted())")
        #expect(edges.contains("Togo attended Accra 2024-03-12"), "\(edges.sorted())")
        #expect(!edges.contains { $0.contains("Kpalime") }, "\(edges.sorted())")
    }

    /// "UNITED NATIONS INFORMATION SERVICE, GENEVA": an office's line in capitals names the
    /// briefing's city; "signed in Room XII of this building" is there, a room being no city.
    @Test func anOfficeLineInCapitalsNamesItsCity() {
        let text = """
            Briefing after the signing of the Ghana-Togo agreement

            UNITED NATIONS INFORMATION SERVICE, GENEVA
            Press briefing, Thursday 14 March 2024

            SPOKESMAN: The agreement between Ghana and Togo was signed in Room XII of this building at eleven this morning.
            Q: Where was it initialled? SPOKESMAN: It was initialled on Monday in Lome and in Accra.
            """
        let edges = attended(text, published: "2024-03-14")
        #expect(edges.contains("Ghana attended Geneva 2024-03-14"), "\(edges.sorted())")
        #expect(!edges.contains { $0.contains("Room") }, "\(edges.sorted())")
    }

    /// A wire's later dateline ("WASHINGTON, July 19 (IANA) - … in an emergency session here on
    /// Tuesday") says where "here" is below it, and "At Tuesday's session" is that session.
    @Test func aWiresLaterDatelineSaysWhereHereIs() {
        let text = """
            Truce holds on the border

            SAN SALVADOR, July 17 (IANA) - President Ana Lopes of El Salvador met the OAS committee in San Salvador on Wednesday night.

            WASHINGTON, July 19 (IANA) - The OAS Council, which first took up the conflict in an emergency session here on Tuesday, meets again this afternoon. At Tuesday's session Mexico and Venezuela voted for the resolution.
            """
        let edges = attended(text, published: "1969-07-19")
        #expect(edges.contains("Mexico attended Washington 1969-07-15"), "\(edges.sorted())")
        #expect(edges.contains("Ana Lopes attended San Salvador 1969-07-16"), "\(edges.sorted())")
    }

    /// A dateline below the text's first ("LUSAKA - The Council of Ministers, which opened in
    /// the Mulungushi Hall on Monday, …") places the meetings of its sentence that name no city,
    /// and the scene after it; the spaced dash before "The" joins no body's name.
    @Test func aLaterDatelinePlacesItsOwnSentencesMeeting() {
        let text = """
            Ministers confer on the border

            HARARE - President Tomas Banda asked parliament yesterday for new funds for the border police.

            LUSAKA - The Council of Ministers, which opened in the Mulungushi Hall on Monday, held its second session yesterday. Foreign Minister Alice Mwale of Zambia and Foreign Minister Peter Osei of Ghana sat for three hours at the table.
            """
        let edges = attended(text, published: "1987-03-13")
        #expect(edges.contains("Alice Mwale attended Lusaka 1987-03-12"), "\(edges.sorted())")
        #expect(!edges.contains { $0.contains("Harare") }, "\(edges.sorted())")
        #expect(!edges.contains { $0.hasPrefix("LUSAKA") }, "\(edges.sorted())")
    }

    /// "conferred for an hour last night at the residence": conferring is meeting.
    @Test func conferringIsMeeting() {
        let edges = attended("Foreign Minister Alice Mwale of Zambia and Foreign Minister Peter Osei of Ghana conferred for an hour last night in Lusaka.")
        #expect(edges.contains("Peter Osei attended Lusaka 2024-03-14"), "\(edges.sorted())")
    }

    /// "On Sunday the Council met at Lake Success": a body's name before the meeting's verb is
    /// no venue; "dined there with" is a meeting.
    @Test func aBodyBeforeItsMeetingIsNoVenue() {
        let edges = attended("""
            Council acts

            On Sunday afternoon the Council met at Lake Success and called for a cease-fire. Mr Arne Lund, the Secretary-General, told that meeting that the attack was a threat to peace. In Washington, on Sunday night, President Jon Hale dined with the Secretary of State, Mr Paul Ames.
            """, published: "1950-06-28")
        #expect(edges.contains("Arne Lund attended Lake Success 1950-06-25"), "\(edges.sorted())")
        #expect(edges.contains("Paul Ames attended Washington 1950-06-25"), "\(edges.sorted())")
        #expect(!edges.contains { $0.contains("Council 1950") }, "\(edges.sorted())")
    }

    /// "flew to Accra on Thursday … Its members spent two hours with X, and flew on to Lome on
    /// Saturday to see Y": the first meeting is at the first stop on its day, the second at the
    /// journey's end; "flew back to Washington this evening" leaves a meeting.
    @Test func aJourneyInTheSentencePlacesTheMeetingAfterIt() {
        let edges = attended("""
            Committee tours the region

            The committee, made up of the representatives of Ghana and Mexico, flew to Accra on Thursday, January 13. Its members spent two hours with President Kofi Mensah at his residence, and flew on to Lome on Saturday, January 15, to see President Jean Amouzou, who received them in uniform.
            """, published: "1955-01-24")
        #expect(edges.contains("Jean Amouzou attended Lome 1955-01-15"), "\(edges.sorted())")
        #expect(edges.contains("Ghana attended Accra 1955-01-13"), "\(edges.sorted())")
        #expect(!edges.contains("Kofi Mensah attended Accra 1955-01-15"), "\(edges.sorted())")
        let back = attended("""
            Conference adopts declaration

            ACCRA, March 13 - The conference adopted a declaration today. Mr Ian Dale, who led the delegation of Canada from the opening session on March 1, flew back to Ottawa this evening. The Foreign Minister of Togo, Mr Paul Agbo, fought the text for a week.
            """, published: "1954-03-13")
        #expect(!back.contains { $0.contains("Ottawa") }, "\(back.sorted())")
    }

    /// A wire's sections under datelines: a meeting nothing places is in its section's city,
    /// and "at Palam airport" names an airport of the dateline's city, not a city.
    @Test func aSectionsMeetingIsInItsDatelinesCity() {
        let edges = attended("""
            Envoy ends mission

            ACCRA, Sept. 14 (TANA) - The envoy, Mr Jan Berg, left for New York today. Foreign Minister Kofi Owusu of Ghana had met him at Kotoka airport on Sunday evening.

            LOME, Sept. 14 (TANA) - President Jean Amouzou of Togo received Mr Berg at his residence on Friday, the day after the envoy arrived here.
            """, published: "1965-09-14")
        #expect(edges.contains("Jean Amouzou attended Lome 1965-09-10"), "\(edges.sorted())")
        #expect(edges.contains { $0.hasPrefix("Kofi Owusu attended") && $0.hasSuffix("1965-09-12") }, "\(edges.sorted())")
        #expect(!edges.contains { $0.contains("Kotoka") }, "\(edges.sorted())")
    }

    /// "arrived yesterday on a visit … signed today": the talks of a visit's next days are the
    /// visit, keyed by its first day.
    @Test func aVisitsTalksAreKeyedByItsFirstDay() {
        let edges = attended("""
            Treaty signed

            ACCRA, March 9 - Ghana and Togo today signed a treaty of friendship. Togo's Foreign Minister, Mr Paul Agbo, arrived yesterday afternoon on a routine visit and spent the evening with President Kofi Mensah.
            """, published: "1971-03-09")
        #expect(edges.contains("Ghana attended Accra 1971-03-08"), "\(edges.sorted())")
        #expect(!edges.contains { $0.hasSuffix("1971-03-09") }, "\(edges.sorted())")
    }

    /// "flew home this afternoon at the end of a forty-four-hour visit": the visit began two days
    /// before; "a 48-hour visit" likewise.
    @Test func aVisitOfSomeHoursBeganTheDaysItReaches() {
        let conference = " Ghana and Togo signed a treaty of friendship this morning."
        let words = attended("LOME - President Kofi Mensah of Ghana flew home this afternoon at the end of a forty-four-hour visit." + conference, published: "1977-11-21")
        #expect(words.contains("Togo attended Lome 1977-11-19"), "\(words.sorted())")
        let digits = attended("LOME - President Kofi Mensah of Ghana flew home this afternoon at the end of a 24-hour visit." + conference, published: "1977-11-21")
        #expect(digits.contains("Togo attended Lome 1977-11-20"), "\(digits.sorted())")
    }

    /// "What happened in Geneva yesterday …. The Council, meeting in Geneva, adopted …": an
    /// undated meeting at the text's venue takes the day the text gives right after the venue's
    /// name before the lede's ("Three weeks ago …", another event's day).
    @Test func anUndatedMeetingTakesTheDayGivenWithItsVenue() {
        let edges = attended("""
            The truce is paused, not over

            Three weeks ago Ghana's army seized the oil field from Togo. What happened in Geneva yesterday is the first good news in months. The Council, meeting in Geneva, adopted a resolution. Ghana's ambassador, Mr Kwame Boateng, told the Council that his Government would study it.
            """, published: "2012-05-03")
        #expect(edges.contains("Kwame Boateng attended Geneva 2012-05-02"), "\(edges.sorted())")
        #expect(!edges.contains { $0.hasSuffix("2012-04-12") }, "\(edges.sorted())")
    }

    /// "a meeting of its foreign ministers may be called next week": a meeting still to come that
    /// no venue and no day places is no event (not one without a day).
    @Test func anUnplacedMeetingOfAWeekToComeIsNoEvent() {
        let edges = attended("Ghana's foreign minister, Kofi Owusu, attended the summit in Lima on Tuesday. Brazil has proposed that the union invoke its treaty, and a meeting of its foreign ministers may be called next week.", published: "2001-09-14")
        #expect(edges.contains("Kofi Owusu attended Lima 2001-09-11"), "\(edges.sorted())")
        #expect(edges.allSatisfy { $0.hasSuffix("2001-09-11") }, "\(edges.sorted())")
    }

    /// A venue's name out of a dateline's capitals: "NEW DELHI" is "New Delhi" (once "NEW Delhi":
    /// a word of three letters was kept as an acronym would be), while "the UN" stays "UN".
    @Test func aPlaceInCapitalsIsWrittenAsRunningText() {
        func name(_ text: String) -> String {
            let scalars = Array(text.unicodeScalars)
            let tokens = Tokenizer.tokens(scalars, in: 0..<scalars.count)
            return EventResolver.text(tokens, 0..<tokens.count)
        }
        #expect(name("NEW DELHI") == "New Delhi")
        #expect(name("ADDIS ABABA") == "Addis Ababa")
        #expect(name("NAIROBI") == "Nairobi")
        #expect(name("the UN") == "UN")
        #expect(name("Dar es Salaam") == "Dar es Salaam")
    }

    /// "are to meet at Ras en Naqoura on Tuesday, 1st March": a place's lowercase particle
    /// joins its name, and a British ordinal day dates the meeting.
    @Test func aParticleJoinsAPlacesNameAndAnOrdinalDayDates() {
        let text = """
            Armistice talks

            The armistice was signed at Rhodes yesterday after six weeks of negotiation under Ralph Bunche, the United Nations mediator. The talks opened at the hotel on 13th January. Mr Bunche presided over every plenary session. Israeli and Lebanese delegations are to meet at Ras en Naqoura on Tuesday, 1st March.
            """
        let edges = attended(text, published: "1949-02-25")
        #expect(edges.contains("Lebanon attended Ras en Naqoura 1949-03-01"), "\(edges.sorted())")
        #expect(edges.contains("Ralph Bunche attended Rhodes 1949-01-13"), "\(edges.sorted())")
    }

    /// "Factions sign Accra declaration; Mensah in Lome": a place across a semicolon is another
    /// clause's.
    @Test func aSemicolonEndsTheMeetingsClause() {
        let text = """
            Kenya and Uganda sign border accord; Mensah in Lome

            The summit in Nairobi opened on Monday. In Nairobi, the hosts were confident.
            """
        let edges = attended(text)
        #expect(!edges.contains { $0.contains("Lome") }, "\(edges.sorted())")
        #expect(edges.contains("Kenya attended Nairobi 2024-03-11"), "\(edges.sorted())")
    }

    /// "closed in Accra yesterday after three days": the summit is keyed by its first day.
    @Test func aMeetingThatClosedAfterSomeDaysOpenedOnTheFirst() {
        let edges = attended("The summit of West African leaders closed in Accra yesterday after three days. Ghana's President Kofi Mensah chaired the summit.")
        #expect(edges.contains("Kofi Mensah attended Accra 2024-03-12"), "\(edges.sorted())")
    }

    /// "to prepare the meeting, shuttling between Accra and the rebels' base at Kumasi": travel
    /// back and forth names no venue for the meeting.
    @Test func shuttlingBetweenPlacesNamesNoVenue() {
        let text = """
            Togo's President Jean Amouzou brought Ghana's President Kofi Mensah and the rebel leader together at his palace in Lome on Thursday. The two men shook hands.

            Kenya's President William Otieno had worked for months to prepare the meeting, shuttling between Accra and the rebels' base at Kumasi.
            """
        let edges = attended(text, published: "2024-03-15")
        #expect(!edges.contains { $0.contains("Kumasi") }, "\(edges.sorted())")
    }

    /// "signed what Ghana calls the Accra Declaration": a text named after a city is signed
    /// there, whatever city the rest of the bulletin names most.
    @Test func aTextNamedAfterACityIsSignedThere() {
        let text = """
            Factions sign declaration; Otieno in Lome

            Rival factions signed what Ghana calls the Accra Declaration today, at the end of talks hosted by Foreign Minister Kofi Mensah.

            In Lome, officials said they were studying the text. Kenya's President William Otieno is in Lome, where he will address parliament.
            """
        let edges = attended(text)
        #expect(edges.contains("Kofi Mensah attended Accra 2024-03-15"), "\(edges.sorted())")
    }

    /// A live blog's byline says where its reporters are ("Reporting: A in Port Moresby; B in
    /// Sydney"), which outweighs a later stop; "the FIPIC summit" (an acronym) and "APEC Haus" (a
    /// building) are no cities.
    @Test func aBylinesCityIsTheBlogsOwn() {
        let text = """
            Live: Modi in Port Moresby

            PACIFIC DESK LIVE
            Reporting: Kila Tau in Port Moresby; Priya Raman in Sydney

            MONDAY 11 MARCH

            10:15
            The FIPIC summit has opened at APEC Haus, co-chaired by Indian Prime Minister Narendra Modi and PNG Prime Minister James Marape.

            09:00
            Modi will fly on to Sydney, where he is due to hold talks with Australian Prime Minister Anthony Albanese on Wednesday. In Sydney, officials are ready.
            """
        let edges = attended(text)
        #expect(edges.contains { $0.hasPrefix("Narendra Modi attended Port Moresby") }, "\(edges.sorted())")
        #expect(!edges.contains { $0.contains("FIPIC") || $0.contains("APEC") }, "\(edges.sorted())")
    }

    /// "signed at the Aflao crossing": a border post is the venue, though the dateline names a
    /// city nearby.
    @Test func aBorderCrossingIsAVenue() {
        let text = """
            LOME, Togo - Ghana's President Kofi Mensah and Togo's President Jean Amouzou signed the treaty at the Aflao crossing on Monday.
            """
        let edges = attended(text)
        #expect(edges.contains("Kofi Mensah attended Aflao 2024-03-11"), "\(edges.sorted())")
    }

    /// "received the French president in Beijing": a reception of a head of state named by post
    /// is a meeting with that state.
    @Test func aReceptionOfAPostIsAMeeting() {
        let edges = attended("Xi Jinping received the French president in Beijing on Thursday.")
        #expect(edges.contains("France attended Beijing 2024-03-14"), "\(edges.sorted())")
        #expect(attended("Xi Jinping received the French proposal in Beijing on Thursday.").isEmpty)
    }

    /// "Over three days, from Tuesday to Thursday, X hosted A, B and C": a range of days that
    /// opens on the meeting's day dates the sentence to that meeting.
    @Test func aRangeOfDaysOpeningOnTheMeetingKeepsItsPeople() {
        let text = """
            The summit opened in Johannesburg on Tuesday. Over three days, from Tuesday to Thursday, President Cyril Ramaphosa hosted Brazil's Luiz Inacio Lula da Silva, China's Xi Jinping and India's Narendra Modi.
            """
        let edges = attended(text)
        #expect(edges.contains("Narendra Modi attended Johannesburg 2024-03-12"), "\(edges.sorted())")
        #expect(edges.contains("Xi Jinping attended Johannesburg 2024-03-12"), "\(edges.sorted())")
    }

    /// "after Kremlin talks": a seat of power without "the" is in its state's capital too.
    @Test func aSeatOfPowerWithoutTheIsInTheCapital() {
        let edges = attended("Russian President Dmitry Medvedev received French President Nicolas Sarkozy for Kremlin talks on Tuesday.")
        #expect(!edges.contains { $0.contains("Kremlin") }, "\(edges.sorted())")
        #expect(edges.contains("Nicolas Sarkozy attended Moscow 2024-03-12"), "\(edges.sorted())")
    }

    /// "held talks at Malacanang Palace", "at the Casa Rosada": a president's palace is in its
    /// state's capital, and names that state when it speaks ("Malacanang said").
    @Test func aPresidentialPalaceIsInTheCapital() {
        let edges = attended("Philippine President Ana Reyes and Japan's Prime Minister Ken Sato held talks at Malacanang Palace on Tuesday.")
        #expect(edges.contains("Ken Sato attended Manila 2024-03-12"), "\(edges.sorted())")
        #expect(!edges.contains { $0.contains("Malacanang") }, "\(edges.sorted())")
        let palace = attended("Argentina's President Ana Ruiz received Chile's President Luis Soto at the Casa Rosada on Monday.")
        #expect(palace.contains("Luis Soto attended Buenos Aires 2024-03-11"), "\(palace.sorted())")
        #expect(Fixture.edges("Malacanang condemned China over the water cannon attack.").contains("Philippines opposes China"))
        // News writes the palace's noun in lower case too.
        let lower = attended("Colombia's President Ana Ruiz held talks with Venezuela's President Luis Soto at the Miraflores palace on Tuesday.")
        #expect(lower.contains("Ana Ruiz attended Caracas 2024-03-12"), "\(lower.sorted())")
    }

    /// A state of the United States is no venue ("at the presidential retreat in Maryland"), and a
    /// meeting named in a relative clause about another place ("whose government hosted years of
    /// talks in Havana") is not the one the next sentences go on about.
    @Test func regionsAndClausesKeyNoMeeting() {
        let text = """
            On Monday, in Cartagena, President Juan Ortiz signed the accord. Around the stage sat the guests. Ban Ki-moon sat beside Cuban President Raul Castro, whose government hosted years of talks in Havana. Norway's foreign minister, Borge Brende, was at Castro's side.
            """
        let edges = attended(text)
        #expect(edges.contains("Borge Brende attended Cartagena 2024-03-11"), "\(edges.sorted())")
        #expect(!edges.contains { $0.contains("Havana") && $0.hasPrefix("Borge Brende") })
        let region = attended("The summit opened on Monday at the presidential retreat in Maryland, with President Ana Ruiz hosting Ghana's President Kofi Mensah.")
        #expect(!region.contains { $0.contains("Maryland") }, "\(region.sorted())")
    }

    /// "won the 25 May election in the first round": a round of voting is no meeting.
    @Test func aRoundOfVotingIsNoMeeting() {
        let edges = attended("The summit opened in Accra on Monday. President Kofi Mensah of Ghana won the election in the first round with 55 per cent.")
        #expect(!edges.contains { $0.hasPrefix("Kofi Mensah") }, "\(edges.sorted())")
    }

    /// "for the first time since the riots began on 13 March": the day of what came before dates
    /// no meeting; "talks under way since 1 March" keep their first day.
    @Test func aDateAfterSinceIsAnotherOccasions() {
        let edges = attended("The talks opened in Noumea on Thursday. Around the table, the high commissioner, Louis Mercier, met the leaders for the first time since the riots began on 13 March.")
        #expect(edges.contains("Louis Mercier attended Noumea 2024-03-14"), "\(edges.sorted())")
        #expect(!edges.contains { $0.contains("2024-03-13") })
    }

    /// "the national dialogue opened in Lome": a dialogue is a meeting after an article or an
    /// adjective; "chose dialogue over confrontation" names none.
    @Test func aDialogueAfterAnArticleIsAMeeting() {
        let edges = attended("Togo's Foreign Minister Ama Dogbe addressed the national dialogue in Lome on Wednesday.")
        #expect(edges.contains("Ama Dogbe attended Lome 2024-03-13"), "\(edges.sorted())")
        #expect(attended("In Lome on Wednesday, Togo's Foreign Minister Ama Dogbe said both sides chose dialogue over confrontation.").isEmpty)
    }

    /// A country is the venue only when the sentence names no city for the meeting.
    @Test func aCityBeatsACountryNearer() {
        let edges = attended("The six governments whose armies are fighting in Mali signed a ceasefire agreement in the Ghanaian capital on Saturday. Togo's Foreign Minister Ama Dogbe presided over the signing.")
        #expect(edges.contains("Ama Dogbe attended Accra 2024-03-09"), "\(edges.sorted())")
        #expect(!edges.contains { $0.contains("Mali 2024") })
    }

    /// "hosted a meeting in Murree this week. The talks began on Tuesday": a definite meeting
    /// noun right after a placed meeting the text has not dated to a day dates that meeting (not
    /// the heading's place it would have taken), and a lone heading of the day of publication over the story is its dateline, not the venue.
    @Test func theTalksThatFollowAnUndatedMeetingDateIt() {
        let text = """
            Islamabad, 15 March 2024
            Pakistan this week hosted a meeting between Kenya and Somalia in the hill resort of Murree. The talks began on Tuesday and ran through the night.
            Kenyan officials hosted and sat in, and representatives of Uganda attended as observers.
            """
        let edges = attended(text)
        #expect(edges.contains("Kenya attended Murree 2024-03-12"), "\(edges.sorted())")
        #expect(!edges.contains { $0.contains("Islamabad") }, "\(edges.sorted())")
    }

    /// "the foreign ministers of the neighbouring countries of Afghanistan met", "a meeting of
    /// Afghanistan's close neighbours": the state whose neighbours they are was not there.
    @Test func theStateWhoseNeighboursMeetIsNotAtTheMeeting() {
        let edges = attended(
            "Foreign ministers of the neighbouring countries of Afghanistan held talks in Tehran on Wednesday. "
                + "Pakistan's foreign minister arrived to attend the meeting of Afghanistan's close neighbours.")
        #expect(!edges.contains { $0.hasPrefix("Afghanistan ") }, "\(edges.sorted())")
        #expect(edges.contains("Pakistan attended Tehran 2024-03-13"), "\(edges.sorted())")
    }

    /// An undated meeting is not dated by a day its lede gives another act: "talks that broke
    /// down in August, after fighting that began on October 7, 2023" date no meeting to October 7.
    @Test func aLedesDayOfAnotherActDatesNoMeeting() {
        let edges = attended(
            "Hamas and Egyptian officials met in Cairo to restart truce negotiations. "
                + "The talks broke down in August after fighting that began on October 7, 2023.",
            published: "2024-10-24")
        #expect(edges.contains("Hamas attended Cairo 2024-10-24"), "\(edges.sorted())")
        #expect(!edges.contains { $0.hasSuffix("2023-10-07") }, "\(edges.sorted())")
    }

    /// "Speaking at Saturday's meeting in Niamey … Tchiani is hosting the talks" in a Sunday
    /// paper: the story's present is the day it gives its meeting, one or two days before.
    @Test func aStorysPresentIsTheDayItGivesItsMeeting() {
        let text = "Speaking at Saturday's meeting in Niamey, Niger's president, Ali Musa, said the bloc had failed. "
            + "President Musa is hosting the talks with Mali's President Amadou Keita."
        let edges = attended(text, published: "2024-07-07")
        #expect(edges.contains("Amadou Keita attended Niamey 2024-07-06"), "\(edges.sorted())")
        #expect(!edges.contains { $0.hasSuffix("2024-07-07") }, "\(edges.sorted())")
    }

    /// "VIENNA, June 4 - … here today" in the paper of June 5: the dateline's day is the story's
    /// "today"; "the Kenya-Somalia talks" name both sides.
    @Test func aDatelinesDayIsTheStorysToday() {
        let edges = attended("VIENNA, June 4 - The Kenya-Somalia talks came to an end here today.", published: "2024-06-05")
        #expect(edges.contains("Kenya attended Vienna 2024-06-04"), "\(edges.sorted())")
        #expect(edges.contains("Somalia attended Vienna 2024-06-04"), "\(edges.sorted())")
        let same = attended("VIENNA, June 5 - The Kenya-Somalia talks came to an end here today.", published: "2024-06-05")
        #expect(same.contains("Kenya attended Vienna 2024-06-05"), "\(same.sorted())")
    }

    /// "The Doha meeting was held several days after the army regained Qusayr on June 5": the
    /// day after "days after" dates the other act; the meeting keeps its own day.
    @Test func aDayAfterAnIntervalIsTheOtherActs() {
        let text = "Ministers met in Doha on Saturday. The Doha meeting was held several days after the army regained the town of Qusayr on June 5."
            + " Addressing the meeting, Foreign Minister Ali Musa of Kenya said the talks had gone well."
        let edges = Fixture.edges(text, published: "2013-06-23")
        #expect(edges.contains("Ali Musa attended Doha 2013-06-22"), "\(edges.sorted())")
        #expect(!edges.contains { $0.contains("Doha 2013-06-05") }, "\(edges.sorted())")
    }

    /// "began a second day of direct talks in Nairobi on Tuesday": the talks opened on Monday,
    /// and both sentences' sides are at one meeting.
    @Test func aSecondDayOfTalksOpenedTheDayBefore() {
        let text = "Congolese rebels and government officials began a second day of direct talks in Nairobi on Tuesday."
            + " The UN envoy, former Nigerian president Olusegun Obasanjo, was attending the talks."
        let edges = Fixture.edges(text, published: "2008-12-09")
        #expect(edges.isSuperset(of: ["Congolese opposition attended Nairobi 2008-12-08", "Olusegun Obasanjo attended Nairobi 2008-12-08"]), "\(edges.sorted())")
        #expect(!edges.contains { $0.contains("Nairobi 2008-12-09") }, "\(edges.sorted())")
    }

    /// "at the end of a three-day conference that opened on Monday": the day it opened is said,
    /// so the count of days is not taken back from it.
    @Test func aStatedOpeningDayOutweighsACountOfDays() {
        let text = "LUSAKA, June 12 - Five governments signed the accord here this afternoon, at the end of a three-day conference that opened on Monday."
            + " The Kenyan delegation was led by Foreign Minister Ali Musa."
        let edges = attended(text, published: "2024-06-12")
        #expect(edges.contains("Ali Musa attended Lusaka 2024-06-10"), "\(edges.sorted())")
        #expect(!edges.contains { $0.contains("2024-06-08") }, "\(edges.sorted())")
    }

    /// "The summit in The Hague": a city whose name opens with the article is a venue.
    @Test func aCityNamedWithTheArticleIsAVenue() {
        let edges = attended("The Kenya-Somalia summit in The Hague ended on Monday.", published: "2024-06-12")
        #expect(edges.contains("Kenya attended The Hague 2024-06-10"), "\(edges.sorted())")
    }

    /// "signed … by its ambassador in Washington, X": where an envoy serves is no venue.
    @Test func anEnvoysPostIsNoVenue() {
        let text = "Kenya and Somalia have signed an accord in New York. The accord was signed at the organisation's headquarters on Monday by"
            + " Kenya's foreign minister, Ali Musa, and for Somalia by its ambassador in Washington, Omar Farah."
        let edges = attended(text, published: "2024-06-12")
        #expect(edges.contains("Somalia attended New York 2024-06-10"), "\(edges.sorted())")
        #expect(!edges.contains { $0.contains("Washington") }, "\(edges.sorted())")
    }

    /// "was in Nairobi the same day for talks with X, and in Kampala on Thursday": the narrative
    /// day dates its clause's meeting; the later day is the other meeting's.
    @Test func aNarrativeDayDatesItsOwnClause() {
        let text = "The council met in Geneva on Monday. Iran's foreign minister, Hamid Rezaei, was in Nairobi the same day for talks with"
            + " Kenya's foreign minister, Ali Musa, and in Kampala on Thursday, where he met officials."
        let edges = attended(text, published: "2024-06-15")
        #expect(edges.contains("Hamid Rezaei attended Nairobi 2024-06-10"), "\(edges.sorted())")
        #expect(!edges.contains("Hamid Rezaei attended Nairobi 2024-06-13"), "\(edges.sorted())")
    }

    /// "met in Mombasa on Monday and Tuesday, and yesterday they signed the minutes": the later
    /// act of the sentence is at the place it named, and the meeting is keyed by its first day.
    @Test func aMeetingOfTwoNamedDaysIsKeyedByTheFirst() {
        let text = "ANKARA, June 13 - The Kenyan and Somali delegations met in Mombasa on Monday and Tuesday, and yesterday they signed the minutes of the meeting."
            + " The Kenyan delegation was headed by Ambassador Ali Musa."
        let edges = attended(text, published: "2024-06-13")
        #expect(edges.contains("Ali Musa attended Mombasa 2024-06-10"), "\(edges.sorted())")
        #expect(!edges.contains { $0.contains("Ankara") }, "\(edges.sorted())")
    }

    /// "17:40 From Nairobi: the summit ended yesterday": a live entry's opening place is its
    /// meeting's venue, whatever city the live page is about.
    @Test func aLiveEntrysOpeningPlaceIsItsVenue() {
        let text = "Friday 15 March 2024 - updates from our correspondents in Kampala and Nairobi. Talks in Kampala went on.\n\n"
            + "17:40 From Nairobi: the Kenya-Somalia summit ended yesterday without agreement."
        let edges = attended(text, published: "2024-03-15")
        #expect(edges.contains("Kenya attended Nairobi 2024-03-14"), "\(edges.sorted())")
    }

    /// "Kenya live: …" heads a live page: an undated meeting at its venue is the page's day, not
    /// the day of another meeting the page mentions there.
    @Test func aLivePageNamedSoIsAboutItsOwnDay() {
        let text = """
            Kenya live: Musa hosts the rivals at State House as mediators fly in

            Friday 15 March 2024 - updates from our correspondents in Nairobi. All times Nairobi time.

            22:40 The round table is over. After almost four hours at the Mariinsky Palace, President Ali Musa and Prime Minister John Okot agreed to renounce the use of force.

            21:50 Around the table: Ugandan President Yoweri Kaguta and Rwandan President Paul Mugenzi.

            17:40 From Kampala: the Uganda-Rwanda summit ended yesterday with open disagreement. Ugandan President Yoweri Kaguta, who also took part in the summit, flew to Nairobi straight from Kampala.
            """
        let edges = attended(text, published: "2024-03-15")
        #expect(edges.contains("Paul Mugenzi attended Nairobi 2024-03-15"), "\(edges.sorted())")
        #expect(!edges.contains("Paul Mugenzi attended Nairobi 2024-03-14"), "\(edges.sorted())")
    }

    /// A text that opens on "returned to Nairobi this evening from Kisumu, where in the early
    /// hours of this morning he signed …" is about the signing in Kisumu (no stop on the way:
    /// nothing was placed before it), and "met yesterday afternoon in the State Lodge" in the next
    /// sentence, a building of no known city, is in Kisumu too, on its own day.
    @Test func aLedesWhereClauseIsTheStoryAndTheNextDayStaysThere() {
        let text = """
            Evening bulletin

            President William Otieno returned to Nairobi this evening from Kisumu, where in the early hours of this morning he signed with Ugandan President Yoweri Kaguta an accord on the lake.

            The two presidents met yesterday afternoon in the State Lodge, and Rwandan Foreign Minister Jean Habimana joined them.
            """
        let edges = attended(text, published: "2024-03-15")
        #expect(edges.contains("Yoweri Kaguta attended Kisumu 2024-03-15"), "\(edges.sorted())")
        #expect(edges.contains("Jean Habimana attended Kisumu 2024-03-14"), "\(edges.sorted())")
        #expect(!edges.contains { $0.contains("Nairobi") }, "\(edges.sorted())")
    }

    /// "signed yesterday … at the end of talks which the chairman of the bloc, President X of Y,
    /// opened on Friday": the talks are keyed by the day they opened, however long the clause's
    /// subject.
    @Test func anObjectClauseGivesTheDayTheTalksOpened() {
        let text = """
            Kenyan President William Otieno and Ugandan President Yoweri Kaguta signed the accord yesterday, Sunday 10 March 2024, in Kisumu, at the end of talks which the chairman of the regional bloc, President Paul Mugenzi of Rwanda, opened on Friday.
            """
        let edges = attended(text, published: "2024-03-11")
        #expect(edges.contains("Yoweri Kaguta attended Kisumu 2024-03-08"), "\(edges.sorted())")
        #expect(!edges.contains("Yoweri Kaguta attended Kisumu 2024-03-10"), "\(edges.sorted())")
    }

    /// "initialled on Monday, the 4th of March, in Kisumu": the date after the weekday is the
    /// day's own, no aside, and the place after it is the meeting's.
    @Test func anOrdinalDateAfterItsWeekdayDatesTheMeeting() {
        let text = """
            ARUSHA, 8 March 2024

            The accord was signed here this morning. It was initialled on Monday, the 4th of March, in Kisumu by Kenyan President William Otieno and Ugandan President Yoweri Kaguta.
            """
        let edges = attended(text, published: "2024-03-08")
        #expect(edges.contains("Yoweri Kaguta attended Kisumu 2024-03-04"), "\(edges.sorted())")
    }

    /// "opens the summit on Wednesday evening and hosts the sessions on Thursday": a schedule told
    /// in the simple present is to come; a photograph's caption tells what was in the historic
    /// present ("arrives … on Saturday. (Photo: …)"), so its weekday is the last one.
    @Test func aScheduleInThePresentIsToCome() {
        // Published on Wednesday 13 March 2024.
        let schedule = attended(
            "ANKARA, March 13 - Turkish President Ali Demir opens the regional summit in Ankara on Wednesday evening and hosts the leaders' sessions on Thursday and Friday. Greek Prime Minister Nikos Pappas holds talks with Demir at the summit on Thursday.",
            published: "2024-03-13")
        #expect(schedule.contains("Nikos Pappas attended Ankara 2024-03-14"), "\(schedule.sorted())")
        #expect(!schedule.contains { $0.hasSuffix("2024-03-07") }, "\(schedule.sorted())")
        let caption = attended(
            "Greek Prime Minister Nikos Pappas meets Turkish President Ali Demir at the summit in Ankara on Monday. (Photo: Presidency handout)",
            published: "2024-03-13")
        #expect(caption.contains("Nikos Pappas attended Ankara 2024-03-11"), "\(caption.sorted())")
    }

    /// "arrived in Bali on Sunday for the summit": the day is the arrival's; the summit keeps the
    /// day the text gives it. "flew to Sochi on Monday for three hours of talks" is the visit's day.
    @Test func anArrivalsDayIsNotTheMeetingsItCameFor() {
        let edges = attended("The summit opened in Bali on Tuesday. Kenya's President Ali Musa arrived in Bali on Sunday for the summit.")
        #expect(edges.contains("Ali Musa attended Bali 2024-03-12"), "\(edges.sorted())")
        let visit = attended("Kenya's President Ali Musa flew to Kampala on Monday for three hours of talks with President Sam Okello.")
        #expect(visit.contains("Ali Musa attended Kampala 2024-03-11"), "\(visit.sorted())")
    }

    /// "Thursday, 16 September: leaders met at the Palace of the Nation. Rahmon hosted A and B.":
    /// a sentence that dates no meeting goes on telling of the one dated just before it at the same
    /// venue, not the venue's latest ("Friday, 17 September: the other summit …").
    @Test func anUndatedMeetingIsTheOneDatedJustBefore() {
        let edges = attended("""
            Dushanbe summits harden the line

            SUMMARY

            Tajikistan used its turn as host of two regional summits in Dushanbe last week. Its president took a hard line. Analysts expect more tension.

            WHAT HAPPENED

            - Thursday, 14 March: leaders of the security bloc met at the Palace of the Nation. President Ali Musa hosted Kenyan President Kofi Mensah and Ugandan President Yoweri Kaguta.
            - Friday, 15 March: the economic bloc held its summit in the same building.
            """, published: "2024-03-18")
        #expect(edges.contains("Kofi Mensah attended Dushanbe 2024-03-14"), "\(edges.sorted())")
        #expect(!edges.contains("Kofi Mensah attended Dushanbe 2024-03-15"), "\(edges.sorted())")
    }

    /// "met in Vilnius on Tuesday 11 and Wednesday 12 July … The working session on Wednesday":
    /// a summit's two days, each with its weekday, make one meeting from its first day, and a
    /// session on its second day is inside it.
    @Test func aSummitsDaysWithTheirWeekdaysAreOneMeeting() {
        let edges = attended("""
            The heads of government of the alliance met in Vilnius on Tuesday 11 and Wednesday 12 July. The working session on Wednesday was chaired by NATO Secretary General Jens Stoltenberg.
            """, published: "2023-07-14")
        #expect(edges.contains("Jens Stoltenberg attended Vilnius 2023-07-11"), "\(edges.sorted())")
        #expect(!edges.contains { $0.hasSuffix("2023-07-12") }, "\(edges.sorted())")
    }
}
