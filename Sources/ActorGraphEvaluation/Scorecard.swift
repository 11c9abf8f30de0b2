import Foundation

/// Precision, recall and F1 of a predicted graph against gold, per relation kind and overall,
/// over distinct (subject, relation, object) triples of the whole corpus, with the missed and
/// spurious triples listed.
public struct Scorecard: Sendable {
    /// Counts for one relation kind, or for all of them.
    public struct Row: Equatable, Sendable {
        public var relation: String
        public var gold: Int
        public var predicted: Int
        public var truePositives: Int

        public var precision: Double { predicted == 0 ? 0 : Double(truePositives) / Double(predicted) }
        public var recall: Double { gold == 0 ? 0 : Double(truePositives) / Double(gold) }
        public var f1: Double {
            let sum = precision + recall
            return sum == 0 ? 0 : 2 * precision * recall / sum
        }
    }

    /// One row per relation kind, in the model's order.
    public var rows: [Row]
    /// All relation kinds together.
    public var overall: Row
    /// In the gold, not predicted.
    public var missed: [Triple]
    /// Predicted, not in the gold.
    public var spurious: [Triple]

    /// The table as the reference scorer prints it, so the two can be compared line by line.
    public var table: String {
        var lines = ["relation".padded(18) + " " + "gold".leftPadded(5) + " " + "pred".leftPadded(5) + " "
            + "tp".leftPadded(4) + "  " + "P".leftPadded(5) + " " + "R".leftPadded(5) + " " + "F1".leftPadded(5)]
        for row in rows + [overall] {
            lines.append(row.relation.padded(18) + " " + String(row.gold).leftPadded(5) + " "
                + String(row.predicted).leftPadded(5) + " " + String(row.truePositives).leftPadded(4) + "  "
                + fixed2(row.precision).leftPadded(5) + " " + fixed2(row.recall).leftPadded(5) + " "
                + fixed2(row.f1).leftPadded(5))
        }
        return lines.joined(separator: "\n")
    }
}

/// `value` with two decimals, rounded from its exact binary value as Python's format does.
func fixed2(_ value: Double) -> String {
    String(format: "%.2f", value)
}

extension String {
    fileprivate func padded(_ width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }

    fileprivate func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
