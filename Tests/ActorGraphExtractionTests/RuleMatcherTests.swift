import Testing

@testable import ActorGraphExtraction

@Suite struct RuleMatcherTests {
    /// "…, and Italy sent fighters": after one member, ", and" and a name a past verb follows
    /// open the next clause; the name is no member of the list before.
    @Test func aNameBeforeAPastVerbOpensTheNextClause() {
        let edges = Fixture.edges("Britain and France shipped fighter planes and guns to the Finns, and Italy sent a consignment of fighters.")
        #expect(edges.isSuperset(of: ["United Kingdom backs Finland", "France backs Finland"]))
        #expect(!edges.contains("France backs Italy"))
    }

    @Test func verbsAndCoordinatedLists() {
        let edges = Fixture.edges("Germany, France and Britain — which all back Ukraine — pledged more air defence.")
        #expect(edges.isSuperset(of: ["Germany backs Ukraine", "France backs Ukraine", "United Kingdom backs Ukraine"]))
    }

    @Test func nominalForms() {
        #expect(Fixture.edges("Kyiv-backer Poland sent tanks.").contains("Poland backs Ukraine"))
        #expect(Fixture.edges("Iran-backed Houthis fired missiles.").contains("Iran backs Houthis"))
        #expect(Fixture.edges("The Houthis, who are backed by Iran, fired missiles.").contains("Iran backs Houthis"))
    }

    @Test func opponentsOfALeaderAreTheOpposition() {
        let edges = Fixture.edges("Syrian President Bashar al-Assad spoke. Turkey backs groups fighting Assad.")
        #expect(edges.contains("Turkey backs Syrian opposition"))
        #expect(edges.contains("Syrian opposition opposes Bashar al-Assad"))
    }

    @Test func negationAndConditionalsGiveNoEdge() {
        #expect(Fixture.edges("Hungary did not back the sanctions against Russia.").isEmpty)
        #expect(Fixture.edges("If NATO sent troops, Russia could attack Poland.").isEmpty)
        #expect(Fixture.edges("Iran is not at the table.").isEmpty)
    }

    @Test func coordination() {
        #expect(Fixture.edges("Oman and Qatar agreed to coordinate their mediation.") == ["Oman coordinates_with Qatar"])
        let edges = Fixture.edges("Egypt and Qatar - the two mediators - agreed to \"coordinate\" their proposals.")
        #expect(edges == ["Egypt coordinates_with Qatar"])
    }

    @Test func mutualRivalry() {
        let edges = Fixture.edges("The talks included fierce regional rivals Iran and Saudi Arabia.")
        #expect(edges.isSuperset(of: ["Iran opposes Saudi Arabia", "Saudi Arabia opposes Iran"]))
    }

    @Test func capitalsAreActorsUnlessTheyArePlaces() {
        #expect(Fixture.edges("Moscow condemned Kyiv.") == ["Russia opposes Ukraine"])
        #expect(Fixture.edges("In Moscow on Tuesday, officials condemned the strikes.").isEmpty)
        // A newspaper is not its city's state.
        #expect(Fixture.edges("The Washington Post said Iran backs Hezbollah.") == ["Iran backs Hezbollah"])
    }

    @Test func genericWordsResolveToTheDocumentsCountry() {
        let text = "Fighting continued in Sudan. The Sudanese army said the rebels attacked El Fasher. The regime fought the rebels."
        #expect(Fixture.edges(text).contains("Sudan opposes Sudanese opposition"))
    }

    /// "Chad's army": a state named right before a generic word owns it, though the document is
    /// about another country's war.
    @Test func aPossessorOwnsAGenericWord() {
        let edges = Fixture.edges("Chad's army is equipped by France. Kenya's war was long.")
        #expect(edges.contains("France backs Chad"), "\(edges.sorted())")
        #expect(!edges.contains("France backs Kenya"), "\(edges.sorted())")
    }

    @Test func ruleFileErrorsNameTheLine() {
        var rules = RuleSet()
        #expect(throws: ExtractionError.badRule(source: "my.rules", line: 2, reason: "unknown class “@nope” (define it above its first use)")) {
            try rules.parse("# mine\nbacks: S @nope O\n", source: "my.rules")
        }
        #expect(throws: ExtractionError.self) { try rules.parse("backs: O O\n", source: "my.rules") }
    }

    @Test func userRulesExtendTheBuiltInOnes() throws {
        var rules = Fixture.rules
        try rules.parse("backs: S bankrolls O\n", source: "user.rules")
        let graph = Fixture.graph("Iran bankrolls Hezbollah.", published: nil, rules: rules)
        #expect(graph.relations.map(\.kind) == [.backs])
    }
}

@Suite struct OtherConflictTests {
    /// "the Bosnian Serbs" is a party of its own, not Bosnia: the lexicon knows the war's sides.
    @Test func theBosnianSerbsAreAParty() {
        let edges = Fixture.edges("Belgrade has armed the Bosnian Serbs since the war began.")
        #expect(edges == ["Serbia backs Bosnian Serbs"], "\(edges.sorted())")
    }

    @Test func appositivesAndAttacks() {
        let edges = Fixture.edges("Hezbollah, an Iran-backed group, has fired rockets at Israel since October.")
        #expect(edges == ["Iran backs Hezbollah", "Hezbollah opposes Israel"])
    }

    @Test func listsBackingAPersonNamedByARole() {
        let edges = Fixture.edges("Russia, the United Arab Emirates and Egypt back eastern commander Khalifa Haftar.")
        #expect(edges == ["Russia backs Khalifa Haftar", "United Arab Emirates backs Khalifa Haftar", "Egypt backs Khalifa Haftar"])
    }

    @Test func deniedClaimsGiveNoEdge() {
        let edges = Fixture.edges("The army accused the United Arab Emirates of arming the Rapid Support Forces, which Abu Dhabi denied.")
        #expect(!edges.contains { $0.hasPrefix("United Arab Emirates backs") })
    }

    @Test func mediatedTalksAndHostedConferences() {
        let edges = Fixture.edges(
            "Representatives of the Sudanese army and the Rapid Support Forces met in Jeddah on Saturday for talks mediated by Saudi Arabia.",
            published: "2023-05-12")
        #expect(edges.isSuperset(of: ["Sudan attended Jeddah 2023-05-06", "Rapid Support Forces attended Jeddah 2023-05-06"]))
        let berlin = Fixture.edges(
            "German Chancellor Angela Merkel hosted the Berlin conference on Sunday, attended by Turkish President Recep Tayyip Erdogan.",
            published: "2020-01-20")
        #expect(berlin.isSuperset(of: ["Angela Merkel attended Berlin 2020-01-19", "Recep Tayyip Erdogan attended Berlin 2020-01-19", "Turkey attended Berlin 2020-01-19"]))
        // The conference's city is its venue, not Germany acting.
        #expect(!berlin.contains { $0.hasPrefix("Germany backs") || $0.hasPrefix("Germany opposes") })
    }
}
