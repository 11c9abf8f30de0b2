import ActorGraphModel
import Foundation

/// Graphs written by hand: a YAML or JSON document of actors, events and relations
/// (``StructuredInputDocument``), or a CSV edge list (``StructuredInputCSV``).
///
/// ``load(_:)-(URL)`` reads one file of any kind the command line accepts, choosing by extension
/// and, for `.json`, by content: a document with `nodes` is graph.json (``GraphFile``), one with
/// `actors`, `events` or `relations` is structured input. ``load(_:)-([URL])`` reads several and
/// merges them; a CSV edge list may then name actors declared in the other files.
public enum StructuredInput {
    /// The extensions of structured input files.
    public static let extensions = ["yaml", "yml", "json", "csv"]

    /// Loads one file: structured input (YAML, JSON with `actors`/`relations`, CSV) or any graph
    /// file ``GraphFile`` reads.
    public static func load(_ url: URL) throws -> ActorGraph {
        try load([url])
    }

    /// Loads every file and merges them into one graph. Graph files and YAML/JSON documents are
    /// read first, in the order given; CSV edge lists come last, so their names resolve against
    /// every actor declared anywhere.
    /// - Throws: ``FormatError`` naming the file (and line) of the first problem.
    public static func load(_ urls: [URL]) throws -> ActorGraph {
        var graph = ActorGraph()
        var edgeLists: [URL] = []
        for url in urls {
            let loaded: ActorGraph
            switch url.pathExtension.lowercased() {
            case "csv":
                edgeLists.append(url)
                continue
            case "yaml", "yml":
                loaded = try StructuredInputDocument.parse(InputFile.readText(url), source: url.path)
            case "json":
                let data = try InputFile.read(url)
                try NestingDepth.checkJSON(data, source: url.path)
                if isNodeLink(data) {
                    loaded = try NodeLinkJSON.decode(data, source: url.path)
                } else {
                    loaded = try StructuredInputDocument.parse(InputFile.readText(url), source: url.path)
                }
            case let other where GraphFile.readableExtensions.contains(other):
                loaded = try GraphFile.load(url)
            default:
                let readable = Set(extensions + GraphFile.readableExtensions).sorted().map { "." + $0 }
                throw FormatError(url.path, "unknown input format “.\(url.pathExtension)”; readable: \(readable.joined(separator: ", "))")
            }
            try merge(loaded, into: &graph, source: url.path)
        }
        for url in edgeLists {
            graph = try StructuredInputCSV.parse(InputFile.readText(url), source: url.path, known: graph)
        }
        return graph
    }

    /// Whether `data` is a JSON object with a `nodes` key (graph.json) rather than structured input.
    static func isNodeLink(_ data: Data) -> Bool {
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return false }
        return object["nodes"] != nil
    }

    private static func merge(_ other: ActorGraph, into graph: inout ActorGraph, source: String) throws {
        do {
            try graph.merge(other)
        } catch let error as GraphError {
            throw FormatError(source, "does not fit the files before it: \(error.description)")
        }
    }
}
