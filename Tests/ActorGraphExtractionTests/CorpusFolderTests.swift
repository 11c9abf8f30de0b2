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

    /// The names listing takes, as the listing took them before it read the folder itself:
    /// FileManager's names sorted as strings, those ending in ".txt" or ".md" as characters.
    func oracle(_ folder: URL) throws -> (names: [String], manifest: Bool) {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        return (names.filter { $0.hasSuffix(".txt") || $0.hasSuffix(".md") }, names.contains("manifest.tsv"))
    }

    /// An ASCII folder is read by readdir(3) and sorted by bytes: the same names in the same
    /// order as FileManager and `String`'s order, whatever the ASCII bytes (punctuation,
    /// capitals, digits, controls, prefixes of one another, suffixes that only look like ".txt").
    @Test func anASCIIFolderIsListedAsFileManagerListsIt() throws {
        let folder = try Fixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let names = [
            "b.txt", "a.md", "A.txt", "a.TXT", "a.txt.bak", ".txt", ".md", "txt", "md", "a.mdx", "x.md.txt",
            "a b.txt", "a-b.txt", "a_b.txt", "a~.txt", "a\u{01}.txt", "a\r.txt", "a\t.md", "10.txt", "9.txt", "a.txtt",
            "ab.txt", "a.txt", "aa.txt", "a.tx", "manifest.tsv", "notes.csv", "Z.md",
        ]
        for name in names { try Data("text".utf8).write(to: folder.appendingPathComponent(name)) }
        let listing = try #require(ASCIIListing(folder: folder.path + "/"))
        let expected = try oracle(folder)
        #expect(listing.names == expected.names)
        #expect(listing.hasManifest && expected.manifest)
        #expect(try CorpusFolder.scan(folder).entries.map(\.name) == expected.names)
        // Without a manifest.
        try FileManager.default.removeItem(at: folder.appendingPathComponent("manifest.tsv"))
        #expect(try #require(ASCIIListing(folder: folder.path + "/")).hasManifest == false)
    }

    /// A folder with any name that is not ASCII is not read by bytes (its names are listed and
    /// sorted as strings, as before): the same entries either way.
    @Test func aFolderWithANameThatIsNotASCIIIsListedAsStrings() throws {
        let folder = try Fixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // "é" precomposed and decomposed, and a character that would join a "." after it.
        for name in ["b.txt", "\u{E9}.txt", "e\u{301}.md", "z\u{600}.txt", "a.txt", "notes.csv"] {
            try Data("text".utf8).write(to: folder.appendingPathComponent(name))
        }
        #expect(ASCIIListing(folder: folder.path + "/") == nil)
        let corpus = try CorpusFolder.scan(folder)
        #expect(corpus.entries.map(\.name) == (try oracle(folder)).names)
        #expect(corpus.entries.map(\.name).first == "a.txt")
    }

    /// Sizes, times, links and folders come out of fstatat(2) in the listed folder as they did
    /// out of lstat(2) and stat(2) of each path (a folder read by bytes, and one that is not).
    @Test(arguments: [false, true])
    func statusesAreThoseOfEachPath(_ notASCII: Bool) throws {
        let folder = try Fixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        if notASCII { try Data("x".utf8).write(to: folder.appendingPathComponent("\u{E9}.csv")) }
        try Data("Russia backs Assad.".utf8).write(to: folder.appendingPathComponent("a.txt"))
        try Data("x".utf8).write(to: folder.appendingPathComponent("target.dat"))
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("dir.md"), withIntermediateDirectories: false)
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("link.txt").path, withDestinationPath: "target.dat")
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("gone.md").path, withDestinationPath: "nowhere")
        #expect((ASCIIListing(folder: folder.path + "/") == nil) == notASCII)
        let corpus = try CorpusFolder.scan(folder)
        #expect(corpus.entries.map(\.name) == ["a.txt", "gone.md", "link.txt"])
        for entry in corpus.entries {
            let path = folder.appendingPathComponent(entry.name).path
            let status = FileStatus(path: path, following: true)
            #expect(entry.bytes == (status?.size ?? 0) && entry.modified == status?.modified, "\(entry.name)")
            #expect(entry.path == path)
        }
        #expect(corpus.entries[2].bytes == 1)
    }
}
