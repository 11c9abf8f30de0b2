import ActorGraphModel
import Testing

@testable import ActorGraphExtraction

@Suite struct AggregatorTests {
    @Test func actorsKeepTheNamesTheTextUses() {
        let graph = Fixture.graph("Russian Foreign Minister Sergey Lavrov spoke. Moscow backs the Houthis. Foreign Minister Sergei Lavrov left.")
        #expect(graph.actor(named: "Moscow")?.name == "Russia")
        #expect(graph.actors.filter { $0.kind == .person }.count == 1)
        #expect(graph.actor(named: "Sergey Lavrov")?.kind == .person)
    }

    /// Cousins of one given name and family ("Hamad bin Jassim bin Jabr Al Thani", "Hamad bin
    /// Khalifa Al Thani") are two persons: their patronymics differ.
    @Test func aPatronymicTellsCousinsApart() {
        let graph = Fixture.graph(
            "Qatar's prime minister, Sheikh Hamad bin Jassim bin Jabr Al Thani, chaired the talks. The Emir of Qatar, Sheikh Hamad bin Khalifa Al Thani, opened them.")
        #expect(Set(graph.actors.filter { $0.kind == .person }.map(\.name)) == ["Hamad bin Jassim bin Jabr Al Thani", "Hamad bin Khalifa Al Thani"])
    }

    /// "Foreign Minister X welcomed the delegations on behalf of President Y": a state does not
    /// back its own leader; that tie is `represents`.
    @Test func aStateDoesNotBackItsOwnLeader() {
        let edges = Fixture.edges(
            "Talks opened in Accra on Monday. Ghanaian Foreign Minister Kofi Mensah welcomed both delegations on behalf of Ghanaian President John Mahama.")
        #expect(edges.contains("John Mahama represents Ghana"))
        #expect(!edges.contains("Ghana backs John Mahama"))
    }

    @Test func supportCountsDocuments() {
        // Each document in words of its own: a sentence several documents share counts once.
        let docs = (1...3).map { Document(name: "d\($0).txt", text: "Iran backs Hezbollah, report \($0) says. Iran supports Hezbollah.", published: nil) }
        let graph = BuildResult.build(Corpus(documents: docs), lexicon: Fixture.lexicon, rules: Fixture.rules).graph
        let relation = graph.relations.first { $0.kind == .backs }
        #expect(relation?.support == 3)
        #expect(relation?.evidence.count == 6)
    }

    @Test func theSameTextFromSeveralDocumentsCountsOnceAndKeepsEachCopy() {
        let docs = (1...3).map { Document(name: "d\($0).txt", text: "Iran backs Hezbollah. Iran supports Hezbollah.", published: nil) }
        let graph = BuildResult.build(Corpus(documents: docs), lexicon: Fixture.lexicon, rules: Fixture.rules).graph
        let relation = graph.relations.first { $0.kind == .backs }
        #expect(relation?.support == 1)
        #expect(relation?.documents == ["d1.txt", "d2.txt", "d3.txt"])
    }
}

@Suite struct AggregatorArmedGroupTests {
    @Test func aGroupsNegotiatorBringsTheGroupToTheMeeting() {
        let graph = Fixture.graph("In Doha on Sunday, the US envoy Zalmay Khalilzad met Taliban negotiator Abdul Salam Hanafi.", published: "2024-03-15")
        let attendees = Set(graph.relations.filter { $0.kind == .attended }.compactMap { graph[$0.subject]?.name })
        #expect(attendees.isSuperset(of: ["Abdul Salam Hanafi", "Taliban", "United States"]))
        #expect(!graph.relations.contains { $0.kind == .represents && graph[$0.object]?.kind == .armedGroup })
    }
}

@Suite struct AggregatorKindConflictTests {
    func finding(_ subject: ActorRef, _ relation: RelationKind, _ object: ActorRef, doc: String) -> Finding {
        Finding(subject: subject, relation: relation, object: .actor(object), evidence: Evidence(doc: doc, quote: "q"))
    }

    @Test func anEdgeDroppedForAKindConflictIsAWarningNamingItAndItsDocument() {
        let iran = ActorRef(name: "Iran", kind: .state)
        let findings = [
            finding(iran, .backs, ActorRef(name: "Hezbollah", kind: .armedGroup), doc: "a.txt"),
            finding(ActorRef(name: "Hezbollah", kind: .organization), .opposes, ActorRef(name: "Israel", kind: .state), doc: "b.txt"),
        ]
        let documents = [DocumentFindings(document: "a.txt", published: nil, findings: findings, actors: [], warnings: [])]
        var warnings: [String] = []
        let graph = Aggregator.graph(documents, warnings: &warnings)
        #expect(graph.relationCount == 1)
        #expect(warnings.count == 1)
        #expect(warnings.first?.hasPrefix("b.txt: “Hezbollah” opposes “Israel” dropped: ") == true, "\(warnings)")
        #expect(warnings.first?.contains("armed_group") == true)
    }
}

@Suite struct KindConflictWarningTests {
    /// A user's lexicon has two entries whose names differ only by a hyphen (one id) and whose
    /// kinds differ: the second kind's edges cannot join the graph, and the user must hear of it.
    @Test func aKindConflictReachesTheBuildsWarningsAndTheReport() throws {
        var lexicon = Fixture.lexicon
        lexicon.merge(try LexiconFile.parse(
            "kind\tname\tcode\taliases\tdemonyms\tmetonyms\tcountry\narmed_group\tDawn Front\t\t\t\t\t\norganization\tDawn-Front\t\t\t\t\t\n",
            source: "user.tsv"))
        let text = "Niger backs Dawn Front. Dawn-Front condemned Mali."
        let corpus = Corpus(documents: [Document(name: "doc.txt", text: text, published: "2024-03-15")])
        let result = BuildResult.build(corpus, lexicon: lexicon, rules: Fixture.rules)
        let conflicts = result.warnings.filter { $0.hasPrefix("doc.txt: “Dawn-Front” opposes “Mali” dropped: ") }
        #expect(conflicts.count == 1, "\(result.warnings)")
        #expect(Report.markdown(result).contains("“Dawn-Front” opposes “Mali” dropped"))
    }
}
