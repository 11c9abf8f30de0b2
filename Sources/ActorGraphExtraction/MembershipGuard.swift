/// Voids `member_of` matches that do not state a membership held now: past, sought or
/// hypothetical ("a former member of", "a non-NATO member", "wants to join", "Ukraine's NATO
/// membership bid"), and objects that are not the body itself ("a member of Hamas's political bureau",
/// "joined the ASEAN summit", "joined the EU in condemning the coup").
///
/// It comes on top of ``NegationGuard``, which voids every relation ("Iran is not a member").
enum MembershipGuard {
    /// How far before a match a `nonmember:` word still voids it, within its clause.
    static let lookBehind = 12

    static func voids(_ match: RuleMatch, in tokens: [Token], rules: RuleSet) -> Bool {
        let words = rules.nonmemberWords
        if match.range.contains(where: { words.contains(tokens[$0].norm) }) { return true }
        // "Kyiv wants to join NATO as a member": a wish earlier in the clause.
        let clause = NegationGuard.clause(before: match.range.lowerBound, in: tokens, within: lookBehind)
        if clause.contains(where: { words.contains(tokens[$0].norm) }) { return true }
        // "Ukraine's membership of NATO would …", "… NATO membership bid": the word right after.
        if match.range.upperBound < tokens.count, words.contains(tokens[match.range.upperBound].norm) { return true }
        guard let body = match.objects.last else { return false }
        // "Sweden, a non-NATO member": the prefix denies what the rule reads ("non-permanent
        // member of the Security Council" is still a member).
        let b = body.range.lowerBound
        if b >= 2, tokens[b - 1].norm == "-", tokens[b - 2].norm == "non" { return true }
        return !namesTheBody(tokens, after: body.range.upperBound, rules: rules)
    }

    /// Whether the object ending before token `k` is the body itself, not something of it: not
    /// "Hamas's political bureau", "the AU delegation", "the ASEAN summit", nor "the EU in
    /// condemning …" (joining a body in an act is not joining the body).
    static func namesTheBody(_ tokens: [Token], after k: Int, rules: RuleSet) -> Bool {
        guard k < tokens.count else { return true }
        let next = tokens[k].norm
        if next == "'s" || next == "'" { return false }
        if rules.eventNouns.contains(next) || rules.delegateNouns.contains(next) || rules.words(.delegationNoun).contains(next) {
            return false
        }
        if ["in", "on", "by"].contains(next), k + 1 < tokens.count, tokens[k + 1].norm.count > 4, tokens[k + 1].norm.hasSuffix("ing") {
            return false
        }
        return true
    }
}
