import ActorGraphModel
import Testing

@testable import ActorGraphExtraction

/// `member_of` patterns of `relations.rules`: appositions, "NATO member Turkey", copulas,
/// joining, membership, "part of", "led by"; and the grammar they need (`S1`, a slot that names
/// the qualifier of the noun after it).
@Suite struct RuleMatcherMembershipTests {
    /// The `member_of` edges of the graph built from `text`.
    func members(_ text: String) -> Set<String> {
        Fixture.edges(text).filter { $0.contains(" member_of ") }
    }

    @Test func anAppositionMakesOnlyTheNearestNameAMember() {
        let edges = Fixture.edges(
            "In a potential step forward, Lavrov announced that Russia and Jordan - another member of the US-led coalition - had agreed "
                + "to \"coordinate\" their military actions in Syria.")
        #expect(edges.contains("Jordan member_of US-led coalition"))
        #expect(!edges.contains("Russia member_of US-led coalition"))
        // The parenthetical does not break the coordination it sits in.
        #expect(edges.contains("Jordan coordinates_with Russia"))
        #expect(members("Kenya and Rwanda, another member of the East African Community, objected.") == ["Rwanda member_of East African Community"])
        #expect(members("Turkey, a founding member of the Arab League, spoke.") == ["Turkey member_of Arab League"])
        #expect(members("Egypt, founding member of the Arab League, objected.") == ["Egypt member_of Arab League"])
        #expect(members("Qatar (a member of the Gulf Cooperation Council) mediated.") == ["Qatar member_of Gulf Cooperation Council"])
    }

    @Test func aPluralAppositionCoversTheList() {
        #expect(members("Russia and China, both members of the Shanghai Cooperation Organisation, abstained.") == [
            "Russia member_of Shanghai Cooperation Organisation", "China member_of Shanghai Cooperation Organisation",
        ])
        #expect(members("France and Britain, permanent members of the UN Security Council, backed it.") == [
            "France member_of UN Security Council", "United Kingdom member_of UN Security Council",
        ])
        #expect(members("Sweden and Finland, the newest members of NATO, held drills.") == ["Sweden member_of NATO", "Finland member_of NATO"])
        #expect(members("Russia and China, which are members of the SCO, abstained.") == [
            "Russia member_of Shanghai Cooperation Organisation", "China member_of Shanghai Cooperation Organisation",
        ])
        #expect(members("Mali, Burkina Faso and Niger, all members of the Alliance of Sahel States, quit ECOWAS.") == [
            "Mali member_of Alliance of Sahel States", "Burkina Faso member_of Alliance of Sahel States", "Niger member_of Alliance of Sahel States",
        ])
    }

    @Test func aBodyQualifyingMemberIsBound() {
        // "member" is a relational noun: a name before it is a modifier, except where the rule
        // names that noun right after the slot.
        let turkey = Fixture.edges("Turkey, a NATO member that has supplied Kyiv with drones, has cast itself as a neutral broker.")
        #expect(turkey.isSuperset(of: ["Turkey member_of NATO", "Turkey backs Ukraine"]))
        #expect(!turkey.contains("NATO backs Ukraine"))
        #expect(members("NATO member Turkey blocked the bid.") == ["Turkey member_of NATO"])
        #expect(members("Fellow NATO member Greece objected.") == ["Greece member_of NATO"])
        #expect(members("NATO members Poland and Lithuania sent troops.") == ["Poland member_of NATO", "Lithuania member_of NATO"])
        #expect(members("EU member states Hungary and Slovakia objected.") == ["Hungary member_of European Union", "Slovakia member_of European Union"])
        #expect(members("EU and NATO member Poland objected.") == ["Poland member_of European Union", "Poland member_of NATO"])
        #expect(members("Turkey is now a NATO member.") == ["Turkey member_of NATO"])
        // A plural noun before one name starts a clause (S2 wants a list of two or more).
        #expect(members("The bodies of Hamas members Israel killed were returned.").isEmpty)
        // Elsewhere the modifier still fills no slot: NATO does not back anyone here.
        #expect(Fixture.edges("NATO allies Poland and Lithuania backed Ukraine.").filter { $0.hasPrefix("NATO ") }.isEmpty)
    }

    @Test func copulas() {
        #expect(members("Egypt is a founding member of the Arab League.") == ["Egypt member_of Arab League"])
        #expect(members("Jordan has long been a member of the Arab League.") == ["Jordan member_of Arab League"])
        #expect(members("Jordan, which is a member of the Arab League, spoke.") == ["Jordan member_of Arab League"])
        #expect(members("Jordan is part of the US-led coalition.").contains("Jordan member_of US-led coalition"))
        #expect(members("Jordan, part of the US-led coalition, said nothing.").contains("Jordan member_of US-led coalition"))
        // A verb between the copula and the noun is another act: holding a member is no membership.
        #expect(members("Russia is holding a member of Hamas.").isEmpty)
        #expect(members("Russia had arrested a member of the Islamic State.").isEmpty)
    }

    @Test func joiningAndMembership() {
        #expect(members("Sweden joined NATO in March.") == ["Sweden member_of NATO"])
        #expect(members("Sudan joined the Arab League in 1956.") == ["Sudan member_of Arab League"])
        #expect(members("Finland and Sweden have joined NATO.") == ["Finland member_of NATO", "Sweden member_of NATO"])
        #expect(members("Turkey's membership of NATO gives it leverage.") == ["Turkey member_of NATO"])
        #expect(members("Sweden's NATO membership was ratified.") == ["Sweden member_of NATO"])
        #expect(members("Since Finland's accession to NATO, Russia has moved troops.") == ["Finland member_of NATO"])
        #expect(members("Qatar was admitted to the Gulf Cooperation Council.") == ["Qatar member_of Gulf Cooperation Council"])
        #expect(members("The Syrian Democratic Forces, led by the YPG, took Raqqa.") == ["People's Protection Units member_of Syrian Democratic Forces"])
    }

    @Test func joiningAMeetingIsAttendingIt() {
        let talks = Fixture.graph("Egypt joined the talks in Doha on Monday.")
        #expect(talks.relations.map(\.kind) == [.attended])
        let summit = Fixture.graph("Qatar joined the ASEAN summit in Jakarta on Monday.")
        #expect(!summit.relations.contains { $0.kind == .memberOf })
        #expect(summit.relations.contains { $0.kind == .attended && summit[$0.subject]?.name == "Qatar" })
    }

    @Test func whatIsNotAMembership() {
        #expect(members("Iran is not a member of NATO.").isEmpty)
        #expect(members("Ukraine, which is not a member of NATO, asked for help.").isEmpty)
        #expect(members("Ukraine wants to join NATO.").isEmpty)
        #expect(members("Finland applied to join NATO in May.").isEmpty)
        #expect(members("Ukraine's bid to join NATO as a member stalled.").isEmpty)
        #expect(members("Ukraine's NATO membership bid stalled.").isEmpty)
        #expect(members("Ukraine's membership of NATO would change everything.").isEmpty)
        #expect(members("Ukraine's accession to the European Union is expected to take years.").isEmpty)
        #expect(members("Greece, a former member of NATO, left.").isEmpty)
        #expect(members("Sweden, a non-NATO member, stayed out.").isEmpty)
        #expect(members("Non-NATO member Sweden objected.").isEmpty)
        // "non-permanent" qualifies the seat, not the membership.
        #expect(members("Kenya, a non-permanent member of the UN Security Council, abstained.") == ["Kenya member_of UN Security Council"])
        // Persons are no members of an alliance, and a delegation or a bureau is not the body.
        #expect(members("Ismail Haniyeh, a member of Hamas's political bureau, spoke.").isEmpty)
        #expect(members("Kenya, a member of the African Union delegation, spoke.").isEmpty)
        #expect(members("Members of the ECOWAS delegation arrived.").isEmpty)
        // An ally is backed, not a member.
        let allies = Fixture.edges("Hungary is one of Russia's closest allies.")
        #expect(allies.filter { $0.contains(" member_of ") }.isEmpty)
        // Joining a body in an act is not joining the body.
        #expect(members("Japan joined the European Union in condemning the coup.").isEmpty)
        #expect(members("Mali, Burkina Faso and Niger, which left ECOWAS, are members of the Alliance of Sahel States.").isEmpty)
    }

    @Test func ruleFilesAcceptMemberOfWithOneSubjectAndOneObject() throws {
        var rules = RuleSet()
        try rules.parse("member_of: S1 , an associate member of O\n", source: "my.rules")
        #expect(rules.rules.first?.product == .relation(.memberOf))
        #expect(rules.rules.first?.elements.first == .subject(.one))
        // Without a body there is nothing to belong to.
        #expect(throws: ExtractionError.badRule(source: "my.rules", line: 1, reason: "a member_of rule has one S and one O")) {
            var rules = RuleSet()
            try rules.parse("member_of: S+ are members\n", source: "my.rules")
        }
        // The error lists member_of among the kinds.
        do {
            var rules = RuleSet()
            try rules.parse("members: S of O\n", source: "my.rules")
            Issue.record("an unknown kind was accepted")
        } catch let error as ExtractionError {
            #expect(error.description.contains("member_of"))
        }
    }

    @Test func userRulesCanAddMembershipPatterns() throws {
        var rules = Fixture.rules
        try rules.parse("member_of: S1 , an associate member of O\n", source: "user.rules")
        let graph = Fixture.graph("Timor-Leste, an associate member of ASEAN, applied.", published: nil, rules: rules)
        #expect(graph.relations.map(\.kind) == [.memberOf])
    }
}
