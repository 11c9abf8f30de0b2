import ActorGraphFormats
import Foundation
import Testing

@testable import ActorGraphExtraction

/// The extractor on the five seed articles, scored against the hand-made gold like score.py does.
@Suite struct SeedsRegressionTests {
    @Test func seedsMeetTheTargets() throws {
        let result = try BuildResult.build(
            folder: Fixture.packageRoot.appendingPathComponent("seeds"), lexicon: Fixture.lexicon, rules: Fixture.rules)
        let aliases = SeedsScore.aliases(try String(contentsOf: Fixture.folder.appendingPathComponent("seeds-aliases.tsv"), encoding: .utf8))
        let gold = try SeedsScore.gold(try String(contentsOf: Fixture.folder.appendingPathComponent("seeds-gold.jsonl"), encoding: .utf8), aliases)
        #expect(gold.count == 84)
        let pred = try SeedsScore.predicted(NodeLinkJSON.encode(result.graph), aliases)
        let all = SeedsScore.prf(gold, pred)
        #expect(all.p >= 0.90, "precision \(all.p); spurious: \(pred.subtracting(gold))")
        #expect(all.r >= 0.80, "recall \(all.r); missed: \(gold.subtracting(pred))")
        for relation in ["backs", "opposes", "coordinates_with", "attended", "represents"] {
            let score = SeedsScore.prf(gold.filter { $0.r == relation }, pred.filter { $0.r == relation })
            #expect(score.f >= 0.70, "\(relation) F1 \(score.f)")
        }
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
