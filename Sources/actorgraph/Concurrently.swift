import Foundation

/// Runs `first` and `second` at the same time (on two cores when there are two) and returns both
/// results once both are done; when both throw, `first`'s error is the one thrown.
///
/// `first` runs on the calling thread and `second` on a thread of its own, so that a call made
/// inside another (the build writes its store beside drawing its files, and drawing runs
/// graph.json beside the diagrams) still runs its two halves at once: `concurrentPerform`, used
/// before, runs a nested call's iterations one after the other, which left one core idle while
/// the other wrote graph.json and then drew.
func concurrently<A, B>(_ first: @Sendable () throws -> A, _ second: @Sendable () throws -> B) throws -> (A, B) {
    let results = ResultPair<A, B>()
    let done = DispatchSemaphore(value: 0)
    // The thread is waited for before this returns, and lets go of `second` before it signals
    // (the Thread object itself may live on a little; it holds only the emptied box).
    withoutActuallyEscaping(second) { second in
        let work = WorkBox()
        work.body = { results.second = Result(catching: second) }
        let thread = Thread {
            work.body?()
            work.body = nil
            done.signal()
        }
        // As much as the main thread has: Graphviz's layout recurses on a large graph.
        thread.stackSize = 8 << 20
        thread.start()
        results.first = Result(catching: first)
        done.wait()
    }
    // Both are set: `first` above, `second` before the signal waited for.
    guard let a = results.first, let b = results.second else { preconditionFailure("a concurrent half left no result") }
    return (try a.get(), try b.get())
}

/// The two results of ``concurrently(_:_:)``.
private final class ResultPair<A, B>: @unchecked Sendable {
    // @unchecked: each property is written by one thread only, and read after both are done (the
    // semaphore orders the second thread's write before the read).
    var first: Result<A, any Error>?
    var second: Result<B, any Error>?
}

/// The work of ``concurrently(_:_:)``'s second thread, emptied once done.
private final class WorkBox: @unchecked Sendable {
    // @unchecked: set before the thread starts, then used and emptied by that thread alone.
    var body: (() -> Void)?
}
