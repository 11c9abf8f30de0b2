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
