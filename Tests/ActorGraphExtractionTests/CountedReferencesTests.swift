import ActorGraphModel
import Testing

@testable import ActorGraphExtraction

/// "The two sides", "both countries", "the two leaders", "the three governments": the pair or
/// list named just before.
@Suite struct CountedReferencesTests {
    @Test func theTwoSidesAreThePairNamedBefore() {
        let edges = Fixture.edges("Kenya and Somalia restored ties. The two sides agreed to meet again in Nairobi on Monday.")
        #expect(edges.isSuperset(of: ["Kenya attended Nairobi 2024-03-11", "Somalia attended Nairobi 2024-03-11"]))
    }

    /// "the three guarantor countries", "the six friendly Governments": one lowercase word of a
    /// side's standing between the count and the noun.
    @Test func aCountedSideNounMayBeQualified() {
        let edges = Fixture.edges("Kenya, Uganda and Tanzania met in Arusha on Monday. The three friendly Governments have agreed to act jointly.")
        #expect(edges.isSuperset(of: ["Kenya coordinates_with Uganda", "Tanzania coordinates_with Uganda"]), "\(edges.sorted())")
    }

    @Test func bothCountriesCountAsTwoMembersOfAList() {
        let edges = Fixture.edges("Kenya and Somalia restored ties. Both countries have worked together against al-Shabab.")
        #expect(edges.contains("Kenya coordinates_with Somalia"))
    }

    /// "Both groups were banned by the government": a count of groups is the armed groups named
    /// just before.
    @Test func bothGroupsAreTheArmedGroupsNamedBefore() {
        let edges = Fixture.edges("India blames Lashkar-e-Taiba and Jaish-e-Mohammad for the attack. Both groups were banned by Pakistan in January 2002.")
        #expect(edges.isSuperset(of: ["Pakistan opposes Lashkar-e-Taiba", "Pakistan opposes Jaish-e-Mohammed"]), "\(edges.sorted())")
        // Listed or not: the only two groups named before.
        let mali = Fixture.edges("Soldiers seized power in Mali. The MNLA has routed government troops, and Ansar Dine has fought around Kidal. The army has fought both groups with little success.")
        #expect(mali.isSuperset(of: ["Mali opposes National Movement for the Liberation of Azawad", "Mali opposes Ansar Dine"]), "\(mali.sorted())")
    }

    /// "the five governments" a page after the five were listed: a count of three or more sides
    /// reaches back twelve sentences.
    @Test func aCountedListOfSidesReachesBackAPage() {
        let filler = String(repeating: "The delegates talked about water and roads for hours. ", count: 6)
        let edges = Fixture.edges("Kenya, Uganda, Tanzania, Rwanda and Burundi sent ministers to Arusha on Monday. " + filler
            + "The five governments agreed to act together on the border.")
        #expect(edges.contains("Burundi coordinates_with Kenya"), "\(edges.sorted())")
    }

    @Test func theTwoLeadersArePersons() {
        let edges = Fixture.edges(
            "President Ali Musa and President John Okot shook hands on Friday. The two leaders held talks in Juba on Friday.")
        #expect(edges.isSuperset(of: ["Ali Musa attended Juba 2024-03-15", "John Okot attended Juba 2024-03-15"]))
    }

    /// "The three Sahel presidents", "the two Korean leaders", "both foreign ministers": one
    /// modifier may stand between the count and its noun.
    @Test func aCountedNounMayTakeAModifier() {
        let edges = Fixture.edges(
            "President Ali Musa of Mali, President John Okot of Niger and President Idriss Mahamat of Chad spoke on Friday. The three Sahel presidents held talks in Niamey on Friday.")
        #expect(edges.isSuperset(of: ["Ali Musa attended Niamey 2024-03-15", "John Okot attended Niamey 2024-03-15", "Idriss Mahamat attended Niamey 2024-03-15"]), "\(edges.sorted())")
        let korea = Fixture.edges("President Moon Jae-in and Kim Jong Un shook hands on Friday. The two Korean leaders held talks in Panmunjom on Friday.")
        #expect(korea.isSuperset(of: ["Moon Jae-in attended Panmunjom 2024-03-15", "Kim Jong Un attended Panmunjom 2024-03-15"]), "\(korea.sorted())")
    }

    /// A sentence opening on "They" goes on about the list the sentence before opened on; every
    /// member of it attends the meeting the sentence names (not only the first).
    @Test func theyIsTheListTheSentenceBeforeOpenedOn() {
        let edges = Fixture.edges(
            "President Ali Musa and President John Okot discussed the border in Juba on Monday. They did so again in Nairobi at the summit that opened on Wednesday.")
        #expect(edges.isSuperset(of: ["Ali Musa attended Nairobi 2024-03-13", "John Okot attended Nairobi 2024-03-13"]), "\(edges.sorted())")
        let unread = Fixture.edges("Kenya said President Ali Musa and President John Okot would meet. They did so in Nairobi on Wednesday.")
        #expect(!unread.contains("John Okot attended Nairobi 2024-03-13"), "\(unread.sorted())")
    }

    /// Two persons named in separate sentences, and no one else, are "the two leaders".
    @Test func theOnlyTwoPersonsNamedBeforeAreThePair() {
        let edges = Fixture.edges(
            "Prime Minister Ali Musa flew to Juba on Thursday. President John Okot met him at the airport. The two leaders signed a joint declaration in Juba on Friday.")
        #expect(edges.isSuperset(of: ["Ali Musa attended Juba 2024-03-15", "John Okot attended Juba 2024-03-15"]))
        // With a third person named among them, "the two leaders" stays unread (Musa, who flew to
        // Juba the day before, attended by his arrival; the others by nothing).
        let three = Fixture.edges(
            "Prime Minister Ali Musa flew to Juba on Thursday. President John Okot praised Foreign Minister Sara Deng. The two leaders signed a joint declaration in Juba on Friday.")
        #expect(!three.contains("John Okot attended Juba 2024-03-15"))
        #expect(!three.contains("Sara Deng attended Juba 2024-03-15"))
        #expect(three.contains("Ali Musa attended Juba 2024-03-15"))
    }

    /// "the three governments", "all three countries", "the five": the list of that many named before.
    @Test func aCountedListIsTheListOfThatManyNamedBefore() {
        let three = Fixture.edges("Kenya, Uganda and Rwanda restored ties. The three governments agreed to work together against the ADF.")
        #expect(three.isSuperset(of: ["Kenya coordinates_with Uganda", "Kenya coordinates_with Rwanda", "Rwanda coordinates_with Uganda"]))
        let bare = Fixture.edges(
            "Flags of Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan lined the road. Xi said China would firmly support the five in defending their sovereignty.")
        #expect(bare.isSuperset(of: ["China backs Kazakhstan", "China backs Uzbekistan"]))
        // A count that no list has stays unread.
        let four = Fixture.edges("Kenya, Uganda and Rwanda restored ties. The four governments agreed to work together against the ADF.")
        #expect(!four.contains { $0.contains("coordinates_with") })
    }

    /// With no pair named before, or the wrong kind of pair, the words stay words.
    @Test func noPairNoReading() {
        #expect(Fixture.edges("The two sides met in Geneva on Monday.").isEmpty)
        let persons = Fixture.edges("President Ali Musa and President John Okot shook hands. The two countries held talks in Juba on Friday.")
        #expect(!persons.contains { $0.contains("attended Juba") })
    }

    /// "All three have expelled French troops", as "the three have": a bare count after "all"
    /// stands for the list named before it.
    @Test func allThreeAreTheListNamedBefore() {
        let edges = Fixture.edges("Mali, Burkina Faso and Niger have formed a confederation. All three have expelled French troops.")
        #expect(edges.isSuperset(of: ["Mali opposes France", "Burkina Faso opposes France", "Niger opposes France"]), "\(edges.sorted())")
    }
}
