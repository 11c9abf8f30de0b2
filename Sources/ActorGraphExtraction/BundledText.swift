import Foundation

/// The text of a table shipped in the module's resources (`cities.tsv`, `leaders.tsv`,
/// `lemmas.tsv`), or nil when it is missing or unreadable: each table then starts empty.
func bundledText(_ name: String, _ ext: String = "tsv") -> String? {
    guard let url = Bundle.module.url(forResource: name, withExtension: ext) else { return nil }
    return try? String(contentsOf: url, encoding: .utf8)
}
