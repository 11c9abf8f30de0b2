import ActorGraphModel

/// Definite descriptions that point back to an actor the document named before: "the coalition"
/// after "the US-led coalition", "the kingdom" after Saudi Arabia, "the bloc" after ECOWAS, "the
/// group" after Hamas. News prose names an actor once and then describes it, so without these a
/// text's later sentences lose their subjects ("the kingdom went to war against the Houthis").
struct DefiniteDescriptions: Sendable {
    /// What "the <noun>" can stand for.
    struct Antecedent: Sendable {
        /// The kinds of actor the noun can describe.
        var kinds: Set<ActorKind>
        /// A word the antecedent's name or one of its aliases must contain ("the kingdom" is a
        /// state called a kingdom), or nil when any actor of those kinds fits ("the bloc").
        var namedBy: String?
        /// How many sentences before this one the antecedent may be named. A noun that any actor
        /// of its kind fits reaches less far: the nearer the name, the safer the reading.
        var reach: Int
    }

    /// The nouns, by word id, from relations.rules' "described-…" lists. A noun that picks out
    /// an actor by its name reaches through the document; a noun that any actor of a kind fits
    /// reaches two sentences back.
    let nouns: [Vocabulary.Word: Antecedent]

    /// After "the <noun>", words that start a different referent (relations.rules'
    /// "description-opener" list): "the coalition of the willing", "the alliance between Russia
    /// and Syria", "the group that claimed the attack".
    let openers: WordSet

    /// The words of each lexicon actor's name and aliases, in the tokens' comparison form, by the
    /// actor's name: only those a noun names its antecedent by (``Antecedent/namedBy``), the
    /// only words asked of it. Every name has its set, empty or not, so that a name missing
    /// here is one the lexicon lacks.
    private let nameWords: [String: Set<String>]

    /// Reads the nouns and openers from `rules` (as word ids of `vocabulary`) and the names'
    /// words from `lexicon`.
    init(lexicon: Lexicon, rules: RuleSet, vocabulary: inout Vocabulary) {
        var nouns: [Vocabulary.Word: Antecedent] = [:]
        func add(_ list: RuleSet.VocabularyList, _ kinds: Set<ActorKind>, namedByItself: Bool, reach: Int) {
            // A word on two lists is read by the later one.
            for word in rules.words(list) {
                nouns[vocabulary.intern(word)] = Antecedent(kinds: kinds, namedBy: namedByItself ? word : nil, reach: reach)
            }
        }
        add(.describedBody, [.organization, .armedGroup], namedByItself: true, reach: .max)
        add(.describedOrganization, [.organization], namedByItself: true, reach: .max)
        add(.describedState, [.state], namedByItself: true, reach: .max)
        add(.describedBloc, [.organization], namedByItself: false, reach: 2)
        add(.describedArmedGroup, [.armedGroup], namedByItself: false, reach: 2)
        self.nouns = nouns
        openers = vocabulary.set(rules.words(.descriptionOpener))
        // (The other words of the names were a set per actor of thousands of words, made by
        // every command and never asked.)
        let asked = Set(nouns.values.compactMap(\.namedBy))
        var words: [String: Set<String>] = [:]
        words.reserveCapacity(lexicon.entries.count)
        for entry in lexicon.entries where !entry.isTemplate {
            var named = words[entry.name] ?? []
            for name in [entry.name] + entry.aliases {
                for word in Tokenizer.normalizedWords(name) where asked.contains(word) { named.insert(word) }
            }
            words[entry.name] = named
        }
        nameWords = words
    }

    /// Turns each definite description of sentence `k` into a mention of its antecedent: the
    /// nearest actor before it, in this sentence or in the ones before within the noun's reach,
    /// that the noun fits. A description that nothing fits stays a plain word.
    func resolve(_ sentences: inout [SentenceAnalysis], at k: Int) {
        let tokens = sentences[k].tokens
        for i in 1..<max(1, tokens.count) {
            let noun = tokens[i]
            // ("The Council met in New York": capitalised, opening a sentence or a clause, the
            // noun still names a body the text named by it. "told the Council" stays the words
            // the rules read; a noun any actor of a kind fits stays lowercase.)
            guard tokens[i - 1].norm == "the", let antecedent = nouns[noun.word],
                !noun.isCapitalized || antecedent.namedBy != nil && (i == 1 || tokens[i - 2].is(.comma)),
                !sentences[k].mentions.contains(where: { $0.range.contains(i) || $0.range.contains(i - 1) })
            else { continue }
            if i + 1 < tokens.count {
                let next = tokens[i + 1]
                // "the group Hamas", "the bloc's": a name in apposition is its own mention.
                if openers.contains(next.word) || (next.isWord && next.isCapitalized) { continue }
            }
            let fits = { (m: Mention) in
                m.role == .actor && antecedent.kinds.contains(m.actor.kind)
                    && antecedent.namedBy.map { self.nameWords[m.actor.name, default: Set(Tokenizer.normalizedWords(m.actor.name))].contains($0) } ?? true
            }
            var found = sentences[k].mentions.last { $0.range.upperBound <= i - 1 && fits($0) }?.actor
            var back = k - 1
            while found == nil, back >= 0, k - back <= antecedent.reach {
                found = sentences[back].mentions.last(where: fits)?.actor
                back -= 1
            }
            guard let actor = found else { continue }
            sentences[k].replace(with: Mention(range: (i - 1)..<(i + 1), actor: actor, form: .pronoun))
        }
    }
}
