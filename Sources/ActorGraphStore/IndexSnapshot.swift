import ActorGraphModel
import ActorGraphQueries
import Foundation

/// The query index of a store's graph without the graph: the actor id of each node number and
/// the edge list the ``GraphIndex`` is built from. A store keeps it as four blobs so that a query
/// opens a million-edge graph by reading them, not by reading every actor and relation.
///
/// Node `i` is the `i`-th actor in id order, edge `j` the `j`-th relation in key order (the
/// store's `actor.number` and `relation.number`).
public struct IndexSnapshot: Sendable {
    /// The actor id of each node number.
    public let ids: [ActorID]
    /// The adjacency index.
    public let index: GraphIndex

    /// The snapshot of `graph`.
    public init(_ graph: ActorGraph) {
        self.init(parts: Parts(graph))
    }

    init(parts: Parts) {
        ids = parts.ids
        // Parts come from an ActorGraph, whose edges name its own actors, or from blobs that
        // `Parts(blobs:)` checked, so building cannot fail on them.
        index = try! GraphIndex(nodeCount: parts.ids.count, sources: parts.sources, targets: parts.targets, kinds: parts.kinds)
    }

    /// The ids and the index as the partial-graph queries take them (which also find an id's
    /// node number).
    public var numbered: NumberedIndex { NumberedIndex(ids: ids, index: index) }

    /// The arrays a snapshot is made of, and their encoding as blobs.
    struct Parts {
        var ids: [ActorID]
        var sources: [Int32]
        var targets: [Int32]
        var kinds: [UInt8]

        init(_ graph: ActorGraph) {
            let actors = graph.actors
            ids = actors.map(\.id)
            var numbers: [ActorID: Int32] = [:]
            numbers.reserveCapacity(ids.count)
            for (i, id) in ids.enumerated() { numbers[id] = Int32(i) }
            let relations = graph.relations
            // Every edge of an ActorGraph names two of its actors.
            sources = relations.map { numbers[$0.subject]! }
            targets = relations.map { numbers[$0.object]! }
            kinds = relations.map(\.kind.code)
        }

        /// Reads the blobs a store holds.
        /// - Throws: ``StoreError/damaged(path:detail:)`` when they disagree with each other.
        init(nodeCount: Int, edgeCount: Int, ids idBlob: Data, sources: Data, targets: Data, kinds: Data, path: String) throws {
            let names = idBlob.isEmpty ? [] : idBlob.split(separator: 0, omittingEmptySubsequences: false)
            guard names.count == nodeCount, sources.count == 4 * edgeCount, targets.count == 4 * edgeCount, kinds.count == edgeCount else {
                throw StoreError.damaged(path: path, detail: "the index snapshot's arrays do not match its counts")
            }
            ids = names.map { ActorID(String(decoding: $0, as: UTF8.self)) }
            self.sources = Self.int32s(sources)
            self.targets = Self.int32s(targets)
            self.kinds = [UInt8](kinds)
            let kindLimit = UInt8(RelationKind.allCases.count)
            guard self.sources.allSatisfy({ $0 >= 0 && Int($0) < nodeCount }),
                self.targets.allSatisfy({ $0 >= 0 && Int($0) < nodeCount }),
                self.kinds.allSatisfy({ $0 < kindLimit })
            else {
                throw StoreError.damaged(path: path, detail: "the index snapshot names a node or relation that does not exist")
            }
        }

        /// The id table as NUL-separated UTF-8 (an id never holds NUL: it is a slug or a name
        /// read from a text file).
        var idBlob: Data {
            var data = Data()
            for (i, id) in ids.enumerated() {
                if i > 0 { data.append(0) }
                data.append(contentsOf: id.rawValue.utf8)
            }
            return data
        }

        // Little-endian: the byte order of every platform Swift runs ActorGraph on.
        static func blob(_ values: [Int32]) -> Data {
            values.withUnsafeBufferPointer { Data(buffer: $0) }
        }

        static func int32s(_ data: Data) -> [Int32] {
            let count = data.count / 4
            return [Int32](unsafeUninitializedCapacity: count) { buffer, initialized in
                data.withUnsafeBytes { raw in
                    // copyMemory: SQLite's blob need not be aligned for Int32.
                    UnsafeMutableRawBufferPointer(buffer).copyMemory(from: UnsafeRawBufferPointer(rebasing: raw[0..<4 * count]))
                }
                initialized = count
            }
        }
    }
}
