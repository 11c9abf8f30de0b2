import ActorGraphEvaluation
import ActorGraphFormats
import ActorGraphModel
import Foundation
import Testing

@testable import ActorGraphExtraction

/// The extractor on the five seed articles, scored against the hand-made gold with the same
/// scorer as `actorgraph eval` (which agrees with score.py).
@Suite struct SeedsRegressionTests {
    @Test func seedsMeetTheTargets() throws {
        let result = try BuildResult.build(
            folder: Fixture.packageRoot.appendingPathComponent("seeds"), lexicon: Fixture.lexicon, rules: Fixture.rules)
        let gold = try GoldStandard(
            jsonl: String(contentsOf: Fixture.shared.appendingPathComponent("seeds-gold.jsonl"), encoding: .utf8),
            source: "seeds-gold.jsonl")
        let aliases = AliasTable(tsv: try String(contentsOf: Fixture.shared.appendingPathComponent("seeds-aliases.tsv"), encoding: .utf8))
        let card = Scorer(aliases: aliases).score(result.graph, against: gold)
        #expect(card.overall.gold == 84)
        #expect(card.overall.precision >= 0.90, "precision \(card.overall.precision); spurious: \(card.spurious)")
        #expect(card.overall.recall >= 0.80, "recall \(card.overall.recall); missed: \(card.missed)")
        // The gold annotates the guidelines' five relations; member_of, an extension, has no gold
        // row to reach (its seed edges are checked below).
        for row in card.rows where row.relation != RelationKind.memberOf.rawValue {
            #expect(row.f1 >= 0.70, "\(row.relation) F1 \(row.f1)")
        }
    }

    /// "Russia and Jordan - another member of the US-led coalition - had agreed to coordinate":
    /// Jordan is a member, Russia is not, and the coalition's leader is one.
    @Test func seedMembershipsAreTheStatedOnes() throws {
        let graph = try BuildResult.build(
            folder: Fixture.packageRoot.appendingPathComponent("seeds"), lexicon: Fixture.lexicon, rules: Fixture.rules
        ).graph
        let members = Set(graph.relations.filter { $0.kind == .memberOf }.map { "\(graph[$0.subject]!.name) member_of \(graph[$0.object]!.name)" })
        #expect(members == ["Jordan member_of US-led coalition", "United States member_of US-led coalition"])
        let leader = graph.relations.first { $0.kind == .memberOf && graph[$0.subject]?.name == "United States" }
        // Every sentence naming "the US-led coalition" is evidence.
        #expect(leader?.evidence.count == 4)
    }

    @Test func buildingIsDeterministic() throws {
        let folder = Fixture.packageRoot.appendingPathComponent("seeds")
        let a = try BuildResult.build(folder: folder, lexicon: Fixture.lexicon, rules: Fixture.rules)
        let b = try BuildResult.build(folder: folder, lexicon: Fixture.lexicon, rules: Fixture.rules)
        #expect(NodeLinkJSON.encode(a.graph) == NodeLinkJSON.encode(b.graph))
        #expect(Report.markdown(a) == Report.markdown(b))
    }

    @Test func everyEdgeCitesItsSentence() throws {
        let result = try BuildResult.build(
            folder: Fixture.packageRoot.appendingPathComponent("seeds"), lexicon: Fixture.lexicon, rules: Fixture.rules)
        let texts = Dictionary(uniqueKeysWithValues: try FileManager.default.contentsOfDirectory(atPath: Fixture.packageRoot.appendingPathComponent("seeds").path)
            .filter { $0.hasSuffix(".txt") }
            .map { ($0, Array(try String(contentsOf: Fixture.packageRoot.appendingPathComponent("seeds/\($0)"), encoding: .utf8).unicodeScalars)) })
        for relation in result.graph.relations {
            #expect(!relation.evidence.isEmpty)
            for e in relation.evidence {
                let scalars = try #require(texts[e.doc])
                #expect(String(String.UnicodeScalarView(scalars[e.start..<e.end])) == e.quote)
            }
        }
    }
}
