import Foundation
import Testing

@testable import ActorGraphFormats

/// A file that replaces another is written back to disk before its rename
/// (`sync_file_range(2)`, a hint): what the files hold and where they are is unchanged by it.
@Suite struct StagedWriteBackTests {
    func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("writeback-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    #if os(Linux)
    /// The call is found in the C library (Swift's Glibc module does not declare it): without it
    /// the hint would silently do nothing.
    @Test func theWriteBackCallIsFound() {
        #expect(FileSink.canStartWritingBack)
    }
    #endif

    /// Over an existing file, with the write-back at staging, after it, or none: the target holds
    /// the new bytes once committed, the old ones before, and no temporary file is left.
    @Test(arguments: [0, 1, 2])
    func aReplacingFileHoldsItsBytesWhicheverWayItIsWrittenBack(_ way: Int) throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let target = dir.appendingPathComponent("graph.json")
        let old = Data((0..<3_000_000).map { UInt8(truncatingIfNeeded: $0 &* 7) })
        let new = Data((0..<3_000_001).map { UInt8(truncatingIfNeeded: $0 &* 13) })
        try OutputFile.write(old, to: target)
        let staged = try OutputFile.stage(to: target, writingBack: way == 0) { sink in try sink.write(new) }
        if way == 1 { staged.startWritingBackIfReplacing() }
        #expect(try Data(contentsOf: target) == old)
        #expect(try Data(contentsOf: URL(fileURLWithPath: staged.stagedPath)) == new)
        try staged.commit()
        #expect(try Data(contentsOf: target) == new)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["graph.json"])
    }

    /// With nothing in place, and after the staged file is gone, asking for the write-back does
    /// nothing (it makes no file).
    @Test func withoutAFileToReplaceNothingHappens() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let target = dir.appendingPathComponent("report.md")
        let staged = try OutputFile.stage(Data("new".utf8), to: target)
        staged.startWritingBackIfReplacing()
        #expect(!FileManager.default.fileExists(atPath: target.path))
        staged.discard()
        try OutputFile.write(Data("old".utf8), to: target)
        staged.startWritingBackIfReplacing()
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["report.md"])
        #expect(try Data(contentsOf: target) == Data("old".utf8))
    }
}
