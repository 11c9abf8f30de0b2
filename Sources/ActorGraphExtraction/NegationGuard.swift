/// Voids matches that the text does not state as fact: negated ("Iran is not at the table"),
/// modal or hypothetical ("could help"), or inside a conditional clause ("if the coalition shared
/// intelligence then Russia could help …").
///
/// Its own words are compared by id (``FixedWord``), so the tokens must have their word ids
/// (``Vocabulary/assign(_:)``). Where a clause starts and which relative clauses a match holds
/// are read from the sentence's ``Clauses``.
enum NegationGuard {
    static let clauseBreaks: Set<String> = [";", ":", ".", "—", "but", "however", "while", "\""]
    /// ``clauseBreaks`` by id.
    static let clauseBreakWords = FixedWordSet(.semicolon, .colon, .period, .dash, .but, .however, .while, .quote)

    /// The up to `limit` tokens right before token `start` that are in its clause (no clause
    /// break between them and `start`: ``Clauses/breaks``).
    ///
    /// (Whether reported speech or a condition governs a match is asked of this stretch: a
    /// ``Clauses/Kind/reported`` or ``Clauses/Kind/conditional`` clause opening in its last 3 or
    /// 12 tokens. The windows stay the guard's: they are measured back from the match.)
    static func clause(before start: Int, in clauses: Clauses, within limit: Int) -> Range<Int> {
        clauses.stretchStart(before: start, within: limit)..<start
    }

    /// Whether a reporting verb ("said", "announced") opens the clause just before token `start`.
    static func reported(before start: Int, in clauses: Clauses) -> Bool {
        clauses.opens(.reported, in: clause(before: start, in: clauses, within: 3))
    }

    /// Whether a `demand:` verb, alone or followed by "on" or "that" (and "the"), ends right
    /// before token `start`.
    static func isDemand(before start: Int, in tokens: [Token], rules: CompiledRules) -> Bool {
        var k = start - 1
        if k >= 0, tokens[k].is(.the) { k -= 1 }
        if k >= 0, tokens[k].is(oneOf: demandLinks) { k -= 1 }
        return k >= 0 && rules.demandVerbs.contains(tokens[k].word)
    }

    /// Verbs that warn someone off what follows ("warned Beijing against supplying …").
    static let warnings: Set<String> = ["warn", "warns", "warned", "warning", "caution", "cautions", "cautioned"]
    /// "called on", "demanded that", "insisted upon".
    static let demandLinks = FixedWordSet(.on, .that, .upon)
    static let cessationVerbs: Set<String> = ["stop", "cease", "end", "halt", "quit"]
    /// ``cessationVerbs`` by id.
    static let cessationWords = FixedWordSet(.stop, .cease, .end, .halt, .quit)
    /// What after the subject makes it a modifier: "-", "'s", "'".
    static let modifierLinks = FixedWordSet(.hyphen, .possessive, .apostrophe)
    /// What opens a relative clause after a comma, for this guard ("where" does not).
    static let relatives = FixedWordSet(.which, .who, .whose, .whom)
    /// What closes one (``Clauses/Clause/nextBreak``).
    static let relativeEnds = FixedWordSet(.comma, .semicolon, .period)

    /// Whether the subject is a modifier ("told the Rwandan-backed M23 to withdraw": the
    /// backing is stated, the demand is M23's) or is asked to stop what the match states, which
    /// the demand presupposes ("called on Rwanda to stop backing the rebels").
    static func presupposes(_ match: RuleMatch, in tokens: [Token]) -> Bool {
        guard let subject = match.subjects.first else { return false }
        var k = subject.range.upperBound
        guard k < tokens.count else { return false }
        if tokens[k].is(oneOf: modifierLinks) { return true }
        if tokens[k].is(.to) { k += 1 }
        return k < tokens.count && tokens[k].is(oneOf: cessationWords)
    }

    /// The relative clauses between commas inside `range` that hold none of the match's names:
    /// "Hamas, which did not take part, accused Israel" — the clause's "not" is not the match's.
    static func asides(of match: RuleMatch, in clauses: Clauses) -> [Range<Int>] {
        let bound = (match.subjects + match.objects).map(\.range)
        var out: [Range<Int>] = []
        // (Opened and closed, by a comma at its next break, inside the match.)
        for c in clauses.all where c.kind == .relative && relatives.contains(c.opener) && match.range.contains(c.start) {
            guard c.closedByComma, let close = c.nextBreak, close < match.range.upperBound else { continue }
            if !bound.contains(where: { $0.overlaps(c.start..<close) }) { out.append(c.start..<close) }
        }
        return out
    }

    /// Whether the match, or the two words after it, say its subject took part from afar: "by" or
    /// "via" and a remote word ("addressed the delegates by video"), or "virtually", "remotely".
    /// Not a call the subject made to others ("who spoke by telephone with X" tells nothing of
    /// where the caller was), nor a later clause's.
    /// (The remote words are relations.rules' "remote-word" list.)
    static func takesPartFromAfar(_ match: RuleMatch, in tokens: [Token], remoteWords: WordSet) -> Bool {
        let lower = match.range.lowerBound
        for k in lower..<min(tokens.count, match.range.upperBound + 3) {
            if ["virtually", "remotely"].contains(tokens[k].norm) { return true }
            guard remoteWords.contains(tokens[k].word), tokens[max(lower, k - 2)..<k].contains(where: { $0.norm == "by" || $0.norm == "via" }) else { continue }
            if k + 1 < tokens.count, ["with", "to"].contains(tokens[k + 1].norm) { continue }
            return true
        }
        return false
    }

    /// Whether the denial at `k` has a charge for its object and ends its clause there, with "and",
    /// "but" or a comma: "denies the charge and in turn accuses …" (not "denies the charge that …").
    /// (`charges`: relations.rules' "charge" list, "rejected the accusations, but …".)
    static func deniesACharge(_ tokens: [Token], at k: Int, charges: WordSet) -> Bool {
        var j = k + 1
        if j < tokens.count, ["the", "this", "that", "these", "those", "all", "such"].contains(tokens[j].norm) { j += 1 }
        guard j + 1 < tokens.count, charges.contains(tokens[j].word) else { return false }
        return tokens[j + 1].is(.and) || tokens[j + 1].is(.comma) || tokens[j + 1].is(.but)
    }

    /// Whether the denial at `k` has its own object, an act in the -ing form: "has long denied
    /// sending them arms", "denies funding extremists".
    static func deniesAnAct(_ tokens: [Token], at k: Int) -> Bool {
        k + 1 < tokens.count && tokens[k + 1].norm.count > 4 && tokens[k + 1].norm.hasSuffix("ing")
    }

    static func voids(_ match: RuleMatch, in tokens: [Token], clauses: Clauses, rules: CompiledRules) -> Bool {
        // A question states nothing: "Will Ethiopia join the talks?"
        Vocabulary.assertAssigned(tokens)
        if let last = tokens.last, last.is(.question) { return true }
        // "The rebels pushed back government forces": "back" after such a verb is its particle.
        if case .relation(.backs) = match.rule.product,
            match.range.contains(where: { k in k > 0 && tokens[k].word == rules.back && rules.particleVerbs.contains(tokens[k - 1].word) })
        {
            return true
        }
        let asides = asides(of: match, in: clauses)
        for k in match.range where rules.negations.contains(tokens[k].word) || rules.denials.contains(tokens[k].word) {
            if asides.contains(where: { $0.contains(k) }) { continue }
            // "Kigali denies the charge and in turn accuses the army of …": a denial of a charge
            // already told is a clause of its own.
            if rules.denials.contains(tokens[k].word), deniesACharge(tokens, at: k, charges: rules.charges) { continue }
            // "said Kenya and Ethiopia would jointly monitor the truce": reported speech states a
            // position, so its "would" is not hypothetical.
            if tokens[k].is(.would), reported(before: match.range.lowerBound, in: clauses) { continue }
            // "NATO said it would continue to support Ukraine": reported speech opened inside the
            // match, right before its subject's "would" (a pronoun, or "that" and one).
            if tokens[k].is(.would), k >= 2, clauses.opens(.reported, in: Range.ordered(max(match.range.lowerBound, k - 3), k - 1)),
                ["it", "they", "he", "she", "we"].contains(tokens[k - 1].norm),
                !tokens[k...].contains(where: { $0.norm == "if" || $0.norm == "unless" })
            {
                continue
            }
            // "the United States would keep supporting Siniora's government": a stance kept up
            // is told, not supposed (unless a condition follows).
            if tokens[k].is(.would), k + 1 < tokens.count, rules.stancesKept.contains(tokens[k + 1].word),
                !tokens[k...].contains(where: { rules.conditionals.contains($0.word) })
            {
                continue
            }
            // "talks between the army and the RSF would start in Jeddah on Saturday": a meeting
            // scheduled, which counts as attended.
            if tokens[k].is(.would), case .relation(.attended) = match.rule.product, k + 1 < tokens.count,
                rules.meetingStarts.contains(tokens[k + 1].word)
            {
                continue
            }
            return true
        }
        // "addressed the delegates by video from Kyiv", "joined the talks via video link": taking
        // part from afar is no attendance.
        if case .relation(.attended) = match.rule.product, takesPartFromAfar(match, in: tokens, remoteWords: rules.remoteWords) { return true }
        // A subject its quantifier denies: "no one from Hamas was present", "none of the Gulf
        // states attended", "No Israeli was there".
        if var j = match.subjects.first?.range.lowerBound {
            if j > 0, tokens[j - 1].is(.the) { j -= 1 }
            if j > 1, tokens[j - 1].norm == "of" || tokens[j - 1].norm == "from", tokens[j - 2].norm == "one" || tokens[j - 2].norm == "none" {
                j -= tokens[j - 2].norm == "one" ? 2 : 1
            }
            if j > 0, tokens[j - 1].norm == "no" || tokens[j - 1].norm == "none" { return true }
        }
        // A denial right after it: "accused the UAE of arming the RSF, which Abu Dhabi denied".
        for k in match.range.upperBound..<min(tokens.count, match.range.upperBound + 8) {
            if tokens[k].is(oneOf: clauseBreakWords) && !tokens[k].is(.quote) { break }
            // "…, has long denied sending them arms": a denial with its own object (a gerund)
            // is about something else.
            if rules.denials.contains(tokens[k].word) {
                if deniesAnAct(tokens, at: k) { break }
                // "A second draft, submitted by Ghana and Peru, was rejected": a passive tells
                // what befell the sentence's subject, no denial of the match.
                if ["was", "were", "been", "is", "are"].contains(tokens[k - 1].norm) { break }
                return true
            }
        }
        // A denial the match completes: "denied accusations that he supplies the RUF", "rejects
        // claims that Iran arms the rebels".
        let before = clause(before: match.range.lowerBound, in: clauses, within: 12)
        let subject = max(match.range.lowerBound, match.subjects.first?.range.lowerBound ?? match.range.lowerBound)
        // (Not "Doha denies funding extremists, and Nadia reminds listeners that …": a denial with
        // its own object, or one a comma and "and" or "but" close, is another clause's.)
        if let denial = before.first(where: { rules.denials.contains(tokens[$0].word) }),
            (denial..<subject).contains(where: { tokens[$0].is(.that) }),
            !deniesAnAct(tokens, at: denial),
            !(denial..<subject).contains(where: { k in tokens[k].is(.comma) && k + 1 < tokens.count && (tokens[k + 1].is(.and) || tokens[k + 1].is(.but)) })
        {
            return true
        }
        // A demand addressed to the subject: "urged Turkey to attack", "called on Turkey to",
        // "demanded that Ankara stop arming".
        if isDemand(before: match.range.lowerBound, in: tokens, rules: rules), !presupposes(match, in: tokens) { return true }
        // A warning addressed to the subject: "warned Beijing against supplying weapons to Moscow".
        if let subject = match.subjects.first, subject.range.lowerBound > 0, subject.range.upperBound < tokens.count,
            tokens[subject.range.upperBound].norm == "against", Self.warnings.contains(tokens[subject.range.lowerBound - 1].norm)
        {
            return true
        }
        // A conditional just before the match, in the same clause; or a negated undertaking that
        // the match completes: "pledged not to let any group use Afghan soil to threaten X".
        if clause(before: match.range.lowerBound, in: clauses, within: 20).contains(where: { k in
            (tokens[k].is(.not) || tokens[k].is(.never)) && k + 1 < tokens.count && tokens[k + 1].is(.to)
        }) { return true }
        return clauses.opens(.conditional, in: before)
    }
}
