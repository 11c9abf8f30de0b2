import ActorGraphExtraction
import ActorGraphFormats
import ActorGraphModel
import ActorGraphQueries
import ActorGraphRendering
import ActorGraphStore
import ArgumentParser
import Foundation

/// `actorgraph build DIR --out DIR`: news articles → graph.json and report.md.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Turn a folder of news articles into a typed, sourced graph of actors.",
        discussion: """
            Reads every .txt and .md file of FOLDER (dated by an optional manifest.tsv with the columns file, published, source, title), finds states, bodies, armed groups, persons and meetings, and the relations between them (backs, opposes, coordinates_with, attended, represents, and member_of for membership of a coalition or alliance), each with the sentences that state it. Writes into the output folder graph.sqlite (the store: documents, actors, relations, evidence and a query index; docs/store.md), graph.json (the same graph as an interchange file), report.md (actors by kind, each relation with its evidence, documents that yielded nothing, warnings), graph.dot, a diagram per --format (svg and png by default) and graph.html, a page to explore the graph in a browser (search, evidence, filters, camps). A graph too large for the layout engine is drawn with sfdp instead, with a warning. Files that are binary or not UTF-8 are named in a warning and skipped or repaired; the rest of the corpus is still processed.

            A sentence that several documents carry (a syndicated story) counts once toward an edge's support; the summary and report.md say how many were folded.

            With --update, only the documents of FOLDER whose text is not yet in the store are read; the graph is aggregated again from the store's findings of every document, and the outputs are rewritten. New documents are read with the titled persons of every stored document, as a full build reads them; when they change an answer a stored document's reading asked of the corpus's persons, that document is read again from the text the store keeps (its file need not be in FOLDER). A document whose file name is in the store but whose text changed replaces its earlier version; a file whose size and modification time are those recorded when it was taken in is not read again (docs/store.md). Only one build writes a store at a time: a second one fails at once.

            Examples:
              actorgraph build seeds --out output
              actorgraph build news --out output --update
              actorgraph build news --out out --lexicon my-actors.tsv --rules my.rules
            """
    )

    @Argument(help: ArgumentHelp("The folder of articles (.txt, .md, optional manifest.tsv).", valueName: "folder"))
    var folder: String

    @Option(name: .long, help: ArgumentHelp("The folder to write graph.json and report.md to.", valueName: "folder"))
    var out: String = "output"

    @Option(name: .long, help: ArgumentHelp("A lexicon file (kind, name, code, aliases, demonyms, metonyms, country) whose entries add to or override the built-in ones; repeatable.", valueName: "file"))
    var lexicon: [String] = []

    @Option(name: .long, help: ArgumentHelp("A rule file (grammar in RULES.md) whose rules and word lists add to the built-in ones; repeatable.", valueName: "file"))
    var rules: [String] = []

    @Flag(name: .long, help: "Use only the rule files given with --rules, not the built-in rules.")
    var noDefaultRules = false

    @Flag(help: "Add the documents of FOLDER that the output folder's graph.sqlite does not hold yet (by content), instead of building from FOLDER alone.")
    var update = false

    @OptionGroup var drawing: DrawingOptions

    @Flag(help: "Print the summary as JSON: documents, actors, relations, seconds, the files written and the warnings.")
    var json = false

    /// The engine a graph too large for the chosen one is drawn with: it handles thousands of nodes.
    static let fallbackEngine = LayoutEngine.sfdp

    func run() throws {
        let started = Date()
        // The extractor (lexicon, rules and the tables compiled from them: a sixth of a second)
        // is made on other cores while the folder is listed and the store's findings decoded:
        // the rule files are read on one thread, the lexicon and the bundled gazetteer on another,
        // which then makes the extractor. Its errors still come first, in the order they came
        // when it was made before anything else (lexicon, rules, then the options).
        let ruleSetup = Background { [rules, noDefaultRules] in
            try Self.ruleSet(rules: rules, noDefaultRules: noDefaultRules)
        }
        let setup = Background { [lexicon] in
            let lexiconData = try Self.lexicon(lexicon)
            BundledTables.prepare()
            return Extractor(lexicon: lexiconData, rules: try ruleSetup.value())
        }
        // The table of well-known persons (a third of making the extractor) is read once the
        // rules are, on their thread's core, while the other still reads the lexicon and the
        // gazetteer: that thread ran on alone for the last part of the setup, the main thread
        // done with the store and waiting for it.
        _ = Background {
            _ = try? ruleSetup.value()
            BundledTables.preparePersons()
        }
        do {
            try build(setup, started: started)
        } catch {
            if let failure = setup.failure { throw failure }
            throw error
        }
    }

    /// The built-in lexicon with the files given added.
    static func lexicon(_ files: [String]) throws -> Lexicon {
        var lexicon = try Lexicon.bundled()
        for path in files { lexicon.merge(try LexiconFile.load(URL(fileURLWithPath: path))) }
        return lexicon
    }

    /// The built-in rules (unless `noDefaultRules`) with the files given added.
    static func ruleSet(rules: [String], noDefaultRules: Bool) throws -> RuleSet {
        var ruleSet = noDefaultRules ? RuleSet() : try RuleSet.bundled()
        for path in rules { try ruleSet.load(URL(fileURLWithPath: path)) }
        if noDefaultRules && rules.isEmpty {
            throw ValidationError("--no-default-rules needs at least one --rules FILE")
        }
        return ruleSet
    }

    /// Lists the folder and builds from it under the store's lock, with the extractor `setup` makes.
    private func build(_ setup: Background<Extractor>, started: Date) throws {
        var corpus = try CorpusFolder.scan(URL(fileURLWithPath: folder))
        if corpus.entries.isEmpty && !update { throw ExtractionError.emptyCorpus(corpus.path, warnings: corpus.warnings) }
        let outURL = URL(fileURLWithPath: out)
        let storeURL = outURL.appendingPathComponent(StoreLocation.fileName)
        let madeFolder = !FileManager.default.fileExists(atPath: outURL.path)
        do {
            try FileManager.default.createDirectory(at: outURL, withIntermediateDirectories: true)
            // Held to the end of the build: a second build of this folder fails instead of interleaving.
            let lock = try StoreLock(store: storeURL)
            try withExtendedLifetime(lock) {
                try build(&corpus, extractor: setup, out: outURL, store: storeURL, started: started)
            }
        } catch {
            // A failed build leaves no folder of its own making behind (rmdir removes only an empty one).
            if madeFolder {
                try? FileManager.default.removeItem(atPath: storeURL.path + ".lock")
                rmdir(outURL.path)
            }
            throw error
        }
    }

    /// Extracts `corpus` (the documents the store lacks, with --update), writes the store, then
    /// the other files.
    private func build(_ corpus: inout CorpusFolder, extractor setup: Background<Extractor>, out outURL: URL, store storeURL: URL, started: Date) throws {
        let store: GraphStore?
        if update {
            let opened = try GraphStore.open(storeURL, writable: true)
            // Refused before reading any article, not after.
            guard try opened.origin() == .build else { throw StoreError.notBuilt(path: storeURL.path) }
            store = opened
        } else {
            // A file that is not a store of ours is refused, not overwritten.
            if FileManager.default.fileExists(atPath: storeURL.path) { _ = try GraphStore.open(storeURL) }
            store = nil
        }
        let progress = ProgressLine.ifInteractive()
        var report: (@Sendable (BuildProgress.Snapshot) -> Void)?
        if let progress { report = { snapshot in progress.show(snapshot) } }
        // The aggregation the store keeps is read and decoded on another core from now on, while
        // this thread reads the store's records and hashes the folder's new files (it was the
        // main thread's longest step before extraction); whether it can be taken up is decided
        // below, as before, and a store's error in reading it is thrown there.
        let keptArchive = store.map { store in
            Background { try store.aggregation().flatMap { try? AggregationArchive.decode($0) } }
        }
        // The stored documents' persons likewise (read and decoded: ~45 M instructions on the
        // 20 MB corpus), with the answers of their index; nil when the store has none.
        let keptPersons = store.map { store in
            Background { () throws -> (persons: CorpusPersons, answers: Data)? in
                guard let answers = try store.personAnswers() else { return nil }
                return try Self.persons(store.documentPersons(), store: storeURL).map { ($0, answers) }
            }
        }
        // An update takes a stored hash for a file whose size and time are as they were.
        let records = try store?.documentStamps() ?? [:]
        var hashed = StoredCorpus(corpus, known: records)
        var skipped: [String] = []
        var stored: [DocumentFindings] = []
        // The store's aggregation of its documents, when it is current: the new documents are
        // then taken into it, and the stored findings are decoded only if that cannot be done.
        var kept: Aggregation?
        var replaced = Set<String>()
        // The folder's entries as listed, for reading stored documents again (below).
        let listed = corpus
        // The stored documents' persons, when every one has them (stores since schema v6): the
        // new documents are then read with the whole corpus's persons, as a full build reads them.
        var storedPersons: (persons: CorpusPersons, answers: Data)?
        if let store {
            // A document whose stored hash was taken is in the store; one hashed now is when the
            // store holds its text (under any name). The store's texts, by hash, from the records
            // just read (not read again: on the main thread, which the setup's threads wait
            // for), and only when something was hashed (4,469 hashes of 64 characters, ~7 M
            // instructions).
            let hashedNow = Set(hashed.hashedNow)
            let known = hashedNow.isEmpty ? [] : Set(records.values.map(\.contentHash))
            var remaining: [CorpusFolder.Entry] = []
            for entry in corpus.entries {
                if !hashedNow.contains(entry.name) {
                    // Its stored hash was taken, or it could not be read (the extractor names it).
                    if hashed.documents[entry.name] != nil { skipped.append(entry.name); continue }
                } else if let document = hashed.documents[entry.name], known.contains(document.contentHash) {
                    skipped.append(entry.name)
                    continue
                }
                remaining.append(entry)
            }
            // The entries let go are freed at exit, not here (4,424 of them, on the main thread).
            KeptUntilExit.keep(corpus.entries)
            corpus.entries = remaining
            replaced = Set(corpus.entries.map(\.name))
            storedPersons = try keptPersons?.value()
            kept = try Self.keptAggregation(keptArchive?.value, documents: records, replacing: replaced)
            if kept == nil {
                stored = try StoredCorpus.findings(try store.documents().filter { !replaced.contains($0.name) }, store: storeURL)
            }
        }
        let extractor = try setup.value()
        let tracker = report.map {
            BuildProgress(files: corpus.entries.count, bytes: corpus.entries.reduce(0) { $0 + $1.bytes }, report: $0)
        }
        let reading = extractor.extract(corpus, among: storedPersons?.persons ?? CorpusPersons([]), progress: tracker)
        progress?.finish()
        var fresh = reading.findings, persons = reading.persons, lookups = reading.lookups
        let unreadable = reading.warnings
        let added = fresh.count
        // The answers of the whole corpus's person index (nil when the store's persons are not
        // known: it was written before schema v6).
        let personAnswers = store != nil && storedPersons == nil ? nil : Data(reading.index.answers)
        if let store, let known = storedPersons, personAnswers != known.answers {
            // The new documents change how the corpus's persons resolve (a surname now of two
            // persons, a person's name now another form): a stored document whose reading asked
            // a question now answered otherwise is read again with the whole corpus's persons,
            // as a full build reads it, from the text the store keeps (schema v7).
            let rows = try store.documents()
            let again = try Self.storedReadingOtherwise(store, rows: rows, persons: known.persons, index: reading.index, read: Set(fresh.map(\.document)), records: records)
            if !again.rows.isEmpty || !again.unknown.isEmpty {
                let corpusPersons = known.persons.adding(persons)
                var readings: [Extractor.CorpusReading] = []
                if !again.documents.isEmpty { readings.append(extractor.extract(again.documents, among: corpusPersons)) }
                // Documents stored before v7 have no text: read from the folder when there, else
                // kept as they were read, with a warning.
                let fromFolder = Self.listedToReadAgain(listed, names: again.unknown)
                if !fromFolder.folder.entries.isEmpty { readings.append(extractor.extract(fromFolder.folder, among: corpusPersons)) }
                hashed.add(stored: again.rows)
                hashed.add(StoredCorpus(fromFolder.folder))
                for r in readings {
                    fresh += r.findings
                    persons += r.persons
                    lookups += r.lookups
                    replaced.formUnion(r.findings.map(\.document))
                }
                kept = nil
                stored = try StoredCorpus.findings(rows.filter { !replaced.contains($0.name) }, store: storeURL)
                if !fromFolder.missing.isEmpty {
                    FileHandle.standardError.write(Data("warning: the new documents' persons may change how \(fromFolder.missing.count) document(s) stored before schema v7 (without their text) and not in \(folder) read (\(fromFolder.missing.prefix(3).joined(separator: ", "))\(fromFolder.missing.count > 3 ? ", …" : "")); build again from the whole corpus for a full build's graph\n".utf8))
                }
            }
        }
        // Fixed from here on (the store's rows are encoded on another thread).
        let rows = (hashed: hashed, fresh: fresh, persons: persons, lookups: lookups)
        if store != nil {
            // Pages of the store's file not yet on disk (a copy of the output folder just made,
            // as the benchmark's updates start from) are written now, while the new documents are
            // taken into the aggregation on one core, instead of by the commit's sync at the end
            // of the build, when nothing else is left to do.
            _ = Background { Self.sync(storeURL) }
        }
        // The graph.json the last build wrote is read for its digest meanwhile too (the file is
        // 50 MB on a 20 MB corpus: ~0.03 s).
        let jsonURL = outURL.appendingPathComponent("graph.json")
        var previousJSON: Background<NodeLinkJSON.Previous?>?
        if let store, let kept, let saved = try store.outputLayout("graph.json") {
            previousJSON = Background { [graph = kept.graph] in
                Self.previousJSON(digest: saved.digest, layout: saved.layout, graph: graph, at: jsonURL)
            }
        }
        guard !fresh.isEmpty || !stored.isEmpty || !(kept?.documents.isEmpty ?? true) else {
            throw ExtractionError.emptyCorpus(corpus.path, warnings: corpus.warnings + unreadable)
        }
        let freshInOrder = fresh.sorted { $0.document < $1.document }
        let aggregation = kept.flatMap { $0.adding(freshInOrder) }
        // Taken into the kept aggregation, only the new documents' evidence differs from the store's.
        let changed = aggregation == nil ? nil : Set(fresh.map(\.document))
        var atHand = freshInOrder
        if aggregation == nil {
            // The new documents change what an earlier one's findings read (or nothing was
            // kept): every document is aggregated again, as a full build does.
            if kept != nil, let store {
                stored = try StoredCorpus.findings(try store.documents().filter { !replaced.contains($0.name) }, store: storeURL)
            }
            atHand = (stored + fresh).sorted { $0.document < $1.document }
        }
        let everything = atHand
        // What the page shows of each document (the manifest as listed) beside the aggregation.
        let summaries = aggregation?.documents ?? everything.map(DocumentSummary.init)
        let (aggregated, pageDocuments) = try concurrently({ [aggregation] in
            aggregation ?? Aggregation(everything)
        }, { [folder, manifest = corpus.manifest] in
            // A stored document whose file is not in the folder (an update from a folder of new
            // documents alone) is titled as the store recorded it, as a full build of the folder
            // it came from titles it.
            var stored: [String: (source: String?, title: String?)] = [:]
            if let store {
                let inFolder = Set(listed.entries.lazy.map(\.name))
                if summaries.contains(where: { !inFolder.contains($0.name) }) {
                    stored = try store.documentFacts(excluding: inFolder)
                }
            }
            return Self.pageDocuments(summaries, manifest: manifest, stored: stored, folder: URL(fileURLWithPath: folder), out: outURL)
        })
        // The kept aggregation is encoded from now on, while the outputs are set up and the
        // store writes the graph, and written after the graph in the same transaction.
        let archive = Background { AggregationArchive.encode(aggregated) }
        let result = BuildResult.aggregated(aggregated, documents: everything, warnings: corpus.warnings + unreadable)
        var output = drawing.output(into: outURL, adding: [.html])
        output.documents = pageDocuments
        output.fallback = Self.fallbackEngine
        output.keepsDrawings = true
        if let store { output.kept = try Self.keptDrawings(store) }
        if let previousJSON { output.previousJSON = { (try? previousJSON.value()) ?? nil } }
        output.digestsJSON = true
        // graph.json's layout and digest, kept in the store's transaction (not one of their own
        // after the files are in place: each commit syncs the journal and the file).
        let stagedJSON = Handoff<(layout: NodeLinkLayout, digest: String)?>()
        output.stagedJSON = stagedJSON
        let keptLayout = { @Sendable () -> OutputLayout? in
            stagedJSON.value().map { OutputLayout(name: "graph.json", digest: $0.digest, layout: $0.layout.encoded) }
        }
        let diagrams = output
        // The store is written (one transaction, or a new file renamed into place) while the
        // other files are made and written under temporary names; those are renamed into place
        // only once the store is complete, so a build stopped before leaves the previous files,
        // and a failure to draw leaves them as they were (the store then holds the new graph, and
        // a rerun with --update writes them). Writing beside the other branch's work, not after
        // it, takes the writing of a large graph's files (tens of megabytes) off the critical path.
        let reportURL = outURL.appendingPathComponent("report.md")
        // What a build killed before its renames left (this build holds the store's lock).
        for name in diagrams.fileNames + ["report.md"] { OutputFile.removeStaged(for: outURL.appendingPathComponent(name)) }
        let staging = Staging()
        let folding: DuplicateSentences
        let drawn: DiagramOutput.Drawn
        let files: [StagedFile]
        do {
            (folding, (drawn, files)) = try concurrently({
                // report.md beside the store (neither reads the other), a store's error first.
                try concurrently({
                    if let store {
                        try store.update(adding: rows.hashed.rows(rows.fresh, persons: rows.persons, lookups: rows.lookups), graph: result.graph, aggregation: try archive.value(), changed: changed,
                                         personAnswers: personAnswers,
                                         stamps: rows.hashed.restamped(records), outputLayout: keptLayout())
                    } else {
                        try GraphStore.create(at: storeURL, graph: result.graph, documents: rows.hashed.rows(rows.fresh, persons: rows.persons, lookups: rows.lookups), aggregation: try archive.value(),
                                               personAnswers: personAnswers, outputLayout: keptLayout())
                    }
                }, {
                    let folding = aggregated.folding
                    staging.add([try OutputFile.stage(Data(Report.markdown(result, folding: folding).utf8), to: reportURL)])
                    return folding
                }).1
            }, {
                let (drawn, files, _, _) = try diagrams.stage(result.graph)
                staging.add(files)
                return (drawn, files)
            })
            let written = try store ?? GraphStore.open(storeURL, writable: true)
            try Self.keep(drawn, kept: diagrams.kept, store: written)
            // The page and diagrams first, report.md last, as they were written before.
            for file in files { try file.commit() }
            try staging.file(for: reportURL)?.commit()
        } catch {
            staging.discard()
            throw error
        }
        if case let .tooLarge(engine, nodes, edges, _)? = drawn.refusal {
            FileHandle.standardError.write(Data("warning: \(nodes) nodes and \(edges) edges are too many for \(engine.rawValue); drawn with \(drawn.engine.rawValue)\n".utf8))
        }
        let written = [StoreLocation.fileName] + files.map { $0.url.lastPathComponent } + ["report.md"]
        for warning in result.warnings {
            FileHandle.standardError.write(Data("warning: \(warning)\n".utf8))
        }
        // The graphs and findings are freed by the process's exit, not one object at a time.
        KeptUntilExit.keep((kept, aggregated, result, fresh, stored, everything, records, hashed, corpus))
        let summary = Summary(
            documents: result.summaries.count, actors: result.graph.actorCount, relations: result.graph.relationCount,
            seconds: Date().timeIntervalSince(started), folder: outURL.path, files: written, warnings: result.warnings,
            added: update ? added : nil, skipped: update ? skipped : nil, readAgain: update ? fresh.count - added : nil,
            foldedSentences: folding.foldedSentences, foldedDocuments: folding.foldedDocuments)
        print(json ? QueryJSON.encode(summary) : summary.line)
    }

    /// The aggregation the store keeps (`decoded`), when it can be taken up: current, of exactly the documents
    /// the store holds (`documents`, by name), none of which a new document `replacing` replaces
    /// (an update cannot take a document's findings out of an aggregation). A kept aggregation
    /// that cannot be read is not used (the findings are aggregated again).
    ///
    /// `decoded` gives the store's aggregation, decoded (nil when it keeps none or it cannot be
    /// decoded); it is asked only when no document is replaced, and what it throws is thrown.
    static func keptAggregation(_ decoded: (() throws -> Aggregation?)?, documents: [String: (contentHash: String, stamp: FileStamp?)], replacing: Set<String>) throws -> Aggregation? {
        guard !replacing.contains(where: { documents[$0] != nil }), let aggregation = try decoded?(),
              aggregation.documents.count == documents.count, aggregation.documents.allSatisfy({ documents[$0.name] != nil })
        else { return nil }
        return aggregation
    }

    /// The stored documents' persons (``GraphStore/documentPersons()``), when every document has
    /// them; nil for a store with documents from before schema v6.
    /// - Throws: ``StoreError/damaged(path:detail:)`` naming a document whose persons cannot be read.
    static func persons(_ stored: [String: Data?], store: URL) throws -> CorpusPersons? {
        var known: [String: Data] = [:]
        known.reserveCapacity(stored.count)
        for (name, data) in stored {
            guard let data else { return nil }
            known[name] = data
        }
        do {
            return try CorpusPersons(decoding: known)
        } catch {
            throw StoreError.damaged(path: store.path, detail: "\(error)")
        }
    }

    /// The stored documents (of `rows`, the store's; all but those just `read`) whose reading may
    /// change with the corpus's person index `index`, where the stored documents' persons give
    /// `persons`' index: those whose recorded questions (schema v7) `index` answers otherwise,
    /// or that have none, as `documents` read from the texts the store keeps with their `rows`
    /// (each record with its stored stamp), and, in `unknown`, those the store has no text of
    /// (stored before v7).
    /// - Throws: ``StoreError``, and ``StoreError/damaged(path:detail:)`` naming a document
    ///   whose questions cannot be read.
    static func storedReadingOtherwise(
        _ store: GraphStore, rows all: [StoredDocument], persons: CorpusPersons, index: PersonIndex, read: Set<String>,
        records: [String: (contentHash: String, stamp: FileStamp?)]
    ) throws -> (documents: [Document], rows: [StoredDocument], unknown: [String]) {
        var asked: [String: Data] = [:]
        // A document without questions (stored before v7) may read otherwise.
        var otherwise = Set<String>()
        for (name, data) in try store.documentLookups() where !read.contains(name) {
            if let data { asked[name] = data } else { otherwise.insert(name) }
        }
        do {
            otherwise.formUnion(try persons.documentsReadingOtherwise(asked, with: index))
        } catch {
            throw StoreError.damaged(path: store.url.path, detail: "\(error)")
        }
        guard !otherwise.isEmpty else { return ([], [], []) }
        var unknown: [String] = []
        let rows = all.filter { otherwise.contains($0.name) }
        let texts = try store.texts(Set(rows.map(\.contentHash)))
        var documents: [Document] = []
        var kept: [StoredDocument] = []
        for var row in rows {
            guard let text = texts[row.contentHash] else {
                unknown.append(row.name)
                continue
            }
            documents.append(Document(name: row.name, text: String(decoding: text, as: UTF8.self), published: row.published, source: row.source, title: row.title))
            row.findings = nil
            row.stamp = records[row.name]?.stamp
            kept.append(row)
        }
        return (documents, kept, unknown.sorted())
    }

    /// The listed entries of the documents `names` (stored ones to read again from their files),
    /// in `folder`, and the names of those whose file is not in the folder, in `missing`.
    static func listedToReadAgain(_ listed: CorpusFolder, names: [String]) -> (folder: CorpusFolder, missing: [String]) {
        let wanted = Set(names)
        var folder = listed
        folder.entries = listed.entries.filter { wanted.contains($0.name) }
        let present = Set(folder.entries.map(\.name))
        return (folder, names.filter { !present.contains($0) })
    }

    /// The graph.json at `url` as the store's current graph (`graph`, the kept aggregation's)
    /// was written into it, when the store kept its layout (`layout`, with the file's `digest`)
    /// and the file holds the bytes it was put in place with (same ``FileDigest``): an update
    /// copies its unchanged edges from it.
    static func previousJSON(digest: String, layout data: Data, graph: ActorGraph, at url: URL) -> NodeLinkJSON.Previous? {
        guard FileDigest.of(path: url.path) == digest,
              let layout = NodeLinkLayout(encoded: data), layout.edges.count == graph.relationCount
        else { return nil }
        return NodeLinkJSON.Previous(path: url.path, graph: graph, layout: layout)
    }

    /// Writes the file at `url`'s pages to disk (`fdatasync(2)`), if it can be opened.
    static func sync(_ url: URL) {
        let descriptor = open(url.path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        _ = fdatasync(descriptor)
        close(descriptor)
    }

    /// The drawings the store keeps from the last build, by format.
    static func keptDrawings(_ store: GraphStore) throws -> [DiagramFormat: DiagramOutput.KeptDrawing] {
        var kept: [DiagramFormat: DiagramOutput.KeptDrawing] = [:]
        for format in DiagramOutput.keptFormats {
            if let (key, data) = try store.drawing(format: format.rawValue) { kept[format] = .init(key: key, data: data) }
        }
        return kept
    }

    /// Saves the drawings of `drawn` that the store does not hold yet, for the next update (one
    /// transaction of their own: a kept drawing is only ever used when its key matches, so a build stopped
    /// between the two writes leaves nothing wrong, only something to draw again).
    static func keep(_ drawn: DiagramOutput.Drawn, kept: [DiagramFormat: DiagramOutput.KeptDrawing], store: GraphStore) throws {
        let changed = drawn.keep.sorted(by: { $0.key < $1.key }).filter { kept[$0.key]?.key != $0.value.key }
        try store.save(drawings: changed.map { (format: $0.key.rawValue, key: $0.value.key, data: $0.value.data) })
    }

    /// What a build did, as the last line of its output or as `--json`.
    struct Summary: Encodable {
        let documents: Int
        let actors: Int
        let relations: Int
        let seconds: Double
        let folder: String
        /// The files written into `folder`, in the order written.
        let files: [String]
        let warnings: [String]
        /// With --update: the documents read and added to the store.
        let added: Int?
        /// With --update: the documents of the folder the store already held (same text), skipped.
        let skipped: [String]?
        /// With --update: the stored documents read again because the new documents' persons
        /// change an answer their reading asked of the person index.
        let readAgain: Int?
        /// Sentences that repeat an earlier document's, counted once (``DuplicateSentences``).
        let foldedSentences: Int
        /// Documents whose every evidence sentence repeats an earlier document's.
        let foldedDocuments: Int

        /// "5 document(s) → 33 actor(s), 70 relation(s) in 0.41 s; wrote graph.json, … and report.md into output",
        /// with what an update added and skipped before, and the folded duplicates after.
        var line: String {
            let names = files.dropLast().joined(separator: ", ") + (files.count > 1 ? " and " : "") + (files.last ?? "")
            var line = ""
            if let added, let skipped {
                line += "added \(added) document(s), skipped \(skipped.count) already in the store"
                line += skipped.isEmpty ? "; " : " (" + skipped.prefix(5).joined(separator: ", ") + (skipped.count > 5 ? ", …" : "") + "); "
            }
            if let readAgain, readAgain > 0 {
                line += "read again \(readAgain) stored document(s) whose persons resolve otherwise; "
            }
            line += "\(documents) document(s) → \(actors) actor(s), \(relations) relation(s) in \(String(format: "%.2f", seconds)) s"
            if foldedSentences > 0 {
                line += "; folded \(foldedSentences) duplicate sentence(s), \(foldedDocuments) document(s) only repeating others"
            }
            return line + "; wrote \(names) into \(folder)"
        }
    }

    /// What the page shows of each document: the title, outlet and date of `manifest` (the
    /// folder's, as listed; empty when it has none or it is not readable), or for a document it
    /// does not list those the store recorded (`stored`, by name: documents whose file is not in
    /// the folder), and a link to the file, relative to the output folder.
    static func pageDocuments(
        _ found: [DocumentSummary], manifest: Manifest, stored: [String: (source: String?, title: String?)] = [:], folder: URL, out: URL
    ) -> [String: PageDocument] {
        let base = relativePath(from: out, to: folder)
        let prefix = base.isEmpty ? "" : base + "/"
        // Made at its size: grown one document at a time, the table was copied a dozen times.
        var documents: [String: PageDocument] = [:]
        documents.reserveCapacity(found.count)
        for document in found {
            let row = manifest.rows[document.name]
            let facts = row == nil ? stored[document.name] : nil
            documents[document.name] = PageDocument(
                title: row?.title ?? facts?.title, outlet: row?.source ?? facts?.source, date: row?.published ?? document.published,
                href: prefix + document.name)
        }
        return documents
    }

    /// The relative path from folder `from` to folder `to` (`../seeds`), by their absolute paths.
    static func relativePath(from: URL, to: URL) -> String {
        let a = from.standardizedFileURL.pathComponents, b = to.standardizedFileURL.pathComponents
        var common = 0
        while common < a.count, common < b.count, a[common] == b[common] { common += 1 }
        let parts = Array(repeating: "..", count: a.count - common) + b[common...]
        return parts.map { $0.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? $0 }.joined(separator: "/")
    }
}

/// The files a build has staged on either of its two threads, to put in place or remove.
private final class Staging: @unchecked Sendable {
    // @unchecked: `files` is read and written under `lock` only.
    private var files: [StagedFile] = []
    private let lock = NSLock()

    func add(_ more: [StagedFile]) {
        lock.withLock { files += more }
    }

    /// The staged file for `url`, if one was staged.
    func file(for url: URL) -> StagedFile? {
        lock.withLock { files.first { $0.url == url } }
    }

    /// Removes every staged file not yet committed.
    func discard() {
        for file in lock.withLock({ files }) { file.discard() }
    }
}
