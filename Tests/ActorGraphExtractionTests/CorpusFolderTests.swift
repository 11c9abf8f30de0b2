import Foundation
import Testing

@testable import ActorGraphExtraction

/// Listing a folder: documents by name order with the size and time `stat(2)` gives, folders
/// skipped, a link listed with its target's size and time.
@Suite struct CorpusFolderTests {
    func stat(_ path: String) throws -> (size: Int, modified: Int64) {
        let status = try #require(FileStatus(path: path, following: true))
        return (status.size, status.modified)
    }

    @Test func listsDocumentsWithTheirSizeAndTime() throws {
        let folder = try Fixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("Russia backs Assad.".utf8).write(to: folder.appendingPathComponent("b.txt"))
        try Data("Iran backs Assad, at length.".utf8).write(to: folder.appendingPathComponent("a.md"))
        try Data("not a document".utf8).write(to: folder.appendingPathComponent("notes.csv"))
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("dir.txt"), withIntermediateDirectories: false)
        // A known time, set to the nanosecond.
        var times = [timespec(tv_sec: 1_600_000_000, tv_nsec: 123_456_789), timespec(tv_sec: 1_600_000_000, tv_nsec: 123_456_789)]
        #expect(utimensat(AT_FDCWD, folder.appendingPathComponent("b.txt").path, &times, 0) == 0)
        let corpus = try CorpusFolder.scan(folder)
        #expect(corpus.entries.map(\.name) == ["a.md", "b.txt"])
        #expect(corpus.entries.map(\.bytes) == [28, 19])
        #expect(corpus.entries[1].modified == 1_600_000_000_123_456_789)
        let time = try stat(folder.appendingPathComponent("a.md").path).modified
        #expect(corpus.entries[0].modified == time)
    }

    /// A link to a document is listed with its target's size and time; a link to a folder is
    /// listed (and named unreadable when read); a dangling link is listed without a time.
    @Test func linksAreListedWithTheirTargets() throws {
        let folder = try Fixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("target.dat")
        try Data("Russia backs Assad.".utf8).write(to: target)
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("sub"), withIntermediateDirectories: false)
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("link.txt").path, withDestinationPath: target.path)
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("sub.txt").path, withDestinationPath: folder.appendingPathComponent("sub").path)
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("gone.txt").path, withDestinationPath: folder.appendingPathComponent("nowhere").path)
        let corpus = try CorpusFolder.scan(folder)
        #expect(corpus.entries.map(\.name) == ["gone.txt", "link.txt", "sub.txt"])
        let link = try #require(corpus.entries.first { $0.name == "link.txt" })
        let targetTime = try stat(target.path).modified
        #expect(link.bytes == 19 && link.modified == targetTime)
        #expect(corpus.entries.first { $0.name == "gone.txt" }?.modified == nil)
        let (document, warning) = corpus.read(try #require(corpus.entries.first { $0.name == "sub.txt" }))
        #expect(document == nil && warning?.contains("sub.txt") == true)
        #expect(corpus.read(link).document?.text == "Russia backs Assad.")
    }
}
