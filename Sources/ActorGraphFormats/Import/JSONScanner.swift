import Foundation

/// Why a JSON document could not be read into the shape a reader expects, before any graph rule is
/// checked. The kinds and their wording follow Foundation's `JSONDecoder`, which read graph.json
/// before ``NodeLinkReader``, so a user sees the same message for the same bad file.
struct JSONReadError: Error, Equatable {
    enum Kind: Equatable {
        /// The bytes are not JSON (or nest deeper than ``JSONScanner/maxDepth``).
        case syntax
        /// A value that is read is malformed: a number that is not an integer in range, a string
        /// with a bad escape or invalid UTF-8.
        case invalidValue
        /// A value of the wrong type, or null where a value is required.
        case wrongType
        /// A required key is missing from an object.
        case missing(String)
    }

    /// One step of the path from the top level to the value in error.
    enum Step: Equatable {
        case key(String)
        case index(Int)
    }

    var kind: Kind
    /// Outermost step first; filled in as the error travels up through the containers.
    var path: [Step] = []

    static let syntax = JSONReadError(kind: .syntax)
    static let invalidValue = JSONReadError(kind: .invalidValue)
    static let wrongType = JSONReadError(kind: .wrongType)

    /// The error as seen from one container further out.
    func within(_ step: Step) -> JSONReadError {
        var copy = self
        copy.path.insert(step, at: 0)
        return copy
    }

    /// The message after "not node-link JSON: ", as `NodeLinkJSON` has always worded it.
    var message: String {
        switch kind {
        case .syntax, .invalidValue: "invalid JSON"
        case .wrongType: "wrong type at \(pathText)"
        case let .missing(key): "missing “\(key)” at \(pathText)"
        }
    }

    private var pathText: String {
        guard !path.isEmpty else { return "top level" }
        return path.map {
            switch $0 {
            case let .key(name): ".\(name)"
            case let .index(i): "[\(i)]"
            }
        }.joined()
    }
}

/// A string token: where its bytes are (between the quotes) and whether they need more than a copy.
struct JSONStringToken {
    var start: Int
    var end: Int
    /// No backslash escapes: the bytes are the string's UTF-8.
    var isPlain: Bool
    /// Only ASCII bytes (so valid UTF-8 without further checking).
    var isASCII: Bool
    /// A raw control character (below U+0020) among the bytes, which a read string may not hold.
    var hasControl: Bool
    var count: Int { end - start }
}

/// The first byte of a JSON value, as a reader needs to tell types apart.
enum JSONValueStart {
    case object, array, string, number, bool, null, invalid
}

/// A hand-written JSON tokenizer over UTF-8 bytes in memory: no intermediate tree, no allocation
/// for structure, strings made only when a reader asks for them.
///
/// It follows what Foundation's `JSONDecoder` accepts, which read graph.json before it: a leading
/// byte-order mark, trailing commas in objects and arrays, and values that no reader asks for are
/// checked only for structure (a skipped string may hold any bytes up to its closing quote, a
/// skipped number any run of number characters). Values that are read, and every key of an object
/// that is read (``isValidKey(_:)``), are checked strictly.
/// Containers nest at most ``maxDepth`` deep, so no input can overflow the stack.
struct JSONScanner {
    /// The deepest nesting of objects and arrays accepted, the top level included (as
    /// `JSONDecoder`).
    static let maxDepth = 512

    let bytes: UnsafeBufferPointer<UInt8>
    private(set) var position = 0
    private(set) var depth = 0
    /// The deepest nesting entered so far.
    private(set) var deepest = 0
    /// Reused for strings with escapes.
    private var scratch: [UInt8] = []

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { position = 3 }
    }

    /// A scanner of the value at `position` of `bytes`, at the top level: for reading again a
    /// value that an earlier scan only checked.
    init(_ bytes: UnsafeBufferPointer<UInt8>, at position: Int) {
        self.bytes = bytes
        self.position = min(max(position, 0), bytes.count)
    }

    /// Where the scanner is, to come back to with ``rewind(to:)``.
    struct Mark {
        fileprivate var position: Int
        fileprivate var depth: Int
    }

    var mark: Mark { Mark(position: position, depth: depth) }

    mutating func rewind(to mark: Mark) {
        position = mark.position
        depth = mark.depth
    }

    // MARK: Structure

    @inline(__always)
    mutating func skipWhitespace() {
        // Most calls stand on a token already: one compare, inline. Whitespace and control bytes
        // are all at or below 0x20.
        guard position < bytes.count, bytes[position] <= 0x20 else { return }
        // One space (around a colon, in graph.json's indented form): inline too.
        if bytes[position] == 0x20, position + 1 < bytes.count, bytes[position + 1] > 0x20 {
            position += 1
            return
        }
        skipWhitespaceRun()
    }

    /// Skips whitespace eight bytes at a time: graph.json is indented, and a line break with the
    /// next line's indentation is most of its whitespace.
    private mutating func skipWhitespaceRun() {
        if let base = bytes.baseAddress {
            while position + 8 <= bytes.count {
                let word = UInt64(littleEndian: UnsafeRawPointer(base + position).loadUnaligned(as: UInt64.self))
                let others = Self.nonWhitespace(word)
                if others != 0 {
                    position += others.trailingZeroBitCount >> 3
                    return
                }
                position += 8
            }
        }
        while position < bytes.count {
            switch bytes[position] {
            case 0x20, 0x0A, 0x0D, 0x09: position += 1
            default: return
            }
        }
    }

    /// The high bit of each byte of `word` that is not JSON whitespace (space, line feed, carriage
    /// return, tab). Each byte is tested on its own (its low seven bits added to 0x7F carry into
    /// its high bit, never into the next byte), so every mark is exact.
    @inline(__always)
    private static func nonWhitespace(_ word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let low: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        let high: UInt64 = 0x8080_8080_8080_8080
        /// The high bit of each byte of `x` that is not zero.
        func nonZero(_ x: UInt64) -> UInt64 { (((x & low) &+ low) | x) & high }
        return nonZero(word ^ (ones &* 0x20)) & nonZero(word ^ (ones &* 0x0A))
            & nonZero(word ^ (ones &* 0x0D)) & nonZero(word ^ (ones &* 0x09))
    }

    /// Whether only whitespace is left.
    mutating func atEnd() -> Bool {
        skipWhitespace()
        return position == bytes.count
    }

    /// What the next value is, judged by its first byte (whitespace skipped).
    mutating func peekValue() -> JSONValueStart {
        skipWhitespace()
        guard position < bytes.count else { return .invalid }
        switch bytes[position] {
        case UInt8(ascii: "{"): return .object
        case UInt8(ascii: "["): return .array
        case UInt8(ascii: "\""): return .string
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number
        case UInt8(ascii: "t"), UInt8(ascii: "f"): return .bool
        case UInt8(ascii: "n"): return .null
        default: return .invalid
        }
    }

    /// Consumes the `{` or `[` that ``peekValue()`` saw, one level deeper.
    mutating func enterContainer() throws(JSONReadError) {
        depth += 1
        guard depth <= Self.maxDepth else { throw .syntax }
        deepest = max(deepest, depth)
        position += 1
    }

    /// The next key of the object being read and consumes its colon, or nil when the object ends
    /// (its `}` consumed). `first` is true until the first key has been read.
    mutating func nextKey(first: inout Bool) throws(JSONReadError) -> JSONStringToken? {
        guard try nextItem(first: &first, closing: UInt8(ascii: "}")) else { return nil }
        guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else { throw .syntax }
        let key = try scanString()
        skipWhitespace()
        guard position < bytes.count, bytes[position] == UInt8(ascii: ":") else { throw .syntax }
        position += 1
        return key
    }

    /// Whether the array being read has another element (the scanner then stands before it), or
    /// ends (its `]` consumed).
    mutating func nextElement(first: inout Bool) throws(JSONReadError) -> Bool {
        try nextItem(first: &first, closing: UInt8(ascii: "]"))
    }

    private mutating func nextItem(first: inout Bool, closing: UInt8) throws(JSONReadError) -> Bool {
        skipWhitespace()
        guard position < bytes.count else { throw .syntax }
        if bytes[position] == closing {
            position += 1
            depth -= 1
            return false
        }
        if !first {
            guard bytes[position] == UInt8(ascii: ",") else { throw .syntax }
            position += 1
            skipWhitespace()
            guard position < bytes.count else { throw .syntax }
            if bytes[position] == closing {  // a trailing comma, as JSONDecoder allows
                position += 1
                depth -= 1
                return false
            }
        }
        first = false
        return true
    }

    /// Skips one value of any type, checking only its structure.
    mutating func skipValue() throws(JSONReadError) {
        switch peekValue() {
        case .object:
            try enterContainer()
            var first = true
            while try nextKey(first: &first) != nil { try skipValue() }
        case .array:
            try enterContainer()
            var first = true
            while try nextElement(first: &first) { try skipValue() }
        case .string:
            _ = try scanString()
        case .number:
            _ = scanNumber()
        case .bool:
            _ = try readBool()
        case .null:
            try readNull()
        case .invalid:
            throw .syntax
        }
    }

    // MARK: Literals

    mutating func readBool() throws(JSONReadError) -> Bool {
        if matchLiteral("true") { return true }
        if matchLiteral("false") { return false }
        throw .syntax
    }

    mutating func readNull() throws(JSONReadError) {
        guard matchLiteral("null") else { throw .syntax }
    }

    private mutating func matchLiteral(_ word: StaticString) -> Bool {
        let count = word.utf8CodeUnitCount
        guard bytes.count - position >= count else { return false }
        let text = word.utf8Start
        for i in 0..<count where bytes[position + i] != text[i] { return false }
        position += count
        return true
    }

    // MARK: Numbers

    /// The bytes of a number, checked only for which characters they are (as a skipped number).
    mutating func scanNumber() -> Range<Int> {
        let start = position
        while position < bytes.count {
            switch bytes[position] {
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "+"),
                UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E"):
                position += 1
            default:
                return start..<position
            }
        }
        return start..<position
    }

    /// The number at the scanner as an `Int`: JSON number syntax, an exact integer value
    /// (`1.0` and `1e2` are integers, `1.5` is not) that fits; else nil.
    mutating func readInt() -> Int? {
        integer(scanNumber())
    }

    /// `range` read as an exact integer, or nil.
    func integer(_ range: Range<Int>) -> Int? {
        var i = range.lowerBound
        let end = range.upperBound
        let negative = i < end && bytes[i] == UInt8(ascii: "-")
        if negative { i += 1 }
        // The common case: a plain integer of at most 18 digits cannot overflow.
        if end - i <= 18, end > i, bytes[i] != UInt8(ascii: "0") || end - i == 1 {
            var value = 0
            var j = i
            while j < end, isDigit(bytes[j]) {
                value = value &* 10 &+ Int(bytes[j] &- 0x30)
                j += 1
            }
            if j == end { return negative ? -value : value }
        }
        return exactInteger(range)
    }

    /// `range` in full JSON number syntax (fraction, exponent) as an exact integer, or nil.
    private func exactInteger(_ range: Range<Int>) -> Int? {
        var i = range.lowerBound
        let end = range.upperBound
        let negative = i < end && bytes[i] == UInt8(ascii: "-")
        if negative { i += 1 }
        // Integer part: 0, or a digit 1-9 then digits.
        let intStart = i
        while i < end, isDigit(bytes[i]) { i += 1 }
        let intEnd = i
        guard intEnd > intStart, !(bytes[intStart] == UInt8(ascii: "0") && intEnd - intStart > 1) else { return nil }
        var fracStart = i, fracEnd = i
        if i < end, bytes[i] == UInt8(ascii: ".") {
            i += 1
            fracStart = i
            while i < end, isDigit(bytes[i]) { i += 1 }
            fracEnd = i
            guard fracEnd > fracStart else { return nil }
        }
        var exponent = 0
        if i < end, bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E") {
            i += 1
            var negativeExponent = false
            if i < end, bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") {
                negativeExponent = bytes[i] == UInt8(ascii: "-")
                i += 1
            }
            let expStart = i
            while i < end, isDigit(bytes[i]) {
                exponent = min(exponent * 10 + Int(bytes[i] &- 0x30), 100_000)
                i += 1
            }
            guard i > expStart else { return nil }
            if negativeExponent { exponent = -exponent }
        }
        guard i == end else { return nil }
        // The value is D × 10^scale, D being the integer and fraction digits together without
        // their trailing zeros.
        let digitPositions = Array(intStart..<intEnd) + Array(fracStart..<fracEnd)
        guard let lastNonZero = digitPositions.lastIndex(where: { bytes[$0] != UInt8(ascii: "0") }) else { return 0 }
        let trailingZeros = digitPositions.count - 1 - lastNonZero
        let scale = exponent - (fracEnd - fracStart) + trailingZeros
        guard scale >= 0, scale <= 19 else { return nil }
        // Accumulated as a negative number, so that Int.min fits.
        var value = 0
        for position in digitPositions[...lastNonZero] {
            let (shifted, o1) = value.multipliedReportingOverflow(by: 10)
            let (next, o2) = shifted.subtractingReportingOverflow(Int(bytes[position] &- 0x30))
            guard !o1, !o2 else { return nil }
            value = next
        }
        for _ in 0..<scale {
            let (shifted, overflow) = value.multipliedReportingOverflow(by: 10)
            guard !overflow else { return nil }
            value = shifted
        }
        if negative { return value }
        let (positive, overflow) = (0).subtractingReportingOverflow(value)
        return overflow ? nil : positive
    }

    private func isDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }

    // MARK: Strings

    /// The string at the scanner, found by its closing quote (any bytes may come before it, as in
    /// a skipped string); ``string(_:)`` checks and decodes it.
    mutating func scanString() throws(JSONReadError) -> JSONStringToken {
        position += 1  // the opening quote
        let start = position
        var plain = true
        var ascii = true
        var control = false
        while position < bytes.count {
            // Eight bytes at a time while none is a quote, a backslash, a control or non-ASCII
            // byte; then straight to the first that is.
            if position + 8 <= bytes.count, let base = bytes.baseAddress {
                let word = UInt64(littleEndian: UnsafeRawPointer(base + position).loadUnaligned(as: UInt64.self))
                let marks = Self.endsOrEscapes(word)
                position += marks.trailingZeroBitCount >> 3
                if marks == 0 { continue }
            }
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                let token = JSONStringToken(
                    start: start, end: position, isPlain: plain, isASCII: ascii, hasControl: control)
                position += 1
                return token
            }
            if byte == UInt8(ascii: "\\") {
                plain = false
                position += 2
                continue
            }
            if byte >= 0x80 { ascii = false } else if byte < 0x20 { control = true }
            position += 1
        }
        throw .syntax
    }

    /// The high bit of each byte of `word` that is `"`, `\`, below 0x20 or 0x80 and above, by
    /// classic SWAR tests (a byte is zero in `x` when `(x - 0x01…) & ~x & 0x80…` marks it). A
    /// borrow can mark a byte above a true one, never below, so the lowest mark is exact.
    @inline(__always)
    private static func endsOrEscapes(_ word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let high: UInt64 = 0x8080_8080_8080_8080
        let quote = word ^ (ones &* 0x22)
        let backslash = word ^ (ones &* 0x5C)
        let hasQuote = (quote &- ones) & ~quote & high
        let hasBackslash = (backslash &- ones) & ~backslash & high
        let hasControl = (word &- ones &* 0x20) & ~word & high
        return hasQuote | hasBackslash | hasControl | (word & high)
    }

    /// The bytes of a plain token.
    func slice(_ token: JSONStringToken) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: bytes[token.start..<token.end])
    }

    /// Whether a plain token's bytes are `text`.
    func token(_ token: JSONStringToken, is text: StaticString) -> Bool {
        guard token.isPlain, token.count == text.utf8CodeUnitCount else { return false }
        let other = text.utf8Start
        for i in 0..<token.count where bytes[token.start + i] != other[i] { return false }
        return true
    }

    /// Whether a string token decodes, as ``string(_:)`` would, without making the string when no
    /// escape needs decoding.
    mutating func isValidString(_ token: JSONStringToken) -> Bool {
        if token.hasControl { return false }
        if token.isPlain {
            if token.isASCII { return true }
            var parser = Unicode.UTF8.ForwardParser()
            var input = slice(token).makeIterator()
            while true {
                switch parser.parseScalar(from: &input) {
                case .valid: continue
                case .emptyInput: return true
                case .error: return false
                }
            }
        }
        return string(token) != nil
    }

    /// Whether a key decodes (JSONDecoder decodes every key of an object it reads, used or not).
    mutating func isValidKey(_ token: JSONStringToken) -> Bool {
        if token.isPlain, token.isASCII, !token.hasControl { return true }
        return string(token) != nil
    }

    /// The text of a string token: escapes decoded (surrogate pairs joined), UTF-8 checked,
    /// control characters refused; nil when any of that fails.
    mutating func string(_ token: JSONStringToken) -> String? {
        if token.hasControl { return nil }
        if token.isPlain {
            let raw = slice(token)
            return token.isASCII ? String(decoding: raw, as: UTF8.self) : Self.validString(raw)
        }
        scratch.removeAll(keepingCapacity: true)
        var i = token.start
        while i < token.end {
            let byte = bytes[i]
            if byte < 0x20 { return nil }
            guard byte == UInt8(ascii: "\\") else {
                // The run up to the next escape, copied at once (a sentence with a quotation in
                // it is mostly such runs).
                var end = i + 1
                while end < token.end, bytes[end] != UInt8(ascii: "\\"), bytes[end] >= 0x20 { end += 1 }
                scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[i..<end]))
                i = end
                continue
            }
            guard i + 1 < token.end else { return nil }
            let escape = bytes[i + 1]
            i += 2
            switch escape {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): scratch.append(escape)
            case UInt8(ascii: "b"): scratch.append(0x08)
            case UInt8(ascii: "f"): scratch.append(0x0C)
            case UInt8(ascii: "n"): scratch.append(0x0A)
            case UInt8(ascii: "r"): scratch.append(0x0D)
            case UInt8(ascii: "t"): scratch.append(0x09)
            case UInt8(ascii: "u"):
                guard let unit = hex4(at: i, end: token.end) else { return nil }
                i += 4
                var scalarValue = UInt32(unit)
                if (0xD800...0xDBFF).contains(unit) {
                    // A high surrogate must be followed by an escaped low one.
                    guard i + 6 <= token.end, bytes[i] == UInt8(ascii: "\\"), bytes[i + 1] == UInt8(ascii: "u"),
                        let low = hex4(at: i + 2, end: token.end), (0xDC00...0xDFFF).contains(low)
                    else { return nil }
                    i += 6
                    scalarValue = 0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(low) - 0xDC00)
                } else if (0xDC00...0xDFFF).contains(unit) {
                    return nil
                }
                guard let scalar = Unicode.Scalar(scalarValue), let encoded = UTF8.encode(scalar) else { return nil }
                scratch.append(contentsOf: encoded)
            default:
                return nil
            }
        }
        return scratch.withUnsafeBufferPointer { Self.validString($0) }
    }

    /// The string of `bytes`, nil when they are not UTF-8: `String(validating:as:)`'s answer, by
    /// way of `String(decoding:as:)`, whose validation is several times faster (the generic
    /// validating initializer took a few thousand instructions for a sentence with a curly
    /// quote). Decoding replaces what is not UTF-8, so the string's bytes are `bytes` exactly when
    /// they are UTF-8.
    static func validString(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        var text = String(decoding: bytes, as: UTF8.self)
        let same = text.withUTF8 { utf8 -> Bool in
            guard utf8.count == bytes.count else { return false }
            guard let a = utf8.baseAddress, let b = bytes.baseAddress else { return true }
            return memcmp(a, b, bytes.count) == 0
        }
        return same ? text : nil
    }

    private func hex4(at index: Int, end: Int) -> UInt16? {
        guard index + 4 <= end else { return nil }
        var value: UInt16 = 0
        for byte in bytes[index..<index + 4] {
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: return nil
            }
            value = value << 4 | UInt16(digit)
        }
        return value
    }
}
