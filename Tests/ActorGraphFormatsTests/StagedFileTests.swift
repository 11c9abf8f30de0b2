import ActorGraphFormats
import Foundation
import Testing

/// A staged file is written beside its target and takes its place only when committed.
@Suite struct StagedFileTests {
    func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("staged-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    func names(_ folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    }

    @Test func theTargetChangesOnlyOnCommit() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let target = dir.appendingPathComponent("graph.json")
        try OutputFile.write(Data("old".utf8), to: target)
        let staged = try OutputFile.stage(Data("new".utf8), to: target)
        #expect(try Data(contentsOf: target) == Data("old".utf8))
        #expect(try names(dir).count == 2)
        try staged.commit()
        #expect(try Data(contentsOf: target) == Data("new".utf8))
        #expect(try names(dir) == ["graph.json"])
    }

    /// A build digests graph.json's staged bytes before the rename: they are at `stagedPath`.
    @Test func theStagedBytesAreAtTheStagedPath() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let target = dir.appendingPathComponent("graph.json")
        let staged = try OutputFile.stage(Data("new".utf8), to: target)
        #expect(staged.stagedPath != target.path)
        #expect(URL(fileURLWithPath: staged.stagedPath).deletingLastPathComponent().path == dir.path)
        #expect(try Data(contentsOf: URL(fileURLWithPath: staged.stagedPath)) == Data("new".utf8))
        try staged.commit()
        #expect(!FileManager.default.fileExists(atPath: staged.stagedPath))
    }

    @Test func aDiscardedFileLeavesTheTargetAsItWas() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let target = dir.appendingPathComponent("report.md")
        try OutputFile.write(Data("old".utf8), to: target)
        try OutputFile.stage(Data("new".utf8), to: target).discard()
        #expect(try Data(contentsOf: target) == Data("old".utf8))
        #expect(try names(dir) == ["report.md"])
    }

    /// What a killed run staged is removed, and nothing else: not the target, not another
    /// file's stage, not a file that only looks alike.
    @Test func removingStagesTakesOnlyTheFilesStagedForTheTarget() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let target = dir.appendingPathComponent("graph.json")
        try OutputFile.write(Data("old".utf8), to: target)
        for name in [".graph.json.123.tmp", ".graph.json.x.tmp", ".graph.dot.123.tmp", ".graph.json..tmp"] {
            try Data().write(to: dir.appendingPathComponent(name))
        }
        _ = try OutputFile.stage(Data("new".utf8), to: target)
        OutputFile.removeStaged(for: target)
        #expect(try names(dir) == [".graph.dot.123.tmp", ".graph.json..tmp", ".graph.json.x.tmp", "graph.json"])
        #expect(try Data(contentsOf: target) == Data("old".utf8))
    }
}
