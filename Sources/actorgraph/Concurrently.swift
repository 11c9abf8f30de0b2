import Foundation

/// Runs `first` and `second` at the same time (on two cores when there are two) and returns both
/// results once both are done; when both throw, `first`'s error is the one thrown.
func concurrently<A, B>(_ first: @Sendable () throws -> A, _ second: @Sendable () throws -> B) throws -> (A, B) {
    let results = ResultPair<A, B>()
    DispatchQueue.concurrentPerform(iterations: 2) { i in
        if i == 0 { results.first = Result(catching: first) } else { results.second = Result(catching: second) }
    }
    // Both are set: concurrentPerform returns once both iterations have.
    guard let a = results.first, let b = results.second else { preconditionFailure("concurrentPerform skipped an iteration") }
    return (try a.get(), try b.get())
}

/// The two results of ``concurrently(_:_:)``.
private final class ResultPair<A, B>: @unchecked Sendable {
    // @unchecked: each property is written by one iteration only, and read after both returned.
    var first: Result<A, any Error>?
    var second: Result<B, any Error>?
}
