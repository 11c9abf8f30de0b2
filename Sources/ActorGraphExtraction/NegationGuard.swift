/// Voids matches that the text does not state as fact: negated ("Iran is not at the table"),
/// modal or hypothetical ("could help"), or inside a conditional clause ("if the coalition shared
/// intelligence then Russia could help …").
enum NegationGuard {
    static let clauseBreaks: Set<String> = [";", ":", ".", "—", "but", "however", "while", "\""]

    /// Whether a reporting verb ("said", "announced") opens the clause just before token `start`.
    static func reported(before start: Int, in tokens: [Token], rules: RuleSet) -> Bool {
        var k = start - 1
        while k >= 0, start - k <= 3 {
            if rules.reportingVerbs.contains(tokens[k].norm) { return true }
            if clauseBreaks.contains(tokens[k].norm) { return false }
            k -= 1
        }
        return false
    }

    static func voids(_ match: RuleMatch, in tokens: [Token], rules: RuleSet) -> Bool {
        for k in match.range where rules.negations.contains(tokens[k].norm) || rules.denials.contains(tokens[k].norm) {
            // "said Kenya and Ethiopia would jointly monitor the truce": reported speech states a
            // position, so its "would" is not hypothetical.
            if tokens[k].norm == "would", reported(before: match.range.lowerBound, in: tokens, rules: rules) { continue }
            return true
        }
        // A denial right after it: "accused the UAE of arming the RSF, which Abu Dhabi denied".
        for k in match.range.upperBound..<min(tokens.count, match.range.upperBound + 8) {
            if clauseBreaks.contains(tokens[k].norm) && tokens[k].norm != "\"" { break }
            // "…, has long denied sending them arms": a denial with its own object (a gerund)
            // is about something else.
            if rules.denials.contains(tokens[k].norm) {
                if k + 1 < tokens.count, tokens[k + 1].norm.count > 4, tokens[k + 1].norm.hasSuffix("ing") { break }
                return true
            }
        }
        // A negation or conditional just before the match, in the same clause.
        var k = match.range.lowerBound - 1
        var steps = 0
        while k >= 0, steps < 12 {
            let norm = tokens[k].norm
            if clauseBreaks.contains(norm) { break }
            if rules.conditionals.contains(norm) { return true }
            k -= 1
            steps += 1
        }
        return false
    }
}
