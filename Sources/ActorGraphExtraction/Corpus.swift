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
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) else {
            throw ExtractionError.missingFolder(url.path)
        }
        guard isFolder.boolValue else { throw ExtractionError.notAFolder(url.path) }
        let names = try FileManager.default.contentsOfDirectory(atPath: url.path).sorted()
        var warnings: [String] = []
        var manifest = Manifest()
        if names.contains("manifest.tsv") {
            let manifestURL = url.appendingPathComponent("manifest.tsv")
            if let text = try? String(contentsOf: manifestURL, encoding: .utf8) {
                manifest = try Manifest.parse(text, source: manifestURL.path)
            } else {
                warnings.append("manifest.tsv: not readable as UTF-8 text; documents are undated")
            }
        }
        var documents: [Document] = []
        for name in names where name.hasSuffix(".txt") || name.hasSuffix(".md") {
            let fileURL = url.appendingPathComponent(name)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: fileURL.path, isDirectory: &isDirectory),
                !isDirectory.boolValue
            else { continue }
            guard let data = try? Data(contentsOf: fileURL, options: .mappedIfSafe) else {
                warnings.append("\(name): cannot be read; skipped")
                continue
            }
            switch DocumentText.decode(data) {
            case .text(let text):
                let row = manifest.rows[name]
                documents.append(
                    Document(name: name, text: text, published: row?.published, source: row?.source, title: row?.title))
            case .repaired(let text, let badBytes):
                warnings.append("\(name): \(badBytes) invalid UTF-8 byte(s) replaced with U+FFFD")
                let row = manifest.rows[name]
                documents.append(
                    Document(name: name, text: text, published: row?.published, source: row?.source, title: row?.title))
            case .binary:
                warnings.append("\(name): binary data, not text; skipped")
            case .empty:
                warnings.append("\(name): empty; skipped")
            }
        }
        guard !documents.isEmpty else {
            if warnings.isEmpty { throw ExtractionError.emptyCorpus(url.path) }
            throw ExtractionError.emptyCorpus(url.path + " (" + warnings.joined(separator: "; ") + ")")
        }
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
        var controls = 0
        for byte in head {
            if byte == 0 { return .binary }
            if byte < 9 || (byte > 13 && byte < 32) { controls += 1 }
        }
        if controls * 10 > head.count { return .binary }
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
