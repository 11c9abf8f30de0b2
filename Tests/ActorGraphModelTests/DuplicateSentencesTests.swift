import ActorGraphModel
import Testing

@Suite("Duplicate sentences")
struct DuplicateSentencesTests {
    static let russia = Actor(name: "Russia", kind: .state)
    static let assad = Actor(name: "Bashar al-Assad", kind: .person)
    static let wire = "Russia said on Monday it would keep backing Bashar al-Assad."

    func graph(_ evidence: [Evidence]) throws -> ActorGraph {
        var graph = ActorGraph()
        try graph.add(Self.russia)
        try graph.add(Self.assad)
        try graph.relate(Self.russia.id, .backs, Self.assad.id, evidence: evidence)
        return graph
    }

    @Test func aSentenceSeveralDocumentsCarryCountsOnceAndKeepsEveryDocument() throws {
        let copies = (0..<100).map { Evidence(doc: "outlet\($0).txt", sentence: 3, quote: Self.wire) }
        let graph = try graph(copies)
        #expect(graph.relationCount == 1)
        let edge = graph.relations[0]
        #expect(edge.support == 1)
        #expect(edge.documents.count == 100)
        let folding = DuplicateSentences(graph)
        #expect(folding.foldedSentences == 99)
        #expect(folding.foldedDocuments == 99)
    }

    @Test func copiesDifferingInCaseSpacingAndPunctuationAreOneSentence() throws {
        let a = Evidence(doc: "a.txt", quote: Self.wire)
        let b = Evidence(doc: "b.txt", sentence: 7, quote: "RUSSIA said on Monday  it would keep backing Bashar al Assad")
        #expect(a.sentenceKey == b.sentenceKey)
        #expect(try graph([a, b]).relations[0].support == 1)
    }

    @Test func aDocumentWithOneSentenceOfItsOwnStillCounts() throws {
        let a = Evidence(doc: "a.txt", quote: Self.wire)
        let b = Evidence(doc: "b.txt", quote: Self.wire)
        let own = Evidence(doc: "b.txt", sentence: 9, quote: "Moscow props up Assad.")
        let graph = try graph([a, b, own])
        #expect(graph.relations[0].support == 2)
        let folding = DuplicateSentences(graph)
        #expect(folding.foldedSentences == 1)
        #expect(folding.foldedDocuments == 0)
    }

    @Test func distinctSentencesFoldNothing() throws {
        let graph = try graph([Evidence(doc: "a.txt", quote: "One."), Evidence(doc: "b.txt", quote: "Two.")])
        #expect(graph.relations[0].support == 2)
        #expect(DuplicateSentences(graph) == DuplicateSentences(ActorGraph()))
    }

    @Test func mergingEvidenceLaterRecountsSupport() throws {
        var graph = try graph([Evidence(doc: "a.txt", quote: Self.wire)])
        try graph.relate(Self.russia.id, .backs, Self.assad.id, evidence: [Evidence(doc: "b.txt", quote: Self.wire)])
        #expect(graph.relations[0].support == 1)
        try graph.relate(Self.russia.id, .backs, Self.assad.id, evidence: [Evidence(doc: "c.txt", quote: "Moscow props up Assad.")])
        #expect(graph.relations[0].support == 2)
    }
}

@Suite("Sentence keys")
struct SentenceKeyTests {
    @Test(arguments: [
        ("Russia backs Assad.", "russia backs assad"),
        ("  “Russia” — backs   Assad!! ", "russia backs assad"),
        ("Türkiye’s 2 envoys", "türkiye s 2 envoys"),
        ("ÉTAT Islamique", "état islamique"),
        ("", ""),
    ])
    func keysKeepLowercaseLettersAndDigitsSeparatedByOneSpace(text: String, key: String) {
        #expect(Evidence.sentenceKey(text) == key)
    }
}
