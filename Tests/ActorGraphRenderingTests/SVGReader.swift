import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Reads back what a user sees in an SVG Graphviz wrote: for each node, edge and cluster group,
/// its id, class, title, text lines and hover tooltip.
final class SVGReader: NSObject, XMLParserDelegate {
    struct Element: Equatable {
        var id = ""
        var classes: [String] = []
        var title = ""
        var texts: [String] = []
        var tooltip: String?
    }

    private(set) var root: String?
    private(set) var elements: [Element] = []
    private var current: Element?
    private var depth = 0
    private var openDepth = 0
    private var buffer: String?
    private var bufferTarget = ""

    /// Parses `data`; nil when it is not well-formed XML.
    static func read(_ data: Data) -> SVGReader? {
        let reader = SVGReader()
        let parser = XMLParser(data: data)
        parser.delegate = reader
        return parser.parse() ? reader : nil
    }

    /// The groups whose class list contains `kind` ("node", "edge", "cluster").
    func elements(ofClass kind: String) -> [Element] { elements.filter { $0.classes.contains(kind) } }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        depth += 1
        if root == nil { root = name }
        if name == "g", let classes = attributes["class"]?.split(separator: " ").map(String.init),
           classes.contains(where: { ["node", "edge", "cluster"].contains($0) }), current == nil
        {
            current = Element(id: attributes["id"] ?? "", classes: classes)
            openDepth = depth
        }
        if current != nil {
            if name == "a", let tooltip = attributes["xlink:title"], current?.tooltip == nil { current?.tooltip = tooltip }
            if name == "title" || name == "text" { buffer = ""; bufferTarget = name }
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { buffer? += string }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if let text = buffer, name == bufferTarget {
            if name == "title" { current?.title = text } else { current?.texts.append(text) }
            buffer = nil
        }
        if depth == openDepth, let element = current {
            elements.append(element)
            current = nil
        }
        depth -= 1
    }
}
