/// Refuses YAML and JSON nested deeper than any graph needs, before a parser sees the text: Yams
/// composes nodes recursively, so a document nested some thousands deep overflows the stack and
/// kills the process instead of giving an error.
///
/// The scan is cheap (one pass over the bytes) and errs on the side of refusing: it bounds a
/// line's depth by its indentation, its block indicators (`- `, `? `, `: `) and the brackets open
/// at it. Brackets are counted twice, once skipping quoted scalars and once ignoring quotes
/// altogether, and the larger count wins, so a quote the scan misreads cannot hide brackets.
/// Block scalars (`|`, `>`) are skipped: their lines are text, not structure.
public enum NestingDepth {
    /// The deepest nesting accepted. ActorGraph's documents need about 6; 200 leaves room for
    /// generous indentation and stays far below what overflows the parser's stack.
    public static let limit = 200

    /// Throws a ``FormatError`` naming `source` and the line where the text gets deeper than
    /// `limit`.
    public static func check(_ bytes: some Collection<UInt8>, source: String, limit: Int = NestingDepth.limit) throws {
        var scanner = Scanner()
        var line = 1
        var atLineStart = true
        for byte in bytes {
            if atLineStart { scanner.startLine() }
            atLineStart = false
            if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {
                scanner.endLine()
                if scanner.deepest > limit { throw error(source, line, limit) }
                if !(byte == UInt8(ascii: "\n") && scanner.lastWasCR) { line += 1 }  // CRLF is one break
                atLineStart = true
                scanner.lastWasCR = byte == UInt8(ascii: "\r")
                continue
            }
            scanner.lastWasCR = false
            scanner.scan(byte)
            if scanner.deepest > limit { throw error(source, line, limit) }
        }
        scanner.endLine()
        if scanner.deepest > limit { throw error(source, line, limit) }
    }

    /// Throws a ``FormatError`` when JSON `bytes` nest deeper than `limit`. JSON's strings are
    /// unambiguous (every quote outside one opens one), so only brackets outside strings count:
    /// a long graph.json whose quotes hold stray brackets is not refused.
    public static func checkJSON(_ bytes: some Collection<UInt8>, source: String, limit: Int = NestingDepth.limit) throws {
        // graph.json can be hundreds of megabytes: scanned as one buffer, never byte by byte
        // through a collection's iterator.
        let line = bytes.withContiguousStorageIfAvailable { JSONDepth.lineTooDeep($0, limit: limit) }
            ?? Array(bytes).withUnsafeBufferPointer { JSONDepth.lineTooDeep($0, limit: limit) }
        if let line { throw error(source, line, limit) }
    }

    private static func error(_ source: String, _ line: Int, _ limit: Int) -> FormatError {
        FormatError("\(source):\(line)", "nested too deep: over \(limit) levels of brackets or indentation; a graph document needs only a few")
    }

    /// The state of the scan across lines.
    private struct Scanner {
        private static let space = UInt8(ascii: " ")
        /// Brackets open, skipping quoted scalars.
        var flow = 0
        /// Brackets open, ignoring quotes.
        var rawFlow = 0
        /// The quote of the scalar the scan is in, if any.
        var quote: UInt8?
        var escaped = false
        var inComment = false
        var lastWasCR = false
        /// Indentation and block indicators of the current line.
        var indent = 0
        var indicators = 0
        var inIndent = true
        /// The last byte, and the last byte that was not a space.
        var previous: UInt8 = Scanner.space
        var previousSolid: UInt8 = UInt8(ascii: "\n")
        /// A block scalar's parent indentation while its lines are skipped.
        var blockParent: Int?
        var lineIsBlockText = false
        var deepest = 0

        mutating func startLine() {
            indent = 0
            indicators = 0
            inIndent = true
            inComment = false
            lineIsBlockText = blockParent != nil
            previous = Scanner.space
            if quote == nil { previousSolid = UInt8(ascii: "\n") }
        }

        mutating func scan(_ byte: UInt8) {
            if inIndent {
                if byte == Scanner.space || byte == UInt8(ascii: "\t") {
                    indent += 1
                    previous = byte
                    return
                }
                inIndent = false
                // A block scalar ends at the first line not indented past its parent.
                if let parent = blockParent, indent <= parent {
                    blockParent = nil
                    lineIsBlockText = false
                }
            }
            if lineIsBlockText || inComment { return }
            defer {
                previous = byte
                if byte != Scanner.space && byte != UInt8(ascii: "\t") { previousSolid = byte }
            }
            if let open = quote {
                if escaped {
                    escaped = false
                } else if open == UInt8(ascii: "\"") && byte == UInt8(ascii: "\\") {
                    escaped = true
                } else if byte == open {
                    quote = nil
                }
                countRaw(byte)
                deepest = max(deepest, indent + indicators + max(flow, rawFlow))
                return
            }
            if byte == Scanner.space || byte == UInt8(ascii: "\t") { lastWord.removeAll(keepingCapacity: true) } else { lastWord.append(byte) }
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "'"):
                if startsScalar { quote = byte }
            case UInt8(ascii: "#") where previous == Scanner.space || previous == UInt8(ascii: "\t"):
                inComment = true
                return
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                flow += 1
            case UInt8(ascii: "]"), UInt8(ascii: "}"):
                flow = max(0, flow - 1)
            // Block indicators nest only outside brackets and after a space: "- - x", "? a", not
            // the hyphens of "Franco-Prussian" (a `where` binds only the pattern before it, so
            // each indicator has its own).
            case UInt8(ascii: "-") where flow == 0 && (previous == Scanner.space || previous == UInt8(ascii: "\t")):
                indicators += 1
            case UInt8(ascii: "?") where flow == 0 && (previous == Scanner.space || previous == UInt8(ascii: "\t")):
                indicators += 1
            case UInt8(ascii: ":") where flow == 0:
                indicators += 1
            default:
                break
            }
            countRaw(byte)
            deepest = max(deepest, indent + indicators + max(flow, rawFlow))
        }

        /// Whether a quote here opens a quoted scalar: at the start of a line or right after an
        /// indicator or bracket, never inside a plain scalar ("Côte d'Ivoire").
        private var startsScalar: Bool {
            if previous == Scanner.space || previous == UInt8(ascii: "\t") {
                return Array("\n-?:,[{".utf8).contains(previousSolid)
            }
            return Array(",[{".utf8).contains(previous) || (previous == UInt8(ascii: ":") && flow > 0)
        }

        private mutating func countRaw(_ byte: UInt8) {
            if byte == UInt8(ascii: "[") || byte == UInt8(ascii: "{") { rawFlow += 1 }
            if byte == UInt8(ascii: "]") || byte == UInt8(ascii: "}") { rawFlow = max(0, rawFlow - 1) }
        }

        mutating func endLine() {
            // "key: |", "- >-": the lines that follow, indented past this one, are text.
            if quote == nil, flow == 0, !lineIsBlockText, Scanner.isBlockIndicator(lastWord) {
                blockParent = indent
            }
            lastWord = []
        }

        /// The bytes since the last space on this line, outside quotes and comments.
        var lastWord: [UInt8] = []

        static func isBlockIndicator(_ word: [UInt8]) -> Bool {
            guard let first = word.first, first == UInt8(ascii: "|") || first == UInt8(ascii: ">") else { return false }
            return word.dropFirst().allSatisfy { Array("+-0123456789".utf8).contains($0) }
        }
    }
}
