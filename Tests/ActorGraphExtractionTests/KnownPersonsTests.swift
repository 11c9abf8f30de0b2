import ActorGraphModel
import Testing

@testable import ActorGraphExtraction

/// Well-known persons: whom they act for when the text does not say.
@Suite struct KnownPersonsTests {
    @Test func aTitleWithoutOwnerTakesTheKnownState() {
        let edges = Fixture.edges("President Reagan and Secretary of State George Shultz arrived in Reykjavik on Friday.")
        #expect(edges.contains("Reagan represents United States"))
        #expect(edges.contains("George Shultz represents United States"))
    }

    @Test func anUntitledFullNameIsAPerson() {
        let graph = Fixture.graph("Vladimir Putin met Xi Jinping in Beijing on Monday. Putin praised the talks.")
        let persons = Set(graph.actors.filter { $0.kind == .person }.map(\.name))
        #expect(persons == ["Vladimir Putin", "Xi Jinping"])
        let represents = graph.relations.filter { $0.kind == .represents }
        #expect(Set(represents.map { "\(graph[$0.subject]!.name) > \(graph[$0.object]!.name)" }) == ["Vladimir Putin > Russia", "Xi Jinping > China"])
        #expect(represents.allSatisfy { $0.evidence.allSatisfy { $0.rule == Finding.knownPersonRule } })
        #expect(Fixture.edges("Vladimir Putin met Xi Jinping in Beijing on Monday.").contains("Russia attended Beijing 2024-03-11"))
    }

    /// What the text says wins over the table; a former post ties to nobody.
    @Test func theTextDecidesFirst() {
        #expect(Fixture.edges("Kenyan Foreign Minister James Baker spoke.") == ["James Baker represents Kenya"])
        #expect(!Fixture.edges("Former president Bill Clinton spoke in Geneva.").contains { $0.contains("represents") })
    }

    /// A text published before the post the table lists, or after the person went on to act
    /// for another side, is not tied by the table.
    @Test func theTableHoldsOnlyInItsYears() {
        #expect(Fixture.edges("Minister of State Boutros Boutros-Ghali spoke.", published: "1978-09-18").isEmpty)
        #expect(Fixture.edges("Minister of State Boutros Boutros-Ghali spoke.", published: "1994-05-02") == ["Boutros Boutros-Ghali represents United Nations"])
        let known = KnownPersons(tsv: "name\tactor\taliases\tyears\nDonald Tusk\tEuropean Union\t\t2014-2019\n")
        #expect(known.entry(named: "Donald Tusk", in: 2016)?.actor == "European Union")
        #expect(known.entry(named: "Donald Tusk", in: 2024) == nil)
        #expect(known.entry(named: "Donald Tusk", in: nil) != nil)
    }

    /// A surname that known persons of two sides share names nobody alone; one that persons of one
    /// side share names that side ("President Bush").
    @Test func aSharedSurnameAloneNamesNobody() {
        let known = KnownPersons(tsv: "name\tactor\taliases\nGeorge W. Bush\tUnited States\t\nGeorge H. W. Bush\tUnited States\t\nMike Pompeo\tUnited States\t\nKate Bush\tUnited Kingdom\t\nPaul Pompeo\tItaly\t\n")
        #expect(known.entry(named: "Pompeo", surnameAlone: true) == nil)
        #expect(known.entry(named: "Mike Pompeo")?.actor == "United States")
        let oneSide = KnownPersons(tsv: "name\tactor\taliases\tyears\nGeorge W. Bush\tUnited States\t\t2001\nGeorge H. W. Bush\tUnited States\t\t1989\n")
        #expect(oneSide.entry(named: "Bush", surnameAlone: true)?.actor == "United States")
        #expect(oneSide.entry(named: "Bush", surnameAlone: true, in: 1995)?.name == "George H. W. Bush")
        #expect(oneSide.entry(named: "Bush", surnameAlone: true, in: 1980) == nil)
        #expect(known.entry(named: "Bush", surnameAlone: true) == nil)
        #expect(known.entry(named: "George H. W. Bush")?.name == "George H. W. Bush")
        #expect(known.entry(named: "Pompeo") == nil)
    }

    /// A surname that is another side's person's given name names nobody alone ("King Abdullah" is
    /// not Abdullah Abdullah of Afghanistan); a one-word alias is a surname the table vouches for.
    @Test func aGivenNameAloneNamesNobody() {
        let known = KnownPersons(tsv: """
            name\tactor\taliases\tyears
            Abdullah Abdullah\tAfghanistan\t\t2001
            Abdullah II\tJordan\t\t1999
            Abiy Ahmed\tEthiopia\tAbiy\t2018
            Ahmed al-Sharaa\tSyria\t\t2024
            Mahmoud Abbas\tPalestine\tAbbas\t2003
            Abbas Araghchi\tIran\t\t2013
            Mohammed bin Salman\tSaudi Arabia\t\t2015
            Hosni Mubarak\tEgypt\t\t1981
            Ahmed Awad bin Mubarak\tYemen\t\t2014
            Zine El Abidine Ben Ali\tTunisia\t\t1987
            Tammam Salam\tLebanon\t\t2014
            Salam Fayyad\tPalestine\t\t2007
            Mohamed Hamdan Dagalo\tRapid Support Forces\tHemedti\t2013
            Abdul Rahim Dagalo\tRapid Support Forces\t\t2013

            """)
        #expect(known.entry(named: "Abdullah", surnameAlone: true) == nil)
        #expect(known.entry(named: "Ahmed", surnameAlone: true) == nil)
        #expect(known.entry(named: "Abiy", surnameAlone: true)?.name == "Abiy Ahmed")
        #expect(known.entry(named: "Abbas", surnameAlone: true)?.actor == "Palestine")
        #expect(known.entry(named: "Salam", surnameAlone: true) == nil)
        #expect(known.entry(named: "Fayyad", surnameAlone: true)?.actor == "Palestine")
        // A father's name after "bin" is no surname alone.
        #expect(known.entry(named: "Salman", surnameAlone: true) == nil)
        #expect(known.entry(named: "bin Salman", surnameAlone: true)?.actor == "Saudi Arabia")
        #expect(known.entry(named: "Mubarak", surnameAlone: true)?.actor == "Egypt")
        #expect(known.entry(named: "bin Mubarak", surnameAlone: true)?.actor == "Yemen")
        #expect(known.entry(named: "Ben Ali", surnameAlone: true)?.actor == "Tunisia")
        #expect(known.entry(named: "Ali", surnameAlone: true) == nil)
        #expect(known.entry(named: "Hemedti", surnameAlone: true)?.name == "Mohamed Hamdan Dagalo")
        #expect(known.entry(named: "Dagalo", surnameAlone: true)?.actor == "Rapid Support Forces")
        #expect(known.entry(named: "Abdullah Abdullah")?.actor == "Afghanistan")
        #expect(known.entry(named: "Hemedti") == nil)
    }

    /// The bundled table: a one-word alias ties with a title; a given name of other sides' persons
    /// does not.
    @Test func theBundledTableKnowsGivenNames() {
        #expect(Fixture.edges("Prime Minister Abiy chaired the talks in Addis Ababa on Monday.").contains("Abiy represents Ethiopia"))
        #expect(!Fixture.edges("King Abdullah spoke in Amman on Monday.").contains { $0.contains("represents Afghanistan") })
    }
}

@Suite struct GovernmentByLeaderTests {
    @Test func aKnownSurnameBeforeAdministrationNamesTheState() {
        let edges = Fixture.edges("The Trump administration imposed sanctions on Venezuela.")
        #expect(edges.contains("United States opposes Venezuela"))
        // The leader is named only to name the government: no edge says whom he represents.
        #expect(!edges.contains { $0.hasPrefix("Trump ") || $0.hasPrefix("Donald Trump ") })
    }

    @Test func anUnknownSurnameNamesNobody() {
        #expect(!Fixture.edges("The Smithers administration imposed sanctions on Venezuela.").contains { $0.hasSuffix("opposes Venezuela") })
    }
}
