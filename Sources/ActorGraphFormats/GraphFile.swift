import ActorGraphModel
import Foundation

/// Reads a graph file in any format the import side knows, chosen by the file's extension or,
/// for standard input and unknown extensions, by its first bytes.
public enum GraphFile {
    /// The extensions ``load(_:)`` reads.
    public static let readableExtensions = ["json", "cyjs", "graphml", "xml", "gexf"]

    /// Loads the graph in `url`: node-link JSON or Cytoscape JSON (`.json`, `.cyjs`; see
    /// ``NodeLinkJSON``, ``CytoscapeJSON``), GraphML (`.graphml`, see ``GraphML``) or GEXF
    /// (`.gexf`, see ``GEXF``), whether written by ActorGraph or by another tool; which one a
    /// file holds is read from its content (``decode(_:source:)``).
    public static func load(_ url: URL) throws -> ActorGraph {
        let data = try InputFile.read(url)
        let ext = url.pathExtension.lowercased()
        guard readableExtensions.contains(ext) else {
            throw FormatError(url.path, "unknown graph format “.\(url.pathExtension)”; readable: \(readableExtensions.map { "." + $0 }.joined(separator: ", "))")
        }
        return try decode(data, source: url.path)
    }

    /// `url` read for a query that prints only part of its graph (``NodeLinkOutline``), or nil when
    /// it is not node-link JSON that reads without error. Nil is no error: ``load(_:)`` then reads
    /// the file, in whatever format it is, and reports what is wrong with it.
    public static func outline(_ url: URL) -> NodeLinkOutline? {
        guard readableExtensions.contains(url.pathExtension.lowercased()), let file = try? FileHandle(forReadingFrom: url) else { return nil }
        defer { try? file.close() }
        guard Sniffed((try? file.read(upToCount: 4096)) ?? Data()) == .json else { return nil }
        return (try? NodeLinkOutline.read(mapping: url)) ?? nil
    }

    /// The graph in `data`, in whichever readable format its content shows: a JSON object with
    /// `elements` is Cytoscape JSON, another JSON object node-link JSON; an XML document GraphML
    /// or GEXF by its root element.
    /// - Parameter source: the name errors give the input (a path, or "standard input").
    public static func decode(_ data: Data, source: String) throws -> ActorGraph {
        switch Sniffed(data) {
        case .json:
            do {
                return try NodeLinkJSON.decode(data, source: source)
            } catch {
                // Cytoscape JSON has no top-level "nodes"; try it only when node-link JSON fails,
                // so graph.json is parsed once.
                guard data.range(of: Data("\"elements\"".utf8)) != nil else { throw error }
                return try CytoscapeJSON.decode(data, source: source)
            }
        case .graphML:
            return try GraphML.decode(data, source: source)
        case .gexf:
            return try GEXF.decode(data, source: source)
        case .unknown:
            throw FormatError(source, "not a graph ActorGraph reads: expected node-link JSON, Cytoscape JSON, GraphML or GEXF")
        }
    }

    /// What the first bytes of a document say it is.
    enum Sniffed {
        case json, graphML, gexf, unknown

        init(_ data: Data) {
            var bytes = data.prefix(4096)
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
            let head = String(decoding: bytes, as: UTF8.self)
            let trimmed = head.drop { $0.isWhitespace }
            if trimmed.hasPrefix("{") {
                self = .json
            } else if trimmed.hasPrefix("<"), head.contains("<graphml") {
                self = .graphML
            } else if trimmed.hasPrefix("<"), head.contains("<gexf") {
                self = .gexf
            } else {
                self = .unknown
            }
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
            // Mapped, not copied: graph.json can be hundreds of megabytes, and its pages come
            // straight from the page cache. (ActorGraph writes its files by rename, so a file being
            // read is never rewritten in place.) What cannot be mapped, a pipe say, is read.
            if let mapped = try? Data(contentsOf: url, options: .alwaysMapped) { return mapped }
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
