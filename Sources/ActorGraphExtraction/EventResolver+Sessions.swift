// Sessions: a body that sits somewhere ("the Security Council") meets there unless its sentence
// says otherwise, and its votes and debates are its sessions.
extension EventResolver {
    /// The seat of the body whose session the word at `e` is: a body of `seats.tsv` before it in
    /// its sentence ("The Security Council met at Guinea's request", "the General Assembly,
    /// meeting in emergency session, adopted …", "The Security Council's resolution 814, adopted
    /// unanimously") or after "by" ("adopted by the Security Council"); the actor named last
    /// before the word, up to six words back, is the one whose session it is.
    func sessionSeat(_ s: SentenceAnalysis, event e: Int) -> String? {
        let tokens = s.tokens
        if let by = ((e + 1)..<min(tokens.count, e + 4)).first(where: { tokens[$0].norm == "by" }),
            let body = s.mentions.first(where: { m in m.role == .actor && m.range.lowerBound > by && m.range.lowerBound <= by + 2 }),
            let seat = bodySeats.seat(of: body.actor.name)
        {
            return seat
        }
        // (The body itself, a few words before: not "UN envoy Kofi Annan … at the meeting", nor
        // a body named in passing further back.)
        var k = e - 1
        while k >= 0, e - k <= 6, ![";", ":", "."].contains(tokens[k].norm) {
            if let m = s.mentions.first(where: { $0.role == .actor && $0.range.upperBound == k + 1 }) {
                // ("members of the UN Security Council are gathering" in Geneva: not the body.)
                var before = m.range.lowerBound - 1
                if before >= 0, tokens[before].is(.the) { before -= 1 }
                return before >= 0 && tokens[before].norm == "of" ? nil : bodySeats.seat(of: m.actor.name)
            }
            k -= 1
        }
        return nil
    }
}
