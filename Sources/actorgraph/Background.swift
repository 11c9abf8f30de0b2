import Foundation

/// A value computed on another thread from the moment it is made, for work that another can
/// overlap; ``value()`` waits for it.
final class Background<T: Sendable>: @unchecked Sendable {
    // @unchecked: `result` is written once, by the worker, before `done` is left; it is read
    // only after waiting on `done`.
    private var result: Result<T, any Error>?
    private let done = DispatchGroup()

    init(_ body: @escaping @Sendable () throws -> T) {
        done.enter()
        DispatchQueue.global().async {
            self.result = Result(catching: body)
            self.done.leave()
        }
    }

    /// The value, once computed.
    /// - Throws: the error the computation threw.
    func value() throws -> T {
        done.wait()
        guard let result else { preconditionFailure("the background work left no result") }
        return try result.get()
    }

    /// The error the computation threw, if it did (waits for it to end).
    var failure: (any Error)? {
        done.wait()
        if case .failure(let error)? = result { return error }
        return nil
    }
}
