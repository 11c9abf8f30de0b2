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

    /// The counts by their definition, with strings throughout (as first written).
    static func reference(_ graph: ActorGraph) -> (sentences: Int, documents: Int) {
        var carrier: [String: String] = [:]
        var keys: [String: [Int: String]] = [:]
        for relation in graph.relations {
            for item in relation.evidence {
                let key = item.sentenceKey
                if let first = carrier[key], first <= item.doc {} else { carrier[key] = item.doc }
                keys[item.doc, default: [:]][item.sentence] = key
            }
        }
        var folded = 0, documents = 0
        for (doc, byIndex) in keys {
            let copies = byIndex.values.filter { carrier[$0] != doc }.count
            folded += copies
            if copies == byIndex.count { documents += 1 }
        }
        return (folded, documents)
    }

    @Test func theCountsAgreeWithTheirDefinitionOnMixedGraphs() throws {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        let quotes = [DuplicateSentencesTests.wire, "Moscow props up Assad.", "MOSCOW props up  Assad", "Talks failed.", "Another one."]
        for _ in 0..<30 {
            var graph = ActorGraph()
            let actors = (0..<6).map { Actor(name: "Actor \($0)", kind: .state) }
            for actor in actors { try graph.add(actor) }
            for _ in 0..<(1 + next(8)) {
                let (a, b) = (actors[next(6)].id, actors[next(6)].id)
                guard a != b else { continue }
                // Some documents state two sentences at one index (a quote cut two ways).
                let evidence = (0..<(1 + next(12))).map { _ in
                    Evidence(doc: "d\(next(7)).txt", sentence: next(4), quote: quotes[next(quotes.count)], start: next(3))
                }
                try graph.relate(a, .backs, b, evidence: evidence)
            }
            let folding = DuplicateSentences(graph)
            let expected = Self.reference(graph)
            #expect(folding.foldedSentences == expected.sentences)
            #expect(folding.foldedDocuments == expected.documents)
        }
    }
}
