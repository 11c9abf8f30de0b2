/// Why a file could not be read or written. Messages fit on one line and name the file.
public struct FormatError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file (or other source) the problem is in.
    public var source: String
    /// What is wrong, in words a user can act on.
    public var reason: String

    public init(_ source: String, _ reason: String) {
        self.source = source
        self.reason = reason
    }

    public var description: String { "\(source): \(reason)" }
}
