import ActorGraphModel
import Foundation
import GRDB
import Testing

@testable import ActorGraphStore

/// Schema v3: the stamps that let an update trust a stored hash without reading the file, and
/// the kept drawing that lets it skip Graphviz.
@Suite struct StoreStampTests {
    static let stamp = FileStamp(size: 120, modified: 1_700_000_000_123_456_789)

    static func store(_ documents: [StoredDocument]) throws -> (URL, GraphStore) {
        let url = try StoreFixtures.folder().appendingPathComponent("graph.sqlite")
        try GraphStore.create(at: url, graph: try StoreFixtures.graph(), documents: documents)
        return (url, try GraphStore.open(url, writable: true))
    }

    @Test func stampsAreKeptWithTheDocumentsAndNilWhenUnknown() throws {
        let (_, store) = try Self.store([
            StoredDocument(name: "a.txt", contentHash: "ha", stamp: Self.stamp),
            StoredDocument(name: "b.txt", contentHash: "hb"),
        ])
        let records = try store.documentStamps()
        #expect(records.count == 2)
        #expect(records["a.txt"]?.contentHash == "ha")
        #expect(records["a.txt"]?.stamp == Self.stamp)
        #expect(records["b.txt"]?.contentHash == "hb")
        #expect(records["b.txt"]?.stamp == nil)
    }

    @Test func anUpdateReplacesADocumentsStampWithItsText() throws {
        let (_, store) = try Self.store([StoredDocument(name: "a.txt", contentHash: "ha", stamp: Self.stamp)])
        try store.update(adding: [StoredDocument(name: "a.txt", contentHash: "new")], graph: try StoreFixtures.graph())
        #expect(try store.documentStamps()["a.txt"]?.stamp == nil)
        #expect(try store.documentStamps()["a.txt"]?.contentHash == "new")
    }

    @Test func recordingStampsTouchesOnlyRowsWithTheSameText() throws {
        let (_, store) = try Self.store([
            StoredDocument(name: "a.txt", contentHash: "ha"),
            StoredDocument(name: "b.txt", contentHash: "hb", stamp: Self.stamp),
        ])
        let later = FileStamp(size: 120, modified: Self.stamp.modified + 5)
        try store.record(stamps: [("a.txt", "ha", later), ("b.txt", "other text", later), ("c.txt", "hc", later)])
        let records = try store.documentStamps()
        #expect(records["a.txt"]?.stamp == later)
        #expect(records["b.txt"]?.stamp == Self.stamp)
        #expect(records["c.txt"] == nil)
    }

    @Test func theLastDrawingOfEachFormatIsKeptUnderItsKey() throws {
        let (url, store) = try Self.store([])
        #expect(try store.drawing(format: "png") == nil)
        try store.save(drawing: Data([1, 2, 3]), format: "png", key: "k1")
        try store.save(drawing: Data([4]), format: "png", key: "k2")
        try store.save(drawing: Data([5]), format: "pdf", key: "k3")
        let png = try GraphStore.open(url).drawing(format: "png")
        #expect(png?.key == "k2")
        #expect(png?.data == Data([4]))
        #expect(try store.drawing(format: "pdf")?.data == Data([5]))
    }

    /// A v2 store (no stamps, no drawings) is read as it is, and migrated when opened to write.
    @Test func aStoreOfSchemaV2IsMigrated() throws {
        let (url, _) = try Self.store([StoredDocument(name: "a.txt", contentHash: "ha", stamp: Self.stamp)])
        let queue = try DatabaseQueue(path: url.path)
        try queue.write { db in
            try db.execute(sql: "DROP TABLE aggregation")
            try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier = 'v4'")
            try db.execute(sql: "DROP TABLE drawing")
            try db.execute(sql: "ALTER TABLE document DROP COLUMN file_size")
            try db.execute(sql: "ALTER TABLE document DROP COLUMN file_modified")
            try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier = 'v3'")
        }
        try queue.close()
        #expect(try GraphStore.open(url).documents().map(\.name) == ["a.txt"])
        let store = try GraphStore.open(url, writable: true)
        #expect(try store.documentStamps()["a.txt"]?.contentHash == "ha")
        #expect(try store.documentStamps()["a.txt"]?.stamp == nil)
        #expect(try store.drawing(format: "png") == nil)
    }

    @Test func aStampIsRecordedOnlyOnceTheFileHasSettled() {
        let now = Self.stamp.modified
        #expect(Self.stamp.settled(at: now) == nil)
        #expect(Self.stamp.settled(at: now + FileStamp.settle - 1) == nil)
        #expect(Self.stamp.settled(at: now + FileStamp.settle) == Self.stamp)
        // A file from the future (a clock that disagrees) is not trusted either.
        #expect(Self.stamp.settled(at: now - 10) == nil)
    }

    @Test func aFilesStampIsItsSizeAndNanosecondTime() throws {
        let url = try StoreFixtures.folder().appendingPathComponent("a.txt")
        try Data("twelve bytes".utf8).write(to: url)
        let time = Date(timeIntervalSince1970: 1_600_000_000.25)
        try FileManager.default.setAttributes([.modificationDate: time], ofItemAtPath: url.path)
        let stamp = try #require(FileStamp.of(path: url.path))
        #expect(stamp.size == 12)
        #expect(abs(stamp.modified - 1_600_000_000_250_000_000) < 1_000_000)
        #expect(FileStamp.of(path: url.path + ".missing") == nil)
        #expect(FileStamp.now() - stamp.modified > FileStamp.settle)
    }
}
