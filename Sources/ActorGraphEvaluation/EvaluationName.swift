import Foundation

/// The normalisation under which gold and predicted names are compared, identical to
/// `norm` in the reference scorer (`score.py`): NFKD, non-ASCII dropped, lowercase, a leading
/// "the " removed, every run of characters other than `a-z`, `0-9` and `:` turned into one space.
enum EvaluationName {
    static func normalize(_ text: String) -> String {
        let ascii = String(String.UnicodeScalarView(
            text.decomposedStringWithCompatibilityMapping.unicodeScalars.filter(\.isASCII)))
        var lowered = Substring(ascii.lowercased())
        while let first = lowered.first, first.isPythonWhitespace { lowered.removeFirst() }
        while let last = lowered.last, last.isPythonWhitespace { lowered.removeLast() }
        if lowered.hasPrefix("the") {
            let rest = lowered.dropFirst(3)
            if let next = rest.first, next.isPythonWhitespace {
                lowered = rest.drop(while: \.isPythonWhitespace)
            }
        }
        var out = ""
        var pendingSpace = false
        for character in lowered {
            if character.isASCIILowercaseLetterOrDigit || character == ":" {
                if pendingSpace && !out.isEmpty { out.append(" ") }
                out.append(character)
                pendingSpace = false
            } else {
                pendingSpace = true
            }
        }
        return out
    }
}

extension Character {
    fileprivate var isPythonWhitespace: Bool {
        self == " " || self == "\t" || self == "\n" || self == "\r" || self == "\u{0B}" || self == "\u{0C}"
    }

    fileprivate var isASCIILowercaseLetterOrDigit: Bool {
        guard let ascii = asciiValue else { return false }
        return (0x61...0x7A).contains(ascii) || (0x30...0x39).contains(ascii)
    }
}
