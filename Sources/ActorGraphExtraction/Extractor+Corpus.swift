extension Extractor {
    /// What reading a folder as part of a larger corpus gives: the findings and warnings of
    /// ``extract(_:progress:)``, and each readable document's persons (for the store).
    public struct CorpusReading: Sendable {
        public var findings: [DocumentFindings]
        public var warnings: [String]
        public var persons: [DocumentPersons]
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
        let first = Self.parallelMap(folder.entries) { entry -> (persons: PersonsFound?, warning: String?) in
            let (document, warning) = folder.read(entry)
            // A skipped file has no second pass: its share of both counts now.
            defer { progress?.advance(bytes: document == nil ? 2 * entry.bytes : entry.bytes, finished: document == nil) }
            guard let document else { return (nil, warning) }
            return (persons(document), warning)
        }
        let read = zip(folder.entries, first).compactMap { entry, found in
            found.persons.map { DocumentPersons(document: entry.name, persons: $0.all) }
        }
        let index = others.adding(read).index
        let readable = zip(folder.entries, first).compactMap { entry, found in found.persons.map { (entry, $0) } }
        let findings = Self.parallelMap(readable) { entry, found -> DocumentFindings? in
            defer { progress?.advance(bytes: entry.bytes, finished: true) }
            // Read again: a file that changed or went away since the first pass is left out.
            guard let document = folder.read(entry).document else { return nil }
            return self.findings(analyze(document, persons: found), persons: index)
        }
        let kept = findings.compactMap { $0 }
        // The persons of the documents read, as the findings are (a file gone in between has neither).
        let names = Set(kept.map(\.document))
        return CorpusReading(findings: kept, warnings: first.compactMap(\.warning), persons: read.filter { names.contains($0.document) }, index: index)
    }
}
