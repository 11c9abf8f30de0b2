import Foundation

/// Writes output files atomically: the bytes go to a temporary file beside the target, which is
/// then renamed over it, so a reader never sees a half-written file and a failed run leaves the
/// previous file intact.
public enum OutputFile {
    /// Writes `data` to `url`, creating the parent folder when it is missing.
    public static func write(_ data: Data, to url: URL) throws {
        let folder = url.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try data.write(to: url, options: .atomic)
        } catch {
            throw FormatError(url.path, "cannot write: \(error.localizedDescription)")
        }
    }
}

extension OutputFile {
    /// Writes `bytes` to `url` as ``write(_:to:)`` writes a `Data`, without copying them first.
    public static func write(_ bytes: [UInt8], to url: URL) throws {
        try withData(bytes) { try write($0, to: url) }
    }

    /// Stages `bytes` as ``stage(_:to:)`` stages a `Data`, without copying them first.
    public static func stage(_ bytes: [UInt8], to url: URL) throws -> StagedFile {
        try withData(bytes) { try stage($0, to: url) }
    }

    /// `body` given a `Data` over the array's own storage, valid only during the call.
    private static func withData<T>(_ bytes: [UInt8], _ body: (Data) throws -> T) throws -> T {
        try bytes.withUnsafeBytes { raw in
            guard let base = raw.baseAddress else { return try body(Data()) }
            // `.none`: the array owns the bytes; the Data is only read, and not kept.
            return try body(Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: base), count: raw.count, deallocator: .none))
        }
    }

    /// Writes `data` beside `url` under a temporary name (`.NAME.PID.tmp`), not yet in place:
    /// a program can write its files while other work goes on, and put them in place with
    /// ``StagedFile/commit()`` only once that work succeeded.
    /// - Throws: ``FormatError`` when the file cannot be written (nothing is left behind).
    public static func stage(_ data: Data, to url: URL) throws -> StagedFile {
        let folder = url.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try data.write(to: temporary)
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw FormatError(url.path, "cannot write: \(error.localizedDescription)")
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
