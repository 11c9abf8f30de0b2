import Testing

@testable import ActorGraphExtraction

@Suite struct PersonRecognizerTests {
    @Test func titlesNameTheStateAPersonRepresents() {
        let edges = Fixture.edges("Ukrainian Foreign Minister Dmytro Kuleba spoke to reporters.")
        #expect(edges == ["Dmytro Kuleba represents Ukraine"])
    }

    @Test func possessiveCountriesAndBodies() {
        let edges = Fixture.edges("Sudan's army chief Abdel Fattah al-Burhan and UN envoy Volker Perthes spoke.")
        #expect(edges.contains("Abdel Fattah al-Burhan represents Sudan"))
        #expect(edges.contains("Volker Perthes represents United Nations"))
    }

    @Test func appositivesBeforeAndAfterTheName() {
        let edges = Fixture.edges("Tom Perriello, the U.S. special envoy for Sudan, flew to Jeddah. The U.N. envoy to Yemen, Hans Grundberg, was there.")
        #expect(edges.contains("Tom Perriello represents United States"))
        #expect(edges.contains("Hans Grundberg represents United Nations"))
        #expect(!edges.contains { $0.contains("represents Sudan") || $0.contains("represents Yemen") })
    }

    @Test func laterSurnamesResolveToTheSamePerson() {
        let graph = Fixture.graph("Russian Foreign Minister Sergei Lavrov arrived. Lavrov said Russia backs the Houthis.")
        #expect(graph.actors.filter { $0.kind == .person }.map(\.name) == ["Sergei Lavrov"])
        #expect(graph.relations.contains { graph[$0.subject]?.name == "Russia" && $0.kind == .backs && graph[$0.object]?.name == "Houthis" })
    }

    @Test func aBareTitleTakesTheOneStateOfItsSentenceOnly() {
        #expect(Fixture.edges("President Zelensky thanked Poland for its help.").contains("Zelensky represents Poland"))
        // Two states: nobody knows which one he leads.
        #expect(!Fixture.edges("President Zelensky thanked Poland and Germany.").contains { $0.contains("represents") })
    }

    @Test func aLeadersStanceIsHisStates() {
        let edges = Fixture.edges("Iranian President Ebrahim Raisi said Iran backs Hamas. Raisi condemned Israel.")
        #expect(edges.contains("Iran opposes Israel"))
        #expect(edges.contains("Iran backs Hamas"))
    }
}

@Suite struct AggregatorTests {
    @Test func actorsKeepTheNamesTheTextUses() {
        let graph = Fixture.graph("Russian Foreign Minister Sergey Lavrov spoke. Moscow backs the Houthis. Foreign Minister Sergei Lavrov left.")
        #expect(graph.actor(named: "Moscow")?.name == "Russia")
        #expect(graph.actors.filter { $0.kind == .person }.count == 1)
        #expect(graph.actor(named: "Sergey Lavrov")?.kind == .person)
    }

    @Test func supportCountsDocuments() {
        let docs = (1...3).map { Document(name: "d\($0).txt", text: "Iran backs Hezbollah. Iran supports Hezbollah.", published: nil) }
        let graph = BuildResult.build(Corpus(documents: docs), lexicon: Fixture.lexicon, rules: Fixture.rules).graph
        let relation = graph.relations.first { $0.kind == .backs }
        #expect(relation?.support == 3)
        #expect(relation?.evidence.count == 6)
    }
}

@Suite struct ReportTests {
    @Test func listsActorsRelationsQuotesAndWarnings() {
        let docs = [
            Document(name: "a.txt", text: "Iran backs Hezbollah.", published: nil),
            Document(name: "b.txt", text: "Nothing <here> at all.", published: nil),
        ]
        var result = BuildResult.build(Corpus(documents: docs, warnings: ["c.txt: binary data, not text; skipped"]), lexicon: Fixture.lexicon, rules: Fixture.rules)
        let report = Report.markdown(result)
        #expect(report.contains("## Actors: state (1)\n\n- Iran\n"))
        #expect(report.contains("### Iran backs Hezbollah (support 1)"))
        #expect(report.contains("“Iran backs Hezbollah.”"))
        #expect(report.contains("## Documents that yielded nothing (1)\n\n- b.txt"))
        #expect(report.contains("- c.txt: binary data, not text; skipped"))
        result.warnings = []
        #expect(Report.markdown(result).contains("## Warnings (0)\n\nNone."))
    }

    @Test func longEvidenceListsAreCut() {
        let docs = (1...15).map { Document(name: "d\($0).txt", text: "Iran backs Hezbollah.", published: nil) }
        let report = Report.markdown(BuildResult.build(Corpus(documents: docs), lexicon: Fixture.lexicon, rules: Fixture.rules))
        #expect(report.contains("… and 5 more sentence(s) in graph.json"))
    }
}
