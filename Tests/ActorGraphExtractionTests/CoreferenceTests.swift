import ActorGraphModel
import Testing

@testable import ActorGraphExtraction

@Suite struct UnnamedOfficialsTests {
    /// "his Foreign Minister, X" acts for the state of the person "his" refers to — a titled
    /// name, or a bare one; "his counterpart" is the other side's.
    @Test func hisMinisterActsForTheStateOfThePersonHisRefersTo() {
        let edges = Fixture.edges(
            "Slovenian President Milan Kucan arrived on Monday. Mr Kucan brought his Prime Minister, Lojze Peterle, and his Foreign Minister, Dimitrij Rupel.")
        #expect(edges.isSuperset(of: ["Lojze Peterle represents Slovenia", "Dimitrij Rupel represents Slovenia"]))
        let bare = Fixture.edges(
            "The Eritrean president, Isaias Afwerki, waited. Ethiopian Prime Minister Abiy Ahmed spoke. Isaias answered by sending his foreign minister, Osman Saleh, to Addis Ababa.")
        #expect(bare.contains("Osman Saleh represents Eritrea"))
        #expect(!bare.contains("Osman Saleh represents Ethiopia"))
        let counterpart = Fixture.edges("U.S. envoy Stephen Biegun spent several days in Hanoi with his counterpart Kim Hyok Chol.")
        #expect(!counterpart.contains("Kim Hyok Chol represents United States"))
    }

    /// "The Ministry of Foreign Affairs of Kenya announces that Foreign Minister X …": the state
    /// reports on its own official; "Zambia … told Mr X" tells another.
    @Test func aStateAnnouncingThatItsOfficialActedIsHisState() {
        let edges = Fixture.edges("The Ministry of Foreign Affairs of Kenya announces that Foreign Minister Ali Musa held consultations in Nairobi on Monday.")
        #expect(edges.contains("Ali Musa represents Kenya"))
        let told = Fixture.edges("Zambia, whose country has been bombed repeatedly, told Mr Ali Musa much the same.")
        #expect(!told.contains("Ali Musa represents Zambia"))
    }

    /// A head of state whose title names no state leads the host's: "In Cairo she held talks with
    /// President X"; the source a sentence ends on (", a State Department official said") and a
    /// demonym on a post that names no one ("a Chinese president") are no owners.
    @Test func aHeadWithoutAStateLeadsTheHostsNotTheSources() {
        let cairo = Fixture.edges("In Cairo she held talks with President Omar Haddad at the palace, a State Department official said.")
        #expect(cairo.contains("Omar Haddad represents Egypt"))
        #expect(!cairo.contains("Omar Haddad represents United States"))
        let visit = Fixture.edges("It was the first state visit to Nepal by a Chinese president in 23 years, and he is holding talks there with President Maya Devi Rai.")
        #expect(!visit.contains("Maya Devi Rai represents China"))
    }

    /// "Turkey's Deputy Prime Minister X and Interior Minister Y": a post with no owner, listed
    /// right after one whose owner opens it, shares the owner; "the Israeli President, X, Crown
    /// Prince Y" lists guests of several states.
    @Test func aListedPostSharesTheOwnerOfThePostBefore() {
        let edges = Fixture.edges("Turkey's Deputy Prime Minister Yalcin Demir and Interior Minister Efkan Ala listened to the message.")
        #expect(edges.isSuperset(of: ["Yalcin Demir represents Turkey", "Efkan Ala represents Turkey"]))
        let listed = Fixture.edges("Israeli Prime Minister Avi Cohen, Foreign Minister Dan Levi and Defence Minister Ruth Amir met the envoy.")
        #expect(listed.isSuperset(of: ["Dan Levi represents Israel", "Ruth Amir represents Israel"]))
        let guests = Fixture.edges("The Israeli President, Ezra Weiss, Crown Prince Hamid and Sir Tom Henry were on the platform.")
        #expect(!guests.contains("Hamid represents Israel"))
        #expect(!guests.contains("Tom Henry represents Israel"))
    }

    /// "Xi received X": a family name of two letters that opens a full name the text gave stands
    /// for the person.
    @Test func aTwoLetterFamilyNameStandsForThePerson() {
        let edges = Fixture.edges(
            "Chinese President Xi Jinping met Indian Prime Minister Narendra Modi in Chennai on Friday. On Wednesday, in Beijing, Xi received Pakistan's Prime Minister Imran Khan.",
            published: "2019-10-12")
        #expect(edges.contains("Xi Jinping attended Beijing 2019-10-09"))
    }

    /// "he" and "she" are the person named last before them, in the sentence or the text.
    @Test func heIsThePersonNamedLast() {
        let edges = Fixture.edges(
            "Foreign Minister Sara Deng landed in Kampala on Monday. On Wednesday she travelled to Juba, where she met President John Okot.")
        #expect(edges.isSuperset(of: ["Sara Deng attended Juba 2024-03-13", "John Okot attended Juba 2024-03-13"]))
        let he = Fixture.edges("President Ali Musa spoke on Friday. He made the remark after meeting Kenya's President William Ruto in Juba on Friday.")
        #expect(he.isSuperset(of: ["Ali Musa attended Juba 2024-03-15", "William Ruto attended Juba 2024-03-15"]))
    }

    /// "Kim" for "Kim Jong Un", "Abiy" for "Abiy Ahmed": a first name standing alone is the one
    /// person whose name starts with it — not the first word of another name, and not a name
    /// two persons share.
    @Test func aFirstNameAloneIsThePersonWhoseNameItStarts() {
        let edges = Fixture.edges(
            "North Korean leader Kim Jong Un arrived on Thursday. South Korean President Moon Jae-in met Kim in Panmunjom on Friday.")
        #expect(edges.isSuperset(of: ["Kim Jong Un attended Panmunjom 2024-03-15", "Moon Jae-in attended Panmunjom 2024-03-15"]))
        let other = Fixture.edges(
            "North Korean leader Kim Jong Un arrived on Thursday. South Korean President Moon Jae-in met Kim Yong Chol in Panmunjom on Friday.")
        #expect(!other.contains("Kim Jong Un attended Panmunjom 2024-03-15"))
        let shared = Fixture.edges(
            "North Korean leader Kim Jong Un and his envoy, Kim Yo Jong, arrived on Thursday. President Moon Jae-in met Kim in Panmunjom on Friday.")
        #expect(!shared.contains("Kim Jong Un attended Panmunjom 2024-03-15"))
        #expect(!shared.contains("Kim Yo Jong attended Panmunjom 2024-03-15"))
    }

    @Test func unnamedMinistersAndDelegationsAttendForTheirStates() {
        let edges = Fixture.edges("Saudi Arabia's foreign minister met his Iranian counterpart in Beijing on Friday.", published: "2023-03-11")
        #expect(edges == ["Saudi Arabia attended Beijing 2023-03-10", "Iran attended Beijing 2023-03-10"])
        #expect(Fixture.edges("The Iranian delegation joined the talks in Doha.", published: nil) == ["Iran attended Doha (date unknown)"])
    }

    @Test func diplomatsSpeakForTheirState() {
        #expect(Fixture.edges("Russian diplomats condemned Ukraine.") == ["Russia opposes Ukraine"])
    }
}

@Suite struct RepresentsFromContextTests {
    @Test func theLeaderOfTheArmyActsForTheState() {
        let edges = Fixture.edges("Fighting spread across Myanmar. The army is led by General Min Aung Hlaing.")
        #expect(edges.contains("Min Aung Hlaing represents Myanmar"))
    }

    @Test func anOfficialReportingOnTheOneStateOfTheSentenceSpeaksForIt() {
        let edges = Fixture.edges("Foreign Minister Ararat Mirzoyan said on Friday that Armenia would sign the treaty.")
        #expect(edges == ["Ararat Mirzoyan represents Armenia"])
        // A military title accusing a state does not speak for it.
        #expect(Fixture.edges("army chief Kassim Mutua accused Uganda.").isEmpty)
    }
}

@Suite struct RepresentsFromPossessivesTests {
    @Test func itsEnvoyActsForTheBody() {
        #expect(Fixture.edges("The European Union said its envoy, Annette Weber, would travel.").contains("Annette Weber represents European Union"))
    }

    @Test func anEnvoyForACountryDoesNotRepresentIt() {
        let edges = Fixture.edges("The special representative for Libya, Abdoulaye Bathily, resigned.")
        #expect(!edges.contains("Abdoulaye Bathily represents Libya"))
    }

    @Test func theWarsCountryIsTheDocumentsCountry() {
        let edges = Fixture.edges("Kenyan and Ethiopian mediators spoke in Nairobi. The war in Somalia has lasted years. Eritrea backs the government.")
        #expect(edges.contains("Eritrea backs Somalia"))
    }

    /// "met in the Kazakh capital … for talks on Syria": the country a meeting is about, not the
    /// host's, is whose rebels "rebel groups" are.
    @Test func theCountryAMeetingIsAboutIsTheDocumentsCountry() {
        let edges = Fixture.edges("ASTANA, Nov 11 (AP) - Senior officials met in the Kazakh capital on Wednesday for a new round of talks on Syria. Turkey supports rebel groups in the north.")
        #expect(edges.contains("Turkey backs Syrian opposition"), "\(edges.sorted())")
        #expect(!edges.contains("Turkey backs Kazakh opposition"))
    }
}

@Suite struct FormerOfficialsTests {
    @Test func aFormerOfficialDoesNotRepresentTheState() {
        #expect(!Fixture.edges("Former Nigerian President Olusegun Obasanjo led the mediation.").contains { $0.hasSuffix("represents Nigeria") })
        #expect(!Fixture.edges("Kenya's former president Uhuru Kenyatta spoke.").contains("Uhuru Kenyatta represents Kenya"))
        #expect(Fixture.edges("Kenyan President William Ruto spoke.").contains("William Ruto represents Kenya"))
    }
}

@Suite struct InnerNameTests {
    /// Names of three words are often cut to an inner one: "Kiir" for "Salva Kiir Mayardit".
    @Test func anInnerWordOfALongNameIsThatPerson() {
        let graph = Fixture.graph(
            "Zambian President Mulenga Bwalya Chanda met Malawi's president in Lusaka on Monday. Botswana is a close ally of Bwalya.")
        let person = graph.actors.first { $0.name == "Mulenga Bwalya Chanda" }
        #expect(person?.aliases.contains("Bwalya") == true)
        #expect(Fixture.edges(
            "Zambian President Mulenga Bwalya Chanda met Malawi's president in Lusaka on Monday. Botswana is a close ally of Bwalya."
        ).contains("Botswana backs Mulenga Bwalya Chanda"))
    }
}

@Suite struct OwnCountryTests {
    /// "President X says his country faces a threat from … Y's army": "his country" is X's own,
    /// so the state the sentence names is not whom X represents.
    @Test func hisCountryIsNotTheStateTheSentenceNames() {
        let edges = Fixture.edges("President Jean Mukasa says his country faces a threat from a militia that Uganda's army has armed.")
        #expect(!edges.contains("Jean Mukasa represents Uganda"))
    }
}

/// "General X, the commander of the RSF known as Hemedti": the text may name the person by the
/// nickname alone later.
@Suite struct NicknameTests {
    @Test func aNicknameNamesThePersonLater() {
        let text = """
            Kenyan General Omar Musa Kipchumba, the army commander known as Kobra, toured the region.
            On Tuesday Kobra met Uganda's President Yoweri Kaguta in Kampala.
            """
        let edges = Fixture.edges(text)
        #expect(edges.contains("Omar Musa Kipchumba attended Kampala 2024-03-12"))
        #expect(edges.contains("Yoweri Kaguta attended Kampala 2024-03-12"))
    }

    /// "known as" after a place or a plan names no person.
    @Test func knownAsAfterNoPersonNamesNobody() {
        let text = """
            The rebels hold the town known as Kobra. On Tuesday Kobra was shelled.
            """
        #expect(!Fixture.edges(text).contains { $0.hasPrefix("Kobra ") })
    }

    /// "Kuwait stepped in. Its emir, Sheikh X, …": a sentence opening on the possessive refers
    /// back to the one state or body of the sentence before; "a party whose chairman, X":
    /// the body before the relative; an armed group's chief is tied to no state by it.
    @Test func possessiveOwnersOfAPost() {
        let emir = Fixture.edges("Into that quarrel stepped Kuwait. Its emir, Sheikh Nasser al-Hamad, attended the talks in Doha on Monday.")
        #expect(emir.contains("Nasser al-Hamad represents Kuwait") || emir.contains("Sheikh Nasser al-Hamad represents Kuwait"), "\(emir.sorted())")
        let two = Fixture.edges("Kuwait and Qatar offered to mediate. Its emir, Sheikh Nasser al-Hamad, attended the talks in Doha on Monday.")
        #expect(!two.contains { $0.hasSuffix("represents Kuwait") || $0.hasSuffix("represents Qatar") }, "\(two.sorted())")
        let party = Fixture.edges("The Civic Union, whose chairman, Levan Dolidze, is in custody, did not sign the accord in Tbilisi.")
        #expect(party.contains("Levan Dolidze represents Civic Union"), "\(party.sorted())")
        let rebels = Fixture.edges("Sudan signed with the Kordofan Liberation Army, an umbrella of rebel groups whose chairman, Ali Tahir, signed in person.")
        #expect(!rebels.contains("Ali Tahir represents Sudan"), "\(rebels.sorted())")
    }

    /// "Perez de Cuellar" after "Javier Perez de Cuellar", "Lula da Silva" after "Luiz Inacio
    /// Lula da Silva": a name whose words are all in another's of the same surname is one person.
    @Test func aShorterNameOfTheSameWordsIsThePerson() {
        let graph = Fixture.graph("""
            UN Secretary-General Javier Perez de Cuellar opened the talks in Geneva on Monday. Later Mr. Perez de \
            Cuellar met the delegations.
            """)
        let persons = graph.actors.filter { $0.kind == .person }.map(\.name)
        #expect(persons.count == 1, "\(persons)")
    }

    /// "Palestinian President Mahmoud Abbas" and "Syrian Defence Minister Ali Mahmoud Abbas": a name
    /// whose words are all in another's is not that person when their titles name two states.
    @Test func aShorterNameOfAnotherStateIsAnotherPerson() {
        let graph = Fixture.graph("""
            Syrian Defence Minister Ali Mahmoud Abbas met his Turkish counterpart in Moscow on Monday.             Palestinian President Mahmoud Abbas spoke in Ramallah on Tuesday.
            """)
        let persons = graph.actors.filter { $0.kind == .person }.map(\.name).sorted()
        #expect(persons == ["Ali Mahmoud Abbas", "Mahmoud Abbas"], "\(persons)")
    }

    /// "President Xi" after "Xi Jinping", "Foreign Minister Wang" after "Wang Yi": a family name
    /// written first and used alone is the person of the two-word name it opens.
    @Test func aFamilyNameWrittenFirstAloneIsThePerson() {
        let graph = Fixture.graph("Chinese Foreign Minister Wang Yi met the envoy in Beijing on Monday. Foreign Minister Wang said the talks went well.")
        let persons = graph.actors.filter { $0.kind == .person }.map(\.name)
        #expect(persons == ["Wang Yi"], "\(persons)")
    }

    /// "it" as the object of a verb whose subject is the nearest name stands for the side named
    /// before that one; not for a noun between ("a plan"), not after a reporting verb, and not
    /// for the subject's own list.
    @Test func itAsTheObjectOfTheNearestNamesVerb() {
        let mlc = Fixture.edges("The MLC exists because Uganda backs it.")
        #expect(mlc.contains("Uganda backs Movement for the Liberation of Congo"), "\(mlc.sorted())")
        let plan = Fixture.edges("Russia proposed a plan and Iran backed it.")
        #expect(!plan.contains("Iran backs Russia"), "\(plan.sorted())")
        let reported = Fixture.edges("Pakistan says it struck the Taliban overnight.")
        #expect(!reported.contains { $0.hasPrefix("Taliban") }, "\(reported.sorted())")
        let list = Fixture.edges("Iran's only Arab allies, Syria and Libya, gave it little.")
        #expect(!list.contains("Syria backs Libya"), "\(list.sorted())")
    }

    /// A cabinet post that names no owner sits in the cabinet of the one state the text's
    /// officials act for, once two of them have been tied to it; not after one official alone,
    /// nor when officials of two states have been named.
    @Test func ownerlessCabinetPostInOneStatesText() {
        let home = Fixture.edges("""
            Kenyan President Uhuru Kenyatta opened the session in Nairobi on Monday. Kenya's Foreign Minister \
            Raychelle Omamo spoke after him. Interior Minister Fred Matiangi said the border would stay closed.
            """)
        #expect(home.contains("Fred Matiangi represents Kenya"), "\(home.sorted())")
        let one = Fixture.edges("""
            Kenyan President Uhuru Kenyatta opened the session in Nairobi on Monday. Interior Minister \
            Fred Matiangi said the border would stay closed.
            """)
        #expect(!one.contains("Fred Matiangi represents Kenya"), "\(one.sorted())")
        let two = Fixture.edges("""
            Kenyan President Uhuru Kenyatta met Ugandan President Yoweri Museveni in Nairobi on Monday. Kenya's \
            Foreign Minister Raychelle Omamo spoke after them. Interior Minister Fred Matiangi said the border would stay closed.
            """)
        #expect(!two.contains { $0.hasPrefix("Fred Matiangi represents") }, "\(two.sorted())")
    }

    /// "Washington, which lists Hamas as a terrorist group, …, and its backing for Egypt": a name
    /// inside a relative clause closed before "its" is not what "its" refers to.
    @Test func itsSkipsANameInAClosedRelativeClause() {
        let edges = Fixture.edges("Washington, which lists Hamas as a terrorist group, has trained the guard, and its backing for Egypt is no secret.")
        #expect(edges.contains("United States backs Egypt"), "\(edges.sorted())")
        #expect(!edges.contains("Hamas backs Egypt"), "\(edges.sorted())")
    }

    /// "she held talks with X, and in Beijing on Sunday she met Y": a subject pronoun said again in
    /// the sentence names whom it named first, not the person named in between; and the second
    /// clause's place, with its own day, is not the first meeting's.
    @Test func aSubjectPronounSaidAgainNamesTheSamePerson() {
        let edges = Fixture.edges(
            "US Trade Representative Katherine Tai toured Indonesia last week. In Surabaya on 9 March she held talks with Trade Minister Zulkifli Hasan, and in Jakarta on 10 March she met President Joko Widodo.")
        #expect(edges.contains("Katherine Tai attended Jakarta 2024-03-10"), "\(edges.sorted())")
        #expect(!edges.contains("Zulkifli Hasan attended Jakarta 2024-03-10"), "\(edges.sorted())")
        #expect(edges.contains("Zulkifli Hasan attended Surabaya 2024-03-09"), "\(edges.sorted())")
    }

    /// "After the fall of Muammar Gaddafi in 2011": a well-known ruler named only as gone acts for
    /// nobody by the table; one the text gives a title ("the death of President X") still does.
    @Test func aRulerNamedAsGoneActsForNobody() {
        #expect(!Fixture.edges("After the fall of Muammar Gaddafi in 2011, the country divided.").contains("Muammar Gaddafi represents Libya"))
        #expect(!Fixture.edges("Sanctions hit officials of the former regime of Omar al-Bashir.").contains("Omar al-Bashir represents Sudan"))
        #expect(Fixture.edges("The offensive was followed by the death of President Idriss Deby Itno at the front.").contains("Idriss Deby Itno represents Chad"))
    }
}

