/// Writes text as DOT string literals, per the unescaping rules Graphviz 2.42 applies to each
/// kind of attribute (checked by rendering to SVG and reading the text back).
enum DOTString {
    /// How Graphviz will read the string.
    enum Role {
        /// An ID or a plain attribute (`id`, `class`, colours): only `\"` is unescaped, and a
        /// backslash becomes `_`.
        case plain
        /// `label` (and `xlabel`): `\\`, `\"`, `\n` are unescaped, `\N`-style escapes expand,
        /// and `&…;` entities are decoded.
        case label
        /// `tooltip`, `edgetooltip`, `labeltooltip`: as `label`, but unescaped twice, so a
        /// backslash must be written as four.
        case tooltip
    }

    /// The longest string written, in escaped characters. Graphviz's lexer fails on a quoted
    /// string of about 16 KB on one line; longer text is cut and ends with "…".
    static let maximumLength = 8_000

    /// `text` as a quoted DOT string for `role`. Control characters are dropped, except newline
    /// (a line break in labels and tooltips) and tab (a space).
    static func quoted(_ text: String, _ role: Role, limit: Int = maximumLength) -> String {
        if let quoted = quotedByScalars(text, role, limit: limit) { return quoted }
        // Built as bytes: a tooltip lists an edge's quotes, and a `String` per character made
        // DOT the larger part of drawing a large corpus's graph.
        var out: [UInt8] = [UInt8(ascii: "\"")]
        out.reserveCapacity(min(text.utf8.count, limit) + 16)
        var length = 0
        // Walked by UTF-8 bytes, `at` always at a Character boundary: an ASCII byte followed by
        // another ASCII byte (or by the end) is a Character of its own, but for CR LF, which is
        // one; anything else (a byte of a longer scalar, or an ASCII byte that a combining mark
        // may follow) is taken a Character at a time, as String reads it. Iterating Characters
        // throughout cost some 400 instructions a byte of a tooltip.
        let utf8 = text.utf8
        var at = utf8.startIndex
        while at != utf8.endIndex {
            let byte = utf8[at]
            let next = utf8.index(after: at)
            let alone = byte < 0x80 && (next == utf8.endIndex || (utf8[next] < 0x80 && !(byte == 0x0D && utf8[next] == 0x0A)))
            let after = alone ? next : text.index(after: at)
            // A printable ASCII character that needs no escape is itself (one character long).
            if alone, byte >= 0x20, byte < 0x7F, byte != UInt8(ascii: "\""), byte != UInt8(ascii: "\\"), byte != UInt8(ascii: "&") {
                if length + 1 > limit {
                    out.append(contentsOf: "…".utf8)
                    break
                }
                out.append(byte)
                length += 1
                at = after
                continue
            }
            let piece = escaped(alone ? Character(Unicode.Scalar(byte)) : text[at], role)
            let count = piece.count
            if length + count > limit {
                out.append(contentsOf: "…".utf8)
                break
            }
            out.append(contentsOf: piece.utf8)
            length += count
            at = after
        }
        out.append(UInt8(ascii: "\""))
        return String(decoding: out, as: UTF8.self)
    }

    /// ``quoted(_:_:limit:)`` by scalars, over the text's UTF-8 in place: the same string when
    /// every character that is escaped or dropped is a scalar of its own, which is so unless `"`,
    /// `\` or `&` has a scalar of two or more bytes beside it (a combining mark after it, a
    /// prepended sign before it: one Character with it, written as it is), and when the text is
    /// not cut (what is written is no more bytes than `limit`, so no more characters). Nil
    /// otherwise, and the characters are walked. Walking them cost some 50 instructions a byte
    /// of a tooltip (an edge's quotes: a twentieth of an update of a large corpus).
    ///
    /// Controls never join a neighbour (Unicode's grapheme rules break around them; CR LF is the
    /// one pair, read as one line break here too), so each is dropped or replaced alone.
    private static func quotedByScalars(_ text: String, _ role: Role, limit: Int) -> String? {
        var text = text
        return text.withUTF8 { utf8 -> String? in
            var out: [UInt8] = []
            out.reserveCapacity(utf8.count + 16)
            out.append(UInt8(ascii: "\""))
            let lineBreak: StaticString = role == .plain ? " " : "\\n"
            var i = 0
            while i < utf8.count {
                let byte = utf8[i]
                i += 1
                switch byte {
                case 0x20..<0x7F where byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "\\") && byte != UInt8(ascii: "&"):
                    out.append(byte)
                case 0x80...:
                    // C1 controls (U+0080 to U+009F, C2 80 to C2 9F) are dropped; every other scalar is itself.
                    if byte == 0xC2, i < utf8.count, utf8[i] < 0xA0 {
                        i += 1
                    } else {
                        out.append(byte)
                    }
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "&"):
                    if i < utf8.count && utf8[i] >= 0x80 || i >= 2 && utf8[i - 2] >= 0x80 { return nil }
                    switch (byte, role) {
                    case (UInt8(ascii: "\""), _): out.append(contentsOf: #"\""#.utf8)
                    case (UInt8(ascii: "&"), .plain): out.append(byte)
                    case (UInt8(ascii: "&"), _): out.append(contentsOf: "&amp;".utf8)
                    case (_, .plain): out.append(UInt8(ascii: "_"))
                    case (_, .label): out.append(contentsOf: #"\\"#.utf8)
                    case (_, .tooltip): out.append(contentsOf: #"\\\\"#.utf8)
                    }
                case UInt8(ascii: "\r"), UInt8(ascii: "\n"):
                    if byte == UInt8(ascii: "\r"), i < utf8.count, utf8[i] == UInt8(ascii: "\n") { i += 1 }
                    lineBreak.withUTF8Buffer { out.append(contentsOf: $0) }
                case UInt8(ascii: "\t"):
                    out.append(UInt8(ascii: " "))
                default:
                    // C0 controls and DEL are dropped.
                    break
                }
            }
            guard out.count - 1 <= limit else { return nil }
            out.append(UInt8(ascii: "\""))
            return String(decoding: out, as: UTF8.self)
        }
    }

    private static func escaped(_ character: Character, _ role: Role) -> String {
        switch character {
        case "\"": return "\\\""
        case "\\":
            switch role {
            // A backslash before the closing quote would escape it, and the lexer does not
            // unescape `\\` in plain strings: ids and classes get an underscore instead.
            case .plain: return "_"
            case .label: return "\\\\"
            case .tooltip: return "\\\\\\\\"
            }
        case "\n", "\r\n", "\r":
            return role == .plain ? " " : "\\n"
        case "\t":
            return " "
        case "&":
            return role == .plain ? "&" : "&amp;"
        default:
            // Drop C0 and C1 controls and DEL: Graphviz passes them into XML, where they are
            // not allowed.
            if character.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
                return ""
            }
            return String(character)
        }
    }

    /// `text` escaped for an HTML-like label (`<…>`): XML entities for `&`, `<`, `>`, `"`, a
    /// `<BR/>` for each line break, control characters dropped.
    static func html(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\n", "\r\n", "\r": out += "<BR/>"
            case "\t": out += " "
            default:
                if !character.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
                    out.append(character)
                }
            }
        }
        return out
    }

    /// A number as DOT writes it: at most two decimals, no trailing zeros, never an exponent.
    static func number(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let whole = hundredths / 100, fraction = abs(hundredths % 100)
        if fraction == 0 { return "\(whole)" }
        let digits = fraction % 10 == 0 ? "\(fraction / 10)" : (fraction < 10 ? "0\(fraction)" : "\(fraction)")
        return "\(whole).\(digits)"
    }
}
