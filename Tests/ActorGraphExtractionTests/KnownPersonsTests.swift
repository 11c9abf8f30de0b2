import ActorGraphModel
import Testing

@testable import ActorGraphExtraction

/// Well-known persons: whom they act for when the text does not say.
@Suite struct KnownPersonsTests {
    /// A word's transliteration is asked by its bytes: the dictionary's answer for every
    /// spelling, and none for any other word (non-ASCII, long, or a spelling's case or prefix).
    @Test func foldedSpellingsAreTheTransliterations() {
        for (spelling, folded) in KnownPersons.transliterations { #expect(KnownPersons.folded(spelling) == folded) }
        for word in ["", "m", "mohammedd", "Mohammed", "muhammad", "ahmedé", "abd", "husayn", "mohammed mohammed", "abdallahabdallah"] {
            #expect(KnownPersons.folded(word) == KnownPersons.transliterations[word], "\(word)")
        }
    }

    /// News spells one Arabic given name several ways: "Mohammed Morsi" is the table's "Mohamed
    /// Morsi", "Abdul Fattah" its "Abdel Fattah"; other names are not folded into each other.
    /// "S. Jaishankar" is the table's "Subrahmanyam Jaishankar": an initial of the first name
    /// with the surname; another initial is not.
    @Test func anInitialAndTheSurname() {
        let table = KnownPersons(tsv: "Subrahmanyam Jaishankar\tIndia\t\t2019\n")
        #expect(table.entry(named: "S. Jaishankar")?.name == "Subrahmanyam Jaishankar")
        #expect(table.entry(named: "R. Jaishankar") == nil)
        let edges = Fixture.edges("Papua New Guinea's Governor-General, Sir Bob Dadae, received the envoy.")
        #expect(edges.contains("Bob Dadae represents Papua New Guinea"), "\(edges.sorted())")
    }

    @Test func transliterationsOfAGivenNameAreOneName() {
        let table = KnownPersons(tsv: "Mohamed Morsi\tEgypt\t\t2012\nAbdel Fattah al-Sisi\tEgypt\t\t2014\nAhmed Shah\tAfghanistan\t\t1747\n")
        #expect(table.entry(named: "Mohammed Morsi")?.name == "Mohamed Morsi")
        #expect(table.entry(named: "Muhammad Morsi")?.name == "Mohamed Morsi")
        #expect(table.entry(named: "Abdul Fattah al-Sisi")?.name == "Abdel Fattah al-Sisi")
        #expect(table.entry(named: "Ahmad Shah")?.name == "Ahmed Shah")
        #expect(table.entry(named: "Mahmoud Morsi") == nil)
        #expect(table.firstWords.isSuperset(of: ["mohammed", "mohamed", "muhammad", "abdul", "abdel"]))
        let edges = Fixture.edges("President Mohammed Morsi spoke.")
        #expect(edges.contains("Mohammed Morsi represents Egypt"), "\(edges.sorted())")
    }

    /// "President Reagan": a title without owner on a known person takes the person's state, and
    /// a head's title on a lone surname takes the person's full name.
    @Test func aTitleWithoutOwnerTakesTheKnownState() {
        let edges = Fixture.edges("President Reagan and Secretary of State George Shultz arrived in Reykjavik on Friday.")
        #expect(edges.contains("Ronald Reagan represents United States"), "\(edges.sorted())")
        #expect(edges.contains("George Shultz represents United States"))
    }

    /// "President Assad of Syria" is Hafez al-Assad in 1976 and Bashar al-Assad in 2013: a head's
    /// title on a lone surname names the known person holding a post that year, under their full
    /// name, and the surname stays one of the person's forms.
    @Test func aHeadsSurnameAloneTakesTheKnownFullNameOfItsYear() {
        let text = "President Sadat of Egypt met President Assad of Syria in Riyadh on Saturday."
        let then = Fixture.graph(text, published: "1976-10-18")
        #expect(Set(then.actors.filter { $0.kind == .person }.map(\.name)) == ["Anwar Sadat", "Hafez al-Assad"])
        #expect(then.actors.first { $0.name == "Hafez al-Assad" }?.aliases.contains("Assad") == true)
        let later = Fixture.graph(text, published: "2013-10-18")
        #expect(Set(later.actors.filter { $0.kind == .person }.map(\.name)).contains("Bashar al-Assad"))
        // Not a head's title: "General Sharif" keeps the name the text gives.
        #expect(Fixture.edges("General Sharif of Pakistan met the envoy in Rawalpindi on Monday.", published: "2015-03-18").contains("Sharif represents Pakistan"))
    }

    /// "Mr Gromyko", "Signor Moro from Italy": a courtesy title on a lone surname names the known
    /// person of that year under the table's full name, as a head's title does; a text that names
    /// another person of that surname in full ("Mr Marshall" after "David Marshall") keeps its own.
    @Test func aCourtesyTitleOnAKnownSurnameTakesTheFullName() {
        let text = "Dr Kissinger and Mr Gromyko, the two foreign ministers, met in Helsinki on Wednesday. Signor Moro came from Italy."
        let graph = Fixture.graph(text, published: "1975-08-02")
        #expect(Set(graph.actors.filter { $0.kind == .person }.map(\.name)) == ["Henry Kissinger", "Andrei Gromyko", "Aldo Moro"])
        let edges = Fixture.edges(text, published: "1975-08-02")
        #expect(edges.contains("Andrei Gromyko represents Soviet Union"), "\(edges.sorted())")
        let own = "Chief Minister David Marshall of Singapore arrived in Baling on Tuesday. Mr Marshall met the rebels there."
        let names = Set(Fixture.graph(own, published: "1955-12-30").actors.filter { $0.kind == .person }.map(\.name))
        #expect(names.contains("David Marshall") && !names.contains("George Marshall"), "\(names.sorted())")
    }

    /// "Erdogan met Zelensky in Istanbul", "talks with Putin": a leader the news names by surname
    /// alone is a person under the table's full name, even untitled; "the Biden administration" is
    /// still the government, and "Erdoğan" folds to the same one word.
    @Test func aLeadersSurnameAloneIsTheLeader() {
        let edges = Fixture.edges("Erdogan met Zelensky in Istanbul on Monday.", published: "2024-08-16")
        #expect(edges.isSuperset(of: ["Recep Tayyip Erdogan attended Istanbul 2024-08-12", "Volodymyr Zelensky represents Ukraine"]), "\(edges.sorted())")
        #expect(Fixture.edges("The Biden administration imposed sanctions on Iran.", published: "2024-08-16") == ["United States opposes Iran"])
        let table = KnownPersons(tsv: "Recep Tayyip Erdogan\tTurkey\tErdogan|Erdoğan\t2003\n")
        #expect(table.entry(named: "Erdogan", in: 2024)?.name == "Recep Tayyip Erdogan")
    }

    /// Reigning monarchs are heads of state the news names by title alone: "King George VI" acts
    /// for the United Kingdom (not for a state the sentence names otherwise), "Queen Juliana" for
    /// the Netherlands.
    @Test func aReigningMonarchActsForTheKingdom() {
        let edges = Fixture.edges("Mr Truman left Germany by air and met King George VI aboard a cruiser off Plymouth on Thursday.", published: "1945-08-03")
        #expect(edges.contains("George VI represents United Kingdom"), "\(edges.sorted())")
        #expect(!edges.contains("George VI represents Germany"))
        #expect(Fixture.edges("Queen Juliana received the envoy.", published: "1955-05-02").contains { $0.hasSuffix("Juliana represents Netherlands") })
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

    /// A family name written first ("Xi", "Moon") or a Thai given name is what the table's
    /// one-word alias says the person is called alone; the name's last word is then no surname.
    @Test func aFamilyNameWrittenFirstIsTheSurname() {
        let known = KnownPersons(tsv: "name\tactor\taliases\tyears\nXi Jinping\tChina\tXi\t2012\nMoon Jae-in\tSouth Korea\tMoon\t2017\nBan Ki-moon\tUnited Nations\tBan\t2007\n")
        #expect(known.entry(named: "Xi", surnameAlone: true, in: 2019)?.name == "Xi Jinping")
        #expect(known.entry(named: "Moon", surnameAlone: true, in: 2019)?.name == "Moon Jae-in")
        #expect(known.entry(named: "Ban", surnameAlone: true, in: 2010)?.name == "Ban Ki-moon")
        #expect(known.entry(named: "Jinping", surnameAlone: true) == nil)
        #expect(known.entry(named: "Xi") == nil)
        #expect(known.entry(named: "Xi Jinping")?.actor == "China")
        #expect(Fixture.edges("President Xi arrived in Seoul on Friday.").contains("Xi Jinping represents China"))
    }

    /// A one-word name ("Suharto") or alias ("Lula") is a full name too, unless shared; a
    /// generational suffix is no surname.
    @Test func oneWordNamesAndSuffixes() {
        let known = KnownPersons(tsv: "name\tactor\taliases\tyears\nSuharto\tIndonesia\tSoeharto\t1967\nLuiz Inacio Lula da Silva\tBrazil\tLula\t2003\nAnibal Cavaco Silva\tPortugal\t\t1985\nFerdinand Marcos Jr.\tPhilippines\t\t2022\n")
        #expect(known.entry(named: "Suharto")?.actor == "Indonesia")
        #expect(known.entry(named: "Soeharto")?.actor == "Indonesia")
        #expect(known.entry(named: "Lula", in: 2005)?.actor == "Brazil")
        #expect(known.entry(named: "Lula", surnameAlone: true, in: 2005)?.actor == "Brazil")
        #expect(known.entry(named: "Silva", surnameAlone: true) == nil)
        #expect(known.entry(named: "Marcos", surnameAlone: true)?.actor == "Philippines")
        #expect(known.entry(named: "Jr", surnameAlone: true) == nil)
        #expect(known.firstWords.contains("lula") && known.firstWords.contains("suharto"))
        // (A one-word name the table gives alone takes its full name.)
        #expect(Fixture.edges("Lula met Prime Minister Anthony Albanese in Canberra on Friday.", published: "2024-03-15").isSuperset(of: ["Luiz Inacio Lula da Silva represents Brazil", "Anthony Albanese represents Australia"]))
    }

    /// A surname several persons share names the one of them holding a post in the text's year,
    /// if only one does or all of one side do; a full name with a shared surname, the one whose
    /// name has its first word.
    @Test func aSharedSurnameNamesWhoHoldsThePostThatYear() {
        let known = KnownPersons(tsv: "name\tactor\taliases\tyears\nLouis Michel\tBelgium\t\t1999-2004\nCharles Michel\tEuropean Union\t\t2019\nBill Clinton\tUnited States\t\t1993\nHillary Clinton\tUnited States\t\t2009\n")
        #expect(known.entry(named: "Michel", surnameAlone: true, in: 2002)?.name == "Louis Michel")
        #expect(known.entry(named: "Michel", surnameAlone: true, in: 2021)?.name == "Charles Michel")
        #expect(known.entry(named: "Michel", surnameAlone: true, in: 2010) == nil)
        #expect(known.entry(named: "Michel", surnameAlone: true) == nil)
        #expect(known.entry(named: "Clinton", surnameAlone: true, in: 2012)?.name == "Hillary Clinton", "of one side: who took up a post last")
        #expect(known.entry(named: "Hillary Rodham Clinton", in: 2012)?.name == "Hillary Clinton")
        #expect(known.entry(named: "George Clinton", in: 2012) == nil)
    }

    /// A name that starts with a particle is a surname: alone, it names a person only after a
    /// title ("Foreign Minister al-Jubeir"), not untitled ("Ben Gurion airport").
    @Test func aParticleOpensASurnameNotAName() {
        let known = KnownPersons(tsv: "name\tactor\taliases\tyears\nDavid Ben-Gurion\tIsrael\t\t1948\nBen Wallace\tUnited Kingdom\t\t2019\nAdel al-Jubeir\tSaudi Arabia\t\t2007\n")
        #expect(known.entry(named: "Ben Gurion", in: 2020) == nil)
        #expect(known.entry(named: "Ben-Gurion", surnameAlone: true, in: 1950)?.name == "David Ben-Gurion")
        #expect(known.entry(named: "al-Jubeir", surnameAlone: true, in: 2016)?.actor == "Saudi Arabia")
        #expect(known.entry(named: "Ben Wallace", in: 2020)?.actor == "United Kingdom")
        #expect(!Fixture.edges("Flights resumed at Ben Gurion airport on Monday.").contains { $0.contains("represents") })
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
        #expect(known.entry(named: "Hemedti")?.actor == "Rapid Support Forces", "a one-word alias no one else has is a full name")
    }

    /// The bundled table: a one-word alias ties with a title; a given name of other sides' persons
    /// does not.
    @Test func theBundledTableKnowsGivenNames() {
        #expect(Fixture.edges("Prime Minister Abiy chaired the talks in Addis Ababa on Monday.").contains("Abiy Ahmed represents Ethiopia"))
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
