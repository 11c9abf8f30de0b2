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

    @Test func aSharedSurnameAloneNamesNobody() {
        let known = KnownPersons(tsv: "name\tactor\taliases\nGeorge W. Bush\tUnited States\t\nGeorge H. W. Bush\tUnited States\t\nMike Pompeo\tUnited States\t\n")
        #expect(known.entry(named: "Pompeo", surnameAlone: true)?.name == "Mike Pompeo")
        #expect(known.entry(named: "Bush", surnameAlone: true) == nil)
        #expect(known.entry(named: "George H. W. Bush")?.name == "George H. W. Bush")
        #expect(known.entry(named: "Pompeo") == nil)
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
