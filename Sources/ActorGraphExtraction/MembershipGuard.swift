/// Voids `member_of` matches that do not state a membership held now: past, sought or
/// hypothetical ("a former member of", "a non-NATO member", "wants to join", "Ukraine's NATO
/// membership bid"), and objects that are not the body itself ("a member of Hamas's political bureau",
/// "joined the ASEAN summit", "joined the EU in condemning the coup").
///
/// It comes on top of ``NegationGuard``, which voids every relation ("Iran is not a member").
enum MembershipGuard {
    /// How far before a match a `nonmember:` word still voids it, within its clause.
    static let lookBehind = 12

    /// The rule words the guard reads, as ids of the extractor's vocabulary: tokens are compared
    /// by ``Token/word``, so they must have theirs (``Vocabulary/assign(_:)``).
    struct Words: Sendable {
        /// relations.rules' `nonmember:` words.
        let nonmember: WordSet
        /// What after the object makes it part of the body, not the body: the `event:` and
        /// `delegate:` words and the "delegation-noun" list ("the ASEAN summit", "the AU delegation").
        let notTheBody: WordSet

        init(_ rules: RuleSet, vocabulary: inout Vocabulary) {
            nonmember = vocabulary.set(rules.nonmemberWords)
            notTheBody = vocabulary.set(rules.eventNouns.union(rules.delegateNouns).union(rules.words(.delegationNoun)))
        }
    }

    static func voids(_ match: RuleMatch, in tokens: [Token], clauses: Clauses, words: Words) -> Bool {
        let nonmember = words.nonmember
        if match.range.contains(where: { nonmember.contains(tokens[$0].word) }) { return true }
        // "Kyiv wants to join NATO as a member": a wish earlier in the clause.
        let clause = NegationGuard.clause(before: match.range.lowerBound, in: clauses, within: lookBehind)
        if clause.contains(where: { nonmember.contains(tokens[$0].word) }) { return true }
        // "Ukraine's membership of NATO would …", "… NATO membership bid": the word right after.
        if match.range.upperBound < tokens.count, nonmember.contains(tokens[match.range.upperBound].word) { return true }
        guard let body = match.objects.last else { return false }
        // "Sweden, a non-NATO member": the prefix denies what the rule reads ("non-permanent
        // member of the Security Council" is still a member).
        let b = body.range.lowerBound
        if b >= 2, tokens[b - 1].is(.hyphen), tokens[b - 2].norm == "non" { return true }
        return !namesTheBody(tokens, after: body.range.upperBound, words: words)
    }

    /// Whether the object ending before token `k` is the body itself, not something of it: not
    /// "Hamas's political bureau", "the AU delegation", "the ASEAN summit", nor "the EU in
    /// condemning …" (joining a body in an act is not joining the body).
    static func namesTheBody(_ tokens: [Token], after k: Int, words: Words) -> Bool {
        guard k < tokens.count else { return true }
        let next = tokens[k]
        if next.is(.possessive) || next.is(.apostrophe) { return false }
        if words.notTheBody.contains(next.word) { return false }
        // Grammar, not vocabulary: a preposition and a gerund say what the body is joined in.
        if ["in", "on", "by"].contains(next.norm), k + 1 < tokens.count, tokens[k + 1].norm.count > 4, tokens[k + 1].norm.hasSuffix("ing") {
            return false
        }
        return true
    }
}
