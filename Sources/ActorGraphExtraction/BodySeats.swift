/// Where international bodies sit (bundled `seats.tsv`): a session of the Security Council that
/// its sentence places nowhere is in New York.
struct BodySeats: Sendable {
    /// Each body's seat, by the body's lexicon name lowercased.
    private(set) var seats: [String: String] = [:]

    static let bundled: BodySeats = bundledText("seats").map(BodySeats.init(tsv:)) ?? BodySeats()

    init() {}

    /// Reads `body<TAB>seat` rows; `#` lines, the header and rows with an empty cell are skipped.
    init(tsv: String) {
        for line in tsv.split(whereSeparator: \.isNewline) where !line.hasPrefix("#") && line != "body\tseat" {
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map { $0.trimmingWhitespace() }
            guard cells.count == 2, !cells[0].isEmpty, !cells[1].isEmpty else { continue }
            seats[cells[0].lowercased()] = cells[1]
        }
    }

    /// The seat of the body named `name` (a lexicon name, any case), if it has one.
    func seat(of name: String) -> String? { seats[name.lowercased()] }
}
