import ActorGraphModel
import Foundation

/// A CSV edge list: one relation per row, `subject,relation,object[,evidence]`.
///
/// ```csv
/// subject,relation,object,evidence
/// Russia:state,backs,Bashar al-Assad:person,"Russia, an ally of Assad, ..."
/// Iran:state,opposes,Saudi Arabia:state,
/// Iran,attended,Vienna 2015-10-30:event,
/// ```
///
/// - A CSV has no kinds of its own, so an actor's kind is given once, on any of its cells, as
///   `Name:kind` (`Islamic State:armed_group`); later cells name it plainly. An actor declared in a
///   YAML or JSON file loaded alongside (``StructuredInput/load(_:)-([URL])``) needs no kind.
///   `Vienna 2015-10-30:event` is the event at Vienna on that date.
/// - The header row is optional; with one, columns go by name (`subject`, `relation`, `object`,
///   `evidence`, `doc`) in any order. Without one, the columns are subject, relation, object and
///   an optional evidence quote.
/// - Quotes are attributed to the `doc` column, else to the CSV file's name. Fields follow
///   RFC 4180 (double quotes, `""` inside them); blank lines and lines starting with `#` are skipped.
public enum StructuredInputCSV {
    /// The column names a header may use.
    public static let columns = ["subject", "relation", "object", "evidence", "doc"]

    /// Parses `text` into `known`, which supplies the actors rows may name without a kind.
    /// - Parameter source: the file's path, for errors and as the default document of quotes.
    /// - Throws: ``FormatError`` with `source:line` and the problem.
    public static func parse(_ text: String, source: String, known: ActorGraph = ActorGraph()) throws -> ActorGraph {
        var graph = known
        let defaultDoc = URL(fileURLWithPath: source).lastPathComponent
        var rows = try records(text, source: source)
        guard !rows.isEmpty else { throw FormatError(source, "empty edge list; expected rows of subject,relation,object[,evidence]") }

        var index = ["subject": 0, "relation": 1, "object": 2, "evidence": 3]
        let first = rows[0].fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        if first.contains("subject") || first.contains("relation") {
            index = [:]
            for (position, name) in first.enumerated() {
                guard columns.contains(name) else {
                    throw FormatError("\(source):\(rows[0].line)", "unknown column “\(name)”; use \(columns.joined(separator: ", "))")
                }
                index[name] = position
            }
            for needed in ["subject", "relation", "object"] where index[needed] == nil {
                throw FormatError("\(source):\(rows[0].line)", "the header has no “\(needed)” column")
            }
            rows.removeFirst()
        }

        // Kinds first, from every row, so a name may be used plainly before the row that types it.
        for row in rows {
            for column in ["subject", "object"] {
                guard let position = index[column], position < row.fields.count else { continue }
                if let actor = try annotatedActor(row.fields[position], at: "\(source):\(row.line)") {
                    do {
                        try graph.add(actor)
                    } catch let error as GraphError {
                        throw FormatError("\(source):\(row.line)", error.description)
                    }
                }
            }
        }

        // Rows may leave out trailing optional columns (evidence, doc), not required ones.
        let width = index.values.max()! + 1
        let needed = ["subject", "relation", "object"].compactMap { index[$0] }.max()! + 1
        let names = index.sorted { $0.value < $1.value }.map(\.key).joined(separator: ", ")
        for row in rows {
            let location = "\(source):\(row.line)"
            guard (needed...width).contains(row.fields.count) else {
                throw FormatError(location, "expected \(needed == width ? "\(width)" : "\(needed) or \(width)") fields (\(names)), found \(row.fields.count)")
            }
            func field(_ name: String) -> String? {
                guard let position = index[name], position < row.fields.count else { return nil }
                let value = row.fields[position].trimmingCharacters(in: .whitespaces)
                return value.isEmpty ? nil : value
            }
            guard let subject = field("subject"), let relationText = field("relation"), let object = field("object") else {
                throw FormatError(location, "subject, relation and object must not be empty")
            }
            guard let relation = RelationKind(userText: relationText) else {
                throw FormatError(location, "unknown relation “\(relationText)”; use one of \(RelationKind.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            let evidence = field("evidence").map { [Evidence(doc: field("doc") ?? defaultDoc, quote: $0)] } ?? []
            do {
                try graph.relate(resolve(subject, graph, location), relation, resolve(object, graph, location), evidence: evidence)
            } catch let error as GraphError {
                throw FormatError(location, error.description)
            }
        }
        return graph
    }

    /// The actor a `Name:kind` cell declares, or nil for a plain name.
    static func annotatedActor(_ cell: String, at location: String) throws -> Actor? {
        guard let (name, kind) = split(cell) else { return nil }
        guard !name.isEmpty else { throw FormatError(location, "“\(cell)” has a kind but no name") }
        if kind == .event {
            // "Vienna 2015-10-30" → the event at Vienna on 2015-10-30.
            if let space = name.lastIndex(of: " "), isDate(name[name.index(after: space)...]) {
                let place = name[..<space].trimmingCharacters(in: .whitespaces)
                return .event(place: place, date: String(name[name.index(after: space)...]))
            }
            return Actor(name: name, kind: .event, place: name)
        }
        return Actor(name: name, kind: kind)
    }

    /// `Name:kind` → (Name, kind) when the text after the last colon is a kind.
    static func split(_ cell: String) -> (String, ActorKind)? {
        guard let colon = cell.lastIndex(of: ":"),
              let kind = ActorKind(userText: cell[cell.index(after: colon)...].trimmingCharacters(in: .whitespaces))
        else { return nil }
        return (cell[..<colon].trimmingCharacters(in: .whitespaces), kind)
    }

    static func isDate(_ text: Substring) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        return parts.map(\.count) == [4, 2, 2] && parts.allSatisfy { $0.allSatisfy { $0.isASCII && $0.isNumber } }
    }

    private static func resolve(_ cell: String, _ graph: ActorGraph, _ location: String) throws -> ActorID {
        let name = split(cell)?.0 ?? cell
        let event = split(cell)?.1 == .event ? try annotatedActor(cell, at: location) : nil
        if let event, graph[event.id] != nil { return event.id }
        if let actor = graph.actor(named: name) { return actor.id }
        let found = graph.actors(named: name)
        if found.isEmpty {
            throw FormatError(location, "no actor named “\(name)”; give its kind once as “\(name):state” (kinds: \(ActorKind.allCases.map(\.rawValue).joined(separator: ", "))) or declare it in a YAML file given alongside")
        }
        throw FormatError(location, "“\(name)” names several actors (\(found.map(\.name).joined(separator: ", "))); use a name only one of them has")
    }

    /// A CSV row with the line it starts on.
    struct Record {
        var line: Int
        var fields: [String]
    }

    /// Splits `text` into records (RFC 4180), skipping blank lines and `#` comment lines.
    static func records(_ text: String, source: String) throws -> [Record] {
        var records: [Record] = []
        var fields: [String] = []
        var field = ""
        var line = 1, recordLine = 1
        var inQuotes = false, firstFieldQuoted = false, atFieldStart = true

        func endRecord() {
            fields.append(field)
            let blank = fields.count == 1 && field.trimmingCharacters(in: .whitespaces).isEmpty && !firstFieldQuoted
            let comment = !firstFieldQuoted && fields[0].trimmingCharacters(in: .whitespaces).hasPrefix("#")
            if !blank && !comment { records.append(Record(line: recordLine, fields: fields)) }
            fields = []
            field = ""
            firstFieldQuoted = false
            atFieldStart = true
        }

        var characters = text.makeIterator()
        var pending: Character?
        while let character = pending ?? characters.next() {
            pending = nil
            if inQuotes {
                if character == "\"" {
                    // "" is a quote; any other quote closes the field.
                    let next = characters.next()
                    if next == "\"" { field.append("\"") } else { inQuotes = false; pending = next }
                } else {
                    if character.isNewline { line += 1 }
                    field.append(character)
                }
                continue
            }
            switch character {
            case "\"" where atFieldStart:
                inQuotes = true
                atFieldStart = false
                if fields.isEmpty { firstFieldQuoted = true }
            case "\"":
                throw FormatError("\(source):\(line)", "a double quote inside an unquoted field; quote the whole field and double the quote (\"\")")
            case ",":
                fields.append(field)
                field = ""
                atFieldStart = true
            case "\n", "\r\n", "\r":
                endRecord()
                line += 1
                recordLine = line
            default:
                field.append(character)
                if !character.isWhitespace { atFieldStart = false }
            }
        }
        if inQuotes { throw FormatError("\(source):\(recordLine)", "a quoted field is never closed") }
        if !field.isEmpty || !fields.isEmpty || firstFieldQuoted { endRecord() }
        return records
    }
}
