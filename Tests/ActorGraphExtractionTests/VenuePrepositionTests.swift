import Testing

@testable import ActorGraphExtraction

/// ``EventResolver/isVenuePreposition(_:)`` is a switch where `place` asked an array literal:
/// it must answer as that array did (with "off", "at anchor off Kieta", added since) for every
/// norm of the seeds and fixtures and for near misses.
@Suite struct VenuePrepositionTests {
    @Test func answersAsTheListDid() throws {
        let listed = ["in", "at", "to", "outside", "near", "off"]
        var norms: Set<String> = ["in", "at", "to", "outside", "near", "off", "In", "AT", "into", "i", "", "nearby", "outsider", "at ", "of", "offer", "Off"]
        let extractor = Extractor(lexicon: Fixture.lexicon, rules: Fixture.rules)
        for folder in try Fixture.articleFolders() {
            for document in try Corpus.load(folder: folder).documents {
                for tokens in LexiconMentionsOracleTests.sentences(document.text, extractor) { norms.formUnion(tokens.map(\.norm)) }
            }
        }
        var yes = 0
        for norm in norms {
            #expect(EventResolver.isVenuePreposition(norm) == listed.contains(norm), "\(norm)")
            if EventResolver.isVenuePreposition(norm) { yes += 1 }
        }
        #expect(yes == listed.count)
    }
}

/// ``EventResolver/commaAsides(_:excluding:)`` reads its punctuation by word id and its openers by a
/// switch: it must find the asides the norm comparisons found (kept here verbatim as the oracle)
/// on every sentence of the seeds, the fixtures and their upper-cased copies, for every token.
@Suite struct EventResolverAsidesOracleTests {
    /// The asides as found before the fourteenth speed pass (but ", the 1st of May,", a date
    /// after its weekday, added since).
    static func before(_ tokens: [Token], excluding e: Int) -> [Range<Int>] {
        var out: [Range<Int>] = []
        for k in tokens.indices where tokens[k].norm == "," && k + 1 < tokens.count
            && ["the", "a", "an", "who", "which", "whose", "whom"].contains(tokens[k + 1].norm) && !DateResolver.explicitDateFollows(tokens, k + 1)
        {
            guard let close = ((k + 1)..<min(tokens.count, k + 20)).first(where: { [",", ";", "."].contains(tokens[$0].norm) }),
                tokens[close].norm == ","
            else { continue }
            if !(k..<close).contains(e) { out.append(k..<close) }
        }
        return out
    }

    @Test func asidesAreWhatTheNormsFound() throws {
        let extractor = Extractor(lexicon: Fixture.lexicon, rules: Fixture.rules)
        var found = 0
        let made = "Qatar's envoy, the former ambassador in Paris, joined; the talks, which ended, resumed. Iran, a member, and Iraq, whose envoy, spoke"
        for (text, name) in try Fixture.oracleTexts() + [(made, "made")] {
            for tokens in LexiconMentionsOracleTests.sentences(text, extractor) {
                for e in stride(from: -1, through: tokens.count, by: 4) {
                    let asides = EventResolver.commaAsides(tokens, excluding: e)
                    #expect(asides == Self.before(tokens, excluding: e), "\(name): \(tokens.map(\.text).joined(separator: " "))")
                    found += asides.count
                }
            }
        }
        #expect(found > 1_000)
        // The marks are the fixed words the norms were.
        #expect(EventResolver.clauseMarks.contains(FixedWord.comma.rawValue) && EventResolver.clauseMarks.contains(FixedWord.semicolon.rawValue))
    }
}

/// The callers of ``EventResolver/placeAfterNoun(_:_:covered:)`` ask
/// ``EventResolver/followsPlaceNoun(_:_:)`` first: wherever it says no, `placeAfterNoun` must
/// find nothing, on every token of the seeds, the fixtures and their upper-cased copies.
@Suite struct PlaceAfterNounFilterTests {
    @Test func noPlaceWhereTheFilterSaysNo() throws {
        let extractor = Extractor(lexicon: Fixture.lexicon, rules: Fixture.rules)
        var places = 0
        let made = "the Egyptian resort of Sharm el-Sheikh; the desert city of al-Ula; the town of Goma; of Paris; city of"
        for text in try Fixture.oracleTexts().map(\.text) + [made] {
            for tokens in LexiconMentionsOracleTests.sentences(text, extractor) {
                for i in tokens.indices {
                    let place = extractor.events.placeAfterNoun(tokens, i, covered: { _ in false })
                    if !extractor.events.followsPlaceNoun(tokens, i) { #expect(place == nil, "\(tokens.map(\.text).joined(separator: " ")) at \(i)") }
                    if place != nil { places += 1 }
                }
            }
        }
        // (The texts do name places after a place noun.)
        #expect(places > 10)
    }
}
