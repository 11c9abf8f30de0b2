// Arrivals: a verb of arriving stands for the meeting at the venue it names.
extension EventResolver {
    /// The venue an arrival verb at `e` names within the next few words: "came to Muscat",
    /// "arrived last night in Geneva", "landed at Rambouillet".
    func arrivalPlace(_ s: SentenceAnalysis, event e: Int) -> String? {
        let tokens = s.tokens
        for i in (e + 1)..<min(tokens.count, e + 6) {
            if [",", ";", ".", "and", "but"].contains(tokens[i].norm) { return nil }
            guard ["in", "to", "at", "into"].contains(tokens[i].norm) else { continue }
            // ("flew back to Washington": leaving the meeting, not arriving at one.)
            if Self.goesBack(tokens, to: i) { return nil }
            var k = i + 1
            if k < tokens.count, tokens[k].norm == "the" { k += 1 }
            if let m = s.mentions.first(where: { $0.range.lowerBound == k || $0.range.lowerBound == i + 1 }) {
                // ("flew on to Managua": a capital after a journey is where it ends, whatever
                // the capital stands for elsewhere.)
                guard m.role == .place || m.form == .metonym, m.form != .demonym else { return nil }
                return venueName(m, tokens)
            }
            if let (_, name) = namedVenue(s, at: k) { return name }
            guard k < tokens.count, tokens[k].isCapitalized, tokens[k].isWord, !notPlaces.contains(tokens[k].word),
                !Self.continuesName(tokens, after: k), !namesBuilding(tokens, k), !Self.namesLandmark(tokens, k)
            else { return nil }
            return tokens[k].text
        }
        return nil
    }

    /// The venue of an arrival earlier in the meeting's clause: "flew on to Managua on Saturday,
    /// January 15, to see Somoza" sees him in Managua.
    /// ("Ghana's envoy, who travelled to Accra last month to arrange today's meeting, met …": a
    /// journey in a clause about a person is another occasion's.)
    func arrivalBefore(_ s: SentenceAnalysis, event e: Int) -> String? {
        let asides = Self.asides(s.tokens, besidesMeetingAt: e)
        var k = e - 1
        while k >= 0, e - k <= 12, s.tokens[k].norm != ";" {
            if arrivals.contains(s.tokens[k].word), !asides.contains(where: { $0.contains(k) }), let place = arrivalPlace(s, event: k) { return place }
            k -= 1
        }
        return nil
    }
}
