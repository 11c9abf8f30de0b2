/// The word lists ``Extractor/lexiconMentions(_:)`` reads to tell a place from an actor, as word
/// ids. It asks them around every state and body it finds, and hashing the tokens' norms against
/// sets of strings was a sixth of its cost; a token's word id is in a set exactly when its norm
/// is (``Vocabulary``).
struct PlaceCues: Sendable {
    /// relations.rules' `locative:` words: "in Syria", "talks at Geneva".
    let locatives: WordSet
    /// The locatives that put only a capital's name (a metonym), not a state's, in its place:
    /// "fired rockets at Israel" targets a state.
    let metonymOnlyLocatives: WordSet
    /// relations.rules' `event:` words: "the Berlin conference" is a place.
    let eventNouns: WordSet
    /// relations.rules' `motion:` words: "travelled … to Moscow".
    let motionVerbs: WordSet
    /// relations.rules' "visit" list: a capital right after one of these is a place.
    let visitVerbs: WordSet
    /// relations.rules' "direction" list: "in central Moscow" is a place.
    let directionWords: WordSet
    /// relations.rules' "cargo" list: what is sent to a side rather than to a place: after "sent
    /// weapons … to", a country receives.
    let cargoNouns: WordSet
    /// "where": "flew to Abu Dhabi, where they held talks".
    let whereWord: Vocabulary.Word
    /// "capital": "travelled to the Russian capital", "arrived in Iran's capital".
    let capitalWord: Vocabulary.Word
    /// relations.rules' "border" list: "clashes near the Sudan border" happen at a border, which
    /// says little about whose war it is.
    let borderWords: WordSet
    /// relations.rules' "accredited" list: "ambassador to the UN" names where the post is.
    let accreditedWords: WordSet
    /// relations.rules' "meeting-topic" list: "the Gaza ceasefire talks" are about Gaza, not in it.
    let meetingTopics: WordSet
    /// relations.rules' "neighbour" list: "the neighbours of Afghanistan" names no actor.
    let neighbourWords: WordSet
    /// "of", and the plural nouns "the neighbouring countries of X" may end on.
    let ofWord: Vocabulary.Word
    /// "with": "along the border with Sudan".
    let withWord: Vocabulary.Word
    let countryPlurals: WordSet

    /// The lists of `rules`, interning their words in `vocabulary`.
    init(_ rules: RuleSet, vocabulary: inout Vocabulary) {
        locatives = vocabulary.set(rules.locatives)
        metonymOnlyLocatives = vocabulary.set(["at", "into", "over", "on"])
        eventNouns = vocabulary.set(rules.eventNouns)
        motionVerbs = vocabulary.set(rules.motionVerbs)
        visitVerbs = vocabulary.set(rules.list("visit"))
        directionWords = vocabulary.set(rules.list("direction"))
        cargoNouns = vocabulary.set(rules.list("cargo"))
        whereWord = vocabulary.intern("where")
        capitalWord = vocabulary.intern("capital")
        neighbourWords = vocabulary.set(rules.words(.neighbour))
        borderWords = vocabulary.set(rules.words(.border))
        meetingTopics = vocabulary.set(rules.words(.meetingTopic))
        accreditedWords = vocabulary.set(rules.words(.accredited))
        ofWord = vocabulary.intern("of")
        withWord = vocabulary.intern("with")
        countryPlurals = vocabulary.set(["countries", "states", "nations"])
    }

    /// Whether the body mention at `range` is only where a state's envoy is posted: "Britain's
    /// ambassador to the United Nations", "Sudan's UN ambassador", "the Kenyan UN envoy" (a
    /// state's mention before `stateBefore`).
    func namesPostOf(_ tokens: [Token], _ range: Range<Int>, stateBefore: (Int) -> Bool) -> Bool {
        let b = range.lowerBound
        var k = b - 1
        if k >= 0, tokens[k].is(.the) { k -= 1 }
        if k >= 1, tokens[k].is(.to), accreditedWords.contains(tokens[k - 1].word) { return true }
        let e = range.upperBound
        guard e < tokens.count, accreditedWords.contains(tokens[e].word), b >= 1 else { return false }
        // "Sudan's UN ambassador", "the Kenyan UN envoy", "the US UN ambassador".
        return tokens[b - 1].is(.possessive) ? stateBefore(b - 1) : stateBefore(b)
    }

    /// Whether the state mention at `range` names the side of a border: "near the Sudan border",
    /// "the Sudanese frontier", "along the border with Sudan".
    func namesBorder(_ tokens: [Token], _ range: Range<Int>) -> Bool {
        let b = range.lowerBound
        if range.upperBound < tokens.count, borderWords.contains(tokens[range.upperBound].word) { return true }
        return b >= 2 && tokens[b - 1].word == withWord && borderWords.contains(tokens[b - 2].word)
    }

    /// Whether the state mention at `range` only says whose neighbours are meant: "the
    /// neighbours of Afghanistan", "the neighbouring countries of Sudan", "Libya's (close)
    /// neighbours".
    func namesNeighboursOf(_ tokens: [Token], _ range: Range<Int>) -> Bool {
        let b = range.lowerBound
        if b >= 2, tokens[b - 1].word == ofWord {
            if neighbourWords.contains(tokens[b - 2].word) { return true }
            if b >= 3, countryPlurals.contains(tokens[b - 2].word), neighbourWords.contains(tokens[b - 3].word) { return true }
        }
        let e = range.upperBound
        guard e + 1 < tokens.count, tokens[e].is(.possessive) || tokens[e].is(.apostrophe) else { return false }
        if neighbourWords.contains(tokens[e + 1].word) { return true }
        // One lowercase word between: "Afghanistan's close neighbours".
        return e + 2 < tokens.count && tokens[e + 1].isWord && !tokens[e + 1].isCapitalized && neighbourWords.contains(tokens[e + 2].word)
    }
}
