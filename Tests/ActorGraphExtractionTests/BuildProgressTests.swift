import Foundation
import Testing

@testable import ActorGraphExtraction

/// A build reads a folder document by document and says how far it is.
@Suite struct BuildProgressTests {
    final class Recorder: @unchecked Sendable {
        private let lock = NSLock()
        private(set) var snapshots: [BuildProgress.Snapshot] = []
        func record(_ s: BuildProgress.Snapshot) { lock.lock(); snapshots.append(s); lock.unlock() }
    }

    @Test func progressCountsBothPassesAndEndsComplete() throws {
        let folder = try Fixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "Iran backs Hezbollah.".write(to: folder.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        try "Russia attacked Ukraine.".write(to: folder.appendingPathComponent("b.txt"), atomically: true, encoding: .utf8)
        try Data([0, 1, 2, 0]).write(to: folder.appendingPathComponent("c.txt"))
        let recorder = Recorder()
        let result = try BuildResult.build(folder: folder, lexicon: Fixture.lexicon, rules: Fixture.rules) { recorder.record($0) }
        #expect(result.documents.map(\.document) == ["a.txt", "b.txt"])
        #expect(result.warnings.contains("c.txt: binary data, not text; skipped"))
        let last = try #require(recorder.snapshots.last)
        // Two readable documents twice, the binary one once.
        #expect(recorder.snapshots.count == 5)
        #expect(last.filesDone == 3 && last.files == 3)
        #expect(last.bytesDone == 2 * (21 + 24 + 4) && last.bytes == last.bytesDone)
    }

    @Test func aFolderWithNoReadableDocumentSaysWhy() throws {
        let folder = try Fixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data().write(to: folder.appendingPathComponent("empty.txt"))
        #expect(throws: ExtractionError.emptyCorpus(folder.path + " (empty.txt: empty; skipped)")) {
            try BuildResult.build(folder: folder, lexicon: Fixture.lexicon, rules: Fixture.rules)
        }
    }

    @Test func streamingBuildMatchesTheInMemoryOne() throws {
        let seeds = Fixture.packageRoot.appendingPathComponent("seeds")
        let streamed = try BuildResult.build(folder: seeds, lexicon: Fixture.lexicon, rules: Fixture.rules)
        let loaded = BuildResult.build(try Corpus.load(folder: seeds), lexicon: Fixture.lexicon, rules: Fixture.rules)
        #expect(streamed.graph == loaded.graph)
        #expect(streamed.warnings == loaded.warnings)
    }
}
