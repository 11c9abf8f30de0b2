import ActorGraphExtraction
import Foundation

/// One line on an interactive standard error that a build rewrites as it goes: documents done,
/// speed and time left. Redrawn at most five times a second, and cleared at the end.
final class ProgressLine: @unchecked Sendable {
    private let lock = NSLock()
    private var lastDrawn = Date.distantPast
    private var drawn = false

    /// A progress line when standard error is a terminal, else nil: scripts and logs stay quiet.
    static func ifInteractive() -> ProgressLine? {
        isatty(STDERR_FILENO) == 1 ? ProgressLine() : nil
    }

    func show(_ progress: BuildProgress.Snapshot) {
        lock.lock()
        defer { lock.unlock() }
        let now = Date()
        guard now.timeIntervalSince(lastDrawn) >= 0.2 || progress.filesDone == progress.files else { return }
        lastDrawn = now
        var line = "build: \(progress.filesDone)/\(progress.files) documents"
        line += String(format: " · %.1f MB/s", progress.bytesPerSecond / 1e6)
        if let left = progress.secondsLeft { line += " · \(Int(left.rounded()) / 60):" + String(format: "%02d", Int(left.rounded()) % 60) + " left" }
        FileHandle.standardError.write(Data("\r\u{1B}[K\(line)".utf8))
        drawn = true
    }

    /// Clears the line, so what the build prints next starts on a clean line.
    func finish() {
        lock.lock()
        defer { lock.unlock() }
        if drawn { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }
}
