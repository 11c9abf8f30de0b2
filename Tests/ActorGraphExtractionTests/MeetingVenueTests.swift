import ActorGraphModel
import Testing

@testable import ActorGraphExtraction

/// Where a meeting is held: capitals named by a descriptor, cities of several words, "there", and
/// places that describe a person rather than the meeting.
@Suite struct MeetingVenueTests {
    func events(_ text: String, published: String = "2024-03-15", title: String? = nil) -> Set<String> {
        Set(Fixture.graph(text, published: published, title: title).actors.filter { $0.kind == .event }.map(\.name))
    }

    /// "Friday, March 8: Lusaka": a heading sets the place and day of the meetings under it, up
    /// to the next heading; "Published March 8, 2024" is no heading.
    @Test func aHeadingSetsTheSceneForTheMeetingsUnderIt() {
        let text = """
            The week in review
            Published March 15, 2024
            Friday, March 8: Lusaka
            Kenyan President William Otieno met Zambia's President Hakainde Mwila at State House, his first visit since the crisis of February 2023.
            Tuesday, March 12: Nairobi
            Kenyan President William Otieno met Ugandan President Yoweri Kaguta.
            """
        #expect(events(text) == ["Lusaka 2024-03-08", "Nairobi 2024-03-12"])
        #expect(events("Uganda's president met Kenya's president in Lusaka on Tuesday.\nMonday: the dossier") == ["Lusaka 2024-03-12"])
    }

    /// A podcast's or a live page's segment opens on its time stamp: "[02:15] Nairobi, Monday." is
    /// still a heading that places and dates the meetings under it.
    @Test func aHeadingAfterATimeStampSetsTheScene() {
        let text = """
            Weekly show notes
            This week we follow Norway's foreign minister around the region.

            [02:15] Nairobi, Monday. Kenya's president received the Norwegian foreign minister, Jonas Gahr Store, for talks on Somalia.

            [09:40] Kampala, Tuesday. Store held talks with Ugandan President Yoweri Museveni.

            [15:20] Nairobi again, Thursday. Store went back to Nairobi for a second meeting with Kenya's president.
            """
        #expect(events(text, published: "2012-05-04") == ["Nairobi 2012-04-30", "Kampala 2012-05-01", "Nairobi 2012-05-03"])
        // A clock time opening an ordinary sentence is no heading.
        #expect(events("08:55 - Kenya's president met Uganda's president in Kampala on Tuesday.", published: "2012-05-04") == ["Kampala 2012-05-01"])
    }

    /// "the San Martin Palace in Buenos Aires": a building named after a person or a town, in the
    /// city named after it, is held in that city.
    @Test func aBuildingNamedLikeATownIsInTheCityAfterIt() {
        let text = "Leaders of the Union of South American Nations met in emergency session at the San Martin Palace in Buenos Aires late on Thursday."
        #expect(events(text, published: "2010-10-01") == ["Buenos Aires 2010-09-30"])
    }

    /// "had flown to Cairo after meeting X in Jerusalem": the meeting is where its own clause puts
    /// it, not where the traveller went next; "speaking in Ankara after talks with X" is one place.
    @Test func aDestinationBeforeAfterIsNotTheMeetingsPlace() {
        let text = "The envoy had flown to Cairo after meeting Israeli Prime Minister Benjamin Netanyahu in Jerusalem late on Tuesday."
        #expect(events(text, published: "2012-11-22") == ["Jerusalem 2012-11-20"])
        let speaking = "Zelensky, speaking in Ankara after talks with Turkish President Tayyip Erdogan on Tuesday, said Kyiv would not accept the outcome."
        #expect(events(speaking, published: "2025-02-19") == ["Ankara 2025-02-18"])
    }

    /// "at a house in Bilandkhel, in Orakzai Agency, near the town of Thall": the landmark the
    /// venue is near is not the venue.
    @Test func aLandmarkNearTheVenueIsNotTheVenue() {
        let text = "Pakistan and the Tehreek-e-Taliban Pakistan held talks on Wednesday. Officials said the meeting was held at a private house in Bilandkhel, in Orakzai Agency, near the town of Thall."
        #expect(events(text, published: "2014-03-26") == ["Bilandkhel 2014-03-26"])
    }

    /// "…, when Chisinau and Tiraspol signed a protocol": capitals listed before a meeting verb
    /// are its signers, not its venue.
    @Test func capitalsListedBeforeAMeetingVerbAreItsSigners() {
        let text = "The previous round was held in Berlin on 2 June 2016, when Chisinau and Tiraspol signed a protocol."
        #expect(events(text, published: "2017-11-28") == ["Berlin 2016-06-02"])
    }

    /// "San Sebastian" is a city even in a corpus where another document names Aung San Suu Kyi:
    /// the first word of a city's name is no bare name of a person.
    @Test func aCitysFirstWordIsNoPersonsName() {
        let corpus = Corpus(documents: [
            Document(name: "a.txt", text: "Myanmar's State Counsellor Aung San Suu Kyi opened the peace conference in Naypyidaw on Wednesday.", published: "2016-08-31"),
            Document(name: "b.txt", text: "A panel led by former Irish Taoiseach Bertie Ahern met on Monday at a palace in San Sebastian.", published: "2011-10-18"),
        ])
        let graph = BuildResult.build(corpus, lexicon: Fixture.lexicon, rules: Fixture.rules).graph
        let names = Set(graph.relations.map { "\(graph[$0.subject]!.name) \($0.kind.rawValue) \(graph[$0.object]!.name)" })
        #expect(names.contains("Bertie Ahern attended San Sebastian 2011-10-17"))
        #expect(!names.contains { $0.hasPrefix("Aung San Suu Kyi attended San Sebastian") || $0.contains("Suu Kyi") && $0.contains("2011") })
    }

    /// "…, according to the presidential office in Nairobi": where the source sits is not where
    /// the talks are (a live blog from the summit's city).
    @Test func aSourcesCityIsNoVenue() {
        let text = """
            EAST AFRICA LIVE - Kenya-Uganda summit, Kampala
            Wednesday, 13 March 2024 | All times EAT | Newest entries first

            Kenyan President William Otieno is in Kampala for a three-day summit with Ugandan President Yoweri Kaguta. Follow the latest below.

            10:00
            The second round of talks has begun at the Speke guesthouse, with no aides in the room, according to the presidential office in Nairobi.

            TUESDAY, 12 MARCH

            17:50
            The first round of talks has ended at State House after two hours. Otieno was joined by his foreign minister, Jean Mwangi.
            """
        let found = events(text, published: "2024-03-13")
        #expect(found.contains("Kampala 2024-03-12"))
        #expect(!found.contains { $0.hasPrefix("Nairobi") })
    }

    /// "the Belgrade-Pristina dialogue": two places a hyphen joins name the meeting's sides, not
    /// its venue; the dateline's city is where they met.
    @Test func placesJoinedByAHyphenAreNoVenue() {
        let text = """
            BRUSSELS - Miroslav Lajcak, the EU special representative for the Belgrade-Pristina dialogue, said he and EU foreign policy \
            chief Josep Borrell first met each delegation separately before bringing Vucic and Kurti into one room.
            """
        let found = events(text, published: "2022-08-19")
        #expect(found.contains { $0.hasPrefix("Brussels") })
        #expect(!found.contains { $0.hasPrefix("Pristina") || $0.hasPrefix("Belgrade") })
    }

    /// "Now to Entebbe, where President X and Y are due this morning at State House for a
    /// summit": a "where" clause places its meeting however many words its subject takes.
    @Test func aLongWhereClausePlacesItsMeeting() {
        let text = """
            WASHINGTON - Talks on the dam ended in Washington yesterday.

            Now to Entebbe, where President Salva Kiir of South Sudan and Riek Machar are due this morning at State House for a summit hosted by Uganda's President Yoweri Museveni.
            """
        let found = events(text, published: "2019-11-07")
        #expect(found.contains("Entebbe 2019-11-07"))
        #expect(!found.contains("Washington 2019-11-07"))
    }

    /// A telegram's header: "FROM: Brussels" is where the conference it reports meets, and the
    /// "DATED:" line under it is no place.
    @Test func aTelegramsSenderLinePlacesItsConference() {
        let text = """
            TELEGRAM RECEIVED

            FROM: Brussels
            DATED: November 16, 1937

            1. The Conference, which opened in the Palais des Academies on November 3, adopted the declaration. \
            The heads of delegations were all in their places, among them Mr. Anthony Eden for Great Britain and M. Yvon Delbos for France.
            """
        #expect(events(text, published: "1937-11-16") == ["Brussels 1937-11-03"])
    }

    /// A headline (the manifest's title) that puts its story "at Locarno" names the venue as a
    /// dateline would, over a city named once in the story's reactions; a first line that is no
    /// title does not.
    @Test func aHeadlinePlacesTheStory() {
        let headline = "Seven Nations Initial the Rhineland Pact at Locarno"
        let text = headline + """


            The conference opened on Monday, October 5, in the Palazzo del Pretorio. Britain sent its Foreign Secretary, Mr. Austen Chamberlain.

            In Moscow, the Soviet foreign commissar, who passed through Berlin before the conference, denounced the pact.
            """
        func events(title: String?) -> Set<String> {
            Set(Fixture.graph(text, published: "1925-10-17", title: title).actors.filter { $0.kind == .event }.map(\.name))
        }
        #expect(events(title: headline) == ["Locarno 1925-10-05"])
        #expect(events(title: nil) != ["Locarno 1925-10-05"])
    }

    /// A headline that names its meeting after a city ("What the Lisbon Conference Did") weighs
    /// that city as its "in Belem" does, so the story's own "in Lisbon" decides.
    @Test func aHeadlinesNamedMeetingWeighsAsItsPlace() {
        let headline = "Two Days in Belem: What the Lisbon Conference Did for Timor"
        let text = headline + """


            The conference opened on Wednesday, 26 August. Kenya and Chile sent delegations to the talks in Lisbon.
            """
        let events = Set(Fixture.graph(text, published: "1992-08-29", title: headline).actors.filter { $0.kind == .event }.map(\.name))
        #expect(events == ["Lisbon 1992-08-26"])
    }

    /// "Live: Lima Summit Ends Without a Deal": a headline drops the article before the city that
    /// names its meeting, which still weighs as "the Lima summit" would, over a meeting still to
    /// come in another city that the newest entry of a live blog names first.
    @Test func aHeadlineWithoutArticleNamesItsMeetingsCity() {
        let headline = "Live: Lima Summit Ends Without a Deal"
        let text = headline + """


            18:05
            Trade ministers will hold an emergency meeting in Brasilia next Tuesday, the presidency has announced.

            10:15
            The host welcomed the delegations and opened the summit. Chile and Ecuador attended the summit this morning.
            """
        let events = Set(Fixture.graph(text, published: "2024-03-13", title: headline).actors.filter { $0.kind == .event }.map(\.name))
        #expect(events == ["Lima 2024-03-13"], "\(events.sorted())")
    }

    /// "By a Staff Correspondent in Denpasar": a byline that says where the story was written is
    /// kept (a short byline without a place is page furniture) and places the meeting it reports,
    /// a city of one word as one of several.
    @Test func aBylinesPlacePlacesTheStory() {
        let text = "Leaders meet\n\nBy a Staff Correspondent in Denpasar\n\nThe five leaders met on Monday in the hotel. Kenya and Uganda attended the talks on Monday."
        #expect(events(text, published: "2024-03-13") == ["Denpasar 2024-03-11"])
        let credit = "Leaders meet\n\nBy Ana Mwangi\n\nKenya and Uganda attended the talks on Monday."
        #expect(!Fixture.graph(credit, published: "2024-03-13").actors.contains { $0.name.contains("Mwangi") })
    }

    /// "(FROM OUR LONDON CORRESPONDENT.)" under a provincial masthead ("LEEDS, WEDNESDAY, DECEMBER
    /// 18, 1912.") and four headline decks: the correspondent's city, in brackets and in capitals,
    /// places the meetings that name none, and the masthead yields to it.
    @Test func aBracketedCorrespondentsLineUnderHeadlineDecks() {
        let text = "Powers Meet\n\nTHE NORTHERN COURIER\nLEEDS, WEDNESDAY, DECEMBER 18, 1912.\nPRICE ONE PENNY.\n\nTHE PEACE TALKS.\nAMBASSADORS MEET.\nTHE QUESTION OF THE PORTS.\nA LONG SITTING.\n\n(FROM OUR LONDON CORRESPONDENT.)\n\n"
            + "Yesterday afternoon the Ambassadors of France and Russia met the Foreign Secretary at the Foreign Office."
        #expect(events(text, published: "1912-12-18") == ["London 1912-12-17"])
    }

    /// "STRESA, Italy, April 14 (CP) -- …" under a wire service's header lines and a headline: a
    /// dateline in capitals a few lines down still places the story, over the cities its later
    /// paragraphs visit.
    @Test func aWireDatelineUnderItsServicesHeader() {
        let text = "Powers Agree\n\nCONTINENTAL PRESS -- FOREIGN SERVICE\nNIGHT LEAD -- LAKE CONFERENCE -- 480 WORDS\n\nTHREE POWERS AGREE ON A COMMON LINE\n\n"
            + "BELLAGIO, Italy, April 14 (CP) -- Britain, France and Italy tonight closed a four-day conference on Lake Como with a joint declaration."
            + " The conference opened Thursday. Earlier, the British envoy went on alone to Moscow, where on March 29 he was received in the Kremlin."
        #expect(events(text, published: "1935-04-14").contains("Bellagio 1935-04-11"), "\(events(text, published: "1935-04-14").sorted())")
    }

    /// "HOME EDITION -- SAN DIEGO, SATURDAY, SEPTEMBER 8, 1951": a paper's masthead with a weekday
    /// places the text over its headline's "at Presidio"; under a correspondent's line ("From Our
    /// Own Correspondent, VICTORIA FALLS") the masthead's city yields.
    @Test func aMastheadPlacesTheTextUnlessACorrespondentsLineDoes() {
        let headline = "Treaty Signed at Presidio"
        let text = headline + """


            THE HARBOUR EVENING STAR
            HOME EDITION -- SAN DIEGO, SATURDAY, SEPTEMBER 8, 1951 -- 7 CENTS

            The conference opened Tuesday night. Kenya and Chile attended the conference.
            """
        let events = Set(Fixture.graph(text, published: "1951-09-08", title: headline).actors.filter { $0.kind == .event }.map(\.name))
        #expect(events == ["San Diego 1951-09-04"])
        let cabled = """
            THE VALLEY MAIL, Bulawayo, Wednesday, 27 August 1975
            From Our Own Correspondent, VICTORIA FALLS

            The conference between Kenya and Chile, held yesterday, broke up last night. Mr Otieno drove to his home in Bulawayo.
            """
        #expect(self.events(cabled, published: "1975-08-27") == ["Victoria Falls 1975-08-26"])
    }

    /// "at Punta del Este in Uruguay": two capitalised words a lowercase particle joins ("del",
    /// "de", "do") are one venue, as "Cierna nad Tisou" is.
    @Test func aVenueJoinedByARomanceParticle() {
        #expect(events("Kenya and Chile attended the conference at Punta del Este in Uruguay on Monday.", published: "1962-01-31") == ["Punta del Este 1962-01-29"])
    }

    /// "The 31st Pacific Islands Forum opened in Tarawa on Friday 27 October": a body's numbered
    /// gathering that opens is a meeting where no meeting noun names one; the body alone is none.
    @Test func aBodysNumberedGatheringIsAMeeting() {
        let text = "The 31st Pacific Islands Forum opened in Tarawa on Friday 27 October, with Australia and Samoa in the hall."
        #expect(events(text, published: "2000-10-31") == ["Tarawa 2000-10-27"])
        #expect(events("The Pacific Islands Forum opened an office in Tarawa on Friday 27 October.", published: "2000-10-31").isEmpty)
    }

    /// A live blog's divider of an earlier day ("SUNDAY 27 MARCH" under Monday's entries) dates
    /// the entries under it, "this afternoon" included; the day on top dates none.
    @Test func aLiveBlogsEarlierDayDatesItsEntries() {
        let text = """
            Live: talks in the desert

            LIVE DESK
            Talks -- live updates
            Monday 28 March 2022 | Newest first

            13:10
            President Ali Musa of Kenya met President Yoweri Kaguta of Uganda in Kampala this morning.

            11:00
            Some background on the talks.

            SUNDAY 27 MARCH

            18:05
            Kenya's foreign minister held talks in Nairobi this afternoon with Ethiopia's foreign minister.
            """
        #expect(events(text, published: "2022-03-28") == ["Kampala 2022-03-28", "Nairobi 2022-03-27"])
    }

    /// "arrived in Iran's capital to attend the meeting": the capital a state's possessive names,
    /// where the state does not act.
    @Test func aStatesCapitalByItsPossessive() {
        let text = "ISLAMABAD - Pakistan's foreign minister has arrived in Kenya's capital to attend a meeting of the IGAD foreign ministers on Wednesday."
        #expect(events(text) == ["Nairobi 2024-03-13"])
        #expect(!Fixture.edges(text).contains { $0.hasPrefix("Kenya attended") })
    }

    /// "wrapped up their summit after signing the Islamabad Declaration": the meeting is where the
    /// text it signed is named after, not where the next summit will be.
    @Test func aSummitIsWhereItsDeclarationIsNamedAfter() {
        let text = "Nepal and Bhutan on Tuesday attended the last session of the summit after signing the Islamabad Declaration. The next summit will be held in Dhaka in January 2025."
        #expect(events(text, published: "2024-01-06") == ["Islamabad 2024-01-02"])
    }

    /// "Qingdao" alone on the first line, as pages lose a dateline's dash: the text's venue.
    @Test func aLoneCityOnTheFirstLineIsTheDateline() {
        #expect(events("Qingdao\n\nPakistan and India attended the two-day summit held here on Sunday.", published: "2018-06-10") == ["Qingdao 2018-06-10"])
        #expect(events("Analysis\n\nPakistan and India attended the summit on Sunday.", published: "2018-06-10").isEmpty)
    }

    /// "to revive Gaza ceasefire talks": a city before a topic and a meeting noun is what the
    /// meeting is about; "the Cairo peace talks" are held in Cairo.
    @Test func aCityBeforeATopicIsNoVenue() {
        let text = "Egypt hosts a Hamas delegation to revive Gaza ceasefire talks. Hamas and Egyptian officials met in Cairo on Tuesday."
        #expect(events(text) == ["Cairo 2024-03-12"])
        #expect(events("Kenya and Uganda joined the Cairo peace talks on Tuesday.") == ["Cairo 2024-03-12"])
    }

    /// "PUTRAJAYA, Malaysia - … at talks in Malaysia": a country is the venue only when the text names no city in it.
    /// "arrived in Riyadh for talks … on a ceasefire in Gaza": a truce that "on" makes the talks'
    /// topic is where the fighting is, not where they meet; "signed a truce in Rome" is a venue.
    @Test func aTruceTopicsPlaceIsNoVenue() {
        #expect(events("Kenya's foreign minister arrived in Riyadh on Monday for talks with Saudi officials on a ceasefire in Gaza.") == ["Riyadh 2024-03-11"])
        #expect(events("Kenya and Uganda signed a truce in Rome on Monday.") == ["Rome 2024-03-11"])
    }

    /// "The mini-summit on peace in eastern Kenya was convened by …": a country after a direction
    /// word is a region of it, where the trouble is; the meeting is in the text's city.
    @Test func aRegionOfACountryIsNoVenue() {
        let text = "Regional leaders met in the Angolan capital on Tuesday. The mini-summit on peace and security in eastern Kenya was convened by Angolan President Joao Lourenco."
        #expect(events(text) == ["Luanda 2024-03-12"])
        #expect(events("Uganda and Rwanda met in Kenya on Tuesday.") == ["Kenya 2024-03-12"])
    }

    /// A fact box: "What: … summit …" over "Where and when: Accra, Tuesday 12 March 2024, at the
    /// invitation of …" places and dates the summit and the story under it; "What:" is no place.
    @Test func aFactBoxSaysWhereAndWhen() {
        let text = """
            Leaders suspend Niger

            AT A GLANCE

            What: Extraordinary summit of ECOWAS leaders on the coup in Niger.
            Where and when: Accra, Tuesday 12 March 2024, at the invitation of the Ghanaian president.

            THE STORY

            ACCRA - The summit named President Macky Sall of Senegal as mediator. Ghana's President Nana Akufo-Addo told the summit that democracy was at stake.
            """
        #expect(events(text, published: "2024-03-13") == ["Accra 2024-03-12"])
    }

    /// "in the hill resort of Murree, north of Islamabad": the town a place noun names, not the
    /// reference point of a bearing, however far the meeting noun stands.
    @Test func aBearingsReferencePointIsNoVenue() {
        #expect(events("Pakistan on Tuesday hosted the first meeting between the Afghan government and the Taliban, in the hill resort of Murree, north of Islamabad.") == ["Murree 2024-03-12"])
    }

    /// "in Arlington, just outside Washington": the place the venue is near is not the venue;
    /// nor is the owner of the building ("the State Department's training centre").
    @Test func aPlaceNearTheVenueOrItsOwnerIsNoVenue() {
        #expect(events("On Tuesday Armenian Foreign Minister Ararat Mirzoyan and Azerbaijani Foreign Minister Jeyhun Bayramov held a final session at the State Department's training centre in Arlington, just outside Washington.") == ["Arlington 2024-03-12"])
    }

    @Test func aCountryVenueIsTheTextsCityInIt() {
        #expect(events("PUTRAJAYA, Malaysia, March 12 (Wire) - Laos and Myanmar agreed to a truce at talks in Malaysia on Monday.") == ["Putrajaya 2024-03-11"])
        #expect(events("Laos and Myanmar agreed to a truce at talks in Malaysia on Monday.") == ["Malaysia 2024-03-11"])
    }

    /// "at Koenigstedt, a manor house in Vantaa": the city the building's description names.
    @Test func aDescribedBuildingIsInTheCityItsDescriptionNames() {
        #expect(events("Kenya and Somalia held talks at Koenigstedt, a manor house in Vantaa, on Monday.") == ["Vantaa 2024-03-11"])
    }

    /// "at the Istana", "at the Elysee": one unknown capitalised word after "the" is a landmark,
    /// so the meeting is at the city the text gives elsewhere.
    @Test func aLandmarkAfterTheIsNoCity() {
        let text = "Kenya and Somalia held talks in Nairobi on Monday. On Tuesday President Ali Musa received Foreign Minister Sara Deng at the Bellavista, the seat of the government."
        #expect(events(text) == ["Nairobi 2024-03-11", "Nairobi 2024-03-12"])
        #expect(events("Kenya and Somalia held talks at Bellavista on Monday.") == ["Bellavista 2024-03-11"])
    }

    /// "travelled to Juba, meeting X there": "there" is the place named before in the sentence,
    /// not the meeting named before it in the text.
    @Test func thereIsThePlaceNamedBeforeInTheSentence() {
        let text = "Kenya and Somalia held talks in Nairobi on Monday. Foreign Minister Sara Deng travelled twice to Juba, meeting President John Okot there on March 2."
        #expect(events(text) == ["Nairobi 2024-03-11", "Juba 2024-03-02"])
    }

    /// "in the resort of Malindi on March 2, where X sat down with Y": the place "where" refers to;
    /// "sat down" is a meeting, "sat on the council" none; an event word opening the sentence
    /// and a date holding a comma read safely.
    @Test func whereRefersToThePlaceBeforeIt() {
        let text = "Kenya and Somalia held talks in Nairobi on Monday. The round followed a meeting in the resort of Malindi on March 2, where Foreign Minister Ali Musa sat down with President John Okot."
        #expect(events(text) == ["Nairobi 2024-03-11", "Malindi 2024-03-02"])
        #expect(events("General Ali Musa sat on the council in Nairobi on Monday.").isEmpty)
        #expect(events("Talks opened in Nairobi on March 2, 2024, where Foreign Minister Ali Musa sat down with President John Okot.") == ["Nairobi 2024-03-02"])
    }

    /// "held three days of talks in Geneva that ended on Wednesday": keyed by the first day.
    @Test func daysOfTalksThatEndedStartedEarlier() {
        #expect(events("Kenya and Somalia held three days of talks in Geneva that ended on Wednesday.") == ["Geneva 2024-03-11"])
    }

    /// "…, and X met Y in Juba on March 2": a date in another clause of the sentence ("in
    /// January") dates the meeting only when its own clause gives none.
    @Test func aDateInTheMeetingsOwnClauseComesFirst() {
        let text = "The envoy carried the invitation to Nairobi in January, and President Ali Musa met President John Okot in Juba on March 2."
        #expect(events(text) == ["Juba 2024-03-02"])
    }

    /// A reception is a meeting when a person is received: after a role ("received his Kenyan
    /// counterpart, X"), and in the passive with the place or day between ("was received in
    /// Juba by X"); "received weapons" is none. "visited Juba" names the place of the visit.
    @Test func aReceptionAfterARoleOrInThePassive() {
        #expect(events("Foreign Minister Sara Deng received her Kenyan counterpart, Musa Otieno, in Juba on Friday.") == ["Juba 2024-03-15"])
        #expect(events("On Thursday General Ali Musa was received in Juba by President John Okot.") == ["Juba 2024-03-14"])
        #expect(events("On Thursday the rebels received weapons in Juba from Sudan.").isEmpty)
        #expect(events("General Ali Musa visited Juba on Tuesday, where he held talks with President John Okot.") == ["Juba 2024-03-12"])
    }

    /// "He saw President X in Juba" is a meeting, as a reception is; "saw a rise" and "saw X as
    /// a partner" are none.
    @Test func seeingAPersonIsAMeeting() {
        #expect(events("Foreign Minister Sara Deng saw President John Okot in Juba on Friday.") == ["Juba 2024-03-15"])
        #expect(events("On Friday Juba saw a rise in fighting, Foreign Minister Sara Deng said.").isEmpty)
        #expect(events("On Friday in Juba, Foreign Minister Sara Deng saw President John Okot as a partner.").isEmpty)
        #expect(events("Foreign Minister Sara Deng flew to Juba on Friday to see President John Okot.") == ["Juba 2024-03-15"])
        #expect(events("In Juba on Friday, Foreign Minister Sara Deng said she wanted to see President John Okot step down.").isEmpty)
    }

    /// "spent two hours with President X at the palace in Juba" is a meeting; "spent weeks on a
    /// campaign" and "spent two hours on the telephone with X" are none.
    @Test func timeSpentWithSomeoneIsAMeeting() {
        #expect(events("Foreign Minister Sara Deng spent two hours with President John Okot at the palace in Juba on Friday.") == ["Juba 2024-03-15"])
        #expect(events("In Juba, Sudan has spent weeks on a campaign with new maps, Foreign Minister Sara Deng said.").isEmpty)
        #expect(events("On Friday in Juba, Foreign Minister Sara Deng spent two hours on the telephone with President John Okot.").isEmpty)
    }

    /// "sat the leaders of the two camps down together at Naivasha": whom someone sat down met
    /// there ("sat on the council that voted the plan down" is no meeting).
    @Test func sittingOthersDownIsAMeeting() {
        #expect(events("On Monday President John Okot sat the leaders of the two camps down together at Naivasha.") == ["Naivasha 2024-03-11"])
        #expect(events("On Monday President John Okot sat on the council in Naivasha that voted the plan down.").isEmpty)
    }

    /// "President X of Senegal proposed a standing force" at a summit: a proposal made at the
    /// meeting is no hedge on being there ("the proposed talks" are).
    @Test func aProposalMadeAtTheMeetingIsNoHedge() {
        let edges = Fixture.edges("At the summit in Paris, which opened on Monday under President Jean Morel, President Amadou Diallo of Senegal proposed a standing African force.")
        #expect(edges.contains("Amadou Diallo attended Paris 2024-03-11"), "\(edges.sorted())")
    }

    /// "flew back to Nairobi this evening": where someone went home to is no venue of the
    /// meeting the sentence names.
    @Test func goingBackHomeNamesNoVenue() {
        let text = "CARACAS, March 15 - The Tenth Inter-American Conference adopted a declaration today. Secretary of State Ali Musa, who led the"
            + " Kenyan delegation from the opening session on March 11, flew back to Nairobi this evening, before the conference had finished its business."
        #expect(!events(text).contains { $0.hasPrefix("Nairobi") }, "\(events(text))")
    }

    /// "Its opening session on March 4 … agreed on Monday": one meeting, keyed by its first day.
    @Test func anOpeningSessionStartsTheMeeting() {
        let text = "The conference opened in Crans-Montana. Its opening session on March 4 was chaired by Kenya. Kenya and Somalia signed the accord at the conference on Monday."
        #expect(events(text) == ["Crans-Montana 2024-03-04"])
    }

    /// "In Kabul, X stood beside President Y": a sentence that names no meeting but opens on
    /// another venue is a meeting there, not the one named before.
    @Test func aSentenceOpeningOnAnotherVenueIsAMeetingThere() {
        let text = "Kenya and Somalia signed the accord in Doha on Saturday. In Nairobi, the Ugandan foreign minister stood beside Kenyan President Ali Musa this afternoon."
        #expect(events(text) == ["Doha 2024-03-09", "Nairobi 2024-03-15"])
        // "On the same day in Nairobi, …": a time may come first; "the same day" is the day of
        // the meeting before.
        let sameDay = "Kenya and Somalia signed the accord in Doha on Saturday. On the same day in Nairobi, the Ugandan foreign minister stood beside Kenyan President Ali Musa."
        #expect(events(sameDay) == ["Doha 2024-03-09", "Nairobi 2024-03-09"])
    }

    @Test func aDemonymAndCapitalNameTheStatesCapital() {
        #expect(events("Ethiopia and Eritrea held talks in the Kenyan capital on Tuesday.") == ["Nairobi 2024-03-12"])
    }

    @Test func aCityOfSeveralWordsIsAVenue() {
        #expect(events("Kenya and Tanzania held talks in Dar es Salaam on Monday.") == ["Dar es Salaam 2024-03-11"])
    }

    /// A live blog's present ("has arrived in Lome, where … is co-chairing the summit") dates
    /// its meeting to the day of publication, not to the meeting the text recalled first.
    @Test func aMeetingGoingOnAsTheTextIsWrittenIsHeldThatDay() {
        let text = """
            Ghana and Togo signed the truce in Lome on Tuesday.
            Kenya's President Ali Musa has arrived in Lome, where Togolese President Ama Dogbe is co-chairing the summit.
            """
        #expect(events(text) == ["Lome 2024-03-12", "Lome 2024-03-15"])
        #expect(events("Kenya and Somalia have met in Lome for talks.") == ["Lome 2024-03-15"])
    }

    /// "in Singapore": a state whose capital bears its name is a city, a venue further off than
    /// a country would be.
    @Test func aCityStateIsAVenue() {
        #expect(events("Kenya and Somalia met on Tuesday in Singapore.") == ["Singapore 2024-03-12"])
        #expect(events("Kenya and Somalia met on Tuesday in Tanzania.").isEmpty)
    }

    /// "expected to meet X in Budapest, but no date has been set": a meeting to come at a venue
    /// the text dates no meeting at is no event.
    @Test func aMeetingToComeWithoutADayIsNoEvent() {
        #expect(events("Kenya's President Ali Musa said he expected to meet Uganda's President Yoweri Kaguta at a summit in Kampala, but no date has been set.").isEmpty)
    }

    /// "King X received President Y in Amman": a reception of a person is a meeting; "received
    /// weapons" and "received Y's letter" are none.
    @Test func aReceptionOfAPersonIsAMeeting() {
        let edges = Fixture.edges("King Abdullah II of Jordan received Kenya's President Ali Musa in Amman on Monday.")
        #expect(edges.contains("Ali Musa attended Amman 2024-03-11"))
        #expect(edges.contains("Abdullah II attended Amman 2024-03-11"))
        #expect(events("Kenya received weapons from Uganda in Kampala on Monday.").isEmpty)
        #expect(events("Kenya's President Ali Musa received Uganda's President Yoweri Kaguta's letter in Kampala on Monday.").isEmpty)
    }

    /// "In August Egypt signed a pact with Somalia": an unplaced meeting dated only to a month is
    /// another occasion than the one the text places; "this week" may be the text's own.
    @Test func anUnplacedMeetingOfAMonthIsNotTheTextsOwn() {
        let text = "Kenya and Somalia held talks in Lome on Monday. In February Kenya signed a defence pact with Uganda."
        #expect(events(text) == ["Lome 2024-03-11"])
    }

    /// A surname the text gives a person ("President Omar Sheikh") is not read inside a city's
    /// name ("Sharm el-Sheikh").
    @Test func aSurnameInsideACityIsTheCitys() {
        let text = "Somali President Omar Sheikh Abdi spoke in Mogadishu on Monday. Kenya and Somalia held talks in Sharm el-Sheikh on Tuesday."
        #expect(events(text).contains("Sharm el-Sheikh 2024-03-12"))
    }

    /// A hotel's hyphenated name is not a city: "the Royal-Tulip Hotel" is not "Royal".
    /// "at Camp Marlow": two capitalised words no list knows are a venue; "the X conference
    /// centre" is a building, whose city comes from elsewhere.
    @Test func twoUnknownCapitalisedWordsAreAVenue() {
        #expect(events("Kenya and Uganda met at Camp Marlow on Monday.") == ["Camp Marlow 2024-03-11"])
        #expect(events("Ghana and Togo signed the accord at the Kara conference centre in Lome on Monday.") == ["Lome 2024-03-11"])
    }

    /// Words a hyphen joins are one venue: in a dateline, after "the city of", after "in".
    @Test func aHyphenatedNameIsOneVenue() {
        #expect(events("AL-ULA, Saudi Arabia, Jan 5 - Gulf leaders met on Tuesday. Kuwait and Qatar attended the summit.", published: "2021-01-05")
            == ["Al-Ula 2021-01-05"])
        #expect(events("Kuwait and Qatar met in the desert city of al-Ula on Tuesday.", published: "2021-01-05") == ["al-Ula 2021-01-05"])
        #expect(events("Greece and Turkey met in Crans-Montana on Monday.") == ["Crans-Montana 2024-03-11"])
    }

    @Test func theFirstWordOfAHyphenatedNameIsNoVenue() {
        #expect(events("TUNIS — Chad and Niger held talks at the Royal-Tulip Hotel on Monday.") == ["Tunis 2024-03-11"])
    }

    /// "at the Europa building": a name between "the" and a building noun is no city.
    @Test func aBuildingsNameIsNoVenue() {
        #expect(events("ACCRA — Ghana and Togo held talks at the Europa building on Monday.") == ["Accra 2024-03-11"])
    }

    /// "Brussels, 27 February 2023 —": a dateline written with a comma and the date.
    @Test func aDatelineWithItsDate() {
        let text = "Tirana, 11 March 2024 — Transcript. Today I hosted Ghana and Togo here for a new meeting of the dialogue. "
            + "See you in Lome."
        #expect(events(text, published: "2024-03-11") == ["Tirana 2024-03-11"])
    }

    /// "travelled to the Russian capital for talks": the capital is the venue, not a participant.
    @Test func aCapitalNamedByItsStateIsAPlace() {
        let edges = Fixture.edges("Chad and Niger travelled to the Kenyan capital for talks on Monday.")
        #expect(edges == ["Chad attended Nairobi 2024-03-11", "Niger attended Nairobi 2024-03-11"])
    }

    /// "at the Spiridonovka mansion in central Moscow": a building's name is no city, and a
    /// direction word leaves the capital a venue.
    @Test func aMansionInCentralMoscow() {
        #expect(events("Armenia and Azerbaijan held talks at the Ostrov mansion in central Moscow on Friday.") == ["Moscow 2024-03-15"])
    }

    /// "a framework hammered out in Lima last month": a place dated by a month is another
    /// occasion's, not the text's venue.
    @Test func aPlaceOfLastMonthIsNotTheTextsVenue() {
        let text = "Officials from Chile and Peru met on Monday. They discussed a framework hammered out in Lima last month."
        #expect(!events(text).contains { $0.hasPrefix("Lima") })
    }

    /// Wire datelines: a capital of two words, an agency in brackets, a date after a comma, a
    /// spaced hyphen for a dash; a hyphen joining words is no dash.
    @Test(arguments: [
        "Addis Ababa (AFP) - Kenya and Uganda held talks on Monday.",
        "ADDIS ABABA, March 11 (Reuters) - Kenya and Uganda held talks on Monday.",
        "Addis Ababa, 11 March 2024 — Kenya and Uganda held talks on Monday.",
    ])
    func wireDatelines(_ text: String) {
        #expect(events(text) == ["Addis Ababa 2024-03-11"])
    }

    @Test func aHyphenatedNameIsNoDateline() {
        let text = "Nairobi-Kampala Dialogue: remarks after the meeting. Kenya and Uganda held talks in Arusha on Monday."
        #expect(events(text) == ["Arusha 2024-03-11"])
    }

    /// A city of several words as a dateline and after "the resort of".
    @Test func aCityOfSeveralWordsAsDatelineAndAfterResortOf() {
        #expect(events("DAR ES SALAAM, Tanzania (wire) — Kenya and Uganda held talks on Monday.") == ["Dar Es Salaam 2024-03-11"])
        #expect(events("Kenya and Uganda met on Monday at a summit in the Egyptian resort of Sharm el-Sheikh.") == ["Sharm el-Sheikh 2024-03-11"])
    }

    /// "travelled to Accra last month to arrange today's meeting": Accra is where the travel went,
    /// dated otherwise than the meeting.
    @Test func aPlaceDatedOtherwiseIsAnotherEventsPlace() {
        let text = "LOME — Ghana's envoy, who travelled to Accra last month to arrange today's meeting, met Togo's president."
        #expect(!events(text).contains { $0.hasPrefix("Accra") })
    }

    /// "a March 31 deadline" dates no meeting; the lede's Thursday does.
    @Test func aDeadlineDatesNoMeeting() {
        let text = "ACCRA — Ghana and Togo reached a deal on Thursday. It came after days of talks in Accra that ran past a March 12 deadline."
            + " Togo's foreign minister attended the talks."
        #expect(events(text, published: "2024-03-15") == ["Accra 2024-03-14"])
    }

    /// "agreed on a ceasefire, to take effect on Thursday": the day the truce applies from, not
    /// the summit's (which "opened on Saturday").
    @Test func theDayAnAgreementTakesEffectDatesNoMeeting() {
        let text = "The presidents of Kenya and Uganda, meeting in Kampala, have agreed on a ceasefire, to take effect on Thursday. The summit opened on Saturday."
        #expect(events(text, published: "2024-03-18") == ["Kampala 2024-03-16"])
    }

    /// "their plenary sessions, which began in … Kampala on Monday,": a relative clause on the
    /// meeting noun itself is no aside; it says where and when the meeting was.
    @Test func aClauseOnTheMeetingNounGivesItsVenue() {
        let text = "President William Ruto of Kenya and President Yoweri Museveni of Uganda settled the text in their plenary sessions, which began in the Great Hall of the People in Kampala on Monday, the day we arrived."
        #expect(events(text) == ["Kampala 2024-03-11"])
    }

    /// "at Cierna nad Tisou", "in Frankfurt am Main": a lowercase particle of place names joins
    /// two capitalised words no gazetteer knows into one venue.
    @Test func aParticleJoinsAPlaceName() {
        #expect(events("Kenya and Uganda held talks at Cierna nad Tisou on Monday.") == ["Cierna nad Tisou 2024-03-11"])
        #expect(events("Kenya and Uganda held talks in Kleinstadt am Rhein on Monday.") == ["Kleinstadt am Rhein 2024-03-11"])
    }

    /// "their plenary sessions": a meeting noun right before another is one meeting with it, placed
    /// and dated by the head noun, not an undated meeting of its own dated to the text's latest.
    @Test func aMeetingNounModifyingAnotherIsOneMeeting() {
        let text = """
            Questions were taken in the evening. The briefing was short. Reporters asked about trade. Answers were brief.

            President William Ruto of Kenya and President Yoweri Museveni of Uganda settled its principles in their plenary sessions, which began in the State House in Kampala on Monday, the afternoon we arrived.

            A banquet in Kampala tonight closes the visit.
            """
        let edges = Fixture.edges(text, published: "2024-03-15")
        #expect(edges.contains("William Ruto attended Kampala 2024-03-11"), "\(edges.sorted())")
    }

    /// "THE HAGUE --": a dateline whose city opens with the article.
    /// "When the last session of the conference broke up on Wednesday, X, who had presided over it
    /// since it opened in The Hague on 23 August, …": the day "it" opened is the meeting's first,
    /// ten weeks before its last.
    @Test func aDatelineWithTheArticleAndAStatedOpeningLongBefore() {
        #expect(events("THE HAGUE -- Kenya and Uganda held talks on Wednesday.", published: "2024-03-15") == ["The Hague 2024-03-13"])
        let text = "THE HAGUE -- When the last session of the conference broke up on Wednesday, Dr Willem Drees of the Netherlands, who had presided over it since it opened in The Hague on 23 August, shook hands with Dr Mohammad Hatta of Indonesia."
        #expect(events(text, published: "1949-11-07") == ["The Hague 1949-08-23"])
    }

    /// "The conference at Potsdam ended yesterday. … signed the protocol at the Cecilienhof, a
    /// country house beside the Jungfernsee, where the talks opened on 17 July": the unplaced
    /// "the talks" that opened before the placed meeting closed is its start, the signing that
    /// day is at it, and a landmark after "the" before ", where" is no venue.
    @Test func anUnplacedOpeningIsTheStartOfTheMeetingBefore() {
        let text = "BERLIN, August 3 -- The conference of the three heads of government at Potsdam ended yesterday. President Harry S. Truman and Prime Minister Clement Attlee signed the protocol at the Cecilienhof, a country house beside the Jungfernsee, where the talks opened on 17 July."
        #expect(events(text, published: "1945-08-03") == ["Potsdam 1945-07-17"])
    }

    /// "at the Kitona military base": a base is named for its place; "Talks With Adoula at Base"
    /// (a headline's title case) names no city "Base", and "Envoy Flew Him In" no person "Flew".
    @Test func aBaseIsNamedForItsPlace() {
        #expect(events("Kenya and Uganda held talks on Monday at the Kitona military base near the river.") == ["Kitona 2024-03-11"])
        // (A cosmodrome or an airbase likewise: "at the Vostochny cosmodrome".)
        #expect(events("Kenya and Uganda held talks on Monday at the Vostochny cosmodrome.") == ["Vostochny 2024-03-11"])
        let headline = "Signs Accord After All-Night Talks With Kenya at Base; U.S. Envoy Flew Him In\n\nNAIROBI -- Uganda and Kenya held talks on Monday."
        #expect(events(headline) == ["Nairobi 2024-03-11"])
        #expect(!Fixture.edges(headline).contains { $0.hasPrefix("Flew ") })
    }

    /// "four days of talks … at Moroto, a market town on the border, which opened on 4 March": a
    /// clause on the sentence's one meeting, after an aside, gives its first day (not the last).
    @Test func aWhichClauseAfterAnAsideGivesTheOpening() {
        let text = "The accord was agreed at the end of four days of talks between Kenya and Uganda at Moroto, a market town on the border, which opened on 4 March."
        #expect(events(text) == ["Moroto 2024-03-04"])
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

    /// A named building in a town: "the Greentree estate in Manhasset" is held in Manhasset, while
    /// "Lincoln University near Christchurch" is not held in Christchurch.
    @Test func aNamedBuildingIsInTheTownAfterIt() {
        #expect(events("Morocco and Algeria met on Monday at the Greentree estate in Manhasset.", published: "2007-06-20") == ["Manhasset 2007-06-18"])
    }

    /// "flew to Abu Dhabi, where they held talks": a city before ", where" is a place, not its state.
    @Test func aCityBeforeWhereIsTheVenue() {
        let text = "A delegation led by Jared Kushner flew from Israel to Abu Dhabi, where they held talks with UAE officials on Monday."
        #expect(events(text, published: "2020-09-02") == ["Abu Dhabi 2020-08-31"])
    }

    /// A city far from the meeting noun, with no other place or meeting between them, is its venue.
    @Test func aLoneCityFarAfterTheMeetingNoun() {
        let text = "The talks moved between Geneva and Caracas. The formal signing came sixteen days later, on 16 January 1992, in the great hall of a castle in Mexico City."
            + " Mexico's President Carlos Salinas de Gortari hosted the ceremony."
        #expect(events(text, published: "1992-01-20") == ["Mexico City 1992-01-16"])
    }

    /// "met yesterday … A second session was held this morning": a later sitting is the meeting
    /// held a day before, keyed by that day (not the preliminary session two days before that).
    /// "the Communist delegation" names no place.
    @Test func aSecondSessionIsTheMeetingUnderWay() {
        let text = "KAESONG, July 11 - The delegations of the United Nations Command and of North Korea met yesterday morning at Kaesong."
            + " A second session was held this morning. Facing them sat the Communist delegation: General Nam Il of North Korea."
            + " Yesterday's meeting followed a preliminary session at Kaesong on Sunday."
        #expect(events(text, published: "1951-07-11") == ["Kaesong 1951-07-10"])
        #expect(Fixture.edges(text, published: "1951-07-11").contains("Nam Il attended Kaesong 1951-07-10"))
    }

    /// An undated meeting at the text's venue takes no day of a sentence that opens with its
    /// date and goes on at another venue ("On Monday the two Chief Ministers met in Kuala
    /// Lumpur", "On October 17 X came out of the jungle at Klian Intan to meet …").
    @Test func aDateOpeningASentenceAtAnotherVenueDatesNoMeetingHere() {
        let text = "Baling, Kedah\n\nChin Peng walked into the school at Baling on Wednesday morning."
            + " He shook hands with the three men who had come to meet him and sat down.\n\nAcross the table sat Tunku Abdul Rahman,"
            + " Chief Minister of the Federation of Malaya; and Mr. Lim Yew Hock, Chief Minister of Singapore.\n\n"
            + "On October 17 Chen Tien came out of the jungle at Klian Intan to meet two officials. On Monday the two Chief Ministers met in Kuala Lumpur."
        #expect(Fixture.edges(text, published: "1955-12-30").contains("Tunku Abdul Rahman attended Baling 1955-12-28"))
    }

    /// "the President of the Republic" names no place.
    @Test func theRepublicIsNoPlace() {
        let text = "ALVOR, Portugal, Jan. 15 - An hour ago the President of the Republic signed with the three movements the agreement. Dr. Agostinho Neto signed for the MPLA."
        #expect(events(text, published: "1975-01-15") == ["Alvor 1975-01-15"])
    }

    /// A cable's header ("SUBJECT: …") names no place.
    @Test func aCableHeaderIsNoDateline() {
        let text = "SUBJECT: MOLDOVA AND TRANSNISTRIA SIGN MEMORANDUM\n\nMoldovan President Petru Lucinschi signed the memorandum in Moscow yesterday."
        #expect(events(text, published: "1997-05-09") == ["Moscow 1997-05-08"])
    }

    /// The first day of a meeting of several days: "meeting since Monday, 19 January", "who opened
    /// them on 14 July", "at the close of a two-day summit" (on the day the lede gives).
    @Test func theFirstDayOfAMeetingOfSeveralDays() {
        #expect(events("Papua New Guinea signed the agreement at Lincoln on 23 January. The leaders had been meeting at Lincoln since Monday, 19 January.", published: "1998-02-10")
            == ["Lincoln 1998-01-19"])
        #expect(events("ALVOR, Portugal, Jan. 15 - Dr. Agostinho Neto signed for the MPLA today the agreement that the delegations have been negotiating here since Friday.", published: "1975-01-15")
            == ["Alvor 1975-01-10"])
        #expect(events("Uganda and the rebels signed a truce in Juba on Saturday. The talks in Juba are mediated by Riek Machar, who opened them on 14 July.", published: "2006-08-28")
            == ["Juba 2006-07-14"])
        #expect(events("GUATEMALA CITY, Aug. 8 - Five presidents signed a peace plan here on Friday. It was signed at the close of a two-day summit by Costa Rica and Honduras.", published: "1987-08-08")
            == ["Guatemala City 1987-08-06"])
        // "since the first session of the conference on Wednesday, August 9": the session this
        // morning belongs to the conference that session opened.
        #expect(events("LISBON, Aug. 29 -- At a session this morning in the palace, Kenya and Chile reached agreement. The envoys have met almost daily since the first session of the conference on Wednesday, August 9.", published: "1975-08-29")
            == ["Lisbon 1975-08-09"])
        // "ended two days of talks at Arusha" on the day of publication: they opened the day before.
        #expect(events("ARUSHA, Aug. 29 -- The ministers ended two days of talks in Arusha today. Kenya and Uganda attended the talks.", published: "1975-08-29")
            == ["Arusha 1975-08-28"])
        // "who has presided over the sittings since the opening on January 16": the day it opened.
        #expect(events("The Conference at Bled is over. The Foreign Minister of Austria, who has presided over the sittings since the opening on March 2, signed first. Austria and Italy attended the conference.", published: "1931-04-14")
            == ["Bled 1931-03-02"])
        // "since President X opened it on the fifteenth": "it" is the conference.
        #expect(events("The conference in Quito has ended. Peru's minister, who has presided over the conference since President Luis Mora opened it on the fifteenth, read the text last night. Peru and Chile attended the conference.", published: "1950-01-29")
            == ["Quito 1950-01-15"])
        // "which opened at Lausanne on November 20 last, has thus ended after eight months": a
        // start said with the end reaches back past the usual three months.
        #expect(events("LOCARNO, July 24 -- The treaty was signed here this afternoon. The Conference, which opened at Locarno on November 20 last, has thus ended after eight months. Greece and Turkey attended the conference.", published: "1930-07-25")
            == ["Locarno 1929-11-20"])
    }

    /// "Salinas hosted the ceremony": a meeting noun after another in its sentence is that one.
    @Test func aSecondMeetingNounOfTheSentenceIsTheFirst() {
        let edges = Fixture.edges("The accord was signed in Mexico City on 16 January 1992. Mexico's President Carlos Salinas hosted the ceremony.", published: "1992-01-20")
        #expect(edges.contains("Carlos Salinas attended Mexico City 1992-01-16"))
    }

    /// "GUATEMALA CITY, Aug. 8 - … signed here on Friday": the day the sentence gives, not the
    /// dateline's (the day the story was filed).
    @Test func aDatelinesDateGivesWayToTheSentencesDay() {
        #expect(events("GUATEMALA CITY, Aug. 8 - The presidents of Costa Rica and Honduras signed a peace plan here on Friday.", published: "1987-08-08") == ["Guatemala City 1987-08-07"])
    }

    /// "Yesterday, in Jeddah, …": a sentence that opens on a city sets the scene for an unplaced,
    /// undated meeting in the next sentences, as a placed meeting would.
    @Test func aSentenceOpeningOnACitySetsTheScene() {
        let text = "Kenya and Uganda met in Nairobi on March 1. Yesterday, in Jeddah, the two presidents put their names to a peace agreement."
            + " The UN's Secretary-General Antonio Guterres also attended the signing."
        let edges = Fixture.edges(text, published: "2024-03-15")
        #expect(edges.contains("Antonio Guterres attended Jeddah 2024-03-14"))
    }

    /// "On Sunday, in the Black Sea resort of Sochi, …": a place noun's "of X" opens on a city too.
    @Test func aSentenceOpeningOnAPlaceNounsCitySetsTheScene() {
        let text = "Kenya and Uganda met in Nairobi on March 1. On Sunday, in the Black Sea resort of Sochi, the two presidents shook hands."
            + " The UN's Secretary-General Antonio Guterres also attended the meeting."
        let edges = Fixture.edges(text, published: "2024-03-12")
        #expect(edges.contains("Antonio Guterres attended Sochi 2024-03-10"))
    }

    /// An explainer's question heading ending on a place ("What happened in Sochi?") sets the
    /// scene for the answer below it: "there" is Sochi, not the meeting named before.
    @Test func aQuestionHeadingEndingOnAPlaceSetsTheScene() {
        let text = "Kenya and Uganda met in Nairobi on March 1.\n\nWhat happened in Sochi?\n\n"
            + "The regional bloc was meeting there for its summit on trade. Antonio Guterres also attended the summit."
        let edges = Fixture.edges(text, published: "2024-03-12")
        #expect(edges.contains { $0.hasPrefix("Antonio Guterres attended Sochi") })
        #expect(!edges.contains { $0.hasPrefix("Antonio Guterres attended Nairobi") })
    }

    /// "shook hands in the Ethiopian capital on Friday": the lede dates the meeting at Addis
    /// Ababa, which it names by its state's demonym, not some other occasion.
    @Test func aLedesDayInTheCapitalADemonymNamesDatesItsMeeting() {
        let text = "The presidents of Kenya and Uganda shook hands in the Ethiopian capital on Friday. The border clashes began on Saturday 1 March."
            + " The summit was attended by Antonio Guterres."
        #expect(Fixture.edges(text, published: "2024-03-16").contains("Antonio Guterres attended Addis Ababa 2024-03-15"))
    }

    /// In a text written in capitals, two capitalised words after "at" are no venue: "AT HEAVY
    /// COST" is not a place.
    @Test func capitalsInACableNameNoVenue() {
        let text = "THE TALKS OPENED ON MONDAY. KENYAN AND UGANDAN ENVOYS MET AT HEAVY COST, THEIR AIDES SAID."
        let names = events(text, published: "2024-03-13")
        #expect(!names.contains { $0.hasPrefix("HEAVY") || $0.hasPrefix("Heavy") }, "\(names.sorted())")
    }

    /// A live report ("LIVE: …") is about its own day: its undated talks are not dated by
    /// another meeting an earlier day that the text recalls.
    @Test func aLiveReportsUndatedMeetingIsOnItsDay() {
        let text = "LIVE: Kenya and Uganda leaders meet at the border\n\nBUSIA, Kenya - The talks are under way. President William Ruto of Kenya attended the talks."
            + " On Saturday the two presidents had attended a regional meeting that was held in Kampala."
        let edges = Fixture.edges(text, published: "2024-03-12")
        #expect(edges.contains("William Ruto attended Busia 2024-03-12"))
    }

    /// "for a long-planned summit": planned long ago, so not a meeting still to come that takes
    /// the day of one the text says is due later.
    @Test func aLongPlannedMeetingIsNotStillToCome() {
        let text = "The leaders of Kenya and Uganda met in Addis Ababa on Friday. Antonio Guterres attended a long-planned summit of the bloc."
            + " Ministers are due to meet in Addis Ababa again on 28 March."
        let edges = Fixture.edges(text, published: "2024-03-16")
        #expect(edges.contains("Antonio Guterres attended Addis Ababa 2024-03-15"))
        #expect(!edges.contains("Antonio Guterres attended Addis Ababa 2024-03-28"))
    }

    /// "the Episcopal Conference of Nicaragua" is a state's body, not a meeting held at a place
    /// called "Episcopal"; "the Berlin Conference" still names its city.
    @Test func aConferenceOfAStateIsABody() {
        let edges = Fixture.edges("The dialogue opened in Managua on Wednesday. The talks are mediated by the Episcopal Conference of Nicaragua, and Nicaragua attended.")
        #expect(!edges.contains { $0.contains("Episcopal 20") }, "\(edges.sorted())")
        let berlin = Fixture.edges("Germany and Egypt attended the Berlin Conference on Sunday.")
        #expect(berlin.contains { $0.hasPrefix("Germany attended Berlin") }, "\(berlin.sorted())")
    }

    /// "the Geneva peace talks", "their latest Berlin crisis meeting": a city named before the
    /// meeting noun with one or two lowercase words between is its venue (a capital so named is
    /// a place, not its state acting); a name the lexicon knows is not ("the Iran nuclear talks").
    @Test func aCityBeforeAModifiedMeetingNounIsItsVenue() {
        #expect(events("Russia and France attended the Geneva peace talks on Wednesday.") == ["Geneva 2024-03-13"])
        let berlin = Fixture.edges("The foreign ministers of Russia and France ended their latest Berlin crisis meeting on Wednesday.")
        #expect(berlin.contains("Russia attended Berlin 2024-03-13"), "\(berlin.sorted())")
        #expect(!berlin.contains { $0.hasPrefix("Germany attended") }, "\(berlin.sorted())")
        #expect(events("Russia and France attended the Iran nuclear talks on Wednesday.").isEmpty)
    }

    /// "WASHINGTON - … talks … would start in Jeddah on Saturday": the dateline is where the
    /// report was filed; the venue the sentence names is where the talks are. A sentence that
    /// names none still meets at the dateline.
    @Test func aVenueTheSentenceNamesOutweighsTheDateline() {
        let text = "WASHINGTON - The two governments confirmed direct talks between the warring Sudanese army and the Rapid Support Forces would start in Jeddah on Saturday."
        let edges = Fixture.edges(text, published: "2023-05-06")
        #expect(edges.isSuperset(of: ["Sudan attended Jeddah 2023-05-06", "Rapid Support Forces attended Jeddah 2023-05-06"]), "\(edges.sorted())")
        #expect(!edges.contains { $0.contains("Washington 20") }, "\(edges.sorted())")
        let filed = Fixture.edges("NAIROBI - Kenyan and Ugandan officials met on Saturday.", published: "2023-05-06")
        #expect(filed.contains("Kenya attended Nairobi 2023-05-06"), "\(filed.sorted())")
    }

    /// "Washington-mediated negotiations, set to begin on August 14 in Geneva": a place
    /// joined by a hyphen to a participle qualifies the meeting and is not its venue.
    @Test func aPlaceJoinedToAParticipleIsNoVenue() {
        let edges = Fixture.edges("Kenya and Uganda will participate in Nairobi-mediated negotiations, set to begin on August 14 in Geneva.", published: "2024-08-09")
        #expect(!edges.contains { $0.contains("Nairobi 20") }, "\(edges.sorted())")
        #expect(edges.contains("Kenya attended Geneva 2024-08-14"), "\(edges.sorted())")
    }

    /// "agreed for the key port of Hodeidah in December during talks in Sweden": a country
    /// right after the meeting noun and "in" is the venue, over a city further off.
    @Test func aCountryRightAfterTheMeetingOutweighsAFarCity() {
        let edges = Fixture.edges("A truce between Kenya and Uganda was agreed for the port of Mombasa on Monday during talks in Sweden.", published: "2024-03-15")
        #expect(edges.contains("Kenya attended Sweden 2024-03-11"), "\(edges.sorted())")
        #expect(!edges.contains { $0.contains("Mombasa 20") }, "\(edges.sorted())")
        // A city the meeting noun names itself stays the venue.
        #expect(events("Kenya and Uganda held talks in Mombasa on Monday, the first in Kenya since May.") == ["Mombasa 2024-03-11"])
    }

    /// "to end the war in Gaza", "the war in Sudan": a place after a word of war is where the
    /// fighting is, not where the envoys meet ("signed a truce in Rome" still is a venue).
    @Test func aPlaceOfTheFightingIsNoVenue() {
        let edges = Fixture.edges("The envoy Ali Musa met Kenyan officials on Wednesday to end the war in Gaza.", published: "2024-08-14")
        #expect(!edges.contains { $0.contains("Gaza 20") }, "\(edges.sorted())")
        let cairo = Fixture.edges("Kenyan and Ugandan envoys met in Cairo on Wednesday to discuss the war in Sudan.", published: "2024-08-14")
        #expect(cairo.contains("Kenya attended Cairo 2024-08-14"), "\(cairo.sorted())")
    }

    /// "in Lusaka on 7 December, when A, B and C signed a declaration": the act of a "when" clause
    /// is at the place named before its comma, however long the list of signers, and not at the
    /// text's most named city.
    @Test func aWhenClausesActIsAtThePlaceBeforeIt() {
        let text = """
            The terms of the meeting were settled in Pretoria on 9 August, when Mr Ian Smith met Mr John Vorster. Pretoria has kept its police at home.

            The council took its present form in Lusaka on 7 December, when Mr Joshua Nkomo for ZAPU, the Rev Ndabaningi Sithole for ZANU and Bishop Abel Muzorewa signed a declaration of unity before President Kenneth Kaunda.
            """
        let edges = Fixture.edges(text, published: "2024-12-20")
        #expect(edges.contains("Kenneth Kaunda attended Lusaka 2024-12-07"), "\(edges.sorted())")
        #expect(!edges.contains { $0.contains("Pretoria 2024-12-07") }, "\(edges.sorted())")
    }

    /// "From Our Own Correspondent, VICTORIA FALLS" under a masthead places the story as a
    /// dateline does; "From our Moshi correspondent" names the place before the word.
    @Test func aCorrespondentsBylinePlacesTheStory() {
        let head = "THE WEEKLY HERALD, Monday, 12 May 2025\nFrom Our Own Correspondent, VICTORIA FALLS\n\n"
        let body = "The conference between Kenya and Uganda broke up last night without agreement. Pretoria had settled its terms, and Pretoria paid for the train, said an official in Pretoria."
        #expect(events(head + body, published: "2025-05-12") == ["Victoria Falls 2025-05-11"])
        #expect(events("From our Moshi correspondent\n\n" + body, published: "2025-05-12") == ["Moshi 2025-05-11"])
    }

    /// "held aboard a ship at anchor off Kieta": a ship's meeting is at the place it lies off.
    @Test func aMeetingAboardAShipIsAtThePlaceItLiesOff() {
        let text = "The talks between Ghana and Togo were held aboard the supply ship Endeavour while she lay at anchor off Keta, and began on Sunday 10 March."
        #expect(events(text) == ["Keta 2024-03-10"])
    }

    /// "flew to Kumasi on 21 February. There he met X": "There" opening a sentence is the place
    /// an arrival named before; "There were talks" places nothing.
    @Test func aSentenceOpeningOnThereIsAtThePlaceAnArrivalNamed() {
        let text = "President Ali Bongo of Gabon flew to Kumasi on 21 February. There he met President Kofi Mensah of Ghana for an hour at the airport."
        #expect(events(text) == ["Kumasi 2024-02-21"])
        let existential = "President Ali Bongo of Gabon flew to Kumasi on 21 February. There were talks with President Kofi Mensah of Ghana in Accra on 23 February."
        #expect(events(existential) == ["Accra 2024-02-23"])
    }

    /// "drove to Gulu … and General Wanjiku received them there": driving to a place is
    /// arriving there, and "there" is that place.
    @Test func aDriveToAPlaceIsAnArrivalThere() {
        let text = "On Saturday morning, in the parliament building in Kampala, the Kenyan Defence Minister, General John Okot, sat down with Ugandan officers under General Ruth Wanjiku to settle the withdrawal. "
            + "Officials came out of that meeting saying the talks had gone well, and the two sides agreed to continue them that night at the army headquarters at Gulu, north of the city. "
            + "General Okot drove to Gulu shortly before ten o'clock on Saturday night with the Kenyan chief of staff, General Ali Musa, and General Wanjiku received them there."
        #expect(events(text, published: "2024-03-18") == ["Kampala 2024-03-16", "Gulu 2024-03-16"])
    }

    /// "Telegram No. 612-S., dated Simla, the 4th July 1914.": a telegram's "dated" line places
    /// it, over a routing line's "Repeated to His Majesty's Minister, Peking."
    @Test func aTelegramsDatedLinePlacesIt() {
        let text = "Telegram No. 612-S., dated Simla, the 4th July 1914.\nRepeated to His Majesty's Minister, Peking.\n\n"
            + "1. The Conference held its final meeting yesterday afternoon. Tibet and China attended the meeting. The envoy will report to Peking."
        #expect(events(text, published: "1914-07-04") == ["Simla 1914-07-03"])
    }

    /// "in the Malagasy capital" under "TANANARIVE, Madagascar": the capital as the text spells
    /// it, where it never writes the lexicon's name.
    @Test func aCapitalIsWrittenAsTheTextSpellsIt() {
        let text = "TANANARIVE, Madagascar, March 12 -- The rival leaders agreed here today on a confederation."
            + " The agreement ended a five-day conference which opened on Wednesday in the Malagasy capital. Katanga attended the conference."
        #expect(events(text, published: "1961-03-12") == ["Tananarive 1961-03-08"])
    }

    /// "its Minister at Tangier": a legation's head names his post, not a venue.
    @Test func aMinistersPostIsNoVenue() {
        let text = "The Conference at Algeciras is over. On Saturday last the delegates signed the Act."
            + " The United States sent Mr. Henry White, its Ambassador at Rome, and Mr. Samuel Gummere, its Minister at Tangier."
        #expect(events(text, published: "1906-04-14") == ["Algeciras 1906-04-07"])
    }

    /// "signed an agreement here last night" under "FROM JEDDAH TO FOREIGN OFFICE": "here" in a
    /// meeting's sentence counts for the header's city, over a conference the agreement plans.
    @Test func hereCountsForTheHeadersCity() {
        let text = "FROM JEDDAH TO FOREIGN OFFICE\n\nSUBJECT: THE AGREEMENT\n\n"
            + "1. President Nasser and King Faisal signed an agreement here last night after three days of talks. It provides for a conference at Haradh in November."
            + " 2. Fifty delegates are to meet at Haradh on 23 November. The royalists were not in Jeddah."
        #expect(Fixture.edges(text, published: "1965-08-25").contains("Egypt attended Jeddah 1965-08-22"))
    }

    /// "are to sign it in the palace this afternoon": a signing still to come is an occasion of its
    /// own, not a later day of the conference that opened on the fifteenth.
    @Test func aSigningStillToComeIsItsOwnOccasion() {
        let text = "QUITO, Jan. 29 -- The conference of foreign ministers here ended last night. Its chairman has presided over the conference since President Luis Mora opened it on the fifteenth."
            + " The foreign ministers of Peru and Ecuador are to sign a protocol in the palace this afternoon."
        #expect(events(text, published: "1950-01-29") == ["Quito 1950-01-15", "Quito 1950-01-29"])
    }

    /// "The talks were held at Agra on 15 and 16 July": the first of a meeting's days opens it, so
    /// the night of the 16th is the same talks; a state visit's days open no talks.
    @Test func aMeetingsDaysOpenOnTheFirst() {
        let text = "The talks proper were held at Agra on 15 and 16 July. India and Pakistan attended the talks."
            + " The two foreign ministers met again at Agra on the night of 16 July on a draft declaration."
        #expect(events(text, published: "2001-07-24") == ["Agra 2001-07-15"])
    }

    /// "met in Africa Hall, Addis Ababa, from 22 to 25 May": the days a sentence gives a meeting,
    /// after a venue of a few words, are that meeting's; the preparatory meeting that opened there
    /// a week before is another, so the signing on the last day keys the conference's first.
    @Test func daysASentenceGivesAMeetingAreItsOwn() {
        let text = "Final communique\n\nThe Conference of East African States met in the Great Hall, Nairobi, from 12 to 14 March 1970 at the invitation of the President of Kenya.\n\n"
            + "The Conference was prepared by a meeting of Foreign Ministers, which opened in Nairobi on 5 March 1970.\n\n"
            + "On 14 March 1970 Uganda and Tanzania signed the Charter."
        #expect(events(text, published: "1970-03-14") == ["Nairobi 1970-03-12"])
    }

    /// "a meeting of the three Western foreign ministers in London on 1 and 2 August": days said
    /// as a range end on their last, so a conference there a fortnight later is not that meeting.
    @Test func aMeetingsStatedDaysEndOnTheLast() {
        let text = "The plan grew out of a meeting of the three Western foreign ministers in London on 1 and 2 August."
            + " The London conference opened on 16 August. On 18 August India and Japan signed the plan at the conference."
        #expect(events(text, published: "1956-08-25") == ["London 1956-08-16"])
    }

    /// "called on the President at Rashtrapati Bhavan, where a banquet was held": a building
    /// ("Bhavan", "Palais", "Palazzo") is in the city the sentence names, not a venue of its own.
    @Test func aBuildingIsInTheCityTheSentenceNames() {
        let text = "General Ali Musa of Pakistan arrived in New Delhi on 14 July and called on the President of India at Rashtrapati Bhavan, where a banquet was held in his honour."
        #expect(events(text, published: "2001-07-24") == ["New Delhi 2001-07-14"])
    }

    /// "The Helsinki Bargain": a title of three words is blanked as page furniture, yet a text
    /// named after a city ("bargain", "accord", "declaration") still says where it was agreed,
    /// outweighing a city the leader names in passing.
    @Test func aTitleNamingWhatACityAgreedPlacesTheText() {
        let text = "Saturday, August 2, 1975\n\nThe summit that opened on Wednesday brought together Europe's leaders. "
            + "Kenya and Uganda attended the summit. Seven years ago his armies were sent into Prague."
        let events = { (title: String?) in
            Set(Fixture.graph(text, published: "1975-08-02", title: title).actors.filter { $0.kind == .event }.map(\.name))
        }
        #expect(events("The Helsinki Bargain") == ["Helsinki 1975-07-30"])
        #expect(events("The Final Bargain") != ["Helsinki 1975-07-30"])
    }

    /// "Premier Clemenceau, as President of the Peace Conference": a conference named for its
    /// topic ("Peace", "Disarmament") is not named for a place; "Meet at Sea" places nothing.
    @Test func aConferenceNamedForItsTopicIsNotPlaced() {
        let text = "VERSAILLES, June 28.--Kenya and Uganda signed the treaty this afternoon. Premier Ali Musa, as President of the Peace Conference, opened the sitting."
        #expect(events(text, published: "1919-06-28") == ["Versailles 1919-06-28"])
        let sea = "Presidents Meet at Sea\n\nPresident Ali Musa of Kenya and President John Okello of Uganda have met, it was disclosed today. "
            + "They held talks in Placentia Bay on Saturday."
        #expect(events(sea, published: "1941-08-14") == ["Placentia Bay 1941-08-09", "Placentia Bay 1941-08-14"])
    }

    /// "have met at sea … The meetings took place in Placentia Bay and began on Saturday, the ninth
    /// of August": a meeting said in the perfect is the one the text places and dates within the
    /// week before the report; under a live blog, or to a day no sentence places, two days at most.
    @Test func aMeetingSaidInThePerfectIsTheOneTheTextDates() {
        let text = "Presidents Meet\n\nPresident Ali Musa of Kenya and President John Okello of Uganda have met. They held talks in Placentia Bay on Saturday."
        #expect(events(text, published: "1941-08-14") == ["Placentia Bay 1941-08-09"])
        // (Not to a day the report gives no place: "signed last Thursday in the mountains".)
        let elsewhere = "Presidents Meet\n\nNAIROBI, Aug. 14 - President Ali Musa of Kenya and President John Okello of Uganda have signed a final accord. "
            + "It follows the truce they signed last Thursday in the mountains."
        #expect(events(elsewhere, published: "1941-08-14") == ["Nairobi 1941-08-14"])
    }

    /// "When the delegates assembled on March 30 for the opening session of the Conference": the
    /// day of a conference's opening session is its first, so the undated "the big names were all
    /// there" keys it, not a later day the text gives ("On May 3, the day after the conference
    /// closed, …").
    @Test func anOpeningSessionsDayIsTheMeetingsFirst() {
        let text = "The Americas Organize at Bogota\n\nHEMISPHERE AFFAIRS\nTHE WEEK -- May 10, 1948\n\n"
            + "After the Fire, a Charter\nTwenty-one republics came to build an organization. They got one.\n\nBy a staff correspondent\n\n"
            + "When the delegates assembled on March 30 for the opening session of the conference, they found the hall freshly painted. "
            + "The conference resumed on April 14 in a school. On April 30 the delegates signed the charter. "
            + "The big names were all there: Kenya's President Ali Musa attended the conference. "
            + "On May 3, the day after the conference closed, Kenya broke off relations with Uganda."
        #expect(events(text, published: "1948-05-10", title: "The Americas Organize at Bogota") == ["Bogota 1948-03-30"])
    }

    /// "Malik and Razak Reach Accord in Bangkok Talks": a headline in title case drops the article
    /// before its meeting's city after "in" too, and outweighs the capitals that must endorse the
    /// texts.
    @Test func aHeadlinesCityBeforeItsMeetingAfterInPlacesTheText() {
        let title = "Musa and Okello Reach Accord in Bangkok Talks"
        let text = title + "\n\nBy Our Diplomatic Reporter\n\nKenya and Uganda reached agreement yesterday at the close of four days of talks. "
            + "The texts will be kept confidential until the Governments in Nairobi and Kampala have endorsed them."
        #expect(events(text, published: "1966-06-02", title: title).allSatisfy { $0.hasPrefix("Bangkok ") })
        #expect(!events(text, published: "1966-06-02", title: title).isEmpty)
    }

    /// "the Pacific Islands Forum in Tuvalu": a text that names no city holds its meetings in the
    /// country a meeting is held in (the guidelines' convention), and the people named at them
    /// were there; "should meet the standards" is no meeting, nor "the war in Syria" a venue.
    @Test func aTextThatNamesNoCityMeetsInTheCountryItsForumIsIn() {
        let text = """
            Our correspondent writes from the Pacific Islands Forum in Tuvalu this week.
            On Tuesday the leaders met for the dialogue session. Fiji's Prime Minister Sitiveni Rabuka sat beside Samoa's Prime Minister Fiame Naomi Mata'afa.
            Any partner that wants to help the Pacific should meet the standards the islands set, Rabuka said.
            """
        #expect(events(text, published: "2024-03-15") == ["Tuvalu 2024-03-12"])
        #expect(Fixture.edges(text).contains("Sitiveni Rabuka attended Tuvalu 2024-03-12"))
        #expect(events("Talks on the war in Syria went on in private on Tuesday.").isEmpty)
    }

    /// "from Newport in Wales, where the leaders opened a summit": the town before "in" is the
    /// venue, not the region it lies in ("at Haradh in November" names a month, no region).
    @Test func aTownIsTheVenueNotTheRegionAfterIt() {
        #expect(events("Kenya's President Ali Musa spoke from Newport in Wales, where the leaders opened a summit on Thursday.") == ["Newport 2024-03-14"])
        #expect(events("Kenya and Uganda met at Newport in Wales on Thursday.") == ["Newport 2024-03-14"])
    }

    /// "the Johannesburg BRICS summit", "the Vilnius NATO summit": a forum's name between the city
    /// and the meeting noun leaves the city the venue.
    @Test func aForumBetweenTheCityAndTheMeetingNounLeavesTheCity() {
        let text = "Leaders met at the Hiroshima G7 summit on Friday. Biden and Sunak were there."
        #expect(events(text) == ["Hiroshima 2024-03-15"])
        let title = "Winners and losers from the Vilnius NATO summit"
        let headline = title + "\n\nThe summit ended on Wednesday. President Joe Biden and Turkey's Recep Tayyip Erdogan took part."
        #expect(events(headline, title: title) == ["Vilnius 2024-03-13"])
    }

    /// "The next summit will be held in Washington next year": the venue of a meeting still to
    /// come is not the text's own.
    @Test func theNextMeetingsVenueIsNotTheTexts() {
        let text = """
            Winners and losers from the Vilnius NATO summit

            The summit ended on Wednesday. President Joe Biden and Turkey's Recep Tayyip Erdogan took part. The next summit will be held in Washington, in the United States, next year.
            """
        let events = events(text, title: "Winners and losers from the Vilnius NATO summit")
        #expect(events.contains("Vilnius 2024-03-13"), "\(events.sorted())")
        #expect(!events.contains { $0.hasPrefix("Washington") }, "\(events.sorted())")
    }

    /// A rubric opening a headline ("Thread:", "Dispatches:") and a site's name in capitals before
    /// a lowercase word ("OPENANNALS, the free wiki |") are no datelines.
    @Test func rubricsAndSiteNamesAreNoDatelines() {
        #expect(events("Kenya's president met Uganda's president in Lusaka on Tuesday.", title: nil).contains("Lusaka 2024-03-12"))
        let thread = "Thread: what happened when the presidents met\n\nOn Tuesday, Kenya's president met Uganda's president."
        #expect(!events(thread).contains { $0.hasPrefix("Thread") }, "\(events(thread).sorted())")
        let wiki = """
            Lusaka talks (2024)

            OPENANNALS, the free history wiki | Article | This page was last edited on 15 March 2024

            The Lusaka talks were a meeting of Kenya's president and Uganda's president, held in Lusaka on 12 March 2024.
            """
        #expect(events(wiki) == ["Lusaka 2024-03-12"], "\(events(wiki).sorted())")
    }
}
