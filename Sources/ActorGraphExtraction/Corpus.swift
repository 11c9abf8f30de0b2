import Foundation

/// The documents of a folder: every `.txt` and `.md` file (not recursing), dated by an optional
/// `manifest.tsv`. Files that cannot be read as text are skipped with a warning, never fatal.
public struct Corpus: Sendable {
    public var documents: [Document]
    /// One line per skipped or repaired file, naming it.
    public var warnings: [String]

    public init(documents: [Document], warnings: [String] = []) {
        self.documents = documents
        self.warnings = warnings
    }

    /// Loads the folder at `url`.
    /// - Throws: ``ExtractionError`` when the folder is missing, is not a folder, or holds no
    ///   document.
    public static func load(folder url: URL) throws -> Corpus {
        let folder = try CorpusFolder.scan(url)
        var warnings = folder.warnings
        var documents: [Document] = []
        for entry in folder.entries {
            let (document, warning) = folder.read(entry)
            if let warning { warnings.append(warning) }
            if let document { documents.append(document) }
        }
        guard !documents.isEmpty else { throw ExtractionError.emptyCorpus(folder.path, warnings: warnings) }
        return Corpus(documents: documents, warnings: warnings)
    }
}

/// How a file's bytes become document text.
enum DocumentText: Equatable {
    case text(String)
    case repaired(String, badBytes: Int)
    case binary
    case empty

    /// Decodes UTF-8; a file with NUL bytes (or mostly control bytes) in its first 8 KB is binary;
    /// invalid sequences are replaced and counted.
    static func decode(_ data: Data) -> DocumentText {
        if data.isEmpty { return .empty }
        let head = data.prefix(8192)
        // Over the raw bytes: Data's own iterator costs a call per byte.
        let controls: Int? = head.withUnsafeBytes { bytes in
            var controls = 0
            for byte in bytes {
                if byte == 0 { return nil }
                if byte < 9 || (byte > 13 && byte < 32) { controls += 1 }
            }
            return controls
        }
        guard let controls, controls * 10 <= head.count else { return .binary }
        if let text = String(validatingUTF8Data: data) { return .text(text) }
        let text = String(decoding: data, as: UTF8.self)
        let bad = text.unicodeScalars.reduce(0) { $0 + ($1 == "\u{FFFD}" ? 1 : 0) }
        return .repaired(text, badBytes: max(bad, 1))
    }
}

extension String {
    /// The text of `data` when it is valid UTF-8, else nil.
    init?(validatingUTF8Data data: Data) {
        guard let text = String(data: data, encoding: .utf8) else { return nil }
        self = text
    }
}
