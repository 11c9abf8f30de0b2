import ActorGraphModel
import Foundation
import GRDB
import Testing

@testable import ActorGraphStore

/// An update rewrites only the evidence rows of documents whose evidence changed: whatever
/// changed (edges added before others, edges gone, a document's evidence moved), the store holds
/// the rows a store created from the new graph holds.
@Suite struct StoreUpdateTests {
    /// The rows of every graph table, as comparable text, and whether every reference holds.
    static func rows(_ url: URL) throws -> [String] {
        let queue = try DatabaseQueue(path: url.path)
        defer { try? queue.close() }
        return try queue.read { db in
            var out: [String] = []
            for sql in [
                #"SELECT relation, document, sentence, quote, start, "end", rule, sentence_key FROM evidence ORDER BY 1, 2, 3, 5, 6, 7"#,
                "SELECT number, subject, kind, object, support FROM relation ORDER BY number",
                "SELECT number, id, name, kind, place, date FROM actor ORDER BY number",
                "SELECT actor, name, name_key, is_alias FROM actor_name ORDER BY 1, 2",
                "SELECT node_count, edge_count, ids, sources, targets, kinds FROM snapshot",
            ] {
                out += try Row.fetchAll(db, sql: sql).map(\.description)
            }
            #expect(try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").isEmpty)
            return out
        }
    }

    /// `graph` written over a store of `before` by an update, and by a fresh create.
    static func updated(from before: ActorGraph, to graph: ActorGraph) throws -> (update: URL, fresh: URL) {
        let folder = try StoreFixtures.folder()
        let (update, fresh) = (folder.appendingPathComponent("update.sqlite"), folder.appendingPathComponent("fresh.sqlite"))
        let documents = ["a.txt", "b.txt"].map { StoredDocument(name: $0, contentHash: $0) }
        try GraphStore.create(at: update, graph: before, documents: documents)
        try GraphStore.open(update, writable: true).update(adding: [StoredDocument(name: "c.txt", contentHash: "c")], graph: graph)
        try GraphStore.create(at: fresh, graph: graph, documents: documents + [StoredDocument(name: "c.txt", contentHash: "c")])
        #expect(try GraphStore.open(update).graph() == graph)
        return (update, fresh)
    }

    @Test func anEdgeBeforeTheOthersMovesTheirNumbers() throws {
        let before = try StoreFixtures.graph()
        var graph = before
        // "aaa" sorts first: every relation's number moves by one.
        try graph.add(Actor(name: "Aaa", kind: .state))
        try graph.relate(ActorID.forName("Aaa"), .backs, StoreFixtures.assad.id, evidence: [Evidence(doc: "c.txt", quote: "Aaa backs Assad.")])
        let (update, fresh) = try Self.updated(from: before, to: graph)
        #expect(try Self.rows(update) == (try Self.rows(fresh)))
    }

    @Test func anEdgeThatIsGoneTakesItsRowsWithIt() throws {
        let before = try StoreFixtures.graph()
        var graph = ActorGraph()
        for actor in before.actors { try graph.add(actor) }
        // Every relation but the first, and a.txt's evidence of one moved to another edge.
        for relation in before.relations.dropFirst() { try graph.relate(relation.subject, relation.kind, relation.object, evidence: relation.evidence) }
        try graph.relate(StoreFixtures.syria.id, .opposes, StoreFixtures.usa.id, evidence: [Evidence(doc: "a.txt", sentence: 7, quote: "They agreed.")])
        let (update, fresh) = try Self.updated(from: before, to: graph)
        #expect(try Self.rows(update) == (try Self.rows(fresh)))
    }

    @Test func theSameQuoteUnderAnotherRuleIsRewritten() throws {
        let before = try StoreFixtures.graph()
        var graph = ActorGraph()
        for actor in before.actors { try graph.add(actor) }
        for relation in before.relations {
            try graph.relate(relation.subject, relation.kind, relation.object, evidence: relation.evidence.map { e in
                var e = e
                if e.doc == "b.txt" { e.rule = "relations.rules:99" }
                return e
            })
        }
        let (update, fresh) = try Self.updated(from: before, to: graph)
        #expect(try Self.rows(update) == (try Self.rows(fresh)))
    }

    /// The actor names in the order the table holds them (its rowids), which `rows` does not show.
    static func nameOrder(_ url: URL) throws -> [String] {
        let queue = try DatabaseQueue(path: url.path)
        defer { try? queue.close() }
        return try queue.read { db in try Row.fetchAll(db, sql: "SELECT rowid, actor, name, name_key, is_alias FROM actor_name ORDER BY rowid").map(\.description) }
    }

    /// An update that only adds evidence to edges already there keeps the actor and relation rows
    /// (only a support that changed is written), and the store reads as one created afresh.
    @Test func evidenceAddedToTheSameEdgesKeepsTheirRows() throws {
        let before = try StoreFixtures.graph()
        var graph = before
        try graph.relate(StoreFixtures.russia.id, .backs, StoreFixtures.assad.id, evidence: [Evidence(doc: "c.txt", sentence: 1, quote: "Moscow stands by Assad.")])
        try graph.relate(StoreFixtures.usa.id, .opposes, StoreFixtures.assad.id, evidence: [Evidence(doc: "c.txt", sentence: 3, quote: "Washington condemned Assad.")])
        let (update, fresh) = try Self.updated(from: before, to: graph)
        #expect(try Self.rows(update) == (try Self.rows(fresh)))
        #expect(try Self.nameOrder(update) == (try Self.nameOrder(fresh)))
    }

    /// With the changed documents named (as a build names the new ones), the same rows.
    @Test func anUpdateNamingTheChangedDocumentsWritesTheSameRows() throws {
        let before = try StoreFixtures.graph()
        var graph = before
        try graph.relate(StoreFixtures.russia.id, .backs, StoreFixtures.assad.id, evidence: [Evidence(doc: "c.txt", sentence: 1, quote: "Moscow stands by Assad.")])
        let folder = try StoreFixtures.folder()
        let (update, fresh) = (folder.appendingPathComponent("update.sqlite"), folder.appendingPathComponent("fresh.sqlite"))
        let documents = ["a.txt", "b.txt"].map { StoredDocument(name: $0, contentHash: $0) }
        try GraphStore.create(at: update, graph: before, documents: documents)
        try GraphStore.open(update, writable: true).update(adding: [StoredDocument(name: "c.txt", contentHash: "c")], graph: graph, changed: ["c.txt"])
        try GraphStore.create(at: fresh, graph: graph, documents: documents + [StoredDocument(name: "c.txt", contentHash: "c")])
        #expect(try Self.rows(update) == (try Self.rows(fresh)))
        #expect(try GraphStore.open(update).graph() == graph)
    }

    /// Changed documents that sort before, between and after the stored ones, several at once,
    /// one of them on two edges: their rows are found in each edge's sorted evidence by halving
    /// (``GraphStore/run(of:in:)``), and the store holds a fresh store's rows.
    @Test(arguments: [["0.txt"], ["ab.txt"], ["c.txt"], ["0.txt", "ab.txt", "c.txt"]])
    func changedDocumentsAnywhereInTheOrderWriteTheSameRows(_ names: [String]) throws {
        let before = try StoreFixtures.graph()
        var graph = before
        for (i, name) in names.enumerated() {
            try graph.relate(StoreFixtures.russia.id, .backs, StoreFixtures.assad.id, evidence: [Evidence(doc: name, sentence: i, quote: "Moscow stands by Assad \(i).")])
        }
        if let name = names.last {
            try graph.relate(StoreFixtures.usa.id, .opposes, StoreFixtures.assad.id, evidence: [Evidence(doc: name, sentence: 9, quote: "Washington opposes Assad.")])
        }
        let folder = try StoreFixtures.folder()
        let (update, fresh) = (folder.appendingPathComponent("update.sqlite"), folder.appendingPathComponent("fresh.sqlite"))
        let documents = ["a.txt", "b.txt"].map { StoredDocument(name: $0, contentHash: $0) }
        let added = names.map { StoredDocument(name: $0, contentHash: $0) }
        try GraphStore.create(at: update, graph: before, documents: documents)
        try GraphStore.open(update, writable: true).update(adding: added, graph: graph, changed: Set(names))
        try GraphStore.create(at: fresh, graph: graph, documents: documents + added)
        #expect(try Self.rows(update) == (try Self.rows(fresh)))
        #expect(try GraphStore.open(update).graph() == graph)
    }

    /// A document's run in a sorted evidence list is every item `==` gives that document, none
    /// when it has none (before the first, between two, after the last), canonically equal
    /// spellings together.
    @Test func aDocumentsRunIsItsItemsInASortedList() {
        let docs = ["a.txt", "b.txt", "b.txt", "caf\u{E9}.txt", "cafe\u{301}.txt", "d.txt", "d.txt", "d.txt"]
        let evidence = Evidence.sortedUnique(docs.enumerated().map { Evidence(doc: $1, sentence: $0, quote: "q") })
        for name in ["0.txt", "a.txt", "b.txt", "bb.txt", "caf\u{E9}.txt", "cafe\u{301}.txt", "d.txt", "z.txt"] {
            let expected = evidence.indices.filter { evidence[$0].doc == name }
            #expect(Array(GraphStore.run(of: name, in: evidence)) == expected, "\(name)")
        }
        #expect(GraphStore.run(of: "a.txt", in: []).isEmpty)
    }

    /// A new alias rewrites the actor names (and the actors), in the order a fresh store has them.
    @Test func aNewAliasRewritesTheNames() throws {
        let before = try StoreFixtures.graph()
        var graph = before
        try graph.add(Actor(name: "Syria", kind: .state, aliases: ["Damascus"]))
        let (update, fresh) = try Self.updated(from: before, to: graph)
        #expect(try Self.rows(update) == (try Self.rows(fresh)))
        #expect(try Self.nameOrder(update) == (try Self.nameOrder(fresh)))
    }

    /// A name spelled with other bytes (a decomposed accent) is written again, though Swift calls
    /// the two spellings equal.
    @Test func aNameRespelledIsWrittenAgain() throws {
        var before = ActorGraph(), after = ActorGraph()
        try before.add(Actor(id: ActorID("lome"), name: "Lom\u{E9}", kind: .state))
        try after.add(Actor(id: ActorID("lome"), name: "Lome\u{301}", kind: .state))
        let (update, _) = try Self.updated(from: before, to: after)
        let queue = try DatabaseQueue(path: update.path)
        defer { try? queue.close() }
        let name = try queue.read { db in try Data.fetchOne(db, sql: "SELECT CAST(name AS BLOB) FROM actor") }
        #expect(name == Data("Lome\u{301}".utf8))
    }

    /// The rows of a document whose evidence did not change are left where they are.
    @Test func rowsOfUnchangedDocumentsAreNotRewritten() throws {
        let before = try StoreFixtures.graph()
        var graph = before
        try graph.relate(StoreFixtures.usa.id, .opposes, StoreFixtures.assad.id, evidence: [Evidence(doc: "c.txt", quote: "The US opposes Assad.")])
        let folder = try StoreFixtures.folder()
        let url = folder.appendingPathComponent("graph.sqlite")
        try GraphStore.create(at: url, graph: before, documents: ["a.txt", "b.txt"].map { StoredDocument(name: $0, contentHash: $0) })
        func rowids() throws -> [Int64] {
            let queue = try DatabaseQueue(path: url.path)
            defer { try? queue.close() }
            return try queue.read { db in try Int64.fetchAll(db, sql: "SELECT rowid FROM evidence WHERE document != 'c.txt' ORDER BY rowid") }
        }
        let kept = try rowids()
        try GraphStore.open(url, writable: true).update(adding: [StoredDocument(name: "c.txt", contentHash: "c")], graph: graph)
        #expect(try rowids() == kept)
        #expect(try GraphStore.open(url).graph() == graph)
    }

    /// A store of schema v1 (no evidence digests) is read as it is, and migrated when updated.
    @Test func aStoreOfSchemaV1IsReadAndMigratedByAnUpdate() throws {
        let url = try StoreFixtures.folder().appendingPathComponent("graph.sqlite")
        let before = try StoreFixtures.graph()
        try GraphStore.create(at: url, graph: before, documents: ["a.txt", "b.txt"].map { StoredDocument(name: $0, contentHash: $0) })
        let queue = try DatabaseQueue(path: url.path)
        try queue.write { db in
            try db.execute(sql: "DROP TABLE aggregation")
            try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier = 'v4'")
            try db.execute(sql: "DROP TABLE drawing")
            try db.execute(sql: "ALTER TABLE document DROP COLUMN file_size")
            try db.execute(sql: "ALTER TABLE document DROP COLUMN file_modified")
            try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier = 'v3'")
            try db.execute(sql: "DROP INDEX evidence_by_document")
            try db.execute(sql: "ALTER TABLE document DROP COLUMN evidence_digest")
            try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier = 'v2'")
        }
        try queue.close()
        #expect(try GraphStore.open(url).graph() == before)
        var graph = before
        try graph.relate(StoreFixtures.usa.id, .opposes, StoreFixtures.assad.id, evidence: [Evidence(doc: "c.txt", quote: "The US opposes Assad.")])
        try GraphStore.open(url, writable: true).update(adding: [StoredDocument(name: "c.txt", contentHash: "c")], graph: graph)
        #expect(try GraphStore.open(url).graph() == graph)
        let migrated = try DatabaseQueue(path: url.path)
        defer { try? migrated.close() }
        #expect(try migrated.read { db in try StoreSchema.migrator.hasCompletedMigrations(db) })
    }
}
