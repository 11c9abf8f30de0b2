import Foundation

extension Extractor {
    /// What reading a folder as part of a larger corpus gives: the findings and warnings of
    /// ``extract(_:progress:)``, and each readable document's persons and the questions its
    /// reading asked of the person index (for the store).
    public struct CorpusReading: Sendable {
        public var findings: [DocumentFindings]
        public var warnings: [String]
        public var persons: [DocumentPersons]
        /// The questions each document's reading asked of ``index``, as the findings are.
        public var lookups: [PersonLookups]
        /// The person index the documents were read with (of the whole corpus).
        public var index: PersonIndex
    }

    /// The findings of every readable document of `folder`, read as a build of `folder` together
    /// with the documents `others` holds the persons of would read them: the person index is made
    /// from both (a document of `folder` replaces one of `others` with its name). With no others,
    /// the findings are ``extract(_:progress:)``'s.
    ///
    /// An update needs this: a bare surname resolves through the titled persons of the whole
    /// corpus, and a document read with only the new documents' persons can read otherwise (a
    /// person's name is the form most documents write).
    public func extract(_ folder: CorpusFolder, among others: CorpusPersons, progress: BuildProgress? = nil) -> CorpusReading {
        read(folder.entries, name: \.name, bytes: \.bytes, among: others, progress: progress) { folder.read($0) }
    }

    /// The findings of `documents` (texts a store keeps), read as ``extract(_:among:progress:)``
    /// reads a folder's: with the person index of their persons and `others`'.
    public func extract(_ documents: [Document], among others: CorpusPersons) -> CorpusReading {
        read(documents, name: \.name, bytes: { $0.text.utf8.count }, among: others, progress: nil) { ($0, nil) }
    }

    /// Both phases over `items`, each read into a document (or skipped with a warning) by `read`
    /// once a phase: the persons of every document first, then the findings of each with the
    /// index of all of them and `others`, recording the questions each reading asks of it.
    private func read<Item: Sendable>(
        _ items: [Item], name: @Sendable (Item) -> String, bytes: @Sendable (Item) -> Int, among others: CorpusPersons,
        progress: BuildProgress?, read: @Sendable (Item) -> (document: Document?, warning: String?)
    ) -> CorpusReading {
        let first = Self.parallelMap(items) { item -> (persons: PersonsFound?, warning: String?) in
            let (document, warning) = read(item)
            // A skipped file has no second pass: its share of both counts now.
            defer { progress?.advance(bytes: document == nil ? 2 * bytes(item) : bytes(item), finished: document == nil) }
            guard let document else { return (nil, warning) }
            return (persons(document), warning)
        }
        let found = zip(items, first).compactMap { item, found in
            found.persons.map { DocumentPersons(document: name(item), persons: $0.all) }
        }
        let index = others.adding(found).index
        let readable = zip(items, first).compactMap { item, found in found.persons.map { (item, $0) } }
        let findings = Self.parallelMap(readable) { item, persons -> (findings: DocumentFindings, lookups: PersonLookups)? in
            defer { progress?.advance(bytes: bytes(item), finished: true) }
            // Read again: a file that changed or went away since the first pass is left out.
            guard let document = read(item).document else { return nil }
            let recorder = PersonLookups.Recorder(document: document.name)
            let findings = self.findings(analyze(document, persons: persons), persons: index.recording(into: recorder))
            return (findings, recorder.lookups)
        }
        let kept = findings.compactMap { $0 }
        // The persons of the documents read, as the findings are (a file gone in between has neither).
        let names = Set(kept.map(\.findings.document))
        return CorpusReading(
            findings: kept.map(\.findings), warnings: first.compactMap(\.warning), persons: found.filter { names.contains($0.document) },
            lookups: kept.map(\.lookups), index: index)
    }
}
