import Testing

@testable import ActorGraphExtraction

@Suite struct SentenceSplitterTests {
    func split(_ text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        return SentenceSplitter.sentences(scalars).map { String(String.UnicodeScalarView(scalars[$0])) }
    }

    @Test func abbreviationsAndInitialsDoNotEndSentences() {
        let text = "Gen. Abdel Fattah al-Burhan met John F. Kennedy Jr. in Sept. last year. The talks failed."
        #expect(split(text) == ["Gen. Abdel Fattah al-Burhan met John F. Kennedy Jr. in Sept. last year.", "The talks failed."])
    }

    @Test func dottedAcronymsEndASentenceOnlyBeforeAnOpener() {
        #expect(split("U.S. officials met U.N. envoys in Sanaa.") == ["U.S. officials met U.N. envoys in Sanaa."])
        #expect(split("Sanctions were imposed by the U.S. The talks ended.") == ["Sanctions were imposed by the U.S.", "The talks ended."])
    }

    @Test func quotesAndLineBreaks() {
        let text = "“We will fight,” he said. “Never.”\nKyiv replied."
        #expect(split(text) == ["“We will fight,” he said.", "“Never.”", "Kyiv replied."])
    }

    @Test func ellipsesDoNotSplit() {
        #expect(split("We must save . . . state institutions.") == ["We must save . . . state institutions."])
    }
}
