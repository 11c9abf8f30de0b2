import ActorGraphModel
import Foundation

/// The outcome of extracting a corpus: the graph, what each document yielded, and warnings.
public struct BuildResult: Sendable {
    public var graph: ActorGraph
    public var documents: [DocumentFindings]
    /// Skipped or repaired files and other problems, one line each, naming the file.
    public var warnings: [String]

    /// Reads the folder at `folder`, extracts every document and merges the findings.
    public static func build(folder: URL, lexicon: Lexicon, rules: RuleSet) throws -> BuildResult {
        let corpus = try Corpus.load(folder: folder)
        return build(corpus, lexicon: lexicon, rules: rules)
    }

    /// Extracts every document of `corpus` and merges the findings.
    public static func build(_ corpus: Corpus, lexicon: Lexicon, rules: RuleSet) -> BuildResult {
        let extractor = Extractor(lexicon: lexicon, rules: rules)
        let documents = extractor.extract(corpus.documents)
        var conflicts: [String] = []
        let graph = Aggregator.graph(documents, warnings: &conflicts)
        return BuildResult(graph: graph, documents: documents, warnings: corpus.warnings + documents.flatMap(\.warnings) + conflicts)
    }
}
