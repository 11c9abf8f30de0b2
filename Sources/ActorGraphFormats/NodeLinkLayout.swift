import Foundation

/// Where each edge of a graph.json lies in the file, as ``NodeLinkJSON/write(_:to:reusing:)``
/// wrote it: what lets the next write copy the unchanged edges from this file instead of
/// encoding them again.
public struct NodeLinkLayout: Equatable, Sendable {
    /// One edge's object, `{` to `}`, as byte offsets in the file.
    public struct Edge: Equatable, Sendable {
        /// The offset of the edge's `{`.
        public var start: Int
        /// The offset just past its last evidence item's `}` (nil when it has no evidence): the
        /// evidence array's closing line, and the edge's other keys, follow.
        public var itemsEnd: Int?
        /// The offset just past the edge's `}`.
        public var end: Int

        public init(start: Int, itemsEnd: Int?, end: Int) {
            self.start = start
            self.itemsEnd = itemsEnd
            self.end = end
        }
    }

    /// The graph's edges, in the file's (the graph's relation) order.
    public var edges: [Edge] = []
    /// The file's size in bytes.
    public var size = 0

    /// The encoding's version: a layout of another version (another writer) is not read.
    static let version: UInt8 = 1

    public init(edges: [Edge] = [], size: Int = 0) {
        self.edges = edges
        self.size = size
    }

    /// The layout as bytes: a version byte, then the size, the edge count and per edge its three
    /// offsets as LEB128 varints (each the distance from the one before; a missing `itemsEnd`
    /// as 0, a present one as its distance + 1).
    public var encoded: Data {
        var bytes: [UInt8] = [Self.version]
        func varint(_ value: Int) {
            var v = UInt64(value)
            while v >= 0x80 {
                bytes.append(UInt8(v & 0x7F) | 0x80)
                v >>= 7
            }
            bytes.append(UInt8(v))
        }
        varint(size)
        varint(edges.count)
        var last = 0
        for edge in edges {
            varint(edge.start - last)
            varint(edge.itemsEnd.map { $0 - edge.start + 1 } ?? 0)
            varint(edge.end - edge.start)
            last = edge.end
        }
        return Data(bytes)
    }

    /// The layout `data` holds, or nil when it is of another version or not a layout (offsets
    /// out of order, beyond the size, bytes left over).
    public init?(encoded data: Data) {
        let bytes = [UInt8](data)
        var at = 0
        func varint() -> Int? {
            var value: UInt64 = 0, shift: UInt64 = 0
            while at < bytes.count, shift < 63 {
                let b = bytes[at]
                at += 1
                value |= UInt64(b & 0x7F) << shift
                if b < 0x80 { return value <= UInt64(Int.max / 4) ? Int(value) : nil }
                shift += 7
            }
            return nil
        }
        guard bytes.first == Self.version else { return nil }
        at = 1
        guard let size = varint(), let count = varint(), count <= bytes.count else { return nil }
        var edges: [Edge] = []
        edges.reserveCapacity(count)
        var last = 0
        for _ in 0..<count {
            guard let gap = varint(), let items = varint(), let length = varint() else { return nil }
            let start = last + gap, end = start + length
            guard length >= 2, end <= size, items <= length else { return nil }
            edges.append(Edge(start: start, itemsEnd: items == 0 ? nil : start + items - 1, end: end))
            last = end
        }
        guard at == bytes.count else { return nil }
        self.init(edges: edges, size: size)
    }
}
