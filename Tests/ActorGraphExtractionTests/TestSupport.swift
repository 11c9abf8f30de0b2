import ActorGraphModel
import Foundation

@testable import ActorGraphExtraction

/// Shared set-up: the bundled lexicon and rules, and the package's shared test fixtures.
enum Fixture {
    static let lexicon: Lexicon = try! Lexicon.bundled()

    static let rules: RuleSet = try! RuleSet.bundled()

    /// The package's root folder (for `seeds/`).
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `Tests/Fixtures`: the seeds' gold and aliases, shared with the integration tests.
    static let shared = packageRoot.appendingPathComponent("Tests/Fixtures")

    /// `seeds/` and every fixture's `articles/` folder, in name order: the real text the oracle
    /// tests compare an old and a new piece of the engine on.
    static func articleFolders() throws -> [URL] {
        var folders = [packageRoot.appendingPathComponent("seeds")]
        for name in try FileManager.default.contentsOfDirectory(atPath: shared.path).sorted() {
            let articles = shared.appendingPathComponent(name).appendingPathComponent("articles")
            if FileManager.default.fileExists(atPath: articles.path) { folders.append(articles) }
        }
        return folders
    }

    /// Every document of `articleFolders()` and its upper-cased copy (a cable's capitals), each
    /// named for a failure's message: the texts the oracle tests run an old and a new piece of the
    /// engine on.
    static func oracleTexts() throws -> [(text: String, name: String)] {
        var texts: [(text: String, name: String)] = []
        for folder in try articleFolders() {
            for document in try Corpus.load(folder: folder).documents {
                texts.append((document.text, document.name))
                texts.append((document.text.uppercased(), document.name + " (upper-cased)"))
            }
        }
        return texts
    }

    /// The graph built from one text, with the bundled rules or the given ones.
    static func graph(
        _ text: String, published: String? = "2024-03-15", name: String = "doc.txt", title: String? = nil, rules: RuleSet = Fixture.rules
    ) -> ActorGraph {
        let corpus = Corpus(documents: [Document(name: name, text: text, published: published, title: title)])
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
