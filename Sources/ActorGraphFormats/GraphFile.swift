import ActorGraphModel
import Foundation

/// Reads a graph file in any format the import side knows, chosen by the file's extension.
public enum GraphFile {
    /// The extensions ``load(_:)`` reads.
    public static let readableExtensions = ["json", "graphml"]

    /// Loads the graph in `url`: node-link JSON (`.json`, see ``NodeLinkJSON``) or GraphML
    /// (`.graphml`, see ``GraphML``), whether written by ActorGraph or by another tool.
    public static func load(_ url: URL) throws -> ActorGraph {
        let data = try InputFile.read(url)
        switch url.pathExtension.lowercased() {
        case "json":
            return try NodeLinkJSON.decode(data, source: url.path)
        case "graphml":
            return try GraphML.decode(data, source: url.path)
        default:
            throw FormatError(url.path, "unknown graph format “.\(url.pathExtension)”; readable: \(readableExtensions.map { "." + $0 }.joined(separator: ", "))")
        }
    }
}

/// Reads input files with errors a user can act on.
public enum InputFile {
    /// The bytes of `url`, or a ``FormatError`` saying why they cannot be had.
    public static func read(_ url: URL) throws -> Data {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) else {
            throw FormatError(url.path, "no such file")
        }
        guard !isFolder.boolValue else { throw FormatError(url.path, "is a folder, not a file") }
        do {
            return try Data(contentsOf: url)
        } catch {
            throw FormatError(url.path, "cannot read: \(error.localizedDescription)")
        }
    }

    /// The text of `url`, which must be valid UTF-8 (a leading byte-order mark is dropped).
    public static func readText(_ url: URL) throws -> String {
        var data = try read(url)
        if data.starts(with: [0xEF, 0xBB, 0xBF]) { data.removeFirst(3) }
        guard let text = String(data: data, encoding: .utf8) else {
            throw FormatError(url.path, "not valid UTF-8 text")
        }
        return text
    }
}
