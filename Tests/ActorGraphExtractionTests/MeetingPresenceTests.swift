import ActorGraphModel
import Testing

@testable import ActorGraphExtraction

/// A person named in a sentence that names a meeting on a known day was at it
/// (``MeetingPresence``), unless the sentence states no fact of it or names them only as an owner.
@Suite struct MeetingPresenceTests {
    static let opening = "The summit opened in Accra on Monday. "

    /// Verbs no rule lists still place the persons a meeting's sentence names.
    @Test(arguments: [
        "Around the table at the summit in Accra on Monday sat Togo's Foreign Minister Ama Dogbe and Benin's Foreign Minister Kofi Adjovi.",
        "On Monday in Accra, Togolese Foreign Minister Ama Dogbe and Beninese Foreign Minister Kofi Adjovi initialled the text of the summit's declaration.",
    ])
    func personsNamedInTheMeetingsSentenceWereThere(_ sentence: String) {
        let edges = Fixture.edges(sentence + " The summit in Accra on Monday ended late.")
        #expect(edges.isSuperset(of: ["Ama Dogbe attended Accra 2024-03-11", "Kofi Adjovi attended Accra 2024-03-11"]), "\(edges.sorted())")
    }

    /// "on the margins of the G20 summit in Bali": a body's name before its own summit names the
    /// summit; the leaders who met there attended, the body is not made a participant by it.
    @Test func aBodysOwnSummitMakesItNoParticipant() {
        let edges = Fixture.edges("President Ali Musa met President John Okot in Bali on Monday, on the margins of the G20 summit in Bali.")
        #expect(edges.contains("Ali Musa attended Bali 2024-03-11"), "\(edges.sorted())")
        #expect(!edges.contains { $0.hasPrefix("G20 attended") }, "\(edges.sorted())")
    }

    /// "The foreign ministers of Iraq, Kuwait and Qatar - X, Y and Z - signed": a spaced dash
    /// opens the list of names; only a hyphen joined to a name makes it a modifier ("anti-Assad").
    @Test func aSpacedDashOpensAListOfThoseThere() {
        let edges = Fixture.edges(
            "The talks opened in Washington on Wednesday. The foreign ministers of Iraq, Kuwait and Qatar - Hoshyar Zebari, Sabah al-Khalid al-Sabah and Hamad bin Jassim - signed the statement.",
            published: "2019-11-07")
        #expect(edges.contains("Hoshyar Zebari attended Washington 2019-11-06"), "\(edges.sorted())")
    }

    /// "envoys from France and Italy, and from Bolivia and Ecuador": a second "from" goes on with
    /// the list of the states whose delegates were there.
    @Test func aSecondFromGoesOnWithTheList() {
        let edges = Fixture.edges(
            "The conference opened in Madrid on Monday. Around the table sat ministers or envoys from France and Italy, and from Bolivia and Ecuador.",
            published: "2024-03-12")
        #expect(edges.isSuperset(of: ["France attended Madrid 2024-03-11", "Italy attended Madrid 2024-03-11", "Bolivia attended Madrid 2024-03-11", "Ecuador attended Madrid 2024-03-11"]), "\(edges.sorted())")
    }

    /// "signed the text in Juba, in front of Kenya's President X and …": witnesses of a signing
    /// were there, the first of them too ("of" before a name usually makes it an owner).
    @Test func witnessesInFrontOfASigningWereThere() {
        let edges = Fixture.edges("Kiir signed the text in Juba on Wednesday, in front of Kenya's President John Mwangi and Uganda's President Yoweri Kaguta.", published: "2024-06-16")
        #expect(edges.isSuperset(of: ["John Mwangi attended Juba 2024-06-12", "Yoweri Kaguta attended Juba 2024-06-12"]), "\(edges.sorted())")
    }

    /// "The guest list: …", "Participants: …": the actors after the colon were at the meeting
    /// named before, but for a body they are members "of"; "Not invited: …" lists nobody.
    @Test func aGuestListNamesThoseThere() {
        let edges = Fixture.edges(Self.opening
            + "The guest list: the two permanent members of the Security Council -- Ghana and Togo -- represented by President Ama Dogbe and President Kofi Mensah;"
            + " Benin's Kofi Adjovi; and Ali Musa of Kenya. Not invited: Nigeria.")
        #expect(edges.isSuperset(of: [
            "Ghana attended Accra 2024-03-11", "Togo attended Accra 2024-03-11", "Ama Dogbe attended Accra 2024-03-11",
            "Kofi Mensah attended Accra 2024-03-11", "Kofi Adjovi attended Accra 2024-03-11", "Benin attended Accra 2024-03-11",
            "Ali Musa attended Accra 2024-03-11", "Kenya attended Accra 2024-03-11",
        ]), "\(edges.sorted())")
        #expect(!edges.contains("United Nations Security Council attended Accra 2024-03-11"))
        #expect(!edges.contains("Nigeria attended Accra 2024-03-11"))
    }

    /// A roster set out one to a line under a heading ("Heads of delegation taking part in the
    /// Summit"): each line's person and state were at the meeting named before; lines after the
    /// roster ends, and a roster of those not invited, name nobody.
    @Test func aRosterUnderAHeadingNamesThoseThere() {
        let edges = Fixture.edges(Self.opening + """

            Heads of delegation taking part in the Summit

            - Mr Ama Dogbe, President of the Republic of Togo
            - The delegation of Benin

            The summit was prepared by Ghana.

            - Kenya
            """)
        #expect(edges.isSuperset(of: ["Ama Dogbe attended Accra 2024-03-11", "Togo attended Accra 2024-03-11", "Benin attended Accra 2024-03-11"]), "\(edges.sorted())")
        #expect(!edges.contains("Kenya attended Accra 2024-03-11"), "\(edges.sorted())")
        let uninvited = Fixture.edges(Self.opening + "\n\nStates not invited to the Summit\n\n- Benin\n- Mr Kofi Adjovi, President of Nigeria\n")
        #expect(!uninvited.contains { $0.hasSuffix(" attended Accra 2024-03-11") }, "\(uninvited.sorted())")
    }

    /// "X, whose country has applied to join the bloc, was also in Accra": a person placed in the
    /// city of the meeting named before was at it; one placed in another city, or said to be going
    /// to be there, was not.
    @Test func aPersonInTheMeetingsCityWasThere() {
        let edges = Fixture.edges(Self.opening + "Togo's President Ama Dogbe, whose country has applied to join the bloc, was also in Accra.")
        #expect(edges.contains("Ama Dogbe attended Accra 2024-03-11"), "\(edges.sorted())")
        let elsewhere = Fixture.edges(Self.opening + "Togo's President Ama Dogbe was in Lome.")
        #expect(!elsewhere.contains("Ama Dogbe attended Accra 2024-03-11"), "\(elsewhere.sorted())")
        let planned = Fixture.edges(Self.opening + "Togo's President Ama Dogbe would also be in Accra.")
        #expect(!planned.contains("Ama Dogbe attended Accra 2024-03-11"), "\(planned.sorted())")
    }

    /// "received at Sharm el-Sheikh on Sunday Chancellor X of Germany, Y of Britain and …": the
    /// venue and its day may come between the verb and the guests it received.
    @Test func guestsReceivedAfterTheVenueWereThere() {
        let edges = Fixture.edges(
            "On Monday, President Ama Dogbe of Togo received at Sharm el-Sheikh Prime Minister Kofi Adjovi of Benin, President Ali Musa of Kenya and the UN Secretary-General, Ban Ki-moon.")
        #expect(edges.isSuperset(of: ["Kofi Adjovi attended Sharm el-Sheikh 2024-03-11", "Ali Musa attended Sharm el-Sheikh 2024-03-11", "Ban Ki-moon attended Sharm el-Sheikh 2024-03-11"]), "\(edges.sorted())")
    }

    /// Plans, negations and conditions state nobody's presence.
    @Test(arguments: [
        "Togo's Foreign Minister Ama Dogbe will join the summit in Accra on Monday.",
        "Togo's Foreign Minister Ama Dogbe did not join the summit in Accra on Monday.",
        "Togo's Foreign Minister Ama Dogbe hoped to address the summit in Accra on Monday.",
        "If Togo's Foreign Minister Ama Dogbe comes, the summit in Accra on Monday could end early.",
    ])
    func unrealisedPresenceIsNone(_ sentence: String) {
        #expect(!Fixture.edges(sentence).contains("Ama Dogbe attended Accra 2024-03-11"))
    }

    /// An owner or a complement of "of" is what the sentence is about, not who was there.
    /// "led by X, with Y": after a person and a comma, "with" names those beside them.
    @Test func companionsAfterACommaWereThere() {
        let edges = Fixture.edges(
            "Talks opened in Accra on Monday. The government side was led by Foreign Minister Ama Dogbe, with Defence Minister Kofi Adjovi.")
        #expect(edges.isSuperset(of: ["Ama Dogbe attended Accra 2024-03-11", "Kofi Adjovi attended Accra 2024-03-11"]), "\(edges.sorted())")
    }

    @Test func ownersAndComplementsAreNotPresent() {
        let edges = Fixture.edges(
            "The summit in Accra on Monday discussed the plan of Togolese President Faure Gnassingbe. It also debated Kenyan President William Ruto's proposal and anti-Ruto protests.")
        #expect(!edges.contains("Faure Gnassingbe attended Accra 2024-03-11"))
        #expect(!edges.contains("William Ruto attended Accra 2024-03-11"))
    }

    /// "spoke by telephone with X": a call places the persons it reaches nowhere, while the
    /// caller named before the call word may still be there.
    @Test func aCallsPersonsWereNotThere() {
        let edges = Fixture.edges(
            "The summit in Accra on Monday was hosted by Ghana's President Kofi Annan, who spoke by telephone with Togo's Foreign Minister Ama Dogbe and Benin's Foreign Minister Kofi Adjovi.")
        #expect(!edges.contains("Ama Dogbe attended Accra 2024-03-11"), "\(edges.sorted())")
        #expect(!edges.contains("Kofi Adjovi attended Accra 2024-03-11"), "\(edges.sorted())")
        #expect(edges.contains { $0.hasPrefix("Kofi Annan attended Accra") }, "\(edges.sorted())")
    }

    /// "at the invitation of X", "the late leader Y": a host who invited and the dead are named,
    /// not placed.
    @Test func anInvitingHostAndTheDeadWereNotThere() {
        let edges = Fixture.edges(
            "The summit opened in Accra on Monday at the invitation of Ghana's President Kofi Mensah, whose party the late leader John Atta Mills had founded.")
        #expect(!edges.contains("Kofi Mensah attended Accra 2024-03-11"), "\(edges.sorted())")
        #expect(!edges.contains("John Atta Mills attended Accra 2024-03-11"), "\(edges.sorted())")
    }

    /// "X, left, meets Y in Vienna": a caption shows another day.
    @Test func aCaptionPlacesNobody() {
        let edges = Fixture.edges("Togo's Foreign Minister Ama Dogbe, left, meets Benin's Foreign Minister Kofi Adjovi in Accra.")
        #expect(!edges.contains { $0.hasPrefix("Ama Dogbe attended") || $0.hasPrefix("Kofi Adjovi attended") })
    }

    /// After the meeting, a sentence about its scene ("around the table", "in the room") names
    /// who was there; told in the present, or in quotation marks, it names nobody.
    @Test func theScenesPersonsWereThere() {
        let edges = Fixture.edges(Self.opening + "Around the table sat Togo's Foreign Minister Ama Dogbe and Benin's Foreign Minister Kofi Adjovi.")
        #expect(edges.isSuperset(of: ["Ama Dogbe attended Accra 2024-03-11", "Kofi Adjovi attended Accra 2024-03-11"]), "\(edges.sorted())")
        #expect(!Fixture.edges(Self.opening + "Togo's Foreign Minister Ama Dogbe is keen to have everyone in the same room.").contains("Ama Dogbe attended Accra 2024-03-11"))
        #expect(!Fixture.edges(Self.opening + "In the room, the host said \"Kenyan President William Ruto must go\".").contains("William Ruto attended Accra 2024-03-11"))
    }

    /// "alongside the Egyptian, Qatari and Turkish mediators": a list of demonyms before a noun
    /// of delegates names states that were there.
    @Test func demonymsBeforeDelegatesWereThere() {
        let edges = Fixture.edges(Self.opening + "Ama Dogbe sat in on the final session alongside the Egyptian, Qatari and Turkish mediators.")
        #expect(edges.isSuperset(of: ["Egypt attended Accra 2024-03-11", "Qatar attended Accra 2024-03-11", "Turkey attended Accra 2024-03-11"]), "\(edges.sorted())")
    }

    /// Where a rule of the sentence places someone, the evidence names that rule, not this pass.
    @Test func aRulesEvidenceIsKept() {
        let graph = Fixture.graph("Togo's Foreign Minister Ama Dogbe attended the summit in Accra on Monday.")
        let attended = graph.relations.filter { $0.kind == .attended && graph[$0.subject]?.name == "Ama Dogbe" }
        #expect(!attended.isEmpty)
        #expect(attended.allSatisfy { r in r.evidence.allSatisfy { $0.rule?.hasPrefix("relations.rules:") ?? false } }, "\(attended.map(\.evidence))")
    }

    /// A sentence dated otherwise than the meeting tells of another occasion.
    @Test func anotherDayIsAnotherOccasion() {
        for text in [
            "The summit endorsed a truce agreed in February in talks brokered by Kenyan President William Ruto.",
            "The agenda for the summit was announced on 1 March by Kenyan President William Ruto.",
            "The summit, named after the 1963 charter drafted by Kenyan President William Ruto, opened late.",
            "The summit met eight days after Kenyan President William Ruto flew to Addis Ababa.",
        ] {
            let edges = Fixture.edges(Self.opening + text)
            #expect(!edges.contains { $0.hasPrefix("William Ruto attended") }, "\(edges.sorted())")
        }
    }

    /// The object of a stance, or a name after "with" that no meeting word governs, is what
    /// the sentence is about, not someone in the room.
    @Test func topicsAreNotPresent() {
        for text in [
            "At the summit in Accra on Monday, Ghana's Foreign Minister Kofi Mensah condemned Kenyan President William Ruto.",
            "At the summit in Accra on Monday, Ghana's Foreign Minister Kofi Mensah criticised the fixation with Kenyan President William Ruto.",
        ] {
            let edges = Fixture.edges(text)
            #expect(edges.contains("Kofi Mensah attended Accra 2024-03-11"), "\(edges.sorted())")
            #expect(!edges.contains("William Ruto attended Accra 2024-03-11"), "\(edges.sorted())")
        }
        #expect(Fixture.edges("Ghana's Foreign Minister Kofi Mensah held talks in Accra on Monday with Kenyan President William Ruto.").contains("William Ruto attended Accra 2024-03-11"))
    }

    /// A meeting "in Syria" names a country, not a venue, in a text that names a city (one that
    /// names none meets in the country: ``MeetingVenueTests``).
    @Test func aCountryIsNoVenueWhereTheTextNamesACity() {
        let edges = Fixture.edges("Talks in Syria on Monday were described by Kenyan President William Ruto as useful. He then flew to Nairobi.")
        #expect(!edges.contains { $0.hasPrefix("William Ruto attended") })
    }

    /// A sentence that names no meeting but in which a rule placed someone at one names others
    /// who were there; a meeting told as a stop on the way places nobody.
    @Test func othersNamedWithThoseAtTheMeetingWereThere() {
        let edges = Fixture.edges(Self.opening + "Togo sent its foreign minister, Ama Dogbe, and Kofi Adjovi, a senior adviser.")
        #expect(edges.contains("Kofi Adjovi attended Accra 2024-03-11"), "\(edges.sorted())")
        let aside = Fixture.edges(Self.opening + "Togo's Foreign Minister Ama Dogbe came fresh from the summit in Lome on Monday.")
        #expect(!aside.contains("Ama Dogbe attended Lome 2024-03-11"), "\(aside.sorted())")
    }

    /// "sat at the table with envoys of Benin, Niger and Mali": the states of a list after a noun
    /// of delegates were there; "the four leaders are A, B, …" still names its persons.
    @Test func statesListedAfterDelegatesWereThere() {
        let edges = Fixture.edges(Self.opening + "Togo's Foreign Minister Ama Dogbe sat at the table with envoys of Benin, Niger and Mali.")
        #expect(edges.isSuperset(of: ["Benin attended Accra 2024-03-11", "Niger attended Accra 2024-03-11", "Mali attended Accra 2024-03-11"]), "\(edges.sorted())")
        let called = Fixture.edges(Self.opening + "After the summit in Accra on Monday, Togo's Foreign Minister Ama Dogbe was calling the leaders of Benin and Niger.")
        #expect(!called.contains { $0.hasPrefix("Benin attended") || $0.hasPrefix("Niger attended") }, "\(called.sorted())")
        let named = Fixture.edges(
            "After ten hours of talks in Accra on Monday, the leaders of Togo and Benin were still at the table. The two leaders are Togo's Faure Gnassingbe and Benin's Patrice Talon.")
        #expect(named.isSuperset(of: ["Faure Gnassingbe attended Accra 2024-03-11", "Patrice Talon attended Accra 2024-03-11"]), "\(named.sorted())")
    }

    /// A person told absent right after the name ("stayed away", "boycotted") was not there; the
    /// envoy the same sentence names was.
    @Test func aPersonToldAbsentWasNotThere() {
        let edges = Fixture.edges(Self.opening + "Togo sent its foreign minister, Ama Dogbe, to the summit; Benin's President Patrice Talon stayed away and sent Kofi Adjovi, a senior adviser.")
        #expect(!edges.contains("Patrice Talon attended Accra 2024-03-11"), "\(edges.sorted())")
        // "Presidents X and Y stayed away": the absence is told of every person listed.
        let listed = Fixture.edges(Self.opening + "Togo sent its foreign minister, Ama Dogbe; Presidents Patrice Talon and Bola Tinubu stayed away.")
        #expect(!listed.contains { $0.hasPrefix("Patrice Talon attended") || $0.hasPrefix("Bola Tinubu attended") }, "\(listed.sorted())")
        #expect(listed.contains("Ama Dogbe attended Accra 2024-03-11"), "\(listed.sorted())")
    }

    /// "X, the most vocal critic of the talks, said on Twitter …": words through a medium after
    /// the name place the speaker nowhere; "X said at the talks" still does.
    @Test func wordsThroughAMediumPlaceNobody() {
        let remote = Fixture.edges("Peace talks opened in Havana on Monday. Former president Luis Ortega, the most vocal critic of the talks, said on Twitter that the deal was a mistake.")
        #expect(!remote.contains { $0.hasPrefix("Luis Ortega attended") }, "\(remote.sorted())")
        let there = Fixture.edges("Peace talks opened in Havana on Monday. Foreign Minister Luis Ortega said at the talks that the deal was a mistake.")
        #expect(there.contains { $0.hasPrefix("Luis Ortega attended Havana") }, "\(there.sorted())")
    }

    /// "Envoys of both sides were in Jeddah for talks on Saturday, Saudi Arabia's foreign minister
    /// said": the attribution names who told of the meeting, not who was at it; "a coup aimed at
    /// toppling civilian leader X": the one removed was not on the trip.
    @Test func theAttributionAndTheOneToppledWereNotThere() {
        let said = Fixture.edges("Kenyan Foreign Minister Ali Musa met Ugandan envoys in Jeddah for talks on Saturday, Ethiopian Foreign Minister John Okot said.", published: "2023-05-06")
        #expect(said.contains("Ali Musa attended Jeddah 2023-05-06"), "\(said.sorted())")
        #expect(!said.contains("John Okot attended Jeddah 2023-05-06"), "\(said.sorted())")
        let toppled = Fixture.edges("The summit in Jakarta on Saturday was the general's first trip since a coup aimed at toppling civilian leader Ali Musa.", published: "2021-04-24")
        #expect(!toppled.contains { $0.hasPrefix("Ali Musa attended") }, "\(toppled.sorted())")
    }

    /// "Lavrov called French Foreign Minister X and briefed him on the outcome of the meeting":
    /// a person called or briefed afterwards was not at the meeting.
    @Test func aPersonCalledOrBriefedWasNotThere() {
        let text = "Foreign ministers of Kenya and Uganda met in Nairobi on Monday. Kenyan Foreign Minister Ali Musa called French Foreign Minister Jean Dupont and briefed him on the main outcome of the meeting."
        let edges = Fixture.edges(text, published: "2024-03-12")
        #expect(edges.contains("Ali Musa attended Nairobi 2024-03-11"), "\(edges.sorted())")
        #expect(!edges.contains("Jean Dupont attended Nairobi 2024-03-11"), "\(edges.sorted())")
    }

    /// A hedge inside a relative clause ("…, who told him that Kenya would not sit down with
    /// Somalia") voids that clause, not the meeting the sentence names before it.
    @Test func aHedgeInARelativeClauseVoidsOnlyThatClause() {
        let edges = Fixture.edges(
            "Envoy Jean Dupont held a long session in Juba on Monday with President John Okot, who told him that Kenya would not sit down with Somalia.",
            published: "2024-03-12")
        #expect(edges.contains("John Okot attended Juba 2024-03-11"), "\(edges.sorted())")
        let hedged = Fixture.edges("Envoy Jean Dupont would hold a long session in Juba on Monday with President John Okot.", published: "2024-03-12")
        #expect(!hedged.contains("John Okot attended Juba 2024-03-11"), "\(hedged.sorted())")
    }

    /// A day given in another coordinated clause is that clause's meeting's: "saw A in Nairobi on
    /// Monday, and flew on to Kampala two days later for a long session with B" puts B in
    /// Kampala on Wednesday (the other day no longer hides B).
    @Test func aDayInAnotherClauseDoesNotHideThePerson() {
        let edges = Fixture.edges(
            "Talks opened in Geneva on Friday. The envoy, Jean Dupont, saw President Ali Musa in Nairobi on Monday, and flew on to Kampala two days later for a long session with President John Okot.",
            published: "2024-03-15")
        #expect(edges.contains("John Okot attended Kampala 2024-03-13"), "\(edges.sorted())")
        #expect(edges.contains("Ali Musa attended Nairobi 2024-03-11"), "\(edges.sorted())")
    }

    /// "Russia's delegation is led by X, an aide to President Y": the aide's principal was not at
    /// the talks.
    @Test func anAidesPrincipalWasNotThere() {
        let edges = Fixture.edges("Talks opened in Istanbul on Tuesday. Russia's delegation is led by Ivan Petrov, an aide to President Vladimir Putin, with Deputy Foreign Minister Andrei Rudenko.", published: "2022-03-29")
        #expect(!edges.contains("Vladimir Putin attended Istanbul 2022-03-29"), "\(edges.sorted())")
        #expect(edges.contains("Andrei Rudenko attended Istanbul 2022-03-29"), "\(edges.sorted())")
    }

    /// "hosted a working dinner at the Quirinale Palace in Rome with President X": where the
    /// meeting was may stand between its word and "with"; "the fixation with X" is no meeting.
    @Test func aMeetingsPlaceBetweenItAndWith() {
        let edges = Fixture.edges("On Wednesday President Sergio Mattarella hosted a working dinner at the Quirinale Palace in Rome with President Macky Sall of Senegal.", published: "2022-02-18")
        #expect(edges.contains("Macky Sall attended Rome 2022-02-16"), "\(edges.sorted())")
    }
}

