import Testing

@testable import ActorGraphExtraction

@Suite struct BoilerplateTests {
    func masked(_ text: String) -> String {
        String(String.UnicodeScalarView(Boilerplate.masked(Array(text.unicodeScalars))))
    }

    @Test func furnitureLinesAreBlankedKeepingOffsets() {
        let text = "Sign up for our weekly newsletter\nKyiv said.\nRelated News\nSkip to main content"
        let out = masked(text)
        #expect(out.count == text.count)
        #expect(!out.contains("newsletter"))
        #expect(out.contains("Kyiv said."))
        #expect(!out.contains("Related"))
    }

    /// "Qingdao" alone on the first line is a dateline that lost its dash, and stays; a masthead
    /// or section in capitals ("ANALYSIS") and a lone word further down are still furniture.
    @Test func aLoneCityOnTheFirstLineStays() {
        #expect(masked("\nQingdao\n\nThe summit opened.").contains("Qingdao"))
        #expect(!masked("ANALYSIS\n\nThe summit opened.").contains("ANALYSIS"))
        #expect(!masked("The summit opened.\nShare\nQingdao").contains("Qingdao"))
        #expect(!masked("Photo credit\nQingdao\nThe summit opened.").contains("Qingdao"))
    }

    /// A telegram's "FROM: Brussels" says where it was sent from: it stays, while "TO: SECSTATE"
    /// is still furniture.
    @Test func aTelegramsSenderLineStays() {
        let out = masked("TELEGRAM RECEIVED\n\nFROM: Brussels\nTO: SECSTATE\n\n1. The Conference adopted the declaration.")
        #expect(out.contains("FROM: Brussels"))
        #expect(!out.contains("SECSTATE"))
    }

    /// Furniture's phrases, not their words: "sign up to" and "more about" occur in prose.
    @Test func proseThatSharesAFurniturePhraseIsKept() {
        let out = masked("""
            Arab states sign up to the campaign against the militants
            Sign up to get the latest alerts
            Officials now know more about the attack.
            Learn more about republishing
            """)
        #expect(out.contains("Arab states sign up to the campaign"))
        #expect(out.contains("know more about the attack"))
        #expect(!out.contains("latest alerts"))
        #expect(!out.contains("republishing"))
    }

    @Test func photoCreditsInCaptionsAreBlanked() {
        let out = masked("Sudanese army chief Abdel Fattah al-Burhan in Port Sudan (AFP Photo)\nMore text here today.")
        #expect(!out.contains("AFP"))
        #expect(out.contains("al-Burhan in Port Sudan"))
    }

    /// A short line naming a weekday or a month ("THURSDAY 4 SEPTEMBER") heads a live blog's
    /// day; other short lines are still furniture.
    @Test func aShortDayLineIsNoFurniture() {
        let out = masked("THURSDAY 4 SEPTEMBER\nShare now\nMarch 2024\nMayor's office")
        #expect(out.contains("THURSDAY 4 SEPTEMBER"))
        #expect(out.contains("March 2024"))
        #expect(!out.contains("Share"))
        #expect(!out.contains("Mayor"), "a day word counts as a whole word only")
    }

    @Test func furnitureYieldsNoActors() {
        let edges = Fixture.edges("Get email updates from Al Jazeera\nRussia backs Syria.\nFind Al Jazeera on your TV")
        #expect(edges == ["Russia backs Syria"])
    }

    @Test func blankingTheRunsPhaseOneKeptMasksAsTheFilterDoes() {
        let texts = [
            "Sign up for our weekly newsletter\nKyiv said.\nRelated News\nSkip to main content",
            "Sudanese army chief Abdel Fattah al-Burhan in Port Sudan (AFP Photo)\nMore text here today.",
            "No furniture at all: Russia backs Syria.",
            "",
            "Photo credit: Reuters  \n\n  (Reuters/EPA) Russia backs Syria. All rights reserved",
        ]
        for text in texts {
            let scalars = Array(text.unicodeScalars)
            let masked = Boilerplate.masked(scalars)
            #expect(Boilerplate.blanking(scalars, Boilerplate.blankedRuns(scalars, masked)) == masked, "\(text)")
        }
        #expect(Boilerplate.blankedRuns(Array("Russia backs Syria.".unicodeScalars), Array("Russia backs Syria.".unicodeScalars)).isEmpty)
    }
}
