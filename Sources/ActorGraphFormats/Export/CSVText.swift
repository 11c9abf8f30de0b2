/// Cells of RFC 4180 CSV, safe to open in a spreadsheet.
///
/// A text cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return would be run as a
/// formula by Excel, LibreOffice or Google Sheets (CSV injection), so it gets a leading
/// apostrophe, as OWASP advises: `=cmd|' /C calc'!A0` is written as `'=cmd|' /C calc'!A0`. The
/// apostrophe is part of the value a database imports. Cells holding `,`, `"`, a line break or
/// leading or trailing spaces are quoted, with `"` doubled.
enum CSVText {
    /// A text cell, guarded against formulas and quoted when needed.
    static func text(_ value: String) -> String {
        quoted(guarded(value))
    }

    /// `value` with a leading apostrophe when a spreadsheet would read it as a formula.
    static func guarded(_ value: String) -> String {
        guard let first = value.unicodeScalars.first else { return value }
        return ["=", "+", "-", "@", "\t", "\r"].contains(first) ? "'" + value : value
    }

    /// `value` between double quotes when it holds a separator, quote, line break or edge spaces.
    static func quoted(_ value: String) -> String {
        let needsQuotes = value.unicodeScalars.contains { [",", "\"", "\n", "\r"].contains($0) }
            || value.first?.isWhitespace == true || value.last?.isWhitespace == true
        guard needsQuotes else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// One CSV line from cells already escaped.
    static func row(_ cells: [String]) -> String {
        cells.joined(separator: ",") + "\n"
    }
}
