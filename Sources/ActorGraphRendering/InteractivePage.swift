import ActorGraphModel
import ActorGraphStyle
import Foundation

/// What the page says of a document beside its name: from the corpus's manifest when known.
public struct PageDocument: Hashable, Sendable, Encodable {
    /// The headline.
    public var title: String?
    /// The outlet that published it.
    public var outlet: String?
    /// The publication date, `YYYY-MM-DD`.
    public var date: String?
    /// A link to the file, relative to the page (or absolute).
    public var href: String?

    public init(title: String? = nil, outlet: String? = nil, date: String? = nil, href: String? = nil) {
        self.title = title
        self.outlet = outlet
        self.date = date
        self.href = href
    }
}

/// A camp the page can colour: a label and its members.
public struct PageCamp: Hashable, Sendable, Encodable {
    public var label: String
    public var members: [ActorID]

    public init(label: String, members: [ActorID]) {
        self.label = label
        self.members = members
    }
}

/// `graph.html`: one self-contained page around a diagram. It needs no network and works from a
/// `file://` URL: the SVG, the script, the styles and the graph's data are all inline.
///
/// On the page: the Graphviz SVG (as ``SVGDecorator`` finishes it) with pan and zoom; a search
/// box that finds actors by name, id or any alias (ignoring case and diacritics); a click on an
/// actor or an edge opens a side panel with its evidence, each quote whole with its document's
/// title, outlet, date and a link to the file when known; filters by relation, actor kind,
/// date and minimum support; and a toggle that colours the camps.
///
/// The page is a pure function of its inputs, so the same graph gives byte-identical HTML.
public struct InteractivePage: Sendable {
    public var title: String
    public var graph: ActorGraph
    /// The SVG drawn from ``DOTEncoder`` text, with its node ids `actor-<id>` and edge ids
    /// `relation-<subject>--<relation>--<object>`.
    public var svg: Data
    public var camps: [PageCamp]
    /// Document details by document name; a document missing here is shown by its name.
    public var documents: [String: PageDocument]

    public init(title: String, graph: ActorGraph, svg: Data, camps: [PageCamp] = [], documents: [String: PageDocument] = [:]) {
        self.title = title
        self.graph = graph
        self.svg = svg
        self.camps = camps
        self.documents = documents
    }

    /// The page, UTF-8.
    public func html() -> Data {
        Data(htmlBytes())
    }

    /// ``html()``'s bytes as the array they are assembled in (a large graph's page is tens of
    /// megabytes: a `Data` of them is a copy), for a caller that writes them to a file.
    public func htmlBytes() -> [UInt8] {
        htmlBytes(data: dataBytes())
    }

    /// ``htmlBytes()`` around `data`, which must be ``dataBytes()`` of a page of the same graph,
    /// camps and documents (the SVG and title need not be known yet): a caller can make the data
    /// while Graphviz draws the SVG.
    public func htmlBytes(data: [UInt8]) -> [UInt8] {
        let page = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(Self.escaped(title))</title>
            <style>
            \(PageAssets.style)
            </style>
            </head>
            <body>
            <header>
              <h1>\(Self.escaped(title))</h1>
              <label class="search"><span>Find an actor</span>
                <input id="search" type="search" placeholder="Name or alias, e.g. Assad" autocomplete="off"></label>
              <ul id="results" role="listbox"></ul>
              <div class="zoom"><button id="zoom-in" title="Zoom in">+</button><button id="zoom-out" title="Zoom out">−</button><button id="zoom-fit" title="Fit to the window">Fit</button></div>
            </header>
            <main>
            <nav id="filters" aria-label="Filters">
            \(filters())
            </nav>
            <div id="canvas">
            \(Self.inlineSVG(svg))
            </div>
            <aside id="panel" hidden>
              <button id="panel-close" title="Close">×</button>
              <div id="panel-body"></div>
            </aside>
            </main>
            <script type="application/json" id="graph-data">\u{0}</script>
            <script>
            \(PageAssets.script)
            </script>
            </body>
            </html>

            """
        // The data (nearly all of a large graph's page) goes in as bytes where the NUL stands: as
        // a String it would be copied three more times (decoded, interpolated, encoded again).
        // The last NUL is the one: everything after it is the page's own script and markup.
        let text = Array(page.utf8)
        guard let slot = text.lastIndex(of: 0) else { return text }
        var bytes = [UInt8]()
        bytes.reserveCapacity(text.count + data.count)
        bytes.append(contentsOf: text[..<slot])
        bytes.append(contentsOf: data)
        bytes.append(contentsOf: text[(slot + 1)...])
        return bytes
    }

    // MARK: Parts

    /// The filter controls: relations and kinds present, dates, minimum support, camps.
    private func filters() -> String {
        let relations = Set(graph.relations.map(\.kind)).sorted()
        let kinds = Set(graph.actors.map(\.kind)).sorted()
        var parts = ["<fieldset><legend>Relations</legend>"]
        for relation in relations {
            let style = relation.style
            parts.append("<label><input type=\"checkbox\" class=\"f-relation\" value=\"\(relation.rawValue)\" checked>"
                + "<svg class=\"swatch\" width=\"28\" height=\"8\"><line x1=\"0\" y1=\"4\" x2=\"28\" y2=\"4\" stroke=\"\(style.color)\" stroke-width=\"2\"\(style.dashArray.map { " stroke-dasharray=\"\($0)\"" } ?? "")/></svg> "
                + Self.escaped(style.title) + "</label>")
        }
        parts.append("</fieldset><fieldset><legend>Actor kinds</legend>")
        for kind in kinds {
            let style = kind.style
            parts.append("<label><input type=\"checkbox\" class=\"f-kind\" value=\"\(kind.rawValue)\" checked>"
                + "<span class=\"chip\" style=\"background:\(style.fill);border-color:\(style.stroke)\"></span> "
                + Self.escaped(style.title) + "</label>")
        }
        parts.append("</fieldset><fieldset><legend>Dates</legend>")
        parts.append("<label>from <input type=\"date\" id=\"f-from\"></label><label>to <input type=\"date\" id=\"f-to\"></label>")
        parts.append("</fieldset><fieldset><legend>Support</legend>")
        parts.append("<label>at least <input type=\"number\" id=\"f-support\" min=\"0\" value=\"0\" step=\"1\"> document(s)</label>")
        parts.append("</fieldset><fieldset><legend>Camps</legend>")
        parts.append("<label><input type=\"checkbox\" id=\"f-camps\"\(camps.isEmpty ? " disabled" : "")> colour the camps</label><ul id=\"camp-list\"></ul>")
        parts.append("</fieldset><p class=\"hint\">Drag to pan, scroll to zoom; click an actor or a line for its evidence.</p>")
        return parts.joined(separator: "\n")
    }

    /// The SVG without its XML prolog and doctype, sized to fill the canvas.
    static func inlineSVG(_ svg: Data) -> String {
        let bytes = [UInt8](svg)
        // The start tag found by its bytes (Foundation's search below bridges the whole drawing to
        // search it): where "<svg" and the first ">" after it have ASCII on both sides, their
        // bytes are whole characters, and no other spelling is canonically equal to them, so this
        // is the range Foundation finds.
        if let start = asciiMatch(Array("<svg".utf8), in: bytes, from: 0), let open = asciiMatch([UInt8(ascii: ">")], in: bytes, from: start) {
            return fitted(String(decoding: bytes[start..<open], as: UTF8.self)) + String(decoding: bytes[open...], as: UTF8.self)
        }
        let text = String(decoding: svg, as: UTF8.self)
        guard let start = text.range(of: "<svg") else { return "" }
        let body = String(text[start.lowerBound...])
        guard let open = body.range(of: ">") else { return body }
        return fitted(String(body[..<open.lowerBound])) + body[open.lowerBound...]
    }

    /// The drawing's start tag (up to its ">") sized to fill the canvas and named: Graphviz's fixed
    /// size in points would stop the page fitting it to the window.
    private static func fitted(_ tag: String) -> String {
        // An ASCII tag (Graphviz writes one) by its bytes: the two expressions cost ~11 M
        // instructions for a tag of a few dozen bytes, every build.
        if tag.utf8.allSatisfy({ $0 < 0x80 }) {
            return filledWhole(filledWhole(tag, "width"), "height") + " id=\"diagram\""
        }
        return tag.replacingOccurrences(of: #"width="[^"]*""#, with: "width=\"100%\"", options: .regularExpression)
            .replacingOccurrences(of: #"height="[^"]*""#, with: "height=\"100%\"", options: .regularExpression)
            + " id=\"diagram\""
    }

    /// Every `name="…"` of the ASCII `tag` written `name="100%"`, as the expression
    /// `name="[^"]*"` matches them (leftmost first, each up to the next quote, not overlapping).
    static func filledWhole(_ tag: String, _ name: String) -> String {
        let bytes = Array(tag.utf8), needle = Array((name + "=\"").utf8), filled = Array((name + "=\"100%\"").utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 16)
        var copied = 0, i = 0
        while i + needle.count <= bytes.count {
            guard bytes[i..<(i + needle.count)].elementsEqual(needle),
                  let close = bytes[(i + needle.count)...].firstIndex(of: UInt8(ascii: "\""))
            else { i += 1; continue }
            out.append(contentsOf: bytes[copied..<i])
            out.append(contentsOf: filled)
            copied = close + 1
            i = close + 1
        }
        out.append(contentsOf: bytes[copied...])
        return String(decoding: out, as: UTF8.self)
    }

    /// Where the first occurrence of `needle` (ASCII) in `bytes` at or after `from` begins, when
    /// the bytes just before and after it are ASCII too (or the ends); nil when there is none or
    /// the first is not so bounded.
    static func asciiMatch(_ needle: [UInt8], in bytes: [UInt8], from: Int) -> Int? {
        guard let first = needle.first, needle.count <= bytes.count else { return nil }
        var i = from
        while i + needle.count <= bytes.count {
            guard let at = bytes[i...(bytes.count - needle.count)].firstIndex(of: first) else { return nil }
            if bytes[at..<(at + needle.count)].elementsEqual(needle) {
                let end = at + needle.count
                guard at == 0 || bytes[at - 1] < 0x80, end == bytes.count || bytes[end] < 0x80 else { return nil }
                return at
            }
            i = at + 1
        }
        return nil
    }

    /// The graph as the script reads it.
    func dataJSON() -> String {
        String(decoding: dataBytes(), as: UTF8.self)
    }

    /// The graph's data as the page embeds it (``dataJSON()``'s UTF-8 bytes, made without a
    /// String); it depends on ``graph``, ``camps`` and ``documents`` only.
    ///
    /// The data is one JSON object, its keys sorted, as `JSONEncoder` (`.sortedKeys`, slashes
    /// escaped, so that "</script>" cannot occur) writes ``PageData``: the edges' evidence is
    /// written by ``PageJSON``, each item `[document, quote, sentence]` with the document an
    /// index into `documentNames` and the quote an index into `quotes`, which hold each distinct
    /// name and text once. A syndicated sentence is carried by every outlet that printed it: on
    /// the 20 MB benchmark corpus 125,752 quotes are 161 texts, and the page went from 32 MB to
    /// a few.
    public func dataBytes() -> [UInt8] {
        let nodes = graph.actors.map { actor in
            PageData.Node(
                id: actor.id.rawValue, element: "actor-" + actor.id.rawValue, label: actor.name, kind: actor.kind.rawValue,
                kindTitle: actor.kind.style.title, aliases: actor.aliases, place: actor.place, date: actor.date)
        }
        let relations = RelationKind.allCases.map { PageData.Style(id: $0.rawValue, title: $0.style.title, color: $0.style.color) }
        var edges = PageJSON()
        edges.edges(graph)
        // The object's members in sorted key order, each value as JSONEncoder writes it.
        var data = PageJSON()
        data.bytes.append(UInt8(ascii: "{"))
        data.member("campColors", Self.encoded(Self.campColors))
        data.member("camps", Self.encoded(camps))
        data.member("documentNames", edges.documentNames.json)
        var details = PageJSON()
        details.documents(documents)
        data.member("documents", details.bytes)
        data.member("edges", edges.bytes)
        data.member("nodes", Self.encoded(nodes))
        data.member("quotes", edges.quotes.json)
        data.member("relations", Self.encoded(relations))
        data.bytes.append(UInt8(ascii: "}"))
        // "<!--" would start a script-data escape in HTML; U+2028/2029 are fine in JSON.parse.
        // (A byte scan: Foundation's replacingOccurrences costs seconds on a large graph's data.)
        var out: [UInt8] = []
        out.reserveCapacity(data.bytes.count + 64)
        Self.appendEscapingComments(data.bytes[...], to: &out)
        return out
    }

    /// `value` as `JSONEncoder` writes it with sorted keys (slashes escaped).
    private static func encoded<T: Encodable>(_ value: T) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        // Strings, numbers, arrays and dictionaries of them: nothing here can fail to encode.
        return (try? encoder.encode(value)).map { [UInt8]($0) } ?? Array("null".utf8)
    }

    /// Appends `bytes` to `out` with every "<!--" written "<\u0021--".
    static func appendEscapingComments(_ bytes: ArraySlice<UInt8>, to out: inout [UInt8]) {
        let escaped = Array("<\\u0021--".utf8)
        // Each "<" found by `memchr` (the slice's `firstIndex` stepped a byte at a time: 17 M
        // instructions for a large corpus's data, every build).
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            var copied = 0, i = 0
            while i < buffer.count, let found = memchr(base + i, Int32(UInt8(ascii: "<")), buffer.count - i) {
                let at = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                i = at + 1
                guard at + 4 <= buffer.count, buffer[at + 1] == UInt8(ascii: "!"), buffer[at + 2] == UInt8(ascii: "-"), buffer[at + 3] == UInt8(ascii: "-")
                else { continue }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[copied..<at]))
                out.append(contentsOf: escaped)
                copied = at + 4
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[copied...]))
        }
    }

    /// Fills for the camps, from the Okabe–Ito palette, light enough to read black text on.
    static let campColors = ["#F5C46B", "#9FD3F2", "#7FD1B5", "#F3EB8C", "#7FAED6", "#EFA27A", "#E6B8D3", "#C8C8C8"]

    /// `text` with `&`, `<`, `>`, `"` as entities, for HTML text and attributes.
    static func escaped(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(character)
            }
        }
        return out
    }
}

/// The parts of the data embedded in the page that `JSONEncoder` writes.
enum PageData {
    struct Node: Encodable {
        var id: String
        var element: String
        var label: String
        var kind: String
        var kindTitle: String
        var aliases: [String]
        var place: String?
        var date: String?
    }

    struct Style: Encodable {
        var id: String
        var title: String
        var color: String
    }

    // The page's data is {campColors, camps, documentNames, documents, edges, nodes, quotes,
    // relations}; ``PageJSON`` writes the edges ({element, evidence: [[document, quote,
    // sentence]], relation, source, support, target, title}) and the two tables they index.
}

/// JSON text as `JSONEncoder` writes it (`.sortedKeys`, slashes escaped), for the page's edges.
struct PageJSON {
    var bytes: [UInt8] = []
    /// The names of the documents the evidence written so far cites, each once.
    var documentNames = UTF8Interner()
    /// The quotes of the evidence written so far, each spelling once (the page shows each exactly
    /// as the graph has it).
    var quotes = UTF8Interner()

    /// `"name":`
    mutating func key(_ name: String) {
        string(name)
        bytes.append(UInt8(ascii: ":"))
    }

    /// `"name":` and `json` (a value already written), after a comma unless it is the first member.
    mutating func member(_ name: String, _ json: [UInt8]) {
        if bytes.last != UInt8(ascii: "{") { bytes.append(UInt8(ascii: ",")) }
        key(name)
        bytes.append(contentsOf: json)
    }

    mutating func string(_ text: String) {
        bytes.appendJSONString(text, escapingSolidus: true)
    }

    mutating func number(_ value: Int) {
        bytes.appendDecimal(value)
    }

    /// What the page says of each document, by name in byte order, each with the keys it has
    /// (`date`, `href`, `outlet`, `title`): as `JSONEncoder` writes the dictionary (thousands of
    /// documents on a large corpus, which it took a tenth of the page's time to encode).
    mutating func documents(_ documents: [String: PageDocument]) {
        bytes.append(UInt8(ascii: "{"))
        // By their UTF-8 bytes, as JSONEncoder orders keys (not `<`, which compares "é" however spelled);
        // the bytes taken once per name (comparing the views went through their iterators).
        let sorted = documents.map { (bytes: Array($0.key.utf8), entry: $0) }.sorted { $0.bytes.lexicographicallyPrecedes($1.bytes) }
        for i in sorted.indices {
            let (name, document) = sorted[i].entry
            if i > 0 { bytes.append(UInt8(ascii: ",")) }
            key(name)
            bytes.append(UInt8(ascii: "{"))
            // The fields one call each (a list of the four made per document, thousands of them,
            // cost as much as writing them).
            var first = true
            field("date", document.date, first: &first)
            field("href", document.href, first: &first)
            field("outlet", document.outlet, first: &first)
            field("title", document.title, first: &first)
            bytes.append(UInt8(ascii: "}"))
        }
        bytes.append(UInt8(ascii: "}"))
    }

    /// `"name":"value"` when there is a value, after a comma unless it is the object's first.
    private mutating func field(_ name: String, _ value: String?, first: inout Bool) {
        guard let value else { return }
        if !first { bytes.append(UInt8(ascii: ",")) }
        first = false
        key(name)
        string(value)
    }

    /// The graph's edges as the page reads them, in relation order; each evidence item is
    /// `[document, quote, sentence]`, the first two numbered in ``documentNames`` and ``quotes``.
    mutating func edges(_ graph: ActorGraph) {
        bytes.append(UInt8(ascii: "["))
        var run = ByteRun(capacity: 1 << 16)
        defer { run.free() }
        for (i, relation) in graph.relations.enumerated() {
            if i > 0 { bytes.append(UInt8(ascii: ",")) }
            bytes.append(UInt8(ascii: "{"))
            key("element")
            string("relation-\(relation.subject.rawValue)--\(relation.kind.rawValue)--\(relation.object.rawValue)")
            bytes.append(UInt8(ascii: ","))
            key("evidence")
            bytes.append(UInt8(ascii: "["))
            // By index, not `enumerated()`: its iterator copied (retained and released) each item.
            // Written through `run` (room made once an item), where the array's appends cost more
            // than the rest of the page: a large corpus has a hundred thousand items.
            let evidence = relation.evidence
            run.removeAll()
            for j in evidence.indices {
                let document = documentNames.number(evidence[j].doc), quote = quotes.number(evidence[j].quote)
                run.reserve(3 * ByteRun.longest + 5)
                if j > 0 { run.byte(UInt8(ascii: ",")) }
                run.byte(UInt8(ascii: "["))
                run.decimal(document)
                run.byte(UInt8(ascii: ","))
                run.decimal(quote)
                run.byte(UInt8(ascii: ","))
                run.decimal(evidence[j].sentence)
                run.byte(UInt8(ascii: "]"))
            }
            run.append(to: &bytes)
            bytes.append(UInt8(ascii: "]"))
            for (name, value) in [("relation", relation.kind.rawValue), ("source", relation.subject.rawValue)] {
                bytes.append(UInt8(ascii: ","))
                key(name)
                string(value)
            }
            bytes.append(UInt8(ascii: ","))
            key("support")
            number(relation.support)
            for (name, value) in [("target", relation.object.rawValue), ("title", relation.kind.style.title)] {
                bytes.append(UInt8(ascii: ","))
                key(name)
                string(value)
            }
            bytes.append(UInt8(ascii: "}"))
        }
        bytes.append(UInt8(ascii: "]"))
    }
}
