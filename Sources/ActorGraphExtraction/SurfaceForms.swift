/// How a text writes an actor's name, for the node's `aliases` in graph.json: "Moscow" and
/// "the Kremlin" for Russia, "Russians" and "Russian" as the text uses them, "Assad" and
/// "Al Assad" for Bashar al-Assad, "Kerry" for John Kerry.
///
/// Only names count: pronouns, role references ("his Russian counterpart"), titles
/// ("President Obama": the name "Obama" is recorded from the title reading) and generic words
/// that stand for different actors in different texts ("the regime", "the rebels") are not
/// surface forms of one actor.
enum SurfaceForms {
    /// The text of mention `m` as a name of its actor, or nil when the mention is no name.
    /// `delegates` are the nouns for a state's envoys, as word ids (``PersonRecognizer/delegateNouns``):
    /// "the Iranian delegation" and "U.S. officials" name Iran and the United States as "Iranian"
    /// and "U.S.".
    /// `isDemonym` tells whether a state's demonym starts at a token ("Syrian government
    /// forces" names Syria; "Government troops" opening a sentence is a generic word).
    static func form(
        of m: Mention, tokens: [Token], scalars: [Unicode.Scalar], index: PersonIndex, delegates: WordSet,
        isDemonym: (Int) -> Bool
    ) -> String? {
        guard m.role == .actor, m.range.lowerBound >= 0, m.range.upperBound <= tokens.count, !m.range.isEmpty else { return nil }
        Vocabulary.assertAssigned(tokens)
        var words = tokens[m.range]
        if words.first?.is(.the) == true, words.count > 1 { words = words.dropFirst() }
        if m.actor.kind != .person, let last = words.last, delegates.contains(last.word), words.count > 1 { words = words.dropLast() }
        switch m.form {
        case .name, .alias, .metonym, .demonym:
            break
        case .generic:
            // "Syrian government forces" names one state; "the regime" (or "Army" opening a
            // sentence) could be any text's.
            guard let first = words.indices.first, isDemonym(first) else { return nil }
        case .person:
            // A bare surname or a short form of the name ("Assad", "Al Assad"); a titled mention's
            // name is recorded from its title reading.
            guard m.actor.kind == .person, let person = index.person(form: m.actor.name),
                words.allSatisfy({ $0.is(.hyphen) || $0.is(.period) || person.words.contains($0.norm) }),
                words.contains(where: { $0.isWord && $0.isCapitalized })
            else { return nil }
        case .pronoun, .derived, .eventNoun, .pair, .group:
            return nil
        }
        return text(words, scalars)
    }

    /// The document text from the first token to the last, with runs of white space (a line
    /// break inside a name) written as one space.
    static func text(_ words: ArraySlice<Token>, _ scalars: [Unicode.Scalar]) -> String? {
        guard let first = words.first, let last = words.last, first.start < last.end, last.end <= scalars.count else { return nil }
        return String(collapsingWhitespace: scalars[first.start..<last.end])
    }
}
