import ActorGraphModel
import Foundation
import GRDB
import Testing

@testable import ActorGraphStore

/// Schema v5: an output file's layout, kept with its digest for the generation it was written
/// from; and the digest itself.
@Suite struct StoreOutputLayoutTests {
    @Test func aLayoutIsCurrentUntilTheGraphIsWrittenAgain() throws {
        let url = try StoreFixtures.folder().appendingPathComponent("graph.sqlite")
        let graph = try StoreFixtures.graph()
        try GraphStore.create(at: url, graph: graph, documents: [])
        let store = try GraphStore.open(url, writable: true)
        #expect(try store.outputLayout("graph.json") == nil)
        try store.save(outputLayout: Data([1, 2]), name: "graph.json", digest: "d1")
        let kept = try #require(try GraphStore.open(url).outputLayout("graph.json"))
        #expect(kept.digest == "d1" && kept.layout == Data([1, 2]))
        #expect(try store.outputLayout("graph.dot") == nil)
        // The next write of the graph makes it stale, until saved again.
        try store.update(adding: [], graph: graph)
        #expect(try store.outputLayout("graph.json") == nil)
        try store.save(outputLayout: Data([3]), name: "graph.json", digest: "d2")
        #expect(try store.outputLayout("graph.json")?.layout == Data([3]))
    }

    /// A v4 store has no table: read as having no layout, given one when migrated.
    @Test func aStoreOfSchemaV4HasNoLayoutUntilMigrated() throws {
        let url = try StoreFixtures.folder().appendingPathComponent("graph.sqlite")
        try GraphStore.create(at: url, graph: try StoreFixtures.graph(), documents: [])
        let queue = try DatabaseQueue(path: url.path)
        try queue.write { db in
            try db.execute(sql: "DROP TABLE output_layout")
            try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier = 'v5'")
        }
        try queue.close()
        #expect(try GraphStore.open(url).outputLayout("graph.json") == nil)
        let store = try GraphStore.open(url, writable: true)
        try store.save(outputLayout: Data([5]), name: "graph.json", digest: "d")
        #expect(try store.outputLayout("graph.json")?.layout == Data([5]))
    }

    /// The digest of the words of `bytes` (a last partial word padded with zeros) given one at a
    /// time (the lanes pair them), then their count: what ``FileDigest`` takes of a file, whether
    /// it maps it (a stripe of eight words at a time) or reads it.
    static func digest(_ bytes: [UInt8]) -> String {
        var hasher = FileDigest.Lanes()
        var offset = 0
        while offset < bytes.count {
            var word: UInt64 = 0
            for (i, byte) in bytes[offset..<min(offset + 8, bytes.count)].enumerated() { word |= UInt64(byte) << (8 * UInt64(i)) }
            hasher.word(word)
            offset += 8
        }
        return hasher.hex(count: UInt64(bytes.count))
    }

    /// A mapped file (a regular one) and a read one (a device: nothing to map) give the digest of
    /// their bytes, at every length around a word's.
    @Test func aFileDigestIsOfItsWordsMappedOrRead() throws {
        let url = try StoreFixtures.folder().appendingPathComponent("f.bin")
        for count in [0, 1, 7, 8, 9, 15, 16, 17, 23, 24, 25, 31, 32, 33, 39, 40, 63, 64, 65, 71, 72, 127, 128, 129, 4096, (1 << 20) + 3, (1 << 20) + 29] {
            let bytes = (0..<count).map { UInt8(truncatingIfNeeded: $0 &* 131 &+ $0 >> 7) }
            try Data(bytes).write(to: url)
            #expect(FileDigest.of(path: url.path) == Self.digest(bytes), "\(count) bytes")
        }
        #expect(FileDigest.of(path: "/dev/null") == Self.digest([]))
    }

    /// The digest is of every byte and the length, across the reads' megabyte boundaries.
    @Test func aFileDigestChangesWithAnyByte() throws {
        let folder = try StoreFixtures.folder()
        let url = folder.appendingPathComponent("f.bin")
        var bytes = (0..<(3 << 20) + 5).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ $0 >> 9) }
        try Data(bytes).write(to: url)
        let digest = try #require(FileDigest.of(path: url.path))
        #expect(digest.count == 32 && FileDigest.of(path: url.path) == digest)
        var seen: Set<String> = [digest]
        for at in [0, 7, 8, 16, 24, 31, 32, (1 << 20) - 1, 1 << 20, (3 << 20) + 4] {
            bytes[at] ^= 1
            try Data(bytes).write(to: url)
            #expect(seen.insert(try #require(FileDigest.of(path: url.path))).inserted, "byte \(at)")
            bytes[at] ^= 1
        }
        // Two pairs of words swapped (each lane's rounds are in order, not a sum).
        var swapped = bytes
        swapped.replaceSubrange(0..<16, with: bytes[64..<80])
        swapped.replaceSubrange(64..<80, with: bytes[0..<16])
        try Data(swapped).write(to: url)
        #expect(seen.insert(try #require(FileDigest.of(path: url.path))).inserted, "pairs swapped")
        try Data(bytes + [0]).write(to: url)
        #expect(seen.insert(try #require(FileDigest.of(path: url.path))).inserted)
        try Data().write(to: url)
        #expect(seen.insert(try #require(FileDigest.of(path: url.path))).inserted)
        #expect(FileDigest.of(path: folder.appendingPathComponent("missing").path) == nil)
    }
}
