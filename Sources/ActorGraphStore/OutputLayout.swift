import Foundation

/// Where the pieces of an output file lie (graph.json's `NodeLinkLayout`, encoded) and the
/// digest (``FileDigest``) of the file they describe: what ``GraphStore/outputLayout(_:)``
/// reads back for the next update.
public struct OutputLayout: Hashable, Sendable {
    /// The output file's name in the output folder (`graph.json`).
    public var name: String
    /// The file's ``FileDigest``.
    public var digest: String
    /// The encoded layout.
    public var layout: Data

    public init(name: String, digest: String, layout: Data) {
        self.name = name
        self.digest = digest
        self.layout = layout
    }
}
