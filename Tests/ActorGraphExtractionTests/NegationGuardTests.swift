import ActorGraphModel
import Testing

@testable import ActorGraphExtraction

@Suite struct HearsayTests {
    @Test func speculationAndDenialsGiveNoEdge() {
        #expect(Fixture.edges("Analysts say China backs Russia.").isEmpty)
        #expect(Fixture.edges("Egypt supports the Sudanese army, analysts say.").isEmpty)
        #expect(Fixture.edges("Iran denied arming the Houthis.").isEmpty)
    }

    /// "denied accusations that he supplies X": the denied claim is no edge; a denial in a
    /// coordinated clause before is not the match's.
    @Test func aDeniedClaimGivesNoEdge() {
        #expect(!Fixture.edges("Liberian President Charles Taylor has repeatedly denied accusations that he supplies the RUF with arms.").contains("Liberia backs Revolutionary United Front"))
        #expect(Fixture.edges("Iran denies claims that it arms the Houthis.").isEmpty)
        #expect(Fixture.edges("Ukraine rejected the offer, and Russia attacked Georgia on Monday.").contains("Russia opposes Georgia"))
        // "denies the charge and in turn accuses …": the denial ends at its own object.
        #expect(Fixture.edges("Kigali denies the charge and in turn accuses Uganda of lying.").contains("Rwanda opposes Uganda"))
        #expect(Fixture.edges("Kigali denies the charge that it condemned Uganda.").isEmpty)
    }

    /// "NATO said it would continue to support Ukraine": a report inside the match, right before
    /// its subject's "would", states a position; "said they would fight the rebels if diplomacy
    /// failed" stays hypothetical.
    /// "Doha denies funding extremists, and Nadia reminds listeners that Saudi Arabia and Iran have
    /// been bitter rivals": a denial with its own object, closed by ", and", denies nothing after.
    @Test func aDenialClosedByItsClauseDeniesNothingAfter() {
        let edges = Fixture.edges("Doha denies funding extremists, and Nadia reminds listeners that Saudi Arabia and Iran have been bitter rivals for decades.")
        #expect(edges.isSuperset(of: ["Saudi Arabia opposes Iran", "Iran opposes Saudi Arabia"]))
        #expect(Fixture.edges("Tehran denied claims that Iran arms the Houthis.").isEmpty)
    }

    @Test func aReportedWouldStatesAPosition() {
        #expect(Fixture.edges("NATO said it would continue to support Ukraine.").contains("NATO backs Ukraine"))
        #expect(!Fixture.edges("NATO said it would support Ukraine if Russia attacked.").contains("NATO backs Ukraine"))
    }

    /// "addressed the delegates by video": taking part from afar is no attendance.
    @Test func takingPartFromAfarIsNoAttendance() {
        let text = "The summit opened in Lome on Monday. AU Commission chairman Moussa Faki Mahamat addressed the delegates by video from Addis Ababa."
        #expect(!Fixture.edges(text).contains { $0.hasPrefix("Moussa Faki Mahamat attended") })
        #expect(Fixture.edges("The summit opened in Lome on Monday. AU Commission chairman Moussa Faki Mahamat addressed the delegates.").contains { $0.hasPrefix("Moussa Faki Mahamat attended") })
    }

    /// "accuses the army of collaborating with the FDLR": what the accused is charged with is the
    /// accuser's claim; the accusation is hostility.
    @Test func anAccusationStatesNoCooperation() {
        let edges = Fixture.edges("Uganda accuses Kenya of collaborating with Somalia.")
        #expect(!edges.contains("Kenya coordinates_with Somalia"), "\(edges.sorted())")
        #expect(edges.contains("Uganda opposes Kenya"), "\(edges.sorted())")
    }

    /// "warned Beijing against supplying weapons to Moscow": what a side is warned against it has
    /// not done; the warning itself is hostility ("warned Greece against arming the islands").
    @Test func aWarningAgainstAnActIsNoEdgeOfIt() {
        let edges = Fixture.edges("Kenya warned Uganda against supplying weapons to Somalia.")
        #expect(!edges.contains("Uganda backs Somalia"), "\(edges.sorted())")
        #expect(edges.contains("Kenya opposes Uganda"), "\(edges.sorted())")
        #expect(Fixture.edges("Kenya said Uganda was supplying weapons to Somalia.").contains("Uganda backs Somalia"))
    }

    /// "pushed back government forces", "beat back the rebels": "back" after such a verb is its
    /// particle, and the act is fighting, not support.
    @Test func aParticleBackIsNoSupport() {
        let edges = Fixture.edges("The Houthis pushed back Saudi forces near the border.")
        #expect(!edges.contains("Houthis backs Saudi Arabia"), "\(edges.sorted())")
        #expect(edges.contains("Houthis opposes Saudi Arabia"), "\(edges.sorted())")
        #expect(Fixture.edges("Iran backs the Houthis.") == ["Iran backs Houthis"])
    }

    /// "No one from Kenya was present", "none of the Gulf states attended": a subject its
    /// quantifier denies was not there; "Uganda was present" was.
    @Test func aDeniedSubjectWasNotThere() {
        let opening = "The summit opened in Accra on Monday. "
        for sentence in ["No one from Kenya was present.", "None of Kenya and Uganda was present.", "No Kenyan and no one from Uganda was present."] {
            let edges = Fixture.edges(opening + sentence)
            #expect(!edges.contains { $0.hasPrefix("Kenya attended") || $0.hasPrefix("Uganda attended") }, "\(sentence): \(edges.sorted())")
        }
        #expect(Fixture.edges(opening + "Uganda was present.").contains("Uganda attended Accra 2024-03-11"))
    }

    /// A question states nothing.
    @Test func aQuestionGivesNoEdge() {
        #expect(Fixture.edges("Will Ethiopia join the talks in Nairobi on Friday?").isEmpty)
        #expect(Fixture.edges("Does Iran back the Houthis?").isEmpty)
        #expect(Fixture.edges("Iran backs the Houthis.") == ["Iran backs Houthis"])
    }

    /// Hedged attendance is none: "is ready to meet", "has offered to host".
    @Test func aHedgedMeetingIsNone() {
        let edges = Fixture.edges("President Ali Musa said on Friday that he is ready to meet President John Okot in Juba.")
        #expect(!edges.contains { $0.contains(" attended ") })
    }

    @Test func aWarsCountryIsNotTheMeetingsVenue() {
        let edges = Fixture.edges("Russian Foreign Minister Sergei Lavrov held talks on the war in Syria with Iran on Friday.", published: "2024-03-15")
        #expect(edges.contains("Sergei Lavrov attended Syria 2024-03-15") == false)
    }
}

/// A negation inside a relative clause that holds none of the match's names is the clause's.
@Suite struct NegationInAsideTests {
    @Test func aNegatedRelativeClauseDoesNotVoidTheMainClause() {
        #expect(Fixture.edges("Hamas, which did not take part in the talks, accused Israel of stalling.").contains("Hamas opposes Israel"))
        #expect(Fixture.edges("Hamas did not accuse Israel of stalling.").isEmpty)
    }
}


/// "would keep supporting", "would continue to support": a stance kept up is told, not supposed.
@Suite struct StanceKeptTests {
    @Test func wouldKeepSupportingIsSupport() {
        #expect(Fixture.edges("The United States would keep supporting Lebanon.").contains("United States backs Lebanon"))
        #expect(Fixture.edges("Somalia would continue to support the Western Somali Liberation Front.").contains("Somalia backs Western Somali Liberation Front"))
        #expect(!Fixture.edges("The United States would keep supporting Lebanon if the army held.").contains("United States backs Lebanon"))
        #expect(!Fixture.edges("Russia would back Syria.").contains("Russia backs Syria"))
    }
}
