import ActorGraphModel

/// A predicate class of a rule file: lemmas that state one relation the same way ("support →
/// backs: back support arm fund …"), named once and combined with `shape` statements.
///
/// `predicate NAME = RELATION: lemma lemma …` (or `predicate RELATION: …`, a class named after
/// its relation). Lines with the same name add lemmas to the class.
public struct PredicateClass: Hashable, Sendable {
    public var name: String
    public var relation: RelationKind
    public var lemmas: [String]
}

/// The inflection placeholders of a `shape` pattern.
enum ShapeSlot: String, CaseIterable {
    /// Every verb form: "back", "backs", "backed", "backing".
    case verb = "V"
    /// The verb forms that are no -ing form: "back", "backs", "backed".
    case finite = "V.fin"
    /// The past participle: "backed", "struck".
    case participle = "V.pp"
    /// The -ing form: "backing".
    case ing = "V.ing"
    /// Nouns of the act: "backing", "support", "strikes".
    case noun = "V.noun"
    /// Nouns of the doer: "backer", "supporters", "critic".
    case agent = "V.agent"

    /// The forms of `forms` this placeholder stands for.
    func words(_ forms: LemmaTable.Forms) -> [String] {
        switch self {
        case .verb: forms.verb
        case .finite: forms.verb.filter { !forms.ing.contains($0) }
        case .participle: forms.participle
        case .ing: forms.ing
        case .noun: forms.nouns
        case .agent: forms.agents
        }
    }

    /// The placeholder a pattern word is, with whether it is optional (`V.pp?`).
    static func parse(_ word: String) -> (ShapeSlot, optional: Bool)? {
        let optional = word.hasSuffix("?")
        let bare = optional ? String(word.dropLast()) : word
        return ShapeSlot(rawValue: bare).map { ($0, optional) }
    }
}

/// Expands a `shape` statement over predicate classes into ordinary rule patterns, as the words
/// the rule parser reads: each placeholder becomes the `|`-list of the class's forms.
///
/// Single-word forms of all the class's lemmas share one list; a form of several tokens (a
/// phrasal verb, "propped up"; a hyphenated one, "co-sponsored") gets a pattern of its own per
/// lemma, one `|`-list per token position.
enum ShapeExpander {
    /// The patterns `pattern` (a shape's words) gives for `predicate`; none when the class has no
    /// form for one of the pattern's placeholders (no nouns for `V.noun`).
    ///
    /// `known` keeps each placeholder's variants by class (``VariantKey``) for the next shapes:
    /// the caller empties it when a class changes.
    ///
    /// Each pattern is its words (no word is empty or holds a space): what a rule line's words
    /// split at spaces would be, without the line joined and split again.
    static func patterns(_ pattern: [String], predicate: PredicateClass, lemmas: LemmaTable, known: inout [VariantKey: [[String]]]) -> [[String]] {
        var result = [[String]()]
        for word in pattern {
            guard let (slot, optional) = ShapeSlot.parse(word) else {
                result = result.map { $0 + [word] }
                continue
            }
            let key = VariantKey(slot: slot, predicate: predicate.name)
            let variants = known[key] ?? self.variants(slot, predicate: predicate, lemmas: lemmas)
            known[key] = variants
            guard !variants.isEmpty else { return [] }
            let mark = optional ? "?" : ""
            result = result.flatMap { prefix in variants.map { prefix + $0.map { $0 + mark } } }
        }
        return result
    }

    /// A placeholder of a predicate class, named.
    struct VariantKey: Hashable {
        var slot: ShapeSlot
        var predicate: String
    }

    /// The token-position lists for one placeholder: one variant of single words, then one per
    /// lemma and token count of its longer forms.
    static func variants(_ slot: ShapeSlot, predicate: PredicateClass, lemmas: LemmaTable) -> [[String]] {
        var single: [String] = []
        var longer: [[String]] = []
        for lemma in predicate.lemmas {
            var byLength: [Int: [[String]]] = [:]
            for form in slot.words(lemmas.forms(lemma)) {
                let tokens = Tokenizer.normalizedWords(form)
                if tokens.count == 1 {
                    if !single.contains(tokens[0]) { single.append(tokens[0]) }
                } else if tokens.count > 1 {
                    byLength[tokens.count, default: []].append(tokens)
                }
            }
            for (count, forms) in byLength.sorted(by: { $0.key < $1.key }) {
                longer.append((0..<count).map { k in
                    var words: [String] = []
                    for f in forms where !words.contains(f[k]) { words.append(f[k]) }
                    return words.joined(separator: "|")
                })
            }
        }
        return (single.isEmpty ? [] : [[single.joined(separator: "|")]]) + longer
    }
}
