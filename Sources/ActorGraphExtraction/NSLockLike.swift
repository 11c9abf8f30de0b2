import Foundation

/// A mutual-exclusion lock (Foundation's NSLock under a small wrapper).
final class NSLockLike: @unchecked Sendable {
    private let lock = NSLock()
    func withLock<R>(_ body: () throws -> R) rethrows -> R {
        lock.lock()
        defer { lock.unlock() }
        return try body()
    }
}
