import Foundation

/// A document's findings as bytes, for a store that keeps them so that a later update can
/// aggregate the whole corpus again without reading its texts.
///
/// The encoding is JSON with sorted keys, and every set is written sorted, so the same findings
/// always give the same bytes.
public enum FindingsArchive {
    /// The bytes of `findings`.
    public static func encode(_ findings: DocumentFindings) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Every part is a string, a number, a Bool or an array of them: encoding cannot fail.
        return try! encoder.encode(findings)
    }

    /// The findings `data` holds.
    /// - Throws: `DecodingError` when the bytes are not findings of this encoding.
    public static func decode(_ data: Data) throws -> DocumentFindings {
        try JSONDecoder().decode(DocumentFindings.self, from: data)
    }
}

extension DocumentFindings: Codable {
    private enum CodingKeys: String, CodingKey {
        case document, published, findings, datedEvents, actors, forms, warnings
    }

    /// One actor's written forms, an entry of ``DocumentFindings/forms``.
    private struct Forms: Codable {
        var actor: ActorRef
        var names: [String]
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        document = try c.decode(String.self, forKey: .document)
        published = try c.decodeIfPresent(String.self, forKey: .published)
        findings = try c.decode([Finding].self, forKey: .findings)
        datedEvents = Set(try c.decode([EventRef].self, forKey: .datedEvents))
        actors = Set(try c.decode([ActorRef].self, forKey: .actors))
        var forms: [ActorRef: Set<String>] = [:]
        for entry in try c.decode([Forms].self, forKey: .forms) { forms[entry.actor] = Set(entry.names) }
        self.forms = forms
        warnings = try c.decode([String].self, forKey: .warnings)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(document, forKey: .document)
        try c.encodeIfPresent(published, forKey: .published)
        try c.encode(findings, forKey: .findings)
        // Sets iterate in a per-process order: sorted, the bytes are the same in every run.
        try c.encode(datedEvents.sorted { "\($0)" < "\($1)" }, forKey: .datedEvents)
        try c.encode(actors.sorted { ($0, $0.country ?? "") < ($1, $1.country ?? "") }, forKey: .actors)
        try c.encode(forms.sorted { ($0.key, $0.key.country ?? "") < ($1.key, $1.key.country ?? "") }.map { Forms(actor: $0.key, names: $0.value.sorted()) }, forKey: .forms)
        try c.encode(warnings, forKey: .warnings)
    }
}
