import ActorGraphModel
import Foundation
import GRDB
import Testing

@testable import ActorGraphStore

/// Schema v4: the aggregation kept with the graph, for the generation it was written with.
@Suite struct StoreAggregationTests {
    @Test func theAggregationIsKeptWithTheGraphItWasWrittenWith() throws {
        let url = try StoreFixtures.folder().appendingPathComponent("graph.sqlite")
        let graph = try StoreFixtures.graph()
        try GraphStore.create(at: url, graph: graph, documents: [StoredDocument(name: "a.txt", contentHash: "a")], aggregation: Data([1, 2, 3]))
        #expect(try GraphStore.open(url).aggregation() == Data([1, 2, 3]))
        let store = try GraphStore.open(url, writable: true)
        try store.update(adding: [StoredDocument(name: "b.txt", contentHash: "b")], graph: graph, aggregation: Data([4]))
        #expect(try store.aggregation() == Data([4]))
        // A write that keeps none leaves none: the next update aggregates the findings.
        try store.update(adding: [], graph: graph)
        #expect(try store.aggregation() == nil)
    }

    /// One kept for another generation (a graph written since by other means) is not current.
    @Test func anAggregationOfAnotherGenerationIsNotUsed() throws {
        let url = try StoreFixtures.folder().appendingPathComponent("graph.sqlite")
        try GraphStore.create(at: url, graph: try StoreFixtures.graph(), documents: [], aggregation: Data([1]))
        let queue = try DatabaseQueue(path: url.path)
        try queue.write { db in try db.execute(sql: "UPDATE meta SET value = '7' WHERE key = 'generation'") }
        try queue.close()
        #expect(try GraphStore.open(url).aggregation() == nil)
    }

    /// A v3 store has no aggregation table: read as having none, given one when migrated.
    @Test func aStoreOfSchemaV3HasNoAggregationUntilMigrated() throws {
        let url = try StoreFixtures.folder().appendingPathComponent("graph.sqlite")
        try GraphStore.create(at: url, graph: try StoreFixtures.graph(), documents: [], aggregation: Data([1]))
        let queue = try DatabaseQueue(path: url.path)
        try queue.write { db in
            try db.execute(sql: "DROP TABLE aggregation")
            try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier = 'v4'")
        }
        try queue.close()
        #expect(try GraphStore.open(url).aggregation() == nil)
        let store = try GraphStore.open(url, writable: true)
        #expect(try store.aggregation() == nil)
        try store.update(adding: [], graph: try StoreFixtures.graph(), aggregation: Data([9]))
        #expect(try store.aggregation() == Data([9]))
    }
}
