import Foundation

/// A Graphviz layout program, run in-process.
public enum LayoutEngine: String, CaseIterable, Sendable {
    /// Layered, for directed graphs: clear direction, slow on dense graphs (hundreds of nodes).
    case dot
    /// Spring model (stress majorization): good for small undirected-looking graphs.
    case neato
    /// Force-directed, with cluster support.
    case fdp
    /// Multiscale force-directed: the one for thousands of nodes.
    case sfdp
    /// Circular.
    case circo
    /// Radial, around a root.
    case twopi

    /// Parses an engine name as users type it (`dot`, `SFDP`).
    /// - Throws: ``RenderError/unknownEngine(_:)``, listing the valid names.
    public init(parsing text: String) throws(RenderError) {
        guard let engine = LayoutEngine(rawValue: text.lowercased().trimmingCharacters(in: .whitespaces)) else {
            throw RenderError.unknownEngine(text)
        }
        self = engine
    }
}
