import ActorGraphFormats
import ActorGraphModel
import Foundation
import Testing

/// A file written in pieces holds exactly the bytes given, in order; a staged file whose writer
/// fails leaves nothing behind.
@Suite struct FileSinkTests {
    func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("sink-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Bytes over several pieces, given as arrays, slices, Data and raw buffers, some empty.
    @Test func writesEveryByteInOrder() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        var expected: [UInt8] = []
        var state: UInt64 = 7
        func chunk(_ count: Int) -> [UInt8] {
            (0..<count).map { _ in
                state = state &* 6364136223846793005 &+ 1442695040888963407
                return UInt8(truncatingIfNeeded: state >> 56)
            }
        }
        let path = dir.appendingPathComponent("out.bin").path
        let sink = try FileSink(creating: path)
        let big = chunk(2 * FileSink.piece + 12_345)
        try sink.write(big)
        expected += big
        try sink.write([])
        let small = chunk(100)
        try sink.write(small[10...])
        expected += small[10...]
        let data = Data(chunk(FileSink.piece + 1))
        try sink.write(data)
        expected += data
        #expect(sink.count == expected.count)
        try sink.finish()
        #expect(try [UInt8](Data(contentsOf: URL(fileURLWithPath: path))) == expected)
    }

    @Test func aWriteAfterFinishingFails() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let sink = try FileSink(creating: dir.appendingPathComponent("a").path)
        try sink.finish()
        #expect(throws: FormatError.self) { try sink.write([1, 2, 3]) }
    }

    @Test func aFileInAMissingFolderCannotBeCreated() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(throws: FormatError.self) { try FileSink(creating: dir.appendingPathComponent("no/such/file").path) }
    }

    /// The writer's error comes out, and neither the target nor a temporary file is changed or left.
    @Test func aFailingWriterLeavesNothingStaged() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let target = dir.appendingPathComponent("graph.json")
        try OutputFile.write(Data("old".utf8), to: target)
        struct Stop: Error {}
        #expect(throws: Stop.self) {
            _ = try OutputFile.stage(to: target) { sink in
                try sink.write([UInt8](repeating: 0x41, count: 3 * FileSink.piece))
                throw Stop()
            }
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["graph.json"])
        #expect(try Data(contentsOf: target) == Data("old".utf8))
    }

    /// graph.json streamed through a sink is the file `NodeLinkJSON.encode` makes.
    @Test func aStreamedGraphIsTheEncodedOne() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        var graph = ActorGraph()
        try graph.add(Actor(name: "A", kind: .state, aliases: ["Ay"]))
        try graph.add(Actor(name: "B", kind: .armedGroup))
        // Enough evidence for the writer's buffer to be emptied many times.
        let quote = String(repeating: "A backs B \"again\" — é/ü. ", count: 40)
        try graph.relate("a", .backs, "b", evidence: (0..<3_000).map { Evidence(doc: "d\($0 % 97).txt", sentence: $0, quote: quote + "\($0)", start: 1, end: 9) })
        try graph.relate("b", .opposes, "a", evidence: [])
        let target = dir.appendingPathComponent("graph.json")
        try OutputFile.stage(to: target) { try NodeLinkJSON.write(graph, to: $0) }.commit()
        let written = try Data(contentsOf: target)
        #expect(written.count > 2 * FileSink.piece)
        #expect(written == NodeLinkJSON.encode(graph))
    }
}
