import ActorGraphModel
import Foundation
import GRDB
import Testing

@testable import ActorGraphStore

@Suite("Opening a store")
struct StoreOpeningTests {
    @Test func aMissingFileIsReportedWithHowToMakeOne() throws {
        let url = try StoreFixtures.folder().appendingPathComponent("graph.sqlite")
        #expect(throws: StoreError.missing(path: url.path)) { try GraphStore.open(url) }
    }

    @Test func aFileThatIsNotSQLiteIsRefusedAndLeftAsItWas() throws {
        let url = try StoreFixtures.folder().appendingPathComponent("graph.sqlite")
        let bytes = Data("{\"nodes\": [], \"links\": []} and then some more bytes to fill a page".utf8)
        try bytes.write(to: url)
        #expect(throws: StoreError.notADatabase(path: url.path)) { try GraphStore.open(url) }
        #expect(try Data(contentsOf: url) == bytes)
    }

    @Test func aTruncatedStoreIsRefused() throws {
        let url = try StoreFixtures.folder().appendingPathComponent("graph.sqlite")
        try GraphStore.create(at: url, graph: try StoreFixtures.graph(), documents: StoreFixtures.documents)
        var bytes = try Data(contentsOf: url)
        // Keep SQLite's header, wreck the schema page.
        for i in 100..<min(bytes.count, 4096) { bytes[i] = 0xFF }
        try bytes.write(to: url)
        #expect(throws: StoreError.notADatabase(path: url.path)) { try GraphStore.open(url).graph() }
    }

    @Test func anotherProgramsDatabaseIsForeign() throws {
        let url = try StoreFixtures.folder().appendingPathComponent("graph.sqlite")
        let queue = try DatabaseQueue(path: url.path)
        try queue.write { db in try db.execute(sql: "CREATE TABLE notes (body TEXT)") }
        try queue.close()
        #expect(throws: StoreError.foreign(path: url.path)) { try GraphStore.open(url) }
    }

    @Test func aStoreOfANewerSchemaIsRefusedNamingItsMigrations() throws {
        let url = try StoreFixtures.folder().appendingPathComponent("graph.sqlite")
        try GraphStore.create(at: url, graph: try StoreFixtures.graph(), documents: [])
        let queue = try DatabaseQueue(path: url.path)
        try queue.write { db in try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v9')") }
        try queue.close()
        #expect(throws: StoreError.newerSchema(path: url.path, migrations: ["v9"])) { try GraphStore.open(url) }
        #expect(throws: StoreError.newerSchema(path: url.path, migrations: ["v9"])) { try GraphStore.open(url, writable: true) }
    }

    @Test func aSecondWriterIsToldTheStoreIsBusyUntilTheFirstLetsGo() throws {
        let url = try StoreFixtures.folder().appendingPathComponent("graph.sqlite")
        var first: StoreLock? = try StoreLock(store: url)
        #expect(throws: StoreError.busy(path: url.path)) { try StoreLock(store: url) }
        withExtendedLifetime(first) {}
        first = nil
        _ = try StoreLock(store: url)
    }

    @Test func creatingOverAStoreLeavesNoTemporaryFile() throws {
        let folder = try StoreFixtures.folder()
        let url = folder.appendingPathComponent("graph.sqlite")
        try GraphStore.create(at: url, graph: try StoreFixtures.graph(), documents: [])
        try GraphStore.create(at: url, graph: ActorGraph(), documents: [])
        #expect(try GraphStore.open(url).graph() == ActorGraph())
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["graph.sqlite"])
    }

    @Test func messagesAreOneLine() {
        let errors: [StoreError] = [
            .missing(path: "p"), .notADatabase(path: "p"), .foreign(path: "p"), .newerSchema(path: "p", migrations: ["v9"]),
            .notBuilt(path: "p"), .busy(path: "p"), .database(path: "p", message: "m"), .damaged(path: "p", detail: "d"),
        ]
        for error in errors { #expect(!error.description.contains("\n")) }
    }
}
