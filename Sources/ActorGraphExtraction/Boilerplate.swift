/// Page furniture that must yield no actors: newsletter prompts, "Related News", "Skip to main
/// content", photo credits and bylines. The filter blanks it out (replacing scalars with spaces,
/// so offsets stay valid) rather than deleting it.
public enum Boilerplate {
    /// Lines containing one of these (lowercased) are furniture as a whole.
    static let lineMarkers = [
        "sign up for", "sign up to", "newsletter", "related news", "skip to main content", "get email updates",
        "on your tv", "story highlights", "contributed to this report", "contributed reporting",
        "all rights reserved", "copyright", "follow us on", "click here", "read more:", "subscribe to",
        "advertisement", "share this", "republishing this content", "can be found here", "more about",
        "delivers independent", "wire services", "source: cnn", "- source:", "related:", "image credit",
        "photo credit", "stay informed", "download the app", "listen to this article", "reporting by",
        "editing by", "writing by",
    ]
    /// Parenthesised credits inside captions: "(AFP)", "(AFP Photo)", "(Reuters/EPA)".
    static let creditWords: Set<String> = [
        "afp", "ap", "epa", "reuters", "getty", "photo", "photos", "images", "image", "file", "l", "r", "c",
        "left", "right", "center", "press", "service", "anadolu", "xinhua", "tass", "ria", "sana", "irna",
        "wana", "pool", "handout", "via",
    ]

    /// `scalars` with furniture blanked out.
    public static func masked(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var out = scalars
        var lineStart = 0
        let n = scalars.count
        while lineStart < n {
            var lineEnd = lineStart
            while lineEnd < n, scalars[lineEnd] != "\n" { lineEnd += 1 }
            maskLine(&out, lineStart..<lineEnd)
            lineStart = lineEnd + 1
        }
        return out
    }

    static func maskLine(_ out: inout [Unicode.Scalar], _ range: Range<Int>) {
        guard !range.isEmpty else { return }
        // Very long lines are not furniture; skip the lowercase copy.
        if range.count < 400 {
            let line = String(String.UnicodeScalarView(out[range])).lowercased()
            let words = line.split { !$0.isLetter && !$0.isNumber }
            let isFurniture =
                lineMarkers.contains { line.contains($0) }
                || line.hasPrefix("by ") && words.count <= 8
                || line.hasSuffix(".jpg") || line.hasSuffix(".png") || line.contains(".jpg ")
                // "Brendan Smialowski / AP", "02:42 - Source: CNN": short credit lines.
                || (words.count <= 6 && line.contains(" / "))
                || (words.count <= 3 && !line.contains(".") && !line.contains("\""))
            if isFurniture {
                blank(&out, range)
                return
            }
            // "Image Credit: AFP" at the end of a caption.
            if let r = line.range(of: "image credit:") {
                let offset = line.distance(from: line.startIndex, to: r.lowerBound)
                blank(&out, (range.lowerBound + offset)..<range.upperBound)
            }
        }
        blankCredits(&out, range)
    }

    /// Blanks "(…)" groups made only of credit words and capitalised names followed by a slash,
    /// such as "(AFP)", "(L)", "(Russian Foreign Ministry Press Service/EPA)".
    static func blankCredits(_ out: inout [Unicode.Scalar], _ range: Range<Int>) {
        var i = range.lowerBound
        while i < range.upperBound {
            guard out[i] == "(" else { i += 1; continue }
            var j = i + 1
            while j < range.upperBound, out[j] != ")", j - i < 120 { j += 1 }
            guard j < range.upperBound, out[j] == ")" else { i += 1; continue }
            let inner = String(String.UnicodeScalarView(out[(i + 1)..<j]))
            let words = inner.lowercased().split { !$0.isLetter }.map(String.init)
            let isCredit =
                !words.isEmpty
                && (words.allSatisfy { creditWords.contains($0) }
                    || inner.contains("/") || words.contains("photo") || words.contains("afp"))
            if isCredit { blank(&out, i..<(j + 1)) }
            i = j + 1
        }
    }

    static func blank(_ out: inout [Unicode.Scalar], _ range: Range<Int>) {
        for k in range where out[k] != "\n" { out[k] = " " }
    }
}
