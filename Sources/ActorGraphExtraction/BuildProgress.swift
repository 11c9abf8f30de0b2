import Foundation

/// How far a build is: documents and bytes done, counted over both passes of the extractor (each
/// document is read twice), reported as they finish from whichever thread finished them.
public final class BuildProgress: @unchecked Sendable {
    /// A moment of a build.
    public struct Snapshot: Sendable {
        /// Documents fully extracted (second pass done), of `files`.
        public var filesDone: Int
        public var files: Int
        /// Bytes processed over both passes, of `bytes` (twice the corpus's size).
        public var bytesDone: Int
        public var bytes: Int
        public var elapsed: TimeInterval

        /// Bytes of text per second so far.
        public var bytesPerSecond: Double { elapsed > 0 ? Double(bytesDone) / 2 / elapsed : 0 }
        /// Seconds left at the rate so far, if it can be told yet.
        public var secondsLeft: Double? {
            guard bytesDone > 0, elapsed > 0 else { return nil }
            return elapsed * Double(bytes - bytesDone) / Double(bytesDone)
        }
    }

    private let lock = NSLock()
    private let started = Date()
    private var current: Snapshot
    private let report: @Sendable (Snapshot) -> Void

    /// Progress over `files` documents of `bytes` bytes in all; `report` is called after each
    /// document of each pass, one call at a time.
    public init(files: Int, bytes: Int, report: @escaping @Sendable (Snapshot) -> Void) {
        current = Snapshot(filesDone: 0, files: files, bytesDone: 0, bytes: 2 * bytes, elapsed: 0)
        self.report = report
    }

    /// A document of `bytes` bytes went through a pass; `finished` after its last pass.
    func advance(bytes: Int, finished: Bool) {
        lock.lock()
        defer { lock.unlock() }
        current.bytesDone += bytes
        if finished { current.filesDone += 1 }
        current.elapsed = Date().timeIntervalSince(started)
        report(current)
    }
}
