import ActorGraphModel
import ActorGraphQueries
import Foundation
import GRDB
import Testing

@testable import ActorGraphStore

@Suite("GraphStore")
struct GraphStoreTests {
    @Test func aStoreGivesBackTheGraphAndDocumentsItWasWritten() throws {
        let url = try StoreFixtures.folder().appendingPathComponent("graph.sqlite")
        let graph = try StoreFixtures.graph()
        try GraphStore.create(at: url, graph: graph, documents: StoreFixtures.documents)
        let store = try GraphStore.open(url)
        #expect(try store.graph() == graph)
        #expect(try store.documents() == StoreFixtures.documents)
        #expect(try store.documentHashes() == [ContentHash.of("text a"): "a.txt", ContentHash.of("text b"): "b.txt"])
        #expect(try store.generation() == 1)
    }

    @Test func theSnapshotIndexesTheGraphAsIndexedGraphDoes() throws {
        let url = try StoreFixtures.folder().appendingPathComponent("graph.sqlite")
        let graph = try StoreFixtures.graph()
        try GraphStore.create(at: url, graph: graph, documents: [])
        let snapshot = try GraphStore.open(url).snapshot()
        let indexed = IndexedGraph(graph)
        #expect(snapshot.ids == indexed.ids)
        #expect(snapshot.index.edgeCount == indexed.index.edgeCount)
        for node in 0..<Int32(snapshot.ids.count) {
            #expect(snapshot.index.degree(of: node) == indexed.index.degree(of: node))
        }
        #expect(snapshot.numbered.number(of: StoreFixtures.usa.id) == indexed.number(of: StoreFixtures.usa.id))
        #expect(snapshot.numbered.number(of: "nobody") == nil)
    }

    @Test func aSnapshotOfAnotherGenerationIsRebuiltFromTheTables() throws {
        let url = try StoreFixtures.folder().appendingPathComponent("graph.sqlite")
        let graph = try StoreFixtures.graph()
        try GraphStore.create(at: url, graph: graph, documents: [])
        let queue = try DatabaseQueue(path: url.path)
        try queue.write { db in try db.execute(sql: "UPDATE meta SET value = '7' WHERE key = 'generation'") }
        try queue.close()
        let snapshot = try GraphStore.open(url).snapshot()
        #expect(snapshot.ids == IndexedGraph(graph).ids)
        #expect(snapshot.index.edgeCount == graph.relationCount)
    }

    @Test func anUpdateAddsDocumentsReplacesTheGraphAndBumpsTheGeneration() throws {
        let url = try StoreFixtures.folder().appendingPathComponent("graph.sqlite")
        var graph = try StoreFixtures.graph()
        try GraphStore.create(at: url, graph: graph, documents: [StoredDocument(name: "a.txt", contentHash: "1")])
        try graph.relate(StoreFixtures.syria.id, .opposes, StoreFixtures.usa.id, evidence: [Evidence(doc: "c.txt", quote: "Damascus denounced Washington.")])
        let store = try GraphStore.open(url, writable: true)
        try store.update(adding: [StoredDocument(name: "c.txt", contentHash: "3")], graph: graph)
        #expect(try store.graph() == graph)
        #expect(try store.documents().map(\.name) == ["a.txt", "c.txt"])
        #expect(try store.generation() == 2)
        #expect(try store.snapshot().index.edgeCount == graph.relationCount)
    }

    @Test func aDocumentTakenInAgainUnderItsNameReplacesItsRow() throws {
        let url = try StoreFixtures.folder().appendingPathComponent("graph.sqlite")
        let graph = try StoreFixtures.graph()
        try GraphStore.create(at: url, graph: graph, documents: [StoredDocument(name: "a.txt", contentHash: "old")])
        let store = try GraphStore.open(url, writable: true)
        try store.update(adding: [StoredDocument(name: "a.txt", contentHash: "new", title: "Edited")], graph: graph)
        #expect(try store.documents() == [StoredDocument(name: "a.txt", contentHash: "new", title: "Edited")])
    }

    @Test func aLoadedStoreCannotBeUpdated() throws {
        let url = try StoreFixtures.folder().appendingPathComponent("graph.sqlite")
        let graph = try StoreFixtures.graph()
        try GraphStore.create(at: url, graph: graph, documents: [], origin: .load)
        let store = try GraphStore.open(url, writable: true)
        #expect(try store.origin() == .load)
        #expect(throws: StoreError.notBuilt(path: url.path)) { try store.update(adding: StoreFixtures.documents, graph: graph) }
        #expect(try store.documents().isEmpty)
    }

    @Test func exactNamesFindActorsThroughTheNameTable() throws {
        let url = try StoreFixtures.folder().appendingPathComponent("graph.sqlite")
        try GraphStore.create(at: url, graph: try StoreFixtures.graph(), documents: [])
        let store = try GraphStore.open(url)
        #expect(try store.actorIDs(named: "the kremlin") == [StoreFixtures.russia.id])
        #expect(try store.actorIDs(named: "bashar-al-assad") == [StoreFixtures.assad.id])
        #expect(try store.actorIDs(named: "Kerry").isEmpty)
    }

    @Test func aSubgraphHoldsTheNamedActorsAndTheRelationsBetweenThePairs() throws {
        let url = try StoreFixtures.folder().appendingPathComponent("graph.sqlite")
        let graph = try StoreFixtures.graph()
        try GraphStore.create(at: url, graph: graph, documents: [])
        let store = try GraphStore.open(url)
        let (russia, usa, assad) = (StoreFixtures.russia.id, StoreFixtures.usa.id, StoreFixtures.assad.id)
        let part = try store.subgraph(actors: [assad, russia, usa], relationsBetween: [(assad, russia), (russia, usa)])
        #expect(part.actors.map(\.id) == [assad, russia, usa])
        #expect(part.relations == graph.relations.filter {
            $0.key == EdgeKey(russia, .backs, assad) || $0.key == EdgeKey(usa, .coordinatesWith, russia)
        })
        #expect(part[EdgeKey(russia, .backs, assad)]?.support == 1)
        #expect(try store.actorsOnly().actors == graph.actors)
    }
}
