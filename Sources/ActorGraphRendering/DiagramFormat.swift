import Foundation

/// A file format Graphviz renders a laid-out graph to.
public enum DiagramFormat: String, CaseIterable, Comparable, Sendable {
    /// Scalable vector graphics, with an `id`, `class` and hover tooltip on every node and edge.
    case svg
    /// A bitmap (through cairo).
    case png
    /// A vector document (through cairo).
    case pdf
    /// DOT with the layout's coordinates (`pos`, `bb`) attached, for other Graphviz tools.
    case dot
    /// Graphviz's JSON: the graph, its attributes and the layout's coordinates.
    case json

    /// The file extension of the format, without a dot.
    public var fileExtension: String { rawValue }

    /// Parses a format name as users type it (`svg`, `SVG`).
    /// - Throws: ``RenderError/unknownFormat(_:)``, listing the valid names.
    public init(parsing text: String) throws(RenderError) {
        guard let format = DiagramFormat(rawValue: text.lowercased()) else {
            throw RenderError.unknownFormat(text)
        }
        self = format
    }

    /// Parses a comma-separated list (`svg,png`), dropping repeats and keeping the order given.
    public static func list(parsing text: String) throws(RenderError) -> [DiagramFormat] {
        var formats: [DiagramFormat] = []
        for part in text.split(separator: ",", omittingEmptySubsequences: false) {
            let format = try DiagramFormat(parsing: part.trimmingCharacters(in: .whitespaces))
            if !formats.contains(format) { formats.append(format) }
        }
        return formats
    }

    /// Formats in the order one layout is rendered to them. `dot` and `json` write the layout's
    /// coordinates back into the graph's attributes, so they come after the drawings: an SVG is
    /// then the same whether or not DOT was asked for too.
    public static func < (lhs: DiagramFormat, rhs: DiagramFormat) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
