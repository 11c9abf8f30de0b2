/// A command that cannot do what was asked, for a reason found while running (not a misspelt
/// option, which ArgumentParser reports with the usage). Printed as one line.
struct CommandError: Error, CustomStringConvertible {
    var description: String

    init(_ description: String) { self.description = description }
}
