import ActorGraphModel
import Foundation

@testable import ActorGraphExtraction

/// Shared set-up: the fixture lexicon (a subset of the shipped one, overridden by the bundled
/// lexicon when it is present) and the bundled rules.
enum Fixture {
    static let folder = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!

    static let lexicon: Lexicon = {
        var lexicon = try! LexiconFile.load(folder.appendingPathComponent("lexicon.tsv"))
        lexicon.merge(try! Lexicon.bundled())
        return lexicon
    }()

    static let rules: RuleSet = try! RuleSet.bundled()

    /// The package's root folder (for `seeds/`).
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The graph built from one text.
    static func graph(_ text: String, published: String? = "2024-03-15", name: String = "doc.txt") -> ActorGraph {
        let corpus = Corpus(documents: [Document(name: name, text: text, published: published)])
        return BuildResult.build(corpus, lexicon: lexicon, rules: rules).graph
    }

    /// The edges of the graph built from `text`, as "Subject relation Object" lines.
    static func edges(_ text: String, published: String? = "2024-03-15") -> Set<String> {
        let graph = graph(text, published: published)
        return Set(graph.relations.map { r in
            "\(graph[r.subject]!.name) \(r.kind.rawValue) \(graph[r.object]!.name)"
        })
    }

    /// A new empty temporary folder.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("actorgraph-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
