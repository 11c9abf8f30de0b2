/// Values a command keeps until the process exits rather than freeing them when it returns: the
/// process ends right after, and freeing a graph of a million edges one object at a time (every
/// edge's evidence list and quotes) takes about a second that the system does at once.
enum KeptUntilExit {
    // Written only from the command's own thread, before it returns.
    nonisolated(unsafe) private static var values: [Any] = []

    static func keep(_ value: Any) {
        values.append(value)
    }
}
