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
        for (index, rawLine) in text.lines.enumerated() {
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            if line.isEmpty || line.hasPrefix("#") { continue }
            // `trimmingWhitespace()` (RuleSet.swift): Foundation's trim without bridging each field.
            let fields = BytewiseText.cells(line).map { $0.trimmingWhitespace() }
            if !sawHeader {
                guard fields == header else {
                    throw ExtractionError.badLexicon(
                        source: source, line: index + 1,
                        reason: "expected the header “\(header.joined(separator: "\\t"))”")
                }
                sawHeader = true
                continue
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
            let list = { (i: Int) -> [String] in
                BytewiseText.split(Substring(field(i)), by: "|", ascii: BytewiseText.isASCII(field(i))).map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
            }
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
