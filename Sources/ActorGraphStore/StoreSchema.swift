import GRDB

/// The tables of a store and how each version of the schema is reached (docs/store.md describes
/// them). A store carries SQLite's `application_id` so that another program's database is
/// recognised as foreign rather than read or overwritten.
enum StoreSchema {
    /// "AGrS" — the `PRAGMA application_id` of every ActorGraph store.
    static let applicationID: Int32 = 0x4147_7253

    /// Every migration, oldest first. A store holding one not listed here was written by a newer
    /// ActorGraph and is refused.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: "PRAGMA application_id = \(applicationID)")
            // Key-value facts about the store: its generation (bumped by every write of the graph).
            try db.execute(sql: "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID")
            // One row per document taken in; `findings` is the extractor's reading of it, kept so
            // that a later update aggregates the whole corpus without reading its texts again.
            try db.execute(sql: """
                CREATE TABLE document (
                    name TEXT PRIMARY KEY,
                    content_hash TEXT NOT NULL,
                    published TEXT, source TEXT, title TEXT,
                    findings BLOB
                )
                """)
            try db.execute(sql: "CREATE INDEX document_by_hash ON document(content_hash)")
            // Actors numbered in id order: `number` is the node number of the snapshot's index.
            try db.execute(sql: """
                CREATE TABLE actor (
                    number INTEGER PRIMARY KEY,
                    id TEXT NOT NULL UNIQUE,
                    name TEXT NOT NULL, kind TEXT NOT NULL, place TEXT, date TEXT
                )
                """)
            // Every name an actor answers to (display name and aliases) under its comparison key.
            try db.execute(sql: """
                CREATE TABLE actor_name (
                    actor INTEGER NOT NULL REFERENCES actor(number),
                    name TEXT NOT NULL, name_key TEXT NOT NULL, is_alias INTEGER NOT NULL
                )
                """)
            try db.execute(sql: "CREATE INDEX actor_name_by_key ON actor_name(name_key)")
            try db.execute(sql: "CREATE INDEX actor_name_by_actor ON actor_name(actor)")
            // Edges in key order: `number` is the edge's position in the snapshot's edge list.
            try db.execute(sql: """
                CREATE TABLE relation (
                    number INTEGER PRIMARY KEY,
                    subject INTEGER NOT NULL REFERENCES actor(number),
                    kind TEXT NOT NULL,
                    object INTEGER NOT NULL REFERENCES actor(number),
                    support INTEGER NOT NULL
                )
                """)
            try db.execute(sql: "CREATE UNIQUE INDEX relation_by_ends ON relation(subject, object, kind)")
            // The sentences that state each edge; `sentence_key` is the normalised text that
            // duplicates share.
            try db.execute(sql: """
                CREATE TABLE evidence (
                    relation INTEGER NOT NULL REFERENCES relation(number),
                    document TEXT NOT NULL, sentence INTEGER NOT NULL, quote TEXT NOT NULL,
                    start INTEGER NOT NULL, "end" INTEGER NOT NULL, rule TEXT, sentence_key TEXT NOT NULL
                )
                """)
            try db.execute(sql: "CREATE INDEX evidence_by_relation ON evidence(relation)")
            // The query index's edge list and id table as blobs, for the generation it was made from.
            try db.execute(sql: """
                CREATE TABLE snapshot (
                    generation INTEGER NOT NULL,
                    node_count INTEGER NOT NULL, edge_count INTEGER NOT NULL,
                    ids BLOB NOT NULL, sources BLOB NOT NULL, targets BLOB NOT NULL, kinds BLOB NOT NULL
                )
                """)
        }
        migrator.registerMigration("v2") { db in
            // What the graph's evidence rows of each document were last written from, so that an
            // update rewrites the rows of the documents whose evidence changed and no others
            // (NULL: unknown, rewritten by the next write).
            try db.execute(sql: "ALTER TABLE document ADD COLUMN evidence_digest TEXT")
            try db.execute(sql: "CREATE INDEX evidence_by_document ON evidence(document)")
        }
        migrator.registerMigration("v3") { db in
            // The size and modification time (nanoseconds since 1970) of the document's file when
            // its hash was last taken: an update that finds both unchanged takes the stored hash
            // instead of reading and hashing the file again (NULL: hash it).
            try db.execute(sql: "ALTER TABLE document ADD COLUMN file_size INTEGER")
            try db.execute(sql: "ALTER TABLE document ADD COLUMN file_modified INTEGER")
            // The last diagram drawn in each format, under a key of everything that decides its
            // bytes, so that an update whose diagram would come out the same skips Graphviz.
            try db.execute(sql: "CREATE TABLE drawing (format TEXT PRIMARY KEY, key TEXT NOT NULL, data BLOB NOT NULL) WITHOUT ROWID")
        }
        migrator.registerMigration("v4") { db in
            // The aggregation of the stored documents' findings (AggregationArchive: the graph,
            // the corpus-wide facts its rules read, tallies for support and folding), for the
            // generation it was written with: an update that finds it current takes only the new
            // documents in. A store without one (older, or loaded) is aggregated from its findings.
            try db.execute(sql: "CREATE TABLE aggregation (generation INTEGER NOT NULL, data BLOB NOT NULL)")
        }
        migrator.registerMigration("v5") { db in
            // Where the pieces of an output file written from the graph of a generation lie
            // (graph.json's edges: NodeLinkLayout), with the digest of the file as it was put in
            // place: an update that finds the file unchanged copies its unchanged edges from it.
            try db.execute(sql: """
                CREATE TABLE output_layout (
                    name TEXT PRIMARY KEY, generation INTEGER NOT NULL, digest TEXT NOT NULL, layout BLOB NOT NULL
                ) WITHOUT ROWID
                """)
        }
        migrator.registerMigration("v6") { db in
            // Each document's titled persons as the corpus's person index reads them
            // (DocumentPersons), so that an update reads its new documents with the persons of
            // the whole corpus, as a full build does, and finds the stored documents whose
            // persons would resolve otherwise (NULL: unknown, as before v6).
            try db.execute(sql: "ALTER TABLE document ADD COLUMN persons BLOB")
            // Every answer the person index of the stored documents gives (PersonIndex.answers),
            // for the generation it was written with: an update whose corpus's index answers the
            // same reads no stored document again.
            try db.execute(sql: "CREATE TABLE person_index (generation INTEGER NOT NULL, answers BLOB NOT NULL)")
        }
        migrator.registerMigration("v7") { db in
            // The questions each document's reading asked of the corpus's person index
            // (PersonLookups): an update whose new documents change the index reads again only
            // the stored documents whose questions are answered otherwise (NULL: unknown, as
            // before v7: read again whenever the index changes).
            try db.execute(sql: "ALTER TABLE document ADD COLUMN lookups BLOB")
            // The documents' texts (UTF-8, as read), once per content hash, so that an update
            // reads a stored document again without its file: an update from a folder of new
            // documents alone too. A document stored before v7 has none.
            try db.execute(sql: "CREATE TABLE text (content_hash TEXT PRIMARY KEY, data BLOB NOT NULL)")
        }
        return migrator
    }
}
