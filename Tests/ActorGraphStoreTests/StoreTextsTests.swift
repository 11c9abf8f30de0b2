import ActorGraphStore
import Foundation
import GRDB
import Testing

/// Schema v7: each document's text (once per content hash) and the questions its reading asked
/// of the person index, so that an update reads a stored document again without its file.
@Suite("Store texts")
struct StoreTextsTests {
    static func document(_ name: String, _ text: String, lookups: [UInt8] = [1]) -> StoredDocument {
        StoredDocument(name: name, contentHash: ContentHash.of(text), findings: Data([0]), lookups: Data(lookups), text: Data(text.utf8))
    }

    @Test func textsAreKeptOncePerHashWithEachDocumentsQuestions() throws {
        let url = try StoreFixtures.folder().appendingPathComponent("graph.sqlite")
        let graph = try StoreFixtures.graph()
        try GraphStore.create(at: url, graph: graph, documents: [Self.document("a.txt", "same", lookups: [1]), Self.document("b.txt", "same", lookups: [2])])
        let store = try GraphStore.open(url, writable: true)
        #expect(try store.texts([ContentHash.of("same"), ContentHash.of("absent")]) == [ContentHash.of("same"): Data("same".utf8)])
        #expect(try store.documentLookups() == ["a.txt": Data([1]), "b.txt": Data([2])])
        // A new document's text is added; a's replaced text stays while b has its hash, and goes
        // once b's is replaced too.
        try store.update(adding: [Self.document("c.txt", "new"), Self.document("a.txt", "edited a")], graph: graph)
        let hashes = Set(["same", "new", "edited a", "edited b"].map(ContentHash.of))
        #expect(try store.texts(hashes).count == 3)
        try store.update(adding: [Self.document("b.txt", "edited b")], graph: graph)
        #expect(try Set(store.texts(hashes).keys) == Set(["new", "edited a", "edited b"].map(ContentHash.of)))
        // A row written again without its text (read again from the store) keeps the stored one.
        var again = Self.document("c.txt", "new", lookups: [9])
        again.text = nil
        try store.update(adding: [again], graph: graph)
        #expect(try store.texts([ContentHash.of("new")]) == [ContentHash.of("new"): Data("new".utf8)])
        #expect(try store.documentLookups()["c.txt"] == Data([9]))
    }

    /// A v6 store (no questions, no texts) is read as it is and migrated when opened to be
    /// written: its documents have neither until written again.
    @Test func aStoreOfSchemaV6IsMigratedWithoutTextsOrQuestions() throws {
        let url = try StoreFixtures.folder().appendingPathComponent("graph.sqlite")
        try GraphStore.create(at: url, graph: try StoreFixtures.graph(), documents: [Self.document("a.txt", "text a")])
        let queue = try DatabaseQueue(path: url.path)
        try queue.write { db in
            try db.execute(sql: "ALTER TABLE document DROP COLUMN lookups")
            try db.execute(sql: "DROP TABLE text")
            try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier = 'v7'")
        }
        try queue.close()
        #expect(try GraphStore.open(url).documents().map(\.name) == ["a.txt"])
        let store = try GraphStore.open(url, writable: true)
        #expect(try store.documentLookups() == ["a.txt": nil])
        #expect(try store.texts([ContentHash.of("text a")]).isEmpty)
        try store.update(adding: [Self.document("b.txt", "text b")], graph: try StoreFixtures.graph())
        #expect(try store.texts([ContentHash.of("text b")]).count == 1)
    }
}
