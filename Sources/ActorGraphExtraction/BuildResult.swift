import ActorGraphModel
import Foundation

/// The outcome of extracting a corpus: the graph, what each document yielded, and warnings.
public struct BuildResult: Sendable {
    public var graph: ActorGraph
    /// What each document taken in yielded; after an update of a store that kept its aggregation,
    /// only the new documents' (``summaries`` lists every document).
    public var documents: [DocumentFindings]
    /// Every document of the graph, in the order aggregated: what the report and the page list.
    public var summaries: [DocumentSummary]
    /// Skipped or repaired files and other problems, one line each, naming the file.
    public var warnings: [String]

    /// Reads the folder at `folder` document by document (never all of it at once), extracts
    /// every document and merges the findings. `progress`, when given, is told as documents finish.
    /// - Throws: ``ExtractionError`` for a missing folder, a bad manifest or no readable document.
    public static func build(
        folder: URL, lexicon: Lexicon, rules: RuleSet, progress: (@Sendable (BuildProgress.Snapshot) -> Void)? = nil
    ) throws -> BuildResult {
        let corpus = try CorpusFolder.scan(folder)
        let tracker = progress.map {
            BuildProgress(files: corpus.entries.count, bytes: corpus.entries.reduce(0) { $0 + $1.bytes }, report: $0)
        }
        let extractor = Extractor(lexicon: lexicon, rules: rules)
        let (documents, skipped) = extractor.extract(corpus, progress: tracker)
        guard !documents.isEmpty else { throw ExtractionError.emptyCorpus(corpus.path, warnings: corpus.warnings + skipped) }
        return merged(documents, warnings: corpus.warnings + skipped)
    }

    /// Extracts every document of `corpus` and merges the findings.
    public static func build(_ corpus: Corpus, lexicon: Lexicon, rules: RuleSet) -> BuildResult {
        let extractor = Extractor(lexicon: lexicon, rules: rules)
        return merged(extractor.extract(corpus.documents), warnings: corpus.warnings)
    }

    /// The graph of `documents`' findings, aggregated over all of them in the order given (a
    /// build's is file-name order; an update of a store passes the stored and the new documents
    /// in that order too); the warnings are the corpus's (`read`), then each document's, then the
    /// aggregator's.
    public static func merged(_ documents: [DocumentFindings], warnings read: [String]) -> BuildResult {
        aggregated(Aggregation(documents), documents: documents, warnings: read)
    }

    /// The result of `aggregation`, of which `documents` are the findings at hand (all of them,
    /// or an update's new ones); the warnings are the corpus's (`read`), then each document's,
    /// then the aggregator's.
    public static func aggregated(_ aggregation: Aggregation, documents: [DocumentFindings], warnings read: [String]) -> BuildResult {
        BuildResult(
            graph: aggregation.graph, documents: documents, summaries: aggregation.documents,
            warnings: read + aggregation.documents.flatMap(\.warnings) + aggregation.warnings)
    }
}
