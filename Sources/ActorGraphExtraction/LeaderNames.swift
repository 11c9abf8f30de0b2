import ActorGraphModel

extension Extractor {
    /// The leaders that "X-led" names give, each with the body it leads: "the US-led coalition",
    /// "the U.S.-led coalition", "the Saudi-led coalition" (a lexicon name or alias that starts
    /// with a state or its demonym and "-led"), and "the Russian-led CSTO" (an actor's name
    /// joined by "-led" to a body's name). A leader belongs to what it leads, so each pair is a
    /// `member_of` edge.
    ///
    /// The body is an organization or armed group; the leader is a state, organization or armed
    /// group of the lexicon (not a generic word nor a person). "Russian-led CSTO" becomes one
    /// mention of the CSTO, so that rules read "a member of the Russian-led CSTO" as a member
    /// of the CSTO, not of Russia.
    func leaders(_ s: inout SentenceAnalysis) -> [(leader: ActorRef, body: ActorRef)] {
        let (tokens, mentions) = (s.tokens, s.mentions)
        var out: [(leader: ActorRef, body: ActorRef)] = []
        var merged: [Mention] = []
        defer { for m in merged { s.replace(with: m) } }
        for (index, m) in mentions.enumerated() where m.role == .actor && (m.actor.kind == .organization || m.actor.kind == .armedGroup) {
            if m.form == .name || m.form == .alias {
                // "US-led coalition": the leader's name inside the body's.
                var start = m.range.lowerBound
                if tokens[start].norm == "the" { start += 1 }
                if let dash = (start + 1..<max(start + 1, m.range.upperBound - 1)).first(where: { tokens[$0].norm == "-" && tokens[$0 + 1].norm == "led" }),
                    let (end, hit) = matcher.longestMatch(Array(tokens[start..<dash]), at: 0), end == dash - start,
                    let leader = leader(hit), leader != m.actor
                {
                    out.append((leader, m.actor))
                    continue
                }
            }
            // "Russian-led CSTO": the leader's mention, "-led", then the body's, written as one word.
            let p = m.range.lowerBound
            guard index > 0, p >= 3, tokens[p - 1].norm == "led", tokens[p - 2].norm == "-",
                tokens[p - 2].end == tokens[p - 1].start, tokens[p - 1].end < tokens[p].start
            else { continue }
            let before = mentions[index - 1]
            guard before.range.upperBound == p - 2, tokens[p - 3].end == tokens[p - 2].start, before.actor != m.actor,
                [.name, .alias, .demonym, .metonym].contains(before.form), before.actor.kind.isSideTaking
            else { continue }
            out.append((before.actor, m.actor))
            merged.append(Mention(range: before.range.lowerBound..<m.range.upperBound, actor: m.actor, role: m.role, form: m.form))
        }
        return out
    }

    /// The side-taking actor a lexicon hit names, if it is not a generic word.
    private func leader(_ hit: LexiconMatcher.Hit) -> ActorRef? {
        guard hit.form != .generic, lexicon.entries[hit.entry].kind.isSideTaking else { return nil }
        return matcher.ref(hit.entry)
    }
}
