@testable import ActorGraphFormats
import Foundation
import Testing

@Suite("MappedFile")
struct MappedFileTests {
    func file(_ bytes: [UInt8]) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("mapped-\(UUID().uuidString).json")
        try Data(bytes).write(to: url)
        return url
    }

    /// Pages given back come back from the file when read again: a reader may touch them (to
    /// read an edge's evidence, or after an error) and must see the file's bytes.
    @Test func releasedPagesReadBackAsTheFile() throws {
        var rng = SplitMix(seed: 42)
        let bytes = (0..<300_000).map { _ in UInt8(rng.next(256)) }
        let url = try file(bytes)
        defer { try? FileManager.default.removeItem(at: url) }
        let data = try #require(MappedFile.map(url))
        #expect(data.count == bytes.count)
        data.withUnsafeBytes { raw in
            MappedFile.release(raw, 1..<250_001)
            MappedFile.release(raw, 0..<raw.count)
        }
        #expect(Array(data) == bytes)
    }

    @Test func whatCannotBeMappedIsNil() throws {
        let empty = try file([])
        defer { try? FileManager.default.removeItem(at: empty) }
        #expect(MappedFile.map(empty) == nil)
        #expect(MappedFile.map(FileManager.default.temporaryDirectory) == nil)
        #expect(MappedFile.map(empty.appendingPathExtension("missing")) == nil)
    }
}
