import ActorGraphModel
import Foundation

/// Compact, deterministic JSON for list values stored in formats whose attributes are scalar
/// (GraphML, GEXF, CSV): aliases as a JSON array of strings, evidence as a JSON array of objects
/// with the keys of ``Evidence`` (`doc`, `sentence`, `quote`, `start`, `end`).
enum JSONText {
    /// `["a","b"]`: sorted keys, no whitespace, slashes unescaped.
    static func encode(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Arrays of strings and of plain Evidence structs always encode.
        let data = (try? encoder.encode(value)) ?? Data("[]".utf8)
        return String(decoding: data, as: UTF8.self)
    }

    /// Decodes `text` as `T`, or nil when it is not such JSON.
    static func decode<T: Decodable>(_: T.Type, from text: String) -> T? {
        try? JSONDecoder().decode(T.self, from: Data(text.utf8))
    }
}
