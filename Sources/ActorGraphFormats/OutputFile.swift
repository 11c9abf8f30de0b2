import Foundation

/// Writes output files atomically: the bytes go to a temporary file beside the target, which is
/// then renamed over it, so a reader never sees a half-written file and a failed run leaves the
/// previous file intact.
public enum OutputFile {
    /// Writes `data` to `url`, creating the parent folder when it is missing.
    public static func write(_ data: Data, to url: URL) throws {
        try stage(data, to: url).commit()
    }
}

extension OutputFile {
    /// Writes `bytes` to `url` as ``write(_:to:)`` writes a `Data`, without copying them first.
    public static func write(_ bytes: [UInt8], to url: URL) throws {
        try stage(bytes, to: url).commit()
    }

    /// Stages `bytes` as ``stage(_:to:)`` stages a `Data`, without copying them first.
    public static func stage(_ bytes: [UInt8], to url: URL) throws -> StagedFile {
        try stage(to: url) { sink in try sink.write(bytes) }
    }

    /// Writes `data` beside `url` under a temporary name (`.NAME.PID.tmp`), not yet in place:
    /// a program can write its files while other work goes on, and put them in place with
    /// ``StagedFile/commit()`` only once that work succeeded.
    /// - Throws: ``FormatError`` when the file cannot be written (nothing is left behind).
    public static func stage(_ data: Data, to url: URL) throws -> StagedFile {
        try stage(to: url) { sink in try sink.write(data) }
    }

    /// Stages a file whose bytes `body` writes into `sink` (in pieces, as it makes them), as
    /// ``stage(_:to:)`` stages a `Data`: nothing is left behind when `body` or a write fails.
    /// - Throws: ``FormatError`` naming `url` when the file cannot be written, or what `body` throws.
    public static func stage(to url: URL, _ body: (FileSink) throws -> Void) throws -> StagedFile {
        let folder = url.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw FormatError(url.path, "cannot write: \(error.localizedDescription)")
        }
        do {
            let sink = try FileSink(creating: temporary.path)
            try body(sink)
            try sink.finish()
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            // The temporary file's failures are the target's; what `body` throws is its own.
            if let failure = error as? FormatError, failure.source == temporary.path {
                throw FormatError(url.path, failure.reason)
            }
            throw error
        }
        return StagedFile(url: url, temporary: temporary)
    }

    /// Removes the temporary files ``stage(_:to:)`` left beside `url` in runs that ended before
    /// committing them (killed). Only for a caller that knows no other run is staging `url` now
    /// (a build holds the store's lock).
    public static func removeStaged(for url: URL) {
        let folder = url.deletingLastPathComponent()
        let prefix = ".\(url.lastPathComponent)."
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [] where name.hasPrefix(prefix) && name.hasSuffix(".tmp") {
            // Only `.NAME.PID.tmp`: the middle is a process number.
            let middle = name.dropFirst(prefix.count).dropLast(4)
            guard !middle.isEmpty, middle.allSatisfy(\.isASCII), middle.allSatisfy(\.isNumber) else { continue }
            try? FileManager.default.removeItem(at: folder.appendingPathComponent(name))
        }
    }
}

/// A file written under a temporary name beside its target by ``OutputFile/stage(_:to:)``.
public struct StagedFile: Sendable {
    /// Where the file goes.
    public let url: URL
    let temporary: URL

    /// Where the file's bytes are until ``commit()`` puts them at ``url``.
    public var stagedPath: String { temporary.path }

    /// Renames the file over its target, atomically: a reader sees the old file or the new one.
    /// - Throws: ``FormatError`` when the rename fails (the temporary file is then removed).
    public func commit() throws {
        // rename(2) replaces atomically; FileManager.moveItem refuses an existing target.
        guard rename(temporary.path, url.path) == 0 else {
            let reason = String(cString: strerror(errno))
            discard()
            throw FormatError(url.path, "cannot write: \(reason)")
        }
    }

    /// Removes the temporary file, leaving the target as it was.
    public func discard() {
        try? FileManager.default.removeItem(at: temporary)
    }
}
