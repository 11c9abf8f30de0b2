import ActorGraphModel
import Testing

@testable import ActorGraphExtraction

/// Persons the text introduces without a title before the name: an appositive post after it, a
/// state's or body's possessive, a demonym with a lowercase title, a role clause. The names are
/// invented; the sentences are written for these tests.
enum Introductions {
    static let extractor = Extractor(lexicon: Fixture.lexicon, rules: Fixture.rules)

    /// The persons phase one recognises in `text`, by name.
    static func persons(_ text: String) -> [String: TitledPerson] {
        let found = extractor.analyze(Document(name: "doc.txt", text: text, published: "2024-03-15")).sentences.flatMap(\.persons)
        return Dictionary(found.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The `represents` edges of the graph built from `text`.
    static func represents(_ text: String) -> Set<String> {
        Fixture.edges(text).filter { $0.contains(" represents ") }
    }
}

@Suite struct AppositivePostTests {
    /// "X, who is leading the American delegation with Y, announced …": a relative clause on
    /// the name makes X the delegation's head, at the meeting and for its state.
    @Test func aDelegationsHeadInARelativeClause() {
        let edges = Fixture.edges(
            "The peace summit opened in Geneva on Saturday. US Vice President Kamala Harris, who is leading the American delegation with national security adviser Jake Sullivan, announced new aid.",
            published: "2024-06-15")
        #expect(edges.isSuperset(of: ["Kamala Harris attended Geneva 2024-06-15", "United States attended Geneva 2024-06-15"]), "\(edges.sorted())")
    }

    /// The EU's institutions speak for the EU ("European Council President Charles Michel"), and a
    /// body goes by its full English name ("the International Organisation of La Francophonie").
    @Test func bodiesByTheirInstitutionsAndFullNames() {
        let edges = Fixture.edges(
            "European Council President Charles Michel and Louise Mushikiwabo, secretary-general of the International Organisation of La Francophonie, met in Nouakchott on Tuesday.",
            published: "2020-07-01")
        #expect(edges.isSuperset(of: ["Charles Michel represents European Union", "Louise Mushikiwabo represents International Organisation of La Francophonie"]), "\(edges.sorted())")
    }

    /// "His Excellency X, the Prime Minister of …": the style of address is not the name.
    @Test func aStyleOfAddressIsNoPartOfTheName() {
        let edges = Introductions.represents("His Excellency Amadou Keita Sow, the Prime Minister of the Republic of Mali, met the delegation.")
        #expect(edges.contains("Amadou Keita Sow represents Mali"), "\(edges.sorted())")
        #expect(!edges.contains { $0.contains("Excellency") }, "\(edges.sorted())")
    }

    @Test func aPostAfterTheNameOpenedByAnArticle() {
        #expect(Introductions.represents("Tomas Reyes, the Chilean foreign minister, arrived in Lima.") == ["Tomas Reyes represents Chile"])
        #expect(Introductions.represents("Ines Moreau, a French diplomat who knows the region, left Niamey.").isEmpty)
        #expect(Introductions.represents("Pavel Orlov, Russia's top nuclear negotiator, flew home.") == ["Pavel Orlov represents Russia"])
    }

    @Test func aSeniorOfficialOfAnArmedGroupActsForIt() {
        let persons = Introductions.persons("Omar Haddad, a senior Hamas official, said the group would study the offer.")
        #expect(persons["Omar Haddad"]?.represents?.name == "Hamas")
        // The graph has no person-to-group `represents` edge, but the group attends with him.
        let edges = Fixture.edges("Omar Haddad, a senior Hamas official, attended the talks in Cairo on Monday.")
        #expect(edges.isSuperset(of: ["Omar Haddad attended Cairo 2024-03-11", "Hamas attended Cairo 2024-03-11"]))
    }

    @Test func aSpokesmanForABody() {
        let persons = Introductions.persons("Yahya Salem, a spokesman for the Houthis, rejected the claim.")
        #expect(persons["Yahya Salem"]?.represents?.name == "Houthis")
    }

    @Test func aLowercaseMinistryBetweenTheDemonymAndTheTitle() {
        let edges = Introductions.represents("Reza Tavakoli, the Iranian foreign ministry spokesman, said Iran condemned the strikes.")
        #expect(edges == ["Reza Tavakoli represents Iran"])
    }

    @Test func aFormerPostTiesThePersonToNobody() {
        let text = "Grace Otieno, a former Kenyan president, said Kenya would send mediators."
        #expect(Introductions.persons(text)["Grace Otieno"]?.isFormer == true)
        #expect(Introductions.represents(text).isEmpty)
    }

    @Test func aPostThatIsTheSubjectOfAClauseIsNoAppositive() {
        // "the Russian president said" is a clause; "Central Asia" is no name of a person.
        #expect(Introductions.persons("In Central Asia, the Russian president said, Moscow has old friends.").isEmpty)
        #expect(Introductions.persons("Across West Africa, the French envoy says, juntas have taken power.").isEmpty)
    }
}

@Suite struct DemonymAndPossessiveIntroductionTests {
    @Test func aDemonymWithALowercaseTitle() {
        #expect(Introductions.represents("The Egyptian foreign minister Karim Nasser greeted the delegates.") == ["Karim Nasser represents Egypt"])
    }

    @Test func aStatesPossessiveBeforeAFullName() {
        #expect(Introductions.represents("Iran's Darius Kazemi told reporters the talks were useful.") == ["Darius Kazemi represents Iran"])
    }

    @Test func aBodysPossessiveBeforeAFullNameThatAClauseFollows() {
        let persons = Introductions.persons("The EU's Helga Lindqvist said the bloc would fund the mission.")
        #expect(persons["Helga Lindqvist"]?.represents?.name == "European Union")
        // A capitalised phrase after a body's possessive is a programme, a council, a plan.
        #expect(Introductions.persons("The EU's Global Gateway programme will fund the port.").isEmpty)
        #expect(Introductions.persons("NATO's Eastern Flank strategy was discussed.").isEmpty)
    }

    @Test func anOutletIsNoPerson() {
        #expect(Introductions.persons("Russia's official TASS news agency said the talks were over.").isEmpty)
    }

    @Test func monthsAndInstitutionsAreNoNames() {
        #expect(Introductions.persons("Ukraine's March offensive stalled near the river.").isEmpty)
        #expect(Introductions.persons("Russia's Black Sea Fleet left port on Friday.").isEmpty)
    }
}

@Suite struct RoleClauseTests {
    @Test func whoHeadsTheArmyActsForTheStateTheArmyIs() {
        let graph = Fixture.graph("Fighting spread across Sudan on Monday. Kamal Idris, who heads the army, said Sudan would not negotiate.")
        let edge = graph.relations.first { $0.kind == .represents && graph[$0.subject]?.name == "Kamal Idris" }
        #expect(edge.map { graph[$0.object]?.name } == "Sudan")
        #expect(edge?.evidence.first?.rule == Finding.roleClauseRule)
    }

    @Test func whoChairsABodyNamedInTheClause() {
        #expect(Introductions.represents("Nadia Farouk, who chairs the African Union commission, arrived in Addis Ababa.")
            == ["Nadia Farouk represents African Union"])
        #expect(Introductions.represents("Leyla Aliyeva, who now represents Azerbaijan at the talks, declined to comment.")
            == ["Leyla Aliyeva represents Azerbaijan"])
    }

    @Test func aClauseThatNamesNoBodyMakesNoPerson() {
        #expect(Introductions.persons("Mark Fenwick, who led the march, said the police were late.").isEmpty)
        #expect(Introductions.persons("Mark Fenwick, who praised Kenya, left early.").isEmpty)
    }

    @Test func aClauseLeadingADelegationMakesAPerson() {
        #expect(Introductions.persons("Samuel Tesfaye, who leads the rebel delegation, arrived on Sunday.")["Samuel Tesfaye"] != nil)
    }
}

@Suite struct SecondPostTests {
    @Test func aTitledHeadWhoAlsoChairsABody() {
        let edges = Introductions.represents("Ghanaian President Kwame Mensah, the current chair of the African Union, opened the session.")
        #expect(edges == ["Kwame Mensah represents Ghana", "Kwame Mensah represents African Union"])
    }

    @Test func aBodysMediatorBetweenTwoCapitals() {
        let edges = Introductions.represents("The summit was hosted by Zambian President Joseph Banda, the African Union's mediator between Kinshasa and Kigali.")
        #expect(edges.isSuperset(of: ["Joseph Banda represents Zambia", "Joseph Banda represents African Union"]))
    }

    @Test func aFormerFirstPostStillLeavesTheCurrentSecond() {
        let edges = Introductions.represents("Former Malian president Amadou Keita, the African Union's envoy, arrived in Khartoum.")
        #expect(edges == ["Amadou Keita represents African Union"])
    }

    @Test func aFormerSecondPostAddsNothing() {
        let edges = Introductions.represents("Ghanaian President Kwame Mensah, a former chair of the African Union, opened the session.")
        #expect(edges == ["Kwame Mensah represents Ghana"])
    }
}

@Suite struct DescribedOwnerTests {
    @Test func theKingdomsMinisterActsForTheKingdomNamedBefore() {
        let graph = Fixture.graph("Saudi Arabia joined the talks. Faisal Rahman, the kingdom's foreign minister, arrived on Monday.")
        let edge = graph.relations.first { $0.kind == .represents && graph[$0.subject]?.name == "Faisal Rahman" }
        #expect(edge.map { graph[$0.object]?.name } == "Saudi Arabia")
        #expect(edge?.evidence.first?.rule == Finding.titleRule)
    }

    @Test func theBlocsChairmanBeforeTheName() {
        #expect(Introductions.represents("ECOWAS met in Abuja. The bloc's chairman, Musa Bello, spoke to reporters.") == ["Musa Bello represents ECOWAS"])
    }

    @Test func theGroupsSpokesmanAttendsForTheGroup() {
        let edges = Fixture.edges("Hamas rejected the plan. The group's spokesman Hazem Kassab attended talks in Cairo on Monday.")
        #expect(edges.isSuperset(of: ["Hazem Kassab attended Cairo 2024-03-11", "Hamas attended Cairo 2024-03-11"]))
    }

    @Test func theRebelsChiefNegotiator() {
        let edges = Fixture.edges("Fighting spread across Yemen. The rebels' chief negotiator, Amir Nasser, attended talks in Muscat on Monday.")
        #expect(edges.isSuperset(of: ["Amir Nasser attended Muscat 2024-03-11", "Yemeni opposition attended Muscat 2024-03-11"]))
    }

    @Test func aGenericWordBeforeTheTitle() {
        #expect(Introductions.represents("Fighting spread across Sudan. Army spokesman Nabil Osman said the rebels attacked the army.")
            == ["Nabil Osman represents Sudan"])
    }

    @Test func aCopulaIntroducesThePost() {
        let edges = Fixture.edges("Fighting spread across Yemen. Amir Nasser is the spokesman for the rebels. Nasser attended talks in Muscat on Monday.")
        #expect(edges.contains("Yemeni opposition attended Muscat 2024-03-11"))
        #expect(Introductions.represents("Karim Nasser is the Egyptian foreign minister.") == ["Karim Nasser represents Egypt"])
    }

    @Test func theCountrysPostIsTheStateNamedBeforeIt() {
        #expect(Introductions.represents("In Sudan, Kamal Idris, the country's army chief, said the talks had failed.") == ["Kamal Idris represents Sudan"])
        // No state before it: nobody to act for.
        #expect(Introductions.represents("Kamal Idris, the country's army chief, said the talks had failed.").isEmpty)
    }

    @Test func aDescribedOwnersEnvoyHeadsTheDelegation() {
        let edges = Fixture.edges(
            "Talks opened in Sanaa on Monday. A Saudi delegation headed by the kingdom's ambassador to Yemen, Fahd Al Otaibi, arrived on Sunday.")
        #expect(edges.isSuperset(of: [
            "Fahd Al Otaibi represents Saudi Arabia", "Fahd Al Otaibi attended Sanaa 2024-03-11", "Saudi Arabia attended Sanaa 2024-03-11",
        ]))
    }

    @Test func aDescriptionThatNothingFitsTiesToNobody() {
        #expect(Introductions.represents("Omar Saleh, the group's spokesman, spoke in Cairo.").isEmpty)
    }
}

@Suite struct PostsAtBodiesTests {
    @Test func aStatesAmbassadorToABodyActsForTheState() {
        #expect(Introductions.represents("Syria's U.N. ambassador Karim Haddad said the talks were useful.") == ["Karim Haddad represents Syria"])
        #expect(Introductions.represents("Samir Kaddour, the Russian NATO envoy, spoke.") == ["Samir Kaddour represents Russia"])
        #expect(Introductions.represents("China sanctioned Mary Hsiao, Nigeria's representative in Washington.") == ["Mary Hsiao represents Nigeria"])
    }

    @Test func twoTitlesJoinedByAnd() {
        let edges = Introductions.represents("The delegation was led by Syria's U.N. ambassador and chief negotiator Karim Haddad.")
        #expect(edges == ["Karim Haddad represents Syria"])
        let qualified = Introductions.represents("Reza Karimi, Iran's deputy foreign minister and lead nuclear negotiator, arrived in Doha.")
        #expect(qualified == ["Reza Karimi represents Iran"])
        // Two titles in capitals, neither owned: the person's mention opens on the first.
        let unowned = Fixture.edges("Talks opened in Lusaka on Sunday. Ghana was represented by Deputy Prime Minister and Foreign Minister Kofi Mensah.")
        #expect(unowned.contains("Kofi Mensah attended Lusaka 2024-03-10"), "\(unowned.sorted())")
        #expect(unowned.contains("Kofi Mensah represents Ghana"), "\(unowned.sorted())")
    }

    @Test func theHeadOfAGenericBodyActsForWhatItStandsFor() {
        let text = "Fighting spread across Sri Lanka. Nimal Perera, head of the government delegation, told reporters the rebels were late."
        #expect(Introductions.represents(text) == ["Nimal Perera represents Sri Lanka"])
        let before = "Fighting spread across Sri Lanka. The head of the government delegation, Nimal Perera, told reporters the rebels were late."
        #expect(Introductions.represents(before) == ["Nimal Perera represents Sri Lanka"])
    }
}

@Suite struct AidesOfPersonsTests {
    @Test func theAideOfAPersonTitledInTheSameSentence() {
        let edges = Introductions.represents("Ukrainian President Oleh Marchenko's chief of staff, Andriy Kovalchuk, arrived in Riyadh.")
        #expect(edges == ["Oleh Marchenko represents Ukraine", "Andriy Kovalchuk represents Ukraine"])
    }

    @Test func theAideOfAPersonTitledElsewhereInTheText() {
        let edges = Introductions.represents(
            "Dmitry Volkov, Petrov's spokesman, declined to comment. Russian President Ivan Petrov spoke on Monday.")
        #expect(edges == ["Dmitry Volkov represents Russia", "Ivan Petrov represents Russia"])
    }

    @Test func theAideOfSomeoneWhoActsForNobodyKnownActsForNobody() {
        #expect(Introductions.represents("Dmitry Volkov, Petrov's spokesman, declined to comment.").isEmpty)
    }
}

@Suite struct LaterMentionsTests {
    @Test func surnamesAndMrJoinAPersonIntroducedByAnAppositive() {
        let graph = Fixture.graph(
            "Pavel Orlov, Russia's foreign minister, arrived in Geneva on Sunday. Orlov said Russia backs Serbia. "
                + "Mr Orlov later met reporters.")
        #expect(graph.actors.filter { $0.kind == .person }.map(\.name) == ["Pavel Orlov"])
        #expect(graph.actors.first { $0.name == "Pavel Orlov" }?.aliases == ["Orlov"])
        #expect(graph.relations.contains { graph[$0.subject]?.name == "Russia" && $0.kind == .backs && graph[$0.object]?.name == "Serbia" })
    }

    @Test func anIndefiniteOfficialIsNotThePersonNamedBefore() {
        let edges = Fixture.edges(
            "Pavel Orlov, Russia's foreign minister, spoke in Moscow on Sunday. Talks opened in Geneva on Monday, and a senior "
                + "Russian official attended.")
        #expect(edges.contains("Russia attended Geneva 2024-03-11"))
        #expect(!edges.contains("Pavel Orlov attended Geneva 2024-03-11"))
        // An article further back does not make a definite reference indefinite.
        let definite = Fixture.edges(
            "Pavel Orlov, Russia's foreign minister, spoke in Moscow on Sunday. A day later the Russian foreign minister attended "
                + "talks in Geneva.")
        #expect(definite.contains { $0.hasPrefix("Pavel Orlov attended Geneva") })
    }
}

/// Persons of two states in one sentence each keep their own state.
@Suite struct TwoStatesInOneSentenceTests {
    @Test func twoAppositives() {
        let edges = Introductions.represents("Irina Sokolova, Ukraine's foreign minister, met Pavel Orlov, her Russian counterpart, in Geneva.")
        #expect(edges == ["Irina Sokolova represents Ukraine", "Pavel Orlov represents Russia"])
    }

    @Test func anAppositiveAndAPossessive() {
        let edges = Introductions.represents("Amir Rahimi, the Iranian foreign minister, spoke with Oman's Salim Al Harthy on Tuesday.")
        #expect(edges == ["Amir Rahimi represents Iran", "Salim Al Harthy represents Oman"])
    }

    @Test func aDemonymTitleAndARoleClause() {
        let edges = Introductions.represents(
            "The Armenian prime minister Aram Petrosyan met Elnur Mammadov, who represents Azerbaijan on the border commission, in Tbilisi.")
        #expect(edges == ["Aram Petrosyan represents Armenia", "Elnur Mammadov represents Azerbaijan"])
    }

    @Test func aHeadOfStateNextToAnotherStatesMinister() {
        // The head's own state is not named; the minister's is, but belongs to the minister.
        let edges = Introductions.represents("President Ana Duarte received Brazil's Paulo Ramos, the Brazilian foreign minister.")
        #expect(edges == ["Paulo Ramos represents Brazil"])
    }
}

@Suite struct SentOfficialsTests {
    @Test func aSideThatSendsAnOfficialIsHisSide() {
        let edges = Fixture.edges("Talks opened in Geneva on Tuesday. Azerbaijan sent Foreign Minister Anar Guliyev, diplomats said.")
        #expect(edges.isSuperset(of: ["Anar Guliyev represents Azerbaijan", "Anar Guliyev attended Geneva 2024-03-12"]))
        // Receiving is not sending: the host's title stays without an owner.
        #expect(!Fixture.edges("Azerbaijan received Foreign Minister Anar Guliyev.").contains("Anar Guliyev represents Azerbaijan"))
    }

    @Test func aNamedPersonWhoLedADelegationAttended() {
        for text in [
            "Talks opened in Geneva on Tuesday. Armenian Foreign Minister Lusine Hakobyan led his country's delegation.",
            "Talks opened in Geneva on Tuesday. Armenian Foreign Minister Lusine Hakobyan headed Armenia's negotiating team.",
        ] {
            #expect(Fixture.edges(text).isSuperset(of: ["Lusine Hakobyan attended Geneva 2024-03-12", "Armenia attended Geneva 2024-03-12"]), "\(text)")
        }
        // A title that names no owner acts for the delegation's owner; "will lead" is scheduled.
        #expect(Fixture.edges("Foreign Minister Naledi Mbeki will lead South Africa's delegation to the ministerial meeting in Cape Town on Friday.", published: "2024-03-12")
            .isSuperset(of: ["Naledi Mbeki represents South Africa", "Naledi Mbeki attended Cape Town 2024-03-15", "South Africa attended Cape Town 2024-03-15"]))
        // Leading a country is not leading its delegation.
        #expect(!Fixture.edges("Talks opened in Geneva on Tuesday. Prime Minister Lusine Hakobyan has led Armenia since 2018.").contains("Lusine Hakobyan attended Geneva 2024-03-12"))
    }

    /// "Senator X, President Y's envoy": a person's envoy acts for the side that person acts for.
    @Test func aPersonsEnvoyActsForThatPersonsSide() {
        #expect(Introductions.represents("Senator Mark Ellison, President Joe Biden's envoy for the election, said there had been fraud.")
            .contains("Mark Ellison represents United States"))
    }

    /// "For Ukraine: former president X, …": a roll of the table by side, one side to a line.
    @Test func aRollBySideNamesEachSidesPerson() {
        let edges = Fixture.edges(
            "The deal was signed in Minsk on Friday. For Ukraine: former president Leonid Kravets, named by the president as his envoy. For Russia: Moscow's ambassador to Kiev, Pavel Orlov.")
        #expect(edges.isSuperset(of: ["Leonid Kravets represents Ukraine", "Pavel Orlov represents Russia", "Pavel Orlov attended Minsk 2024-03-15", "Ukraine attended Minsk 2024-03-15"]))
    }

    @Test func aDelegationSentToAPlaceForTalksAttendsThem() {
        let edges = Fixture.edges("The army and the RSF each sent a delegation to Jeddah on Saturday for talks mediated by the United States.")
        #expect(edges.isSuperset(of: ["Sudan attended Jeddah 2024-03-09", "Rapid Support Forces attended Jeddah 2024-03-09", "United States attended Jeddah 2024-03-09"]))
    }
}
