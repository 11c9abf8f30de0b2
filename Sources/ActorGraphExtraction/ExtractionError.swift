/// Why extraction could not start: a bad input folder, lexicon or rule file. Each message is one
/// line naming the file.
public enum ExtractionError: Error, Equatable, Sendable, CustomStringConvertible {
    case missingFolder(String)
    case notAFolder(String)
    case emptyCorpus(String)
    case unreadable(path: String, reason: String)
    case badLexicon(source: String, line: Int, reason: String)
    case badRule(source: String, line: Int, reason: String)
    case badManifest(source: String, line: Int, reason: String)

    public var description: String {
        switch self {
        case let .missingFolder(path): "\(path): no such folder"
        case let .notAFolder(path): "\(path): not a folder"
        case let .emptyCorpus(path): "\(path): no .txt or .md documents to read"
        case let .unreadable(path, reason): "\(path): \(reason)"
        case let .badLexicon(source, line, reason): "\(source):\(line): \(reason)"
        case let .badRule(source, line, reason): "\(source):\(line): \(reason)"
        case let .badManifest(source, line, reason): "\(source):\(line): \(reason)"
        }
    }

    /// A folder with no readable document; the warnings say what was skipped and why.
    public static func emptyCorpus(_ path: String, warnings: [String]) -> ExtractionError {
        warnings.isEmpty ? .emptyCorpus(path) : .emptyCorpus(path + " (" + warnings.joined(separator: "; ") + ")")
    }
}
