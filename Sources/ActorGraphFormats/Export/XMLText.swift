/// Escaping for the XML formats (GraphML, GEXF).
///
/// Characters that XML 1.0 forbids (most C0 controls, U+FFFE, U+FFFF) cannot be written even as
/// character references, so they are dropped. Tab, line feed and carriage return are written as
/// character references in attributes, because a parser turns them into spaces otherwise
/// (attribute-value normalization), and carriage return is also escaped in text, which a parser
/// would fold into a line feed.
enum XMLText {
    /// `text` ready to stand between double quotes in an attribute.
    static func attribute(_ text: String) -> String {
        escape(text, inAttribute: true)
    }

    /// `text` ready to stand as element content.
    static func content(_ text: String) -> String {
        escape(text, inAttribute: false)
    }

    /// Whether XML 1.0 allows `scalar` in a document.
    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }

    private static func escape(_ text: String, inAttribute: Bool) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars where isAllowed(scalar) {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"" where inAttribute: out += "&quot;"
            case "\t" where inAttribute: out += "&#9;"
            case "\n" where inAttribute: out += "&#10;"
            case "\r": out += "&#13;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
