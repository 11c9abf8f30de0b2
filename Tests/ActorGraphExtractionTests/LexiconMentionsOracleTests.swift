import Foundation
import Testing

@testable import ActorGraphExtraction

/// ``Extractor/lexiconMentions(_:)`` tells places from actors by word ids (``PlaceCues``): it must
/// find what it found when it asked sets of strings for the tokens' norms (kept here verbatim as
/// the oracle), on every sentence of the seeds, every fixture's articles, their upper-cased
/// copies and sentences made to reach each test.
@Suite struct LexiconMentionsOracleTests {
    /// The sentences of `text` with their word ids, as the extractor reads them.
    static func sentences(_ text: String, _ extractor: Extractor) -> [[Token]] {
        let masked = Boilerplate.masked(Array(text.unicodeScalars))
        return SentenceSplitter.sentences(masked).compactMap { range in
            range.count > Extractor.maximumSentenceLength ? nil : Tokenizer.tokens(masked, in: range, vocabulary: extractor.vocabulary)
        }
    }

    /// Compares every sentence of `text`; returns how many mentions were places.
    @discardableResult
    static func expectSame(_ text: String, _ extractor: Extractor, _ context: String) -> Int {
        let (cargo, visit, direction) = (Fixture.rules.list("cargo"), Fixture.rules.list("visit"), Fixture.rules.list("direction"))
        var places = 0
        for tokens in sentences(text, extractor) {
            let (mentions, pending) = extractor.lexiconMentions(tokens)
            let (oldMentions, oldPending) = extractor.lexiconMentionsByNorm(tokens, cargoNouns: cargo, visitVerbs: visit, directionWords: direction)
            #expect(mentions == oldMentions, "\(context): \(tokens.map(\.text).joined(separator: " "))")
            #expect(pending.map(\.0) == oldPending.map(\.0) && pending.map(\.1) == oldPending.map(\.1), "\(context)")
            places += mentions.filter { $0.role == .place }.count
        }
        return places
    }

    @Test func mentionsAreWhatTheStringSetsFound() throws {
        let extractor = Extractor(lexicon: Fixture.lexicon, rules: Fixture.rules)
        var places = 0
        for (text, name) in try Fixture.oracleTexts() {
            places += Self.expectSame(text, extractor, name)
        }
        // (The texts do reach the place tests.)
        #expect(places > 1_000)
    }

    @Test func madeSentencesAtEachTest() {
        let extractor = Extractor(lexicon: Fixture.lexicon, rules: Fixture.rules)
        let texts = [
            "Talks were held in Moscow. They met in central Moscow. The minister visited Cairo on Tuesday.",
            "Israel fired rockets at Syria. Talks at Geneva ended. Sanctions on Russia and pressure over Iran grew.",
            "The Berlin conference opened. He travelled to Moscow. Iran sent drones and missiles to Russia.",
            "Their latest Berlin crisis meeting ended. The Geneva peace talks, the Geneva Peace talks and the Cairo big new summit.",
            "They flew to Abu Dhabi, where they held talks. He travelled to the Russian capital.",
            "The government in Khartoum agreed. MOSCOW: talks resumed. Moscow, where the talks were held, was quiet.",
            "Moscow said. in Moscow at the Kremlin into Ukraine over Kyiv on Beirut to Damascus",
            "The delegation went to the summit in Doha and then to Cairo. Ankara sent weapons to Kyiv.",
            "He arrived in Iran's capital. The neighbouring countries of Afghanistan, Libya's neighbours and Sudan's close neighbors met. Syria's allies met.",
            "Egypt hosts Hamas to revive Gaza ceasefire talks. The Cairo truce talks, the Cairo peace talks and the Moscow hostage meeting.",
            "Britain's ambassador to the United Nations, Sudan's UN ambassador, the Kenyan UN envoy and UN envoy Ali Musa met.",
        ]
        for text in texts {
            Self.expectSame(text, extractor, text)
            Self.expectSame(text.uppercased(), extractor, text + " (upper-cased)")
        }
    }
}

extension Extractor {
    /// ``lexiconMentions(_:)`` as it was before ``PlaceCues``: the place tests asked sets of
    /// strings for the tokens' norms. (Verbatim but for the three lists, which were properties.)
    func lexiconMentionsByNorm(
        _ tokens: [Token], cargoNouns: Set<String>, visitVerbs: Set<String>, directionWords: Set<String>
    ) -> ([Mention], [(Range<Int>, Int)]) {
        var mentions: [Mention] = []
        var pending: [(Range<Int>, Int)] = []
        var i = 0
        while i < tokens.count {
            var found = matcher.longestMatch(tokens, at: i)
            // "the political opposition": a generic word with one adjective after "the".
            if found == nil, i + 1 < tokens.count, tokens[i + 1].isWord, !tokens[i + 1].isCapitalized {
                found = matcher.genericSkippingAdjective(tokens, at: i)
            }
            guard let (end, hit) = found else { i += 1; continue }
            // (The two fields read, not the entry: copying it retained its name and lists.)
            let entryKind = lexicon.entries[hit.entry].kind
            let entryCode = lexicon.entries[hit.entry].code
            if hit.form == .generic {
                // "the rebel Forces Nouvelles": generic words that run from lowercase into a
                // capitalised word are the start of a name's description, not "rebel forces".
                if end - i >= 2, !tokens[i].isCapitalized, tokens[end - 1].isCapitalized {
                    i += 1
                    continue
                }
                pending.append((i..<end, hit.entry))
                i = end
                continue
            }
            var ref = matcher.ref(hit.entry)
            var range = i..<end
            var form = hit.form
            if hit.form == .demonym, let code = entryCode, let (tEnd, template) = matcher.template(afterDemonym: tokens, at: end),
                let instantiated = matcher.ref(template: template, country: code)
            {
                ref = instantiated
                range = i..<tEnd
                form = .generic
            }
            // "the Syrian opposition": a leading "the" belongs to the mention.
            let previous = range.lowerBound > 0 ? tokens[range.lowerBound - 1].norm : ""
            // "in central Moscow": a direction word between "in" and the place.
            let skipsOne = range.lowerBound > 1
                && (previous == "the" || directionWords.contains(previous) && tokens[range.lowerBound - 2].norm == "in")
            let beforeThe = skipsOne ? tokens[range.lowerBound - 2].norm : previous
            var role = Mention.Role.actor
            // A body's seat ("in Brussels") is a place like a capital.
            if entryKind == .state && (form == .metonym || form == .name || form == .alias) || entryKind == .organization && form == .metonym {
                let next = range.upperBound < tokens.count ? tokens[range.upperBound] : nil
                // "The Washington Post", "Washington CNN": a capital inside a longer name.
                if form == .metonym, let next, next.isWord, next.isCapitalized,
                    matcher.longestMatch(tokens, at: range.upperBound) == nil, recognizer.title(tokens, at: range.upperBound) == nil
                {
                    i = end
                    continue
                }
                // "fired rockets at Israel" targets a state; "talks at Geneva" names a venue.
                // "the government in Khartoum": a capital after a government noun names the state.
                let governs = beforeThe == "in" && range.lowerBound >= 2
                    && governingNouns.contains(tokens[range.lowerBound - 2].word)
                let qualifies = range.upperBound + 1 < tokens.count && tokens[range.upperBound].norm == "-"
                    && PreparedRuleMatcher.joinsQualifier(tokens, hyphenAt: range.upperBound)
                if rules.locatives.contains(beforeThe), form == .metonym || !["at", "into", "over", "on"].contains(beforeThe), !governs, !qualifies {
                    role = .place
                } else if form == .metonym, let next, rules.eventNouns.contains(next.norm) && previous != "and" && previous != ","
                    // "their latest Berlin crisis meeting": one or two lowercase words between.
                    || (1...2).contains(where: { n in
                        let k = range.upperBound + n
                        return k < tokens.count && rules.eventNouns.contains(tokens[k].norm)
                            && tokens[range.upperBound..<k].allSatisfy { $0.isWord && !$0.isCapitalized && !["ceasefire", "cease-fire", "truce", "hostage", "hostages", "prisoner", "prisoners"].contains($0.norm) }
                    })
                {
                    role = .place  // "the Berlin conference"
                } else if form == .metonym, visitVerbs.contains(previous) {
                    role = .place  // "visited Cairo on Tuesday, where he held talks with …"
                } else if beforeThe == "to", range.lowerBound >= 2,
                    tokens[max(0, range.lowerBound - 5)..<(range.lowerBound - 1)].contains(where: {
                        rules.motionVerbs.contains($0.norm) || rules.eventNouns.contains($0.norm)
                    }),
                    // "sent drones and missiles to Russia": a recipient, not a destination.
                    !tokens[max(0, range.lowerBound - 5)..<(range.lowerBound - 1)].contains(where: { cargoNouns.contains($0.norm) })
                {
                    role = .place
                } else if form == .metonym, range.lowerBound == 0, next != nil,
                    events.opensDateline(tokens, placeEnd: range.upperBound) || (tokens[0].isUppercase && tokens[0].text.count >= 4)
                {
                    role = .place  // a dateline: "Moscow: …", "HAVANA, Cuba (AP) — …"
                } else if form == .metonym, range.upperBound + 1 < tokens.count, tokens[range.upperBound].norm == ",",
                    tokens[range.upperBound + 1].norm == "where"
                {
                    role = .place  // "flew to Abu Dhabi, where they held talks": a city the clause happens in
                }
            }
            // "Britain's ambassador to the United Nations", "Sudan's UN envoy": where the envoy serves.
            if entryKind == .organization, form != .metonym {
                let accredited: Set<String> = ["ambassador", "ambassadors", "envoy", "envoys", "representative", "representatives", "delegate", "delegates"]
                let b = range.lowerBound, e = range.upperBound
                var k = b - 1
                if k >= 0, tokens[k].norm == "the" { k -= 1 }
                let stateEndsAt = { (j: Int) in mentions.last.map { $0.range.upperBound == j && $0.actor.kind == .state } ?? false }
                if k >= 1 && tokens[k].norm == "to" && accredited.contains(tokens[k - 1].norm)
                    || e < tokens.count && accredited.contains(tokens[e].norm) && b >= 1 && (tokens[b - 1].norm == "'s" ? stateEndsAt(b - 1) : stateEndsAt(b))
                {
                    role = .place
                }
            }
            // "travelled to the Russian capital", "arrived in Iran's capital": a city named by its
            // state, a place.
            if entryKind == .state, range.upperBound < tokens.count {
                let e = range.upperBound
                let neighbours: Set<String> = ["neighbour", "neighbours", "neighbor", "neighbors", "neighbouring", "neighboring"]
                let before = { (n: Int) in range.lowerBound >= n ? tokens[range.lowerBound - n].norm : "" }
                let after = { (n: Int) in e + n < tokens.count ? tokens[e + n].norm : "" }
                if form == .demonym && tokens[e].norm == "capital" || (form == .name || form == .alias) && after(0) == "'s" && after(1) == "capital" {
                    role = .place
                } else if before(1) == "of" && (neighbours.contains(before(2)) || ["countries", "states", "nations"].contains(before(2)) && neighbours.contains(before(3)))
                    || ["'s", "'"].contains(after(0)) && (neighbours.contains(after(1)) || e + 2 < tokens.count && tokens[e + 1].isWord && !tokens[e + 1].isCapitalized && neighbours.contains(after(2)))
                {
                    i = range.upperBound
                    continue
                }
            }
            mentions.append(Mention(range: range, actor: ref, role: role, form: form))
            i = range.upperBound
        }
        return (mentions, pending)
    }
}
