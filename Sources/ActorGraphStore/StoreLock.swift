import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An exclusive advisory lock on a store, held by one writing process at a time: a second build
/// or load against the same store fails at once with ``StoreError/busy(path:)`` instead of
/// interleaving its writes. The lock is a `flock` on `<store>.lock` (not on the store itself,
/// which a full build replaces by renaming a new file over it); the kernel releases it when the
/// process ends, so a killed build never leaves the store locked.
public final class StoreLock: @unchecked Sendable {
    // @unchecked: the descriptor is written once in init and closed once in deinit.
    private let descriptor: Int32

    /// Takes the lock of the store at `store`, creating the lock file beside it.
    /// - Throws: ``StoreError/busy(path:)`` when another process holds it,
    ///   ``StoreError/database(path:message:)`` when the lock file cannot be made.
    public init(store: URL) throws {
        let path = store.path + ".lock"
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else {
            throw StoreError.database(path: path, message: "cannot create the lock file (\(String(cString: strerror(errno))))")
        }
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
            let busy = errno == EWOULDBLOCK
            close(fd)
            throw busy ? StoreError.busy(path: store.path) : StoreError.database(path: path, message: "cannot lock (\(String(cString: strerror(errno))))")
        }
        descriptor = fd
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
