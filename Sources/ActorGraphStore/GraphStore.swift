import ActorGraphModel
import ActorGraphQueries
import Foundation
import GRDB

/// An ActorGraph store: an SQLite file holding the documents taken in, the graph built from them
/// (actors, names, relations, evidence) and a snapshot of the query index (docs/store.md).
///
/// Open one with ``open(_:)``; it checks that the file is a store of a schema this version knows.
/// Writes replace the graph in one transaction, so a process killed mid-write leaves the previous
/// content (SQLite rolls the transaction back on the next open).
public struct GraphStore: Sendable {
    /// The store's file.
    public let url: URL
    let queue: DatabaseQueue

    private init(url: URL, queue: DatabaseQueue) {
        self.url = url
        self.queue = queue
    }

    /// How much of a store a build's connection reads through a memory map (SQLite's
    /// `mmap_size`): more than a large corpus's store.
    static let mappedBytes = 1 << 30

    /// Opens the store at `url` and checks it.
    /// - Parameter writable: open for ``update(adding:graph:)``, migrating a store of an older
    ///   schema to this one; a reader opens read-only and reads an older store as it is.
    /// - Throws: ``StoreError``: missing, not a database, foreign, newer schema.
    public static func open(_ url: URL, writable: Bool = false) throws -> GraphStore {
        guard FileManager.default.fileExists(atPath: url.path) else { throw StoreError.missing(path: url.path) }
        var configuration = Configuration()
        // A read-only connection cannot roll back what an update killed mid-transaction left in
        // the journal, and SQLite refuses to read past it: a reader then opens read-write (and
        // reads only) so that SQLite restores the previous content first.
        let interrupted = FileManager.default.fileExists(atPath: url.path + "-journal")
        configuration.readonly = !writable && !interrupted
        // A reader that arrives while an update commits waits for it rather than failing.
        configuration.busyMode = .timeout(30)
        if writable {
            // A build reads its store's pages where the page cache holds them, not one read(2) and
            // copy a page: an update reads every document's row and the kept aggregation first.
            configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA mmap_size = \(Self.mappedBytes)") }
        }
        let store: GraphStore
        do {
            store = GraphStore(url: url, queue: try DatabaseQueue(path: url.path, configuration: configuration))
        } catch {
            throw StoreError.wrap(error, path: url.path)
        }
        try store.check()
        if writable {
            // An older store is brought to this schema before it is written (its own transaction).
            do {
                try StoreSchema.migrator.migrate(store.queue)
            } catch {
                throw StoreError.wrap(error, path: url.path)
            }
        }
        return store
    }

    /// Creates a store at `url` holding `graph` and `documents`, replacing any file there only
    /// once the new one is complete: it is written beside it and renamed over it, so an
    /// interrupted write leaves the old file as it was.
    /// - Parameter origin: how the graph was made; only a built store can be updated.
    /// - Precondition: the caller holds the store's ``StoreLock``.
    /// - Throws: ``StoreError``.
    /// - Parameter aggregation: the aggregation the graph was made by (``aggregation()``), kept
    ///   for the next update; evaluated once the graph is written.
    /// - Parameter outputLayout: the layout of an output file written from `graph`, kept as
    ///   ``save(outputLayout:name:digest:)`` keeps it; evaluated after `aggregation`.
    public static func create(at url: URL, graph: ActorGraph, documents: [StoredDocument], origin: StoreOrigin = .build, aggregation: @autoclosure () throws -> Data? = nil,
                              personAnswers: Data? = nil, outputLayout: @autoclosure () throws -> OutputLayout? = nil) throws {
        let folder = url.deletingLastPathComponent()
        let prefix = ".\(url.lastPathComponent)."
        // Temporary files of builds killed before their rename; the caller holds the store's lock,
        // so none of them is being written.
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [] where name.hasPrefix(prefix) && name.hasSuffix(".tmp") {
            try? FileManager.default.removeItem(at: folder.appendingPathComponent(name))
        }
        let temporary = folder.appendingPathComponent("\(prefix)\(ProcessInfo.processInfo.processIdentifier).tmp")
        do {
            var configuration = Configuration()
            // One writer, a fresh file: no journal needed until it is renamed into place.
            configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA journal_mode = OFF") }
            let queue = try DatabaseQueue(path: temporary.path, configuration: configuration)
            try StoreSchema.migrator.migrate(queue)
            try queue.write { db in
                try db.execute(sql: "INSERT INTO meta (key, value) VALUES ('origin', ?)", arguments: [origin.rawValue])
                try insert(documents, into: db, fresh: true)
                try writeGraph(graph, in: db)
                try writeAggregation(aggregation(), in: db)
                try writePersonAnswers(personAnswers, in: db)
                if let layout = try outputLayout() { try write(layout, in: db) }
            }
            try queue.close()
            // rename(2) replaces atomically; FileManager.moveItem refuses an existing target.
            guard rename(temporary.path, url.path) == 0 else {
                throw StoreError.database(path: url.path, message: "cannot move the new store into place (\(String(cString: strerror(errno))))")
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw StoreError.wrap(error, path: url.path)
        }
    }

    /// Adds `documents` and replaces the graph with `graph`, in one transaction.
    /// - Throws: ``StoreError/notBuilt(path:)`` for a store loaded from a graph file (it has no
    ///   findings to aggregate the new documents with), else ``StoreError``.
    /// - Parameters:
    ///   - aggregation: the aggregation the graph was made by, kept for the next update (nil:
    ///     none is kept, and the next update aggregates every document's findings). Evaluated
    ///     once the graph is written, in the same transaction: a caller can have it encoded on
    ///     another thread meanwhile.
    ///   - changed: the only documents whose evidence can differ from the stored rows' (an update
    ///     that took the new documents into the kept aggregation: the new ones), so the others'
    ///     rows are not digested again; nil when any may differ.
    ///   - personAnswers: the answers of the person index of every stored document
    ///     (`PersonIndex.answers`, schema v6), kept with the graph for the next update; nil when
    ///     not known (the next update then reads every document as before v6).
    ///   - stamps: stamps to record as ``record(stamps:)`` does, in the same transaction.
    ///   - outputLayout: the layout of an output file written from `graph`, kept as
    ///     ``save(outputLayout:name:digest:)`` keeps it; evaluated after `aggregation`. One
    ///     transaction instead of three: each commit costs the journal's and the file's syncs.
    public func update(adding documents: [StoredDocument], graph: ActorGraph, aggregation: @autoclosure () throws -> Data? = nil, changed: Set<String>? = nil,
                       personAnswers: Data? = nil, stamps: [(name: String, contentHash: String, stamp: FileStamp)] = [],
                       outputLayout: @autoclosure () throws -> OutputLayout? = nil) throws {
        guard try origin() == .build else { throw StoreError.notBuilt(path: url.path) }
        do {
            try queue.write { db in
                try Self.insert(documents, into: db)
                try Self.writeGraph(graph, in: db, changed: changed)
                try Self.writeAggregation(aggregation(), in: db)
                try Self.writePersonAnswers(personAnswers, in: db)
                try Self.write(stamps, in: db)
                if let layout = try outputLayout() { try Self.write(layout, in: db) }
            }
        } catch {
            throw StoreError.wrap(error, path: url.path)
        }
    }

    // MARK: Reading

    /// How the store's graph was made.
    public func origin() throws -> StoreOrigin {
        try read { db in
            let value = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'origin'")
            return value.flatMap(StoreOrigin.init(rawValue:)) ?? .build
        }
    }

    /// The number of the last write of the graph; the index snapshot is valid for one generation.
    public func generation() throws -> Int {
        try read { db in try Int.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'generation'") ?? 0 }
    }

    /// Every document taken in, by name, with its findings.
    public func documents() throws -> [StoredDocument] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT name, content_hash, published, source, title, findings FROM document ORDER BY name").map {
                StoredDocument(name: $0[0], contentHash: $0[1], published: $0[2], source: $0[3], title: $0[4], findings: $0[5])
            }
        }
    }

    /// Each document's outlet and title as recorded when it was taken in, by name, but for the
    /// documents `excluding` names.
    public func documentFacts(excluding: Set<String> = []) throws -> [String: (source: String?, title: String?)] {
        try read { db in
            var facts: [String: (source: String?, title: String?)] = [:]
            facts.reserveCapacity(try Int.fetchOne(db, sql: "SELECT count(*) FROM document") ?? 0)
            let rows = try Row.fetchCursor(db, sql: "SELECT name, source, title FROM document")
            while let row = try rows.next() {
                let name: String = row[0]
                if !excluding.contains(name) { facts[name] = (row[1], row[2]) }
            }
            return facts
        }
    }

    /// Each document's titled persons (``StoredDocument/persons``, schema v6), by name; nil
    /// for a document stored before v6.
    public func documentPersons() throws -> [String: Data?] {
        try read { db in
            var persons: [String: Data?] = [:]
            let rows = try Row.fetchCursor(db, sql: "SELECT name, persons FROM document")
            while let row = try rows.next() { persons[row[0]] = row[1] as Data? }
            return persons
        }
    }

    /// The questions each document's reading asked of the person index (``StoredDocument/lookups``,
    /// schema v7), by name; nil for a document stored before v7.
    public func documentLookups() throws -> [String: Data?] {
        try read { db in
            var lookups: [String: Data?] = [:]
            let rows = try Row.fetchCursor(db, sql: "SELECT name, lookups FROM document")
            while let row = try rows.next() { lookups[row[0]] = row[1] as Data? }
            return lookups
        }
    }

    /// The texts the store keeps (schema v7) of the content hashes `hashes`, by hash; a hash
    /// whose text is not kept (a document stored before v7) is absent.
    public func texts(_ hashes: Set<String>) throws -> [String: Data] {
        try read { db in
            var texts: [String: Data] = [:]
            let statement = try db.makeStatement(sql: "SELECT data FROM text WHERE content_hash = ?")
            for hash in hashes.sorted() {
                if let data = try Data.fetchOne(statement, arguments: [hash]) { texts[hash] = data }
            }
            return texts
        }
    }

    /// The answers of the stored documents' person index (schema v6), if they were kept with the
    /// current graph.
    public func personAnswers() throws -> Data? {
        try read { db in
            guard try db.tableExists("person_index") else { return nil }
            return try Data.fetchOne(db, sql: """
                SELECT answers FROM person_index WHERE generation = (SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'generation')
                """)
        }
    }

    /// The aggregation kept with the current graph (schema v4), if there is one of the current
    /// generation: what the graph was last written with, so an update can take it up.
    public func aggregation() throws -> Data? {
        try read { db in
            guard try db.tableExists("aggregation") else { return nil }
            return try Data.fetchOne(db, sql: """
                SELECT data FROM aggregation WHERE generation = (SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'generation')
                """)
        }
    }

    /// The name of the document with each content hash.
    public func documentHashes() throws -> [String: String] {
        try read { db in
            var hashes: [String: String] = [:]
            let rows = try Row.fetchCursor(db, sql: "SELECT content_hash, name FROM document")
            while let row = try rows.next() { hashes[row[0]] = row[1] }
            return hashes
        }
    }

    /// Each document's content hash and, when recorded, the stamp of the file it was hashed
    /// from, by name (schema v3: a store opened for writing has been migrated to it).
    public func documentStamps() throws -> [String: (contentHash: String, stamp: FileStamp?)] {
        try read { db in
            var records: [String: (contentHash: String, stamp: FileStamp?)] = [:]
            let rows = try Row.fetchCursor(db, sql: "SELECT name, content_hash, file_size, file_modified FROM document")
            while let row = try rows.next() {
                let size: Int64? = row[2], modified: Int64? = row[3]
                records[row[0]] = (row[1], size.flatMap { size in modified.map { FileStamp(size: size, modified: $0) } })
            }
            return records
        }
    }

    /// Records the stamps of documents whose files were hashed again and found to hold the text
    /// the store has (a file touched but not changed), so that the next update need not hash
    /// them; a row whose hash is no longer `contentHash` is left alone.
    public func record(stamps: [(name: String, contentHash: String, stamp: FileStamp)]) throws {
        guard !stamps.isEmpty else { return }
        do {
            try queue.write { db in try Self.write(stamps, in: db) }
        } catch {
            throw StoreError.wrap(error, path: url.path)
        }
    }

    private static func write(_ stamps: [(name: String, contentHash: String, stamp: FileStamp)], in db: Database) throws {
        guard !stamps.isEmpty else { return }
        let statement = try db.makeStatement(sql: "UPDATE document SET file_size = ?, file_modified = ? WHERE name = ? AND content_hash = ?")
        for s in stamps { try statement.execute(arguments: [s.stamp.size, s.stamp.modified, s.name, s.contentHash]) }
    }

    /// The last diagram saved in `format` and the key it was saved under, if any.
    public func drawing(format: String) throws -> (key: String, data: Data)? {
        try read { db in
            try Row.fetchOne(db, sql: "SELECT key, data FROM drawing WHERE format = ?", arguments: [format]).map { ($0[0], $0[1]) }
        }
    }

    /// Keeps `data` as the last diagram in `format`, under `key` (everything that decides its
    /// bytes), replacing the one before.
    public func save(drawing data: Data, format: String, key: String) throws {
        do {
            try queue.write { db in
                try db.execute(sql: "INSERT OR REPLACE INTO drawing (format, key, data) VALUES (?, ?, ?)", arguments: [format, key, data])
            }
        } catch {
            throw StoreError.wrap(error, path: url.path)
        }
    }

    /// Keeps each of `drawings` as ``save(drawing:format:key:)`` does, in one transaction (each
    /// commit costs the journal's and the file's syncs).
    public func save(drawings: [(format: String, key: String, data: Data)]) throws {
        guard !drawings.isEmpty else { return }
        do {
            try queue.write { db in
                for drawing in drawings {
                    try db.execute(sql: "INSERT OR REPLACE INTO drawing (format, key, data) VALUES (?, ?, ?)", arguments: [drawing.format, drawing.key, drawing.data])
                }
            }
        } catch {
            throw StoreError.wrap(error, path: url.path)
        }
    }

    /// The layout kept for output file `name` and the digest of the file (``FileDigest``) it
    /// describes (schema v5), if they were saved for the current generation: that file was
    /// written from the graph the store holds.
    public func outputLayout(_ name: String) throws -> (digest: String, layout: Data)? {
        try read { db in
            guard try db.tableExists("output_layout") else { return nil }
            return try Row.fetchOne(db, sql: """
                SELECT digest, layout FROM output_layout
                WHERE name = ? AND generation = (SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'generation')
                """, arguments: [name]).map { ($0[0], $0[1]) }
        }
    }

    /// Keeps `layout` for output file `name`, written from the current generation's graph with
    /// `digest`, replacing what was kept for it before. (A build keeps it with the graph, in
    /// ``update(adding:graph:aggregation:changed:stamps:outputLayout:)``, before the file is put
    /// in place: a build stopped between the two leaves a digest that the file in place does not
    /// have, and the next update writes that file whole.)
    public func save(outputLayout layout: Data, name: String, digest: String) throws {
        do {
            try queue.write { db in try Self.write(OutputLayout(name: name, digest: digest, layout: layout), in: db) }
        } catch {
            throw StoreError.wrap(error, path: url.path)
        }
    }

    private static func write(_ layout: OutputLayout, in db: Database) throws {
        try db.execute(sql: """
            INSERT OR REPLACE INTO output_layout (name, generation, digest, layout)
            VALUES (?, (SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'generation'), ?, ?)
            """, arguments: [layout.name, layout.digest, layout.layout])
    }

    /// The whole graph.
    /// - Throws: ``StoreError/damaged(path:detail:)`` when a row breaks the model's rules.
    public func graph() throws -> ActorGraph {
        try read { db in
            let actors = try Self.actors(db, path: url.path)
            var relations: [Relation] = []
            var current: (number: Int64, subject: ActorID, kind: RelationKind, object: ActorID, evidence: [Evidence])?
            func flush() {
                if let c = current { relations.append(Relation(c.subject, c.kind, c.object, evidence: c.evidence)) }
            }
            let rows = try Row.fetchCursor(db, sql: """
                SELECT r.number, s.id, r.kind, o.id, e.document, e.sentence, e.quote, e.start, e."end", e.rule
                FROM relation r JOIN actor s ON s.number = r.subject JOIN actor o ON o.number = r.object
                LEFT JOIN evidence e ON e.relation = r.number
                ORDER BY r.number
                """)
            while let row = try rows.next() {
                let number: Int64 = row[0]
                if current?.number != number {
                    flush()
                    let kind = try Self.relationKind(row[2], of: "relation \(number)", path: url.path)
                    current = (number, ActorID(row[1] as String), kind, ActorID(row[3] as String), [])
                }
                if let doc: String = row[4] {
                    current!.evidence.append(Evidence(doc: doc, sentence: row[5], quote: row[6], start: row[7], end: row[8], rule: row[9]))
                }
            }
            flush()
            do {
                return try ActorGraph(actors: actors, relations: relations)
            } catch {
                throw StoreError.damaged(path: url.path, detail: "\(error)")
            }
        }
    }

    /// The index snapshot of the current generation; rebuilt from the relation table (not saved,
    /// a reader never writes) when the stored one is of another generation.
    public func snapshot() throws -> IndexSnapshot {
        try read { db in
            let generation = try Int.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'generation'") ?? 0
            if let row = try Row.fetchOne(db, sql: "SELECT node_count, edge_count, ids, sources, targets, kinds FROM snapshot WHERE generation = ?", arguments: [generation]) {
                let parts = try IndexSnapshot.Parts(
                    nodeCount: row[0], edgeCount: row[1], ids: row[2] ?? Data(), sources: row[3] ?? Data(),
                    targets: row[4] ?? Data(), kinds: row[5] ?? Data(), path: url.path)
                return IndexSnapshot(parts: parts)
            }
            return IndexSnapshot(try Self.graphWithoutEvidence(db, path: url.path))
        }
    }

    /// The numbers of the actors that answer to `name` exactly (display name, alias or id), in
    /// id order, as ``ActorGraph/actors(named:)`` finds them.
    public func actorIDs(named name: String) throws -> [ActorID] {
        try read { db in
            let ids = try String.fetchAll(db, sql: """
                SELECT a.id FROM actor_name n JOIN actor a ON a.number = n.actor WHERE n.name_key = ?
                UNION SELECT id FROM actor WHERE id = ?
                ORDER BY 1
                """, arguments: [NameKey.of(name), name])
            return ids.map(ActorID.init(_:))
        }
    }

    /// The ids of the actors one of whose names has `key` (a ``NameKey``) inside its own key: a
    /// superset of the actors a part of a name denotes, found without reading the actor table.
    public func actorIDs(withNameKeyContaining key: String) throws -> [ActorID] {
        try read { db in
            try String.fetchAll(db, sql: """
                SELECT DISTINCT a.id FROM actor_name n JOIN actor a ON a.number = n.actor WHERE instr(n.name_key, ?) > 0 ORDER BY 1
                """, arguments: [key]).map(ActorID.init(_:))
        }
    }

    /// The actors with these ids (those the store has), with every relation among consecutive
    /// pairs in `pairs` and its evidence: the part of the graph a command prints.
    public func subgraph(actors ids: [ActorID], relationsBetween pairs: [(ActorID, ActorID)]) throws -> ActorGraph {
        try read { db in
            var graph = ActorGraph()
            var numbers: [ActorID: Int64] = [:]
            for (id, number) in try Self.add(actors: ids, to: &graph, db, path: url.path) { numbers[id] = number }
            let relationStatement = try db.makeStatement(sql: "SELECT number, kind, subject FROM relation WHERE subject = ? AND object = ?")
            let evidenceStatement = try Self.evidenceStatement(db)
            for (a, b) in pairs {
                guard let u = numbers[a], let v = numbers[b] else { continue }
                // Both directions: the pair is a hop, walked along or against its edges.
                for (s, o) in u == v ? [(u, v)] : [(u, v), (v, u)] {
                    for row in try Row.fetchAll(relationStatement, arguments: [s, o]) {
                        let number: Int64 = row[0]
                        let kind = try Self.relationKind(row[1], of: "relation \(number)", path: url.path)
                        let (subject, object) = s == u ? (a, b) : (b, a)
                        try graph.relate(subject, kind, object, evidence: Self.evidence(of: number, evidenceStatement))
                    }
                }
            }
            return graph
        }
    }

    /// The actors with these ids (those the store has) and every relation between two of them,
    /// with evidence: the induced subgraph, what a neighbourhood prints.
    public func subgraph(among ids: [ActorID]) throws -> ActorGraph {
        try read { db in
            var graph = ActorGraph()
            var members: [Int64: ActorID] = [:]
            for (id, number) in try Self.add(actors: ids, to: &graph, db, path: url.path) { members[number] = id }
            // Each member's out-edges, kept when the other end is a member too: every edge
            // between members is some member's out-edge.
            let relationStatement = try db.makeStatement(sql: "SELECT number, kind, object FROM relation WHERE subject = ?")
            let evidenceStatement = try Self.evidenceStatement(db)
            for (number, subject) in members.sorted(by: { $0.key < $1.key }) {
                for row in try Row.fetchAll(relationStatement, arguments: [number]) {
                    guard let object = members[row[2]] else { continue }
                    let relation: Int64 = row[0]
                    let kind = try Self.relationKind(row[1], of: "relation \(relation)", path: url.path)
                    try graph.relate(subject, kind, object, evidence: Self.evidence(of: relation, evidenceStatement))
                }
            }
            return graph
        }
    }

    /// Every actor, without relations: what name resolution needs when an exact name does not
    /// answer (parts of names, suggestions).
    public func actorsOnly() throws -> ActorGraph {
        try read { db in
            do {
                return try ActorGraph(actors: try Self.actors(db, path: url.path), relations: [])
            } catch let error as StoreError {
                throw error
            } catch {
                throw StoreError.damaged(path: url.path, detail: "\(error)")
            }
        }
    }

    // MARK: Internals

    private func read<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try queue.read(body)
        } catch {
            throw StoreError.wrap(error, path: url.path)
        }
    }

    /// Refuses a file that is not a store of a schema this version knows.
    private func check() throws {
        let path = url.path
        do {
            try queue.read { db in
                let application = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
                guard application == StoreSchema.applicationID else { throw StoreError.foreign(path: path) }
                let migrator = StoreSchema.migrator
                if try migrator.hasBeenSuperseded(db) {
                    let unknown = try migrator.appliedIdentifiers(db).subtracting(migrator.migrations).sorted()
                    throw StoreError.newerSchema(path: path, migrations: unknown)
                }
                // A store of an older schema is read as it is (readers use no table or column a
                // later migration adds) and migrated when opened for writing.
                guard try !migrator.appliedIdentifiers(db).isEmpty else {
                    throw StoreError.damaged(path: path, detail: "its schema is incomplete")
                }
            }
        } catch {
            throw StoreError.wrap(error, path: path)
        }
    }

    /// Replaces the kept aggregation with `data`, for the generation just written.
    private static func writeAggregation(_ data: Data?, in db: Database) throws {
        try db.execute(sql: "DELETE FROM aggregation")
        guard let data else { return }
        try db.execute(sql: """
            INSERT INTO aggregation (generation, data) VALUES ((SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'generation'), ?)
            """, arguments: [data])
    }

    private static func writePersonAnswers(_ data: Data?, in db: Database) throws {
        try db.execute(sql: "DELETE FROM person_index")
        guard let data else { return }
        try db.execute(sql: """
            INSERT INTO person_index (generation, answers) VALUES ((SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'generation'), ?)
            """, arguments: [data])
    }

    /// Writes `documents`' rows (a document of the same name replaced) and the texts they carry
    /// (once per content hash). A text no document has the hash of any more (a document's text
    /// replaced under its name) is deleted; a `fresh` store has no rows to replace.
    private static func insert(_ documents: [StoredDocument], into db: Database, fresh: Bool = false) throws {
        let statement = try db.makeStatement(sql: """
            INSERT INTO document (name, content_hash, published, source, title, findings, file_size, file_modified, persons, lookups)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT(name) DO UPDATE SET content_hash = excluded.content_hash, published = excluded.published,
                source = excluded.source, title = excluded.title, findings = excluded.findings,
                file_size = excluded.file_size, file_modified = excluded.file_modified, persons = excluded.persons,
                lookups = excluded.lookups
            """)
        let text = try db.makeStatement(sql: "INSERT OR IGNORE INTO text (content_hash, data) VALUES (?, ?)")
        let previous = fresh ? nil : try db.makeStatement(sql: "SELECT content_hash FROM document WHERE name = ?")
        var replaced = Set<String>()
        for d in documents {
            if let previous, let hash = try String.fetchOne(previous, arguments: [d.name]), hash != d.contentHash {
                replaced.insert(hash)
            }
            try statement.execute(arguments: [d.name, d.contentHash, d.published, d.source, d.title, d.findings, d.stamp?.size, d.stamp?.modified, d.persons, d.lookups])
            if let data = d.text { try text.execute(arguments: [d.contentHash, data]) }
        }
        for hash in replaced.sorted() {
            try db.execute(sql: "DELETE FROM text WHERE content_hash = ? AND NOT EXISTS (SELECT 1 FROM document WHERE content_hash = ?)", arguments: [hash, hash])
        }
    }

    /// Replaces the actors, relations and snapshot with `graph`'s, and the evidence rows of each
    /// document whose evidence differs from what its rows were written from (by
    /// `document.evidence_digest`); bumps the generation.
    ///
    /// An update changes few documents' evidence, and the evidence is nearly all of a store's
    /// graph: rewriting only those documents' rows is what keeps an update from costing a full
    /// write. Rows of unchanged documents keep their content; only their relation numbers are
    /// moved when edges before theirs came or went.
    private static func writeGraph(_ graph: ActorGraph, in db: Database, changed: Set<String>? = nil) throws {
        // Kept evidence rows point at relation numbers while the relation table is replaced: the
        // references are checked when the transaction commits (and a broken one fails it).
        try db.execute(sql: "PRAGMA defer_foreign_keys = ON")
        let relations = graph.relations
        let parts = IndexSnapshot.Parts(graph)
        var numbers: [EdgeKey: Int] = [:]
        for (number, relation) in relations.enumerated() { numbers[relation.key] = number }
        // The edge each relation number stood for, read before the table is replaced.
        var renumbered: [(old: Int64, new: Int64)] = []
        let old = try Row.fetchCursor(db, sql: """
            SELECT r.number, s.id, r.kind, o.id FROM relation r JOIN actor s ON s.number = r.subject JOIN actor o ON o.number = r.object
            """)
        while let row = try old.next() {
            let number: Int64 = row[0]
            // A vanished edge's rows belong to documents whose evidence changed: rewritten below.
            guard let kind = RelationKind(rawValue: row[2]), let now = numbers[EdgeKey(ActorID(row[1] as String), kind, ActorID(row[3] as String))] else {
                continue
            }
            if Int64(now) != number { renumbered.append((number, Int64(now))) }
        }
        // Tables whose rows come out the same are left as they are: deleting a relation row (the
        // parent of evidence rows) and inserting it again makes SQLite count its evidence rows twice
        // for the deferred foreign keys, a walk over the whole evidence index on every update.
        try db.execute(sql: "DELETE FROM snapshot")
        let actorRows = graph.actors.enumerated().map { number, actor in
            ActorRow(number: Int64(number), id: actor.id.rawValue, name: actor.name, kind: actor.kind.rawValue, place: actor.place, date: actor.date)
        }
        let nameRows = graph.actors.enumerated().flatMap { number, actor in
            actor.names.enumerated().map { i, name in NameRow(actor: Int64(number), name: name, nameKey: NameKey.of(name), isAlias: i > 0) }
        }
        let relationRows = relations.enumerated().map { number, relation in
            RelationRow(number: Int64(number), subject: Int64(parts.sources[number]), kind: relation.kind.rawValue,
                        object: Int64(parts.targets[number]), support: Int64(relation.support))
        }
        let oldRelations = try RelationRow.all(db)
        // Kept when every row but `support` is the same (each number the same edge between the same
        // actor numbers): only the supports that changed are written.
        let keepsRelations = oldRelations.count == relationRows.count && zip(oldRelations, relationRows).allSatisfy { $0.sameEdge(as: $1) }
        if !keepsRelations { try db.execute(sql: "DELETE FROM relation") }
        if try ActorRow.all(db) != actorRows || NameRow.all(db) != nameRows {
            try db.execute(sql: "DELETE FROM actor_name")
            try db.execute(sql: "DELETE FROM actor")
            let actorStatement = try db.makeStatement(sql: "INSERT INTO actor (number, id, name, kind, place, date) VALUES (?, ?, ?, ?, ?, ?)")
            for row in actorRows {
                try actorStatement.execute(arguments: [row.number, row.id, row.name, row.kind, row.place, row.date])
            }
            let nameStatement = try db.makeStatement(sql: "INSERT INTO actor_name (actor, name, name_key, is_alias) VALUES (?, ?, ?, ?)")
            for row in nameRows {
                try nameStatement.execute(arguments: [row.actor, row.name, row.nameKey, row.isAlias])
            }
        }
        if keepsRelations {
            let supportStatement = try db.makeStatement(sql: "UPDATE relation SET support = ? WHERE number = ?")
            for (old, row) in zip(oldRelations, relationRows) where old.support != row.support {
                try supportStatement.execute(arguments: [row.support, row.number])
            }
        } else {
            let relationStatement = try db.makeStatement(sql: "INSERT INTO relation (number, subject, kind, object, support) VALUES (?, ?, ?, ?, ?)")
            for row in relationRows {
                try relationStatement.execute(arguments: [row.number, row.subject, row.kind, row.object, row.support])
            }
        }
        if !renumbered.isEmpty {
            try db.execute(sql: "CREATE TEMP TABLE renumbered (old INTEGER PRIMARY KEY, new INTEGER NOT NULL)")
            let statement = try db.makeStatement(sql: "INSERT INTO renumbered (old, new) VALUES (?, ?)")
            for (old, new) in renumbered { try statement.execute(arguments: [old, new]) }
            // One statement reads every old number before any row moves, so numbers may swap.
            try db.execute(sql: """
                UPDATE evidence SET relation = (SELECT new FROM renumbered WHERE old = evidence.relation)
                WHERE relation IN (SELECT old FROM renumbered)
                """)
            try db.execute(sql: "DROP TABLE renumbered")
        }
        try writeEvidence(relations, in: db, changed: changed)
        let generation = (try Int.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'generation'") ?? 0) + 1
        try db.execute(sql: "INSERT OR REPLACE INTO meta (key, value) VALUES ('generation', ?)", arguments: [String(generation)])
        try db.execute(sql: """
            INSERT INTO snapshot (generation, node_count, edge_count, ids, sources, targets, kinds) VALUES (?, ?, ?, ?, ?, ?, ?)
            """, arguments: [
                generation, parts.ids.count, parts.sources.count, parts.idBlob,
                IndexSnapshot.Parts.blob(parts.sources), IndexSnapshot.Parts.blob(parts.targets), Data(parts.kinds),
            ])
    }

    /// Rewrites the evidence rows of every document whose evidence in `relations` (numbered by
    /// position) has another digest than its rows were written from, and records the digests;
    /// only the documents in `changed` when it is given (the others' rows are known to be current).
    private static func writeEvidence(_ relations: [Relation], in db: Database, changed: Set<String>?) throws {
        // Each document's rows as places in `relations` (relation number, position in its
        // evidence), read in place: copying every item into per-document lists, and again into
        // the digest's input, was half of this function's time on a large corpus.
        var byDocument: [String: [(number: Int32, index: Int32)]] = [:]
        // Whether a document is in `changed`, asked once per document: its runs are found by
        // number (a copy of a name decoded once is found by its storage, without hashing), where
        // asking the set for every run hashed the name a hundred thousand times on a large corpus.
        var names = UTF8Interner(), inChanged: [Bool] = []
        func isChanged(_ name: String) -> Bool {
            guard let changed else { return true }
            let number = names.number(name)
            if number == inChanged.count { inChanged.append(changed.contains(name)) }
            return inChanged[number]
        }
        // A few documents changed: each one's run in an edge's evidence (sorted by document) is
        // found by halving, where looking up every item's name read the whole graph's evidence.
        let changedNames = changed.map { Array($0).sorted() } ?? []
        for number in relations.indices {
            let evidence = relations[number].evidence
            if changed != nil {
                for name in changedNames {
                    let run = Self.run(of: name, in: evidence)
                    if !run.isEmpty { byDocument[name, default: []].append(contentsOf: run.map { (Int32(number), Int32($0)) }) }
                }
                continue
            }
            var start = 0
            while start < evidence.count {
                // An edge's evidence is sorted by document: one lookup per run of one document.
                var end = start + 1
                while end < evidence.count, evidence[end].doc == evidence[start].doc { end += 1 }
                if isChanged(evidence[start].doc) {
                    byDocument[evidence[start].doc, default: []].append(contentsOf: (start..<end).map { (Int32(number), Int32($0)) })
                }
                start = end
            }
        }
        var digests: [String: String?] = [:]
        if let changed {
            // Only these documents' rows can be rewritten: their digests alone are read.
            let statement = try db.makeStatement(sql: "SELECT evidence_digest FROM document WHERE name = ?")
            for name in changed {
                if let row = try Row.fetchOne(statement, arguments: [name]) { digests[name] = row[0] as String? }
            }
        } else {
            for row in try Row.fetchAll(db, sql: "SELECT name, evidence_digest FROM document") {
                digests[row[0] as String] = row[1] as String?
            }
        }
        // Documents with rows in the table that the graph no longer gives evidence to (their
        // digest is of nothing); documents the table does not list are rewritten every time.
        if changed == nil {
            for name in try String.fetchAll(db, sql: "SELECT DISTINCT document FROM evidence") where byDocument[name] == nil {
                byDocument[name] = []
            }
        } else {
            for name in changed ?? [] where byDocument[name] == nil { byDocument[name] = [] }
        }
        let relationKeys = relations.map { [$0.subject.rawValue, $0.kind.rawValue, $0.object.rawValue] }
        let deleteStatement = try db.makeStatement(sql: "DELETE FROM evidence WHERE document = ?")
        let insertStatement = try db.makeStatement(sql: """
            INSERT INTO evidence (relation, document, sentence, quote, start, "end", rule, sentence_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let digestStatement = try db.makeStatement(sql: "UPDATE document SET evidence_digest = ? WHERE name = ?")
        for (name, rows) in byDocument.sorted(by: { $0.key < $1.key }) {
            var hasher = EvidenceDigest.WordHasher()
            for (number, index) in rows { hasher.row(edge: relationKeys[Int(number)], relations[Int(number)].evidence[Int(index)]) }
            let digest = hasher.hex()
            if let stored = digests[name], stored == digest { continue }
            try deleteStatement.execute(arguments: [name])
            for (number, index) in rows {
                let e = relations[Int(number)].evidence[Int(index)]
                try insertStatement.execute(arguments: [Int(number), e.doc, e.sentence, e.quote, e.start, e.end, e.rule, e.sentenceKey])
            }
            try digestStatement.execute(arguments: [digest, name])
        }
    }

    /// The positions of the items of `evidence` (sorted, as an edge's is) whose document is
    /// `name`, as `==` compares names.
    static func run(of name: String, in evidence: [Evidence]) -> Range<Int> {
        var low = 0, high = evidence.count
        while low < high {
            let middle = (low + high) / 2
            if evidence[middle].doc < name { low = middle + 1 } else { high = middle }
        }
        var end = low
        while end < evidence.count, evidence[end].doc == name { end += 1 }
        return low..<end
    }

    private static func actors(_ db: Database, path: String) throws -> [Actor] {
        var aliases: [Int64: [String]] = [:]
        let names = try Row.fetchCursor(db, sql: "SELECT actor, name FROM actor_name WHERE is_alias")
        while let row = try names.next() { aliases[row[0], default: []].append(row[1]) }
        var actors: [Actor] = []
        let rows = try Row.fetchCursor(db, sql: "SELECT number, id, name, kind, place, date FROM actor ORDER BY number")
        while let row = try rows.next() {
            actors.append(try actor(row, aliases: aliases[row[0]] ?? [], path: path))
        }
        return actors
    }

    /// Adds the actors with these ids that the store has to `graph`: each id with its row number.
    private static func add(actors ids: [ActorID], to graph: inout ActorGraph, _ db: Database, path: String) throws -> [(ActorID, Int64)] {
        let statement = try db.makeStatement(sql: "SELECT number, id, name, kind, place, date FROM actor WHERE id = ?")
        var found: [(ActorID, Int64)] = []
        for id in Set(ids).sorted() {
            guard let row = try Row.fetchOne(statement, arguments: [id.rawValue]) else { continue }
            let number: Int64 = row[0]
            found.append((id, number))
            try graph.add(try actor(row, aliases: aliases(db, of: number), path: path))
        }
        return found
    }

    /// A relation row's kind; `relation` names the row in the error ("relation 12").
    private static func relationKind(_ name: String, of relation: String, path: String) throws -> RelationKind {
        guard let kind = RelationKind(rawValue: name) else {
            throw StoreError.damaged(path: path, detail: "\(relation) has the unknown kind \(name)")
        }
        return kind
    }

    private static func evidenceStatement(_ db: Database) throws -> Statement {
        try db.makeStatement(sql: "SELECT document, sentence, quote, start, \"end\", rule FROM evidence WHERE relation = ?")
    }

    /// The evidence of relation `number`, read with ``evidenceStatement(_:)``.
    private static func evidence(of number: Int64, _ statement: Statement) throws -> [Evidence] {
        try Row.fetchAll(statement, arguments: [number]).map {
            Evidence(doc: $0[0], sentence: $0[1], quote: $0[2], start: $0[3], end: $0[4], rule: $0[5])
        }
    }

    private static func aliases(_ db: Database, of number: Int64) throws -> [String] {
        try String.fetchAll(db, sql: "SELECT name FROM actor_name WHERE actor = ? AND is_alias", arguments: [number])
    }

    private static func actor(_ row: Row, aliases: [String], path: String) throws -> Actor {
        let kindName: String = row[3]
        guard let kind = ActorKind(rawValue: kindName) else {
            throw StoreError.damaged(path: path, detail: "actor \(row[1] as String) has the unknown kind \(kindName)")
        }
        return Actor(id: ActorID(row[1] as String), name: row[2], kind: kind, aliases: aliases, place: row[4], date: row[5])
    }

    /// The graph's actors and edges without evidence, for a snapshot of a generation that has none.
    private static func graphWithoutEvidence(_ db: Database, path: String) throws -> ActorGraph {
        var relations: [Relation] = []
        let rows = try Row.fetchCursor(db, sql: """
            SELECT s.id, r.kind, o.id FROM relation r JOIN actor s ON s.number = r.subject JOIN actor o ON o.number = r.object
            """)
        while let row = try rows.next() {
            let kind = try relationKind(row[1], of: "a relation", path: path)
            relations.append(Relation(ActorID(row[0] as String), kind, ActorID(row[2] as String)))
        }
        do {
            return try ActorGraph(actors: try actors(db, path: path), relations: relations)
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError.damaged(path: path, detail: "\(error)")
        }
    }
}

/// An actor table row, as written and as read back (strings compared by their bytes: a row that
/// reads back canonically equal but spelled otherwise is written again).
private struct ActorRow: Equatable {
    var number: Int64
    var id: String
    var name: String
    var kind: String
    var place: String?
    var date: String?

    static func all(_ db: Database) throws -> [ActorRow] {
        try Row.fetchAll(db, sql: "SELECT number, id, name, kind, place, date FROM actor ORDER BY number").map {
            ActorRow(number: $0[0], id: $0[1], name: $0[2], kind: $0[3], place: $0[4], date: $0[5])
        }
    }

    static func == (a: ActorRow, b: ActorRow) -> Bool {
        a.number == b.number && sameBytes(a.id, b.id) && sameBytes(a.name, b.name) && sameBytes(a.kind, b.kind)
            && sameBytes(a.place, b.place) && sameBytes(a.date, b.date)
    }
}

/// An actor_name row, in the table's order (its rowid: the order written).
private struct NameRow: Equatable {
    var actor: Int64
    var name: String
    var nameKey: String
    var isAlias: Bool

    static func all(_ db: Database) throws -> [NameRow] {
        try Row.fetchAll(db, sql: "SELECT actor, name, name_key, is_alias FROM actor_name ORDER BY rowid").map {
            NameRow(actor: $0[0], name: $0[1], nameKey: $0[2], isAlias: $0[3])
        }
    }

    static func == (a: NameRow, b: NameRow) -> Bool {
        a.actor == b.actor && a.isAlias == b.isAlias && sameBytes(a.name, b.name) && sameBytes(a.nameKey, b.nameKey)
    }
}

/// A relation row.
private struct RelationRow {
    var number: Int64
    var subject: Int64
    var kind: String
    var object: Int64
    var support: Int64

    static func all(_ db: Database) throws -> [RelationRow] {
        try Row.fetchAll(db, sql: "SELECT number, subject, kind, object, support FROM relation ORDER BY number").map {
            RelationRow(number: $0[0], subject: $0[1], kind: $0[2], object: $0[3], support: $0[4])
        }
    }

    /// Whether the two rows are the same edge under the same number (support aside).
    func sameEdge(as other: RelationRow) -> Bool {
        number == other.number && subject == other.subject && object == other.object && sameBytes(kind, other.kind)
    }
}

/// Whether two optional strings are both nil or have the same UTF-8 bytes.
private func sameBytes(_ a: String?, _ b: String?) -> Bool {
    guard let a, let b else { return a == nil && b == nil }
    return UTF8Interner.sameBytes(a, b)
}

/// How a store's graph was made.
public enum StoreOrigin: String, Sendable {
    /// By `build` from articles: each document's findings are kept, so it can be updated.
    case build
    /// By `load` from a graph file: the graph alone, no findings.
    case load
}

extension StoreError {
    /// `error` as a store error: SQLite's "not a database" and other failures get the path.
    static func wrap(_ error: any Error, path: String) -> StoreError {
        if let error = error as? StoreError { return error }
        if let error = error as? DatabaseError {
            if error.resultCode == .SQLITE_NOTADB || error.resultCode == .SQLITE_CORRUPT {
                return .notADatabase(path: path)
            }
            if error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED {
                return .busy(path: path)
            }
            return .database(path: path, message: error.message ?? "\(error.resultCode)")
        }
        return .database(path: path, message: "\(error)")
    }
}
