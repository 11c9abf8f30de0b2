import ActorGraphModel
import Testing

@testable import ActorGraphExtraction

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
