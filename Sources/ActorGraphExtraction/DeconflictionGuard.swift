/// Voids `coordinates_with` matches that state a deconfliction arrangement: powers that keep out of
/// each other's way ("to avoid incidents between their air forces", "a deconfliction hotline")
/// do not act together, and such an arrangement often joins opposite sides.
enum DeconflictionGuard {
    /// Words that name a deconfliction arrangement.
    static let words: Set<String> = ["deconfliction", "deconflict", "deconflicting", "deconflicted", "hotline", "hotlines"]
    /// Verbs of keeping clear, before an ``incidents`` noun: "to avoid accidental collisions".
    static let avoidVerbs: Set<String> = ["avoid", "avoiding", "prevent", "preventing", "averting", "avert"]
    static let incidents: Set<String> = [
        "incident", "incidents", "collision", "collisions", "clash", "clashes", "accident", "accidents", "confrontation",
        "confrontations", "miscalculation", "miscalculations", "encounters", "mishaps",
    ]

    /// Whether the match, or the rest of its clause (up to 16 tokens after it), names a
    /// deconfliction: a deconfliction word, or "avoid|prevent" and an incident noun within 4 tokens.
    static func voids(_ match: RuleMatch, in tokens: [Token]) -> Bool {
        var end = match.range.upperBound
        while end < tokens.count, end - match.range.upperBound < 16, !NegationGuard.clauseBreaks.contains(tokens[end].norm) { end += 1 }
        let span = match.range.lowerBound..<end
        for k in span {
            let word = tokens[k].norm
            // "de-confliction": the tokenizer splits the hyphen.
            if words.contains(word) || (word == "confliction" && k >= 2 && tokens[k - 2].norm == "de") { return true }
            if avoidVerbs.contains(word), tokens[(k + 1)..<min(end, k + 5)].contains(where: { incidents.contains($0.norm) }) { return true }
        }
        return false
    }
}
