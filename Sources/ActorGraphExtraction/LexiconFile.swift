import ActorGraphModel
import Foundation

/// Reads lexicon files: UTF-8, tab-separated, `#` comment lines, header line
/// `kind	name	code	aliases	demonyms	metonyms	country`, lists `|`-separated.
public enum LexiconFile {
    /// The header every lexicon file starts with (after comments).
    public static let header = ["kind", "name", "code", "aliases", "demonyms", "metonyms", "country"]

    /// Parses lexicon text; `source` names the file in errors.
    public static func parse(_ text: String, source: String) throws -> Lexicon {
        var lexicon = Lexicon()
        var sawHeader = false
        // A few kinds over hundreds of rows: each read once.
        var kinds: [String: ActorKind?] = [:]
        try BytewiseText.forEachLine(in: text) { lineNumber, bytes in
            let index = lineNumber - 1
            // The trimmed cells: an ASCII line's read off its bytes (a line can end in no CR: it
            // ends there, and "#" opens an ASCII line only as a character of its own); any other
            // line's by `Character`s, as before. `trimmingWhitespace()` (RuleSet.swift):
            // Foundation's trim without bridging each field.
            let fields: [String]
            if bytes.allSatisfy({ $0 < 0x80 }) {
                if bytes.isEmpty || bytes[0] == UInt8(ascii: "#") { return }
                fields = TableLines.cells(bytes).map { $0.trimmingWhitespace() }
            } else {
                let raw = String(decoding: bytes, as: UTF8.self)[...]
                let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
                if line.isEmpty || line.hasPrefix("#") { return }
                fields = BytewiseText.cells(line).map { $0.trimmingWhitespace() }
            }
            if !sawHeader {
                guard fields == header else {
                    throw ExtractionError.badLexicon(
                        source: source, line: index + 1,
                        reason: "expected the header “\(header.joined(separator: "\\t"))”")
                }
                sawHeader = true
                return
            }
            guard fields.count <= header.count, fields.count >= 2 else {
                throw ExtractionError.badLexicon(
                    source: source, line: index + 1,
                    reason: "expected \(header.count) tab-separated fields, found \(fields.count)")
            }
            let field = { (i: Int) -> String in i < fields.count ? fields[i] : "" }
            let named: ActorKind?
            if let cached = kinds[field(0)] { named = cached } else {
                named = ActorKind(userText: field(0))
                kinds[field(0)] = .some(named)
            }
            guard let kind = named, kind != .event else {
                throw ExtractionError.badLexicon(
                    source: source, line: index + 1,
                    reason: "unknown kind “\(field(0))” (state, organization, armed_group or person)")
            }
            guard !field(1).isEmpty else {
                throw ExtractionError.badLexicon(source: source, line: index + 1, reason: "empty name")
            }
            let list = { (i: Int) -> [String] in BytewiseText.listItems(field(i)) }
            lexicon.add(
                LexiconEntry(
                    kind: kind, name: field(1), code: field(2).isEmpty ? nil : field(2),
                    aliases: list(3), demonyms: list(4), metonyms: list(5),
                    country: field(6).isEmpty ? nil : field(6)))
        }
        guard sawHeader else {
            throw ExtractionError.badLexicon(source: source, line: 1, reason: "no header line")
        }
        return lexicon
    }

    /// Reads and parses a lexicon file.
    public static func load(_ url: URL) throws -> Lexicon {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw ExtractionError.unreadable(path: url.path, reason: "cannot read the lexicon file")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ExtractionError.unreadable(path: url.path, reason: "the lexicon file is not UTF-8")
        }
        return try parse(text, source: url.path)
    }
}
