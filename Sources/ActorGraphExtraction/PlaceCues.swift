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
    /// "capital": "travelled to the Russian capital".
    let capitalWord: Vocabulary.Word

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
    }
}
