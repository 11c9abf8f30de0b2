import Foundation

/// A value one thread hands to another: ``fulfil(_:)`` once, ``value()`` waits for it.
///
/// The thread that fulfils must do so on every path, failures included (with a value that says
/// so), or the waiting one waits forever.
final class Handoff<T: Sendable>: @unchecked Sendable {
    // @unchecked: `stored` is written once, before `ready` is left; it is read only after
    // waiting on `ready`.
    private var stored: T?
    private let ready = DispatchGroup()

    init() {
        ready.enter()
    }

    func fulfil(_ value: T) {
        stored = value
        ready.leave()
    }

    /// The value, once handed over.
    func value() -> T {
        ready.wait()
        guard let stored else { preconditionFailure("a handoff was left without its value") }
        return stored
    }
}
