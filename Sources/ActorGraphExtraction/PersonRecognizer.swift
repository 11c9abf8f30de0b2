/// A person named with a title in a sentence, and whom the title says they act for.
public struct TitledPerson: Hashable, Sendable {
    /// The name as written ("Sergei Lavrov", "Bashar al-Assad").
    public var name: String
    /// The name's tokens in the sentence.
    public var range: Range<Int>
    /// The state or body the title names ("Russian Foreign Minister" → Russia), if any.
    public var represents: ActorRef?
    /// The title as normalised words ("foreign minister").
    public var title: String
    /// Whether the title names a head of state or government.
    public var isHead: Bool
    /// The tokens of the whole mention: the name with its title, the country in the title
    /// and any appositive ("Michael Ratney, the U.S. coordinator for Syria").
    public var mention: Range<Int>
    /// Named as the head of a delegation or negotiating team ("the delegation was led by X"):
    /// the person attended the meeting the text is about.
    public var headsDelegation = false
    /// Where the object of a role clause starts ("X Y, who heads the army": the token after
    /// "heads"), or the noun of a described owner ("the group's spokesman"): the body it names,
    /// once generic words and descriptions are resolved, is whom the person acts for.
    public var roleObject: Int?
    /// The post is a past one ("X Y, a former Kenyan president"): the person acts for nobody
    /// by it.
    public var isFormer = false
    /// Bodies a second appositive post names: "President X, the current chair of the African
    /// Union" acts for their state and for the Union.
    public var alsoRepresents: [ActorRef] = []
    /// Whom the person represents comes from the table of well-known persons, not the text.
    public var isKnown = false
    /// The text names the person only to name a government ("the Reagan administration"): the
    /// government is the actor, and the tie to it is known, not stated, so no edge states it.
    public var namesGovernment = false
    /// The name the text says the person is known by ("General X, … known as Hemedti"), which
    /// it may use alone later.
    public var nickname: String?
    /// The surname the text wrote after a courtesy title ("Mr Gromyko"), where the table of
    /// well-known persons gave `name` ("Andrei Gromyko"): the text's own full name of another
    /// person with that surname wins over the table's (``Extractor/persons(_:)``).
    public var writtenSurname: String?
}

/// Recognises persons from title patterns (and, besides, the well-known persons of
/// `leaders.tsv`, ``KnownPersons``):
/// "Russian Foreign Minister Sergei Lavrov", "U.S. Secretary of State John Kerry",
/// "Saudi Arabia's Foreign Minister Adel Al Jubeir", "the U.N. envoy to Syria, Staffan de Mistura",
/// "Michael Ratney, the U.S. coordinator for Syria", "High Representative of the EU … Federica
/// Mogherini", "Turkey's Feridun Sinirlioglu", "President Obama".
struct PersonRecognizer {
    let rules: RuleSet
    private let titleHeads: Set<String>
    private let titlePlurals: Set<String>
    /// A title over word ids: its words, and the same with the last word in the plural.
    private struct Title {
        let words: [Vocabulary.Word]
        let plural: [Vocabulary.Word]
        let text: String
    }
    /// By the word id of their first word: the titles, longest first.
    private let titlesByFirst: [[Title]]
    /// By the word id of a first token: the titles ``pluralTitle(_:at:)`` tries, those starting
    /// with the word and then those starting with its singular ("ministers" → "minister").
    private let pluralTitlesByFirst: [[Title]]
    /// Well-known persons, and whom each acts for, by the lexicon's name of the actor
    /// (``Extractor`` fills it from its lexicon).
    let known = KnownPersons.bundled
    var knownActors: [String: ActorRef] = [:]
    /// The known persons' first words as word ids: every token is asked.
    private let knownFirstWords: WordSet
    // relations.rules' vocabulary lists this type reads (``RuleSet/VocabularyList``), as word ids.
    /// "was headed by X" and "the Biden administration": every token is asked.
    private let headedByWords: WordSet
    private let governmentNounWords: WordSet
    /// "Azerbaijan sent Foreign Minister X", "X signed for the United States".
    private let sendingWords: WordSet
    private let signingWords: WordSet
    /// "X led his country's delegation", and the nouns for a delegation ("the Egyptian
    /// delegation included X").
    private let leadingWords: WordSet
    let delegationNouns: WordSet
    /// "X Y, who now heads the army": a role clause's verbs, adverbs and body nouns.
    private let roleVerbs: WordSet
    private let roleAdverbs: WordSet
    private let bodyNouns: WordSet
    /// "a former Kenyan president".
    let formerWords: WordSet
    /// relations.rules' "fallen" list: "after the fall of X", "the death of X": a ruler named
    /// only as gone acts for nobody by the table of well-known persons.
    let fallenWords: WordSet
    /// relations.rules' "compass" list: words that open a region's name after a state's
    /// possessive, not a person's ("Russia's Far East", "Iraq's North").
    let compassWords: WordSet
    /// relations.rules' "side-qualifier" list: words that name the side a post belongs to, not a
    /// state's: "X, the opposition leader", "X, the rebel commander" make X a person (of no state:
    /// an ownerless post ties to nobody).
    let sideQualifiers: WordSet
    /// Irregular past forms that go on with a clause after a name (``opensClause(_:)``).
    private let pastVerbs: WordSet
    /// ``RuleSet/postTitles``, each as word ids.
    private let postTitles: [[Vocabulary.Word]]
    // The words coreference resolves persons by (``Extractor/resolvePersons``), here rather than
    // in ``CompiledRules``, which every ``RuleMatcher`` copies.
    /// relations.rules' "follower-noun" list: "the two Palestinian factions" names no state a
    /// head of state of the sentence acts for (read by ``Extractor/resolvePersons``).
    let followerNouns: WordSet
    /// ``RuleSet/delegateNouns`` ("the Iranian delegation" names Iran; also read by
    /// ``SurfaceForms``) and ``RuleSet/roleNouns`` ("his Russian counterpart").
    let delegateNouns: WordSet
    let roleNouns: WordSet
    /// "the army is led by X", "his country", "the country's", "the Syrian strongman"
    /// (``RuleSet/VocabularyList/bodyLedBy``, `ownCountry`, `countryNoun`, `headRole`).
    let bodyLedBy: WordSet
    /// relations.rules' "rank" list: styles of rank before a full name, not part of it ("the
    /// Foreign Minister, Count Galeazzo Ciano"). Before a surname alone ("Herr Hitler") they
    /// stay, and "Sheikh" only goes before a name with a particle ("Sheikh Sharif Sheikh Ahmed" is
    /// a name as a whole).
    let rankWords: WordSet
    let ownCountry: WordSet
    let countryNouns: WordSet
    let headRoles: WordSet

    /// Honorifics that may stand between a post and a name: "the Rt Hon Bill Skate", "Dr. X".
    /// Styles of address before a name ("His Excellency X").
    static let styles: Set<String> = ["excellency", "majesty", "highness", "eminence"]
    /// Ranks of a style: "Imperial Majesty", "Royal Highness", "Serene Highness".
    static let styleRanks: Set<String> = ["imperial", "royal", "serene"]

    /// Titles of address that name no post: "Mr Wilson", "Dr Kissinger", "Signor Moro".
    static let courtesyTitles: Set<String> = ["mr", "mrs", "ms", "m", "mme", "madame", "dr", "sir", "dame", "signor", "senor", "monsieur", "herr", "frau"]
    static let honorifics: Set<String> = ["mr", "mrs", "ms", "dr", "sir", "dame", "mme", "rt", "hon", "honourable", "honorable", "right", "shri", "smt"]
    static let particles: Set<String> = ["al", "el", "de", "da", "di", "bin", "ibn", "bint", "van", "von", "der", "den", "ter", "la", "le", "du", "ben", "ould", "dos", "del", "arap", "wa", "y"]
    /// Whether token `k` follows a lowercase particle of a name: "Sultan" in "Zayed bin Sultan".
    static func followsNameParticle(_ tokens: [Token], _ k: Int) -> Bool {
        k > 0 && !tokens[k - 1].isCapitalized && particles.contains(tokens[k - 1].norm)
    }
    /// "Vice Premier He Lifeng": the surname He after a capitalised title word, before a given
    /// name no title opens, is no pronoun.
    static func opensChineseName(_ tokens: [Token], _ k: Int) -> Bool {
        k > 0 && k + 1 < tokens.count && tokens[k].text == "He" && tokens[k - 1].isCapitalized && tokens[k - 1].isWord
            && tokens[k + 1].isCapitalized && tokens[k + 1].isWord && !tokens[k + 1].isUppercase && !notNames.contains(tokens[k + 1].norm)
    }
    /// Particles a surname alone may open on ("dos Santos", "de Klerk", "van der Bellen").
    static let surnameParticles: Set<String> = ["de", "du", "da", "dos", "del", "di", "van", "von", "der", "den", "ter"]
    static let notNames: Set<String> = Set(DateResolver.weekdays + DateResolver.monthNames).union([
        "the", "a", "an", "on", "in", "at", "for", "of", "and", "but", "after", "before", "while", "said", "says",
        "he", "she", "it", "they", "we", "i", "this", "that", "his", "her", "their", "its", "mr", "mrs", "ms", "mme", "sir", "dame",
        // A minister's portfolio ("Minister of Foreign Affairs, International Cooperation and
        // African Integration, who …") is no name.
        "international", "african", "foreign", "affairs", "cooperation", "integration", "development",
        // "External Affairs Minister X": a portfolio's first word opens no name.
        "external", "internal", "home", "interior", "defence", "defense", "finance",
    ])
    /// Last words of a government organ between a country and a title ("Foreign Ministry").
    static let ministryWords: Set<String> = ["ministry", "office", "department"]
    /// relations.rules' "portfolio-post" list: posts a lowercase portfolio may stand before
    /// ("Egypt's irrigation minister").
    private let portfolioPosts: Set<String>
    /// Words that make the words before a post no state organ's portfolio.
    static let notPortfolios: Set<String> = ["opposition", "rebel", "rebels", "militia", "party", "the", "a", "an", "and", "of", "for", "his", "her", "its", "their"]
    /// Words that may stand between a country or body and a title ("Hamas political chief").
    static let titleQualifiers: Set<String> = ["political", "military", "senior", "top", "chief", "deputy", "acting", "interim"]
    /// Adjectives that may also stand between a country or body and a title, up to two of them
    /// ("Iran's top nuclear negotiator", "the Sudanese de facto leader").
    static let titleAdjectives: Set<String> = [
        "nuclear", "veteran", "longtime", "long-time", "new", "newly", "appointed", "outgoing", "incoming", "current", "hardline",
        "powerful", "influential", "lead", "caretaker", "exiled", "embattled", "ailing", "elderly", "de", "facto", "regional",
        "national", "federal", "civilian", "elected", "unelected", "self-declared", "self-proclaimed", "intelligence",
        "security", "diplomatic", "special", "main", "principal", "joint", "humanitarian", "economic", "trade", "energy", "climate", "aid", "executive",
    ]
    /// Words that may open an apposition that names a person's post: "X, the Kenyan president",
    /// "X, a senior Hamas official", "X, his Russian counterpart".
    static let appositionOpeners: Set<String> = ["the", "a", "an", "his", "her", "their"]
    /// Lowercase words that may follow an appositive post: "X Y, the Russian envoy who …",
    /// "X Y, Iran's ambassador in Cairo". Another lowercase word ("said", "has") makes the post
    /// the subject of a clause, not an appositive.
    static let afterPost: Set<String> = ["who", "and", "in", "at", "to", "for", "since", "until", "from", "on", "whose", "with", "between"]

    /// Tokens after which a name preceded by a body's possessive ends: "the EU's X Y said",
    /// "Hamas's X Y, who …". A body's possessive before a capitalised phrase names a person
    /// only then ("NATO's Eastern Flank", "the UN's Human Rights Council" are not persons).
    static let clauseAfterName: Set<String> = [
        ",", ".", ";", ":", "—", "(", "said", "says", "told", "tells", "has", "had", "have", "is", "was", "will", "would",
        "and", "who", "met", "meets", "spoke", "speaks", "added", "warned", "urged", "called", "insisted", "arrived",
    ]
    /// Whether `token` goes on with a clause after a name: a word of ``clauseAfterName``, or a
    /// verb in the past ("Irfaan Ali of Guyana sat …", "… of Chad signed …").
    func opensClause(_ token: Token) -> Bool {
        Self.clauseAfterName.contains(token.norm) || pastVerbs.contains(token.word)
            || token.isWord && !token.isCapitalized && token.norm.count > 4 && token.norm.hasSuffix("ed")
    }
    /// The title given to an untitled person named as the head of a delegation.
    static let delegationHead = "head of delegation"
    /// relations.rules' "region-noun" and "place-noun" lists: "Sudan's South Darfur state" names a
    /// region, not a person.
    let regionNouns: Set<String>
    /// relations.rules' "portfolio" list: "Minister for Foreign Affairs Penny Wong".
    let portfolioWords: Set<String>
    /// Last words that make a capitalised run an institution, not a person.
    static let institutionWords: Set<String> = [
        "fleet", "sea", "province", "army", "forces", "force", "ministry", "council", "party", "front", "airport",
        "university", "institute", "agency", "bank", "company", "group", "news", "post", "times", "television",
        "tv", "observatory", "state", "states", "union", "nations", "department", "office", "brigade", "brigades",
        "militia", "movement", "square", "palace", "house", "city", "region", "guard", "guards", "corps", "command",
        "commission", "secretariat", "parliament", "assembly", "government", "regime", "administration", "cabinet", "junta",
        "conference", "committee", "republic", "kingdom", "authority", "court", "senate", "valley", "fund", "foundation",
    ]

    /// Lowercase nouns after which a capitalised run names an outlet, not a person ("the state
    /// IRNA news agency", "Al Arabiya television").
    /// relations.rules' "building" and "document" lists: a name ending in one is a building's
    /// or a text's ("Sudan's Constitutional Declaration"), no person's.
    let buildingWords: Set<String>
    /// relations.rules' "nickname" list: words after which a text gives a person's other name.
    let nicknameCues: Set<String>
    /// Where the search for a nickname cue after a person stops: ";", ".", "and", "but" (by id:
    /// an array of strings made for every token read cost more than the rest of the search).
    static let nicknameStops = FixedWordSet(.semicolon, .period, .and, .but)
    /// relations.rules' "name-breaker" list: verbs and adverbs that no name holds; in a
    /// headline's title case or a cable's capitals they end the name before them.
    let nameBreakers: Set<String>
    static let mediaWords: Set<String> = [
        "news", "agency", "newspaper", "daily", "weekly", "television", "tv", "channel", "broadcaster", "radio", "outlet",
        "website", "network", "magazine", "paper",
    ]

    /// Interns the titles' words (and their plurals) into `vocabulary`: tokens are compared
    /// with titles by word id.
    init(rules: RuleSet, vocabulary: inout Vocabulary) {
        self.rules = rules
        buildingWords = rules.list("building").union(rules.list("document"))
        institutionWords = rules.list("institution").union(rules.list("body-head")).union(rules.words(.governingNoun))
            .union(rules.list("building")).union(rules.list("place-noun"))
        nicknameCues = rules.list("nickname")
        regionNouns = rules.list("region-noun").union(rules.list("place-noun"))
        portfolioWords = rules.list("portfolio")
        portfolioPosts = rules.words(.portfolioPost)
        nameBreakers = rules.words(.nameBreaker)
        var trie: [String: [[String]]] = [:]
        for title in rules.titles where !title.isEmpty { trie[title[0], default: []].append(title) }
        // The last words of titles of two words or more ("special representative", "deputy chairman"):
        // a capitalised run ending in one is a post.
        titleHeads = Set(rules.titles.filter { $0.count >= 2 }.compactMap(\.last)).subtracting(Self.particles)
        // "the Co-Chairs": the plural of any title word is a post.
        titlePlurals = titleHeads.union(rules.titles.filter { $0.count == 1 && $0[0].count > 2 }.map { $0[0] })
        for key in trie.keys { trie[key]!.sort { $0.count > $1.count } }
        func compiled(_ title: [String]) -> Title {
            let words = title.map { vocabulary.intern($0) }
            var plural = words
            if let last = title.last { plural[plural.count - 1] = vocabulary.intern(last + "s") }
            return Title(words: words, plural: plural, text: title.joined(separator: " "))
        }
        var byFirst: [Vocabulary.Word: [Title]] = [:]
        var pluralByFirst: [Vocabulary.Word: (own: [Title], singular: [Title])] = [:]
        for (first, titles) in trie {
            let compiledTitles = titles.map(compiled)
            let id = vocabulary.intern(first)
            byFirst[id] = compiledTitles
            pluralByFirst[id, default: ([], [])].own = compiledTitles
            // "ministers" also tries the titles of "minister" (a word of more than three letters).
            let plural = first + "s"
            if plural.count > 3 { pluralByFirst[vocabulary.intern(plural), default: ([], [])].singular = compiledTitles }
        }
        func table(_ entries: [Vocabulary.Word: [Title]]) -> [[Title]] {
            var out = [[Title]](repeating: [], count: Int(entries.keys.max() ?? 0) + 1)
            for (word, titles) in entries { out[Int(word)] = titles }
            return out
        }
        titlesByFirst = table(byFirst)
        pluralTitlesByFirst = table(pluralByFirst.mapValues { $0.own + $0.singular })
        knownFirstWords = vocabulary.set(known.firstWords)
        headedByWords = vocabulary.set(rules.words(.headedBy))
        governmentNounWords = vocabulary.set(rules.words(.governmentNoun))
        sendingWords = vocabulary.set(rules.words(.sending))
        signingWords = vocabulary.set(rules.words(.signing))
        leadingWords = vocabulary.set(rules.words(.leading))
        delegationNouns = vocabulary.set(rules.words(.delegationNoun))
        roleVerbs = vocabulary.set(rules.words(.roleVerb))
        roleAdverbs = vocabulary.set(rules.words(.roleAdverb))
        bodyNouns = vocabulary.set(rules.words(.bodyNoun))
        formerWords = vocabulary.set(rules.words(.former))
        fallenWords = vocabulary.set(rules.words(.fallen))
        compassWords = vocabulary.set(rules.words(.compass))
        sideQualifiers = vocabulary.set(rules.words(.sideQualifier))
        pastVerbs = vocabulary.set(rules.words(.pastVerb))
        postTitles = rules.postTitles.map { $0.map { vocabulary.intern($0) } }
        delegateNouns = vocabulary.set(rules.delegateNouns)
        followerNouns = vocabulary.set(rules.words(.followerNoun))
        roleNouns = vocabulary.set(rules.roleNouns)
        bodyLedBy = vocabulary.set(rules.words(.bodyLedBy))
        rankWords = vocabulary.set(rules.words(.rank))
        ownCountry = vocabulary.set(rules.words(.ownCountry))
        countryNouns = vocabulary.set(rules.words(.countryNoun))
        headRoles = vocabulary.set(rules.words(.headRole))
    }

    /// The longest title starting at `i`: its end.
    func title(_ tokens: [Token], at i: Int) -> Int? {
        let first = Int(tokens[i].word)
        guard first < titlesByFirst.count else { return nil }
        for title in titlesByFirst[first] where i + title.words.count <= tokens.count {
            var ok = true
            for (k, word) in title.words.enumerated() where tokens[i + k].word != word { ok = false; break }
            if ok { return i + title.words.count }
        }
        return nil
    }

    /// A title whose last word is plural ("presidents", "foreign ministers") starting at `i`:
    /// where it ends and the singular title.
    func pluralTitle(_ tokens: [Token], at i: Int) -> (Int, String)? {
        let first = Int(tokens[i].word)
        guard first < pluralTitlesByFirst.count else { return nil }
        for title in pluralTitlesByFirst[first] where i + title.words.count <= tokens.count {
            let last = title.words.count - 1
            let ok = title.words.indices.allSatisfy { k in tokens[i + k].word == (k == last ? title.plural[k] : title.words[k]) }
            if ok { return (i + title.words.count, title.text) }
        }
        return nil
    }

    /// Whether `tokens[k]` is a rank (``rankWords``) standing before a full name.
    func isRank(_ tokens: [Token], at k: Int, covered: [Bool]) -> Bool {
        guard k + 2 < tokens.count, k + 1 < covered.count, rankWords.contains(tokens[k].word), tokens[k].isCapitalized,
            let full = name(tokens, at: k + 1, covered: covered), full.count >= 2
        else { return false }
        return !tokens[k].norm.hasPrefix("sheikh") || tokens[full].contains { Self.particles.contains($0.norm) }
    }

    /// The person name starting at `i`: capitalised words, particles and hyphen joins, ending on
    /// a capitalised word; nil when there is none or it runs into a known actor.
    func name(_ tokens: [Token], at start: Int, covered: [Bool], maxWords: Int = 5) -> Range<Int>? {
        // "His Excellency Recep Tayyip Erdogan", "Her Majesty …": a style of address, not the name.
        // ("His Imperial Majesty Haile Selassie I", "Royal Highness …": a rank of the style first.)
        var i = start
        let possessive = i < tokens.count && ["his", "her"].contains(tokens[i].norm)
        var k = possessive ? i + 1 : i
        if k < tokens.count, Self.styleRanks.contains(tokens[k].norm) { k += 1 }
        if k + 1 < tokens.count, Self.styles.contains(tokens[k].norm), possessive || tokens[k + 1].isCapitalized { i = k + 1 }
        // "the negotiators, Ambassadors Ellsworth Bunker and Sol Linowitz": a plural title is no
        // part of the name after it.
        if i < tokens.count, let (titleEnd, _) = pluralTitle(tokens, at: i), titleEnd < tokens.count, tokens[titleEnd].isCapitalized { i = titleEnd }
        if i < covered.count, !covered[i], isRank(tokens, at: i, covered: covered) { i += 1 }
        var j = i
        var lastGood: Int?
        var words = 0
        while j < tokens.count, words < maxWords {
            let t = tokens[j]
            // "Foreign Minister Israel Katz", "Carlos Washington Pastor": one word of a known
            // actor inside a run of capitalised words belongs to the name when a plain name word
            // that opens no title follows it.
            if covered[j] {
                guard t.isWord, t.isCapitalized, j + 1 < tokens.count, !covered[j + 1], j == 0 || !covered[j - 1],
                    tokens[j + 1].isWord, tokens[j + 1].isCapitalized, !nameBreakers.contains(tokens[j + 1].norm),
                    !Self.notNames.contains(tokens[j + 1].norm), title(tokens, at: j + 1) == nil
                else { break }
                words += 1
                j += 1
                continue
            }
            // A title word is not part of a name ("Foreign Minister", "Gen."), unless it ends the
            // name: "Prime Minister Hun Sen of Cambodia" ("Sen" is no senator there).
            // A one-letter title ("M." for Monsieur) inside a name is an initial: "V. M. Molotov".
            if !(j > i && t.norm.count == 1), !(j > i && Self.followsNameParticle(tokens, j)), let end = title(tokens, at: j) {
                // ("its Acting President": a qualifier before the title makes it a post.)
                let endsName = j > i && end == j + 1 && (end == tokens.count || !tokens[end].isCapitalized) && !tokens[j].isUppercase
                    && !Self.titleQualifiers.contains(tokens[j - 1].norm)
                if !endsName { break }
            }
            // "President Biden Hosts Prime Minister Kishida", "PEREZ WAS ALSO PROMINENT": a verb
            // in a headline's or a cable's capitals ends the name.
            if nameBreakers.contains(t.norm) {
                if j == i { return nil }
                break
            }
            if t.isWord, t.isCapitalized, !Self.notNames.contains(t.norm) || (j > i && t.norm != "the") || j == i && Self.opensChineseName(tokens, j) {
                if j == i && Self.notNames.contains(t.norm) && !Self.opensChineseName(tokens, j) { return nil }
                words += 1
                j += 1
                // Initials: "F." inside a name.
                if t.norm.count == 1, j < tokens.count, tokens[j].norm == "." { j += 1 }
                lastGood = j
                continue
            }
            // "Giscard d'Estaing", "Jean-Claude de l'Estrac": a surname behind an elided particle.
            if j > i, Self.isElidedSurname(t) {
                words += 1
                j += 1
                lastGood = j
                continue
            }
            // "President dos Santos", "General de Gaulle": a surname may open on its particle.
            if t.isWord, Self.particles.contains(t.norm),
                j > i || t.norm == "al" || t.norm == "el"
                    || Self.surnameParticles.contains(t.norm) && j + 1 < tokens.count && tokens[j + 1].isCapitalized && tokens[j + 1].isWord
            {
                j += 1
                continue
            }
            // Hyphen joins without spaces: "al-Assad", "Ki-moon".
            if t.norm == "-", j > i, tokens.touchesBothNeighbours(j),
                tokens[j + 1].isWord
            {
                j += 1
                let next = tokens[j]
                words += 1
                j += 1
                if next.isCapitalized || next.norm.count >= 2 { lastGood = j }
                continue
            }
            break
        }
        guard let end = lastGood, end > i else { return nil }
        // "the Personal Representative of …", "the Co-Chairs": a capitalised post, not a name.
        let last = tokens[end - 1].norm
        if titleHeads.contains(last) || last.hasSuffix("s") && titlePlurals.contains(String(last.dropLast())) { return nil }
        // "the Rixos President Hotel": a building's name, not a person's; "the chairman of the SADC
        // Organ", "the Head of the OSCE Mission": a body's organ.
        if Self.institutionWords.contains(tokens[end - 1].norm) || buildingWords.contains(tokens[end - 1].norm) { return nil }
        if end - i == 1, bodyNouns.contains(tokens[i].word) { return nil }
        // "Russia's official TASS news agency": a name before a media noun.
        if end < tokens.count, !tokens[end].isCapitalized, Self.mediaWords.contains(tokens[end].norm) { return nil }
        return i..<end
    }

    /// A described owner before the title at `i`: "the group's (political) chief", "the
    /// kingdom's foreign minister", "the rebels' spokesman". The noun's index (where the description's mention will be)
    /// and where "the" is.
    func describedOwner(_ tokens: [Token], before i: Int) -> (noun: Int, start: Int)? {
        var k = i
        var skipped = 0
        while k > 1, skipped < 2, !tokens[k - 1].isCapitalized,
            Self.titleQualifiers.contains(tokens[k - 1].norm) || Self.titleAdjectives.contains(tokens[k - 1].norm)
        {
            k -= 1
            skipped += 1
        }
        guard k >= 3, tokens[k - 1].norm == "'s" || tokens[k - 1].norm == "'", tokens[k - 2].isWord, !tokens[k - 2].isCapitalized
        else { return nil }
        // "the group's", "the rebels'", "the military government's".
        if tokens[k - 3].norm == "the" { return (k - 2, k - 3) }
        if k >= 4, tokens[k - 3].isWord, !tokens[k - 3].isCapitalized, tokens[k - 4].norm == "the" { return (k - 2, k - 4) }
        return nil
    }

    /// A person named before the title at `i` with a possessive: "Zelensky's chief of staff",
    /// "President X's spokesman". The last word of the name (where its mention will be) and
    /// where the name starts.
    func personOwner(_ tokens: [Token], before i: Int, covered: [Bool]) -> (noun: Int, start: Int)? {
        var k = i
        var skipped = 0
        while k > 1, skipped < 2, !tokens[k - 1].isCapitalized,
            Self.titleQualifiers.contains(tokens[k - 1].norm) || Self.titleAdjectives.contains(tokens[k - 1].norm)
        {
            k -= 1
            skipped += 1
        }
        guard k >= 2, tokens[k - 1].norm == "'s", tokens[k - 2].isWord, tokens[k - 2].isCapitalized, !covered[k - 2],
            !Self.notNames.contains(tokens[k - 2].norm), !Self.institutionWords.contains(tokens[k - 2].norm)
        else { return nil }
        var start = k - 2
        while start > 0, start > k - 6, tokens[start - 1].isWord, tokens[start - 1].isCapitalized || Self.particles.contains(tokens[start - 1].norm),
            !covered[start - 1], !Self.notNames.contains(tokens[start - 1].norm)
        {
            start -= 1
        }
        return (k - 2, start)
    }

    /// The name right after a capitalised portfolio starting at `k` ("for Foreign Affairs Penny
    /// Wong": "Foreign Affairs" are words of relations.rules' "portfolio" list, "and" may join
    /// them): a name of two words or more that ends the capitalised run.
    func nameAfterPortfolio(_ tokens: [Token], from k: Int, covered: [Bool]) -> Range<Int>? {
        var p = k
        while p < tokens.count, p - k < 6, tokens[p].isWord,
            tokens[p].isCapitalized && portfolioWords.contains(tokens[p].norm) || p > k && tokens[p].norm == "and"
        {
            p += 1
        }
        guard p > k, tokens[p - 1].norm != "and", let r = name(tokens, at: p, covered: covered), r.count >= 2 else { return nil }
        return r
    }

    /// Whether `token` may open an apposition naming a post: a determiner, a possessive
    /// pronoun, a qualifier ("senior", "top") or a word that makes the post a past one.
    func isAppositionOpener(_ token: Token) -> Bool {
        guard !token.isCapitalized || token.norm == "the" || token.norm == "a" || token.norm == "an" else { return false }
        return Self.appositionOpeners.contains(token.norm) || Self.titleQualifiers.contains(token.norm)
            || Self.titleAdjectives.contains(token.norm) || formerWords.contains(token.word) || sideQualifiers.contains(token.word)
    }


    /// Whether `t` is a surname behind an elided particle: "d'Estaing", "l'Estrac", "d’Alema".
    static func isElidedSurname(_ t: Token) -> Bool {
        let u = Array(t.text.unicodeScalars.prefix(3))
        return t.isWord && u.count == 3 && (u[0] == "d" || u[0] == "l") && (u[1] == "'" || u[1] == "\u{2019}")
            && u[2].properties.isUppercase
    }

    /// Titles a monarch of one name is known by together with the name.
    static let monarchTitles: Set<String> = ["king", "queen"]

    /// Persons with titles in one sentence.
    func persons(_ tokens: [Token], mentions: [Mention], scalars: [Unicode.Scalar], year: Int? = nil) -> [TitledPerson] {
        var covered = [Bool](repeating: false, count: tokens.count)
        for m in mentions where m.role != .event {
            for k in m.range { covered[k] = true }
        }
        let mentionEndingAt = MentionTable(mentions, byEnd: true)
        let mentionStartingAt = MentionTable(mentions, byEnd: false)
        var found: [TitledPerson] = []
        var taken = [Bool](repeating: false, count: tokens.count)
        // The scans below over every token read word ids and shapes from here: reading a token
        // out of `tokens` in this long function copies it whole (its two strings retained).
        let shapes = TokenShape.of(tokens)
        func add(_ range: Range<Int>, _ rep: ActorRef?, _ title: String, mention: Range<Int>) {
            let whole = min(range.lowerBound, mention.lowerBound)..<max(range.upperBound, mention.upperBound)
            guard !whole.contains(where: { taken[$0] }) else { return }
            for k in whole { taken[k] = true }
            var text = String(scalars, tokens[range.lowerBound].start..<tokens[range.upperBound - 1].end)
            // "King Salman", "King Hussein": a monarch of one name goes by it with the title.
            if Self.monarchTitles.contains(title), range.count == 1, range.lowerBound > 0, tokens[range.lowerBound - 1].norm == title,
                tokens[range.lowerBound - 1].isCapitalized
            {
                text = tokens[range.lowerBound - 1].text + " " + text
            }
            found.append(TitledPerson(name: text, range: range, represents: rep, title: title, isHead: rules.headTitles.contains(title), mention: whole))
        }
        /// The state or body named just before token `i` ("Russian", "Saudi Arabia's", "U.N."),
        /// and where its mention starts.
        func prefix(before i: Int) -> (ActorRef, Int)? {
            var k = i
            // "Ukraine's Infrastructure Minister", "Indonesia's Justice and Human Rights Minister":
            // a portfolio in capitals between the owner and "Minister".
            if ["minister", "secretary"].contains(tokens[i].norm) {
                var j = k
                while j > 1, k - j < 5, mentionEndingAt[j] == nil,
                    tokens[j - 1].isWord && tokens[j - 1].isCapitalized || tokens[j - 1].norm == "and" && tokens[j - 2].isCapitalized
                {
                    j -= 1
                }
                if j < k, j > 0, tokens[j].isCapitalized, tokens[j - 1].norm == "'s" || mentionEndingAt[j] != nil { k = j }
            }
            // "Russian Foreign Ministry spokeswoman", "the Iranian foreign ministry spokesman": a
            // ministry between, written in one case.
            if k > 1, Self.ministryWords.contains(tokens[k - 1].norm) {
                let capitalised = tokens[k - 1].isCapitalized
                var j = k - 1
                while j > 0, k - j <= 3, tokens[j - 1].isCapitalized == capitalised, tokens[j - 1].isWord, mentionEndingAt[j] == nil { j -= 1 }
                if mentionEndingAt[j] != nil { k = j }
            }
            // "Egypt's irrigation minister", "Indonesia's armed forces commander": up to two
            // lowercase words of a portfolio before a minister's or commander's post, after a
            // state's possessive or demonym (not "opposition" or "rebel": those are no organ).
            if portfolioPosts.contains(tokens[i].norm), k == i {
                var j = k
                while j > 1, k - j < 2, tokens[j - 1].isWord, !tokens[j - 1].isCapitalized, mentionEndingAt[j] == nil,
                    !Self.notPortfolios.contains(tokens[j - 1].norm), !formerWords.contains(tokens[j - 1].word)
                {
                    j -= 1
                }
                if j < k, let m = mentionEndingAt[tokens[j - 1].norm == "'s" ? j - 1 : j], m.actor.kind == .state,
                    tokens[j - 1].norm == "'s" || m.form == .demonym
                {
                    k = j
                }
            }
            // "Hamas political chief", "Kenyan deputy president", "Iran's top nuclear negotiator":
            // up to two qualifying words between.
            var skipped = 0
            while k > 1, skipped < 2, !tokens[k - 1].isCapitalized,
                Self.titleQualifiers.contains(tokens[k - 1].norm) || Self.titleAdjectives.contains(tokens[k - 1].norm)
            {
                k -= 1
                skipped += 1
            }
            if k > 0, tokens[k - 1].norm == "'s" || tokens[k - 1].norm == "'" { k -= 1 }
            // An armed group's title ("Taliban negotiator X") makes a person too; the
            // graph keeps `represents` for states and bodies only.
            guard let m = mentionEndingAt[k], m.actor.kind.isSideTaking
            else { return nil }
            // "Syria's U.N. ambassador", "the Russian NATO envoy": a state's post at a body.
            if m.actor.kind == .organization {
                var b = m.range.lowerBound
                if b > 0, tokens[b - 1].norm == "'s" { b -= 1 }
                if let state = mentionEndingAt[b], state.actor.kind == .state { return (state.actor, state.range.lowerBound) }
            }
            return (m.actor, m.range.lowerBound)
        }
        /// What the previous title leaves to the next in "Syria's U.N. ambassador and chief
        /// negotiator X": whom it names, where its mention starts, a described owner.
        var carried: (rep: ActorRef?, start: Int, owner: (noun: Int, start: Int)?)?
        var i = 0
        while i < tokens.count {
            // ("Zayed bin Sultan Al Nahyan": a title word after a name's particle is the name's.)
            guard !covered[i], !Self.followsNameParticle(tokens, i), let titleEnd = title(tokens, at: i) else { i += 1; continue }
            let titleText = tokens[i..<titleEnd].map(\.norm).joined(separator: " ")
            let isPostTitle = postTitles.contains { $0.elementsEqual(tokens[i..<titleEnd].lazy.map(\.word)) }
            let pre = prefix(before: i)
            var rep = pre?.0
            var mentionStart = pre?.1 ?? i
            let carry = pre == nil ? carried : nil
            carried = nil
            // "the group's spokesman", "the kingdom's foreign minister": an owner described, not
            // named; it is resolved in phase two, so the description stays out of the mention.
            var owner = pre == nil ? describedOwner(tokens, before: i) : nil
            if let carry {
                rep = carry.rep
                mentionStart = carry.start
                owner = carry.owner
            }
            // "army spokesman X Y": a generic word before the title may stand for a state or
            // group in phase two; it is no clue to a person by itself.
            let bareOwner = pre == nil && owner == nil && carry == nil && i > 0 && tokens[i - 1].isWord
                && (!tokens[i - 1].isCapitalized || i == 1) && !covered[i - 1] && !isAppositionOpener(tokens[i - 1]) ? i - 1 : nil
            // "Zelensky's chief of staff X Y", "Putin's spokesman X Y": a person's aide acts for
            // the person's state, known here when the sentence titled them, else in phase two.
            if pre == nil, owner == nil, let o = personOwner(tokens, before: i, covered: covered) {
                if let f = found.last(where: { $0.range.upperBound == o.noun + 1 }) {
                    if !f.isFormer, let theirs = f.represents { rep = theirs }
                } else {
                    owner = o
                }
            }
            // "CIA Director William Burns": an unknown acronym before the title belongs to it.
            if pre == nil, i > 0, tokens[i - 1].isUppercase, tokens[i - 1].isWord, !covered[i - 1], tokens[i - 1].norm.count >= 2 {
                mentionStart = i - 1
            }
            let capitalTitle = tokens[i].isCapitalized
            var j = titleEnd
            // "Dr. Kofi Mensah", "Gen. Sam Kauona": the full stop of an abbreviated title.
            if titleEnd - i == 1, j + 1 < tokens.count, tokens[j].norm == ".", tokens[j].start == tokens[i].end, tokens[j + 1].isCapitalized {
                j += 1
            }
            // "High Representative of the EU for Foreign Affairs … Federica Mogherini",
            // "his counterpart from Jordan Nasser Judeh", "the U.N. envoy to Syria, Staffan de Mistura".
            if j < tokens.count, ["of", "for", "from", "to"].contains(tokens[j].norm) {
                var k = j + 1
                if k < tokens.count, tokens[k].norm == "the" { k += 1 }
                // "chairman of the opposition Republican Democratic Movement": one lowercase word
                // describing a body before its name.
                if mentionStartingAt[k] == nil, k + 1 < tokens.count, tokens[k - 1].norm == "the", tokens[k].isWord, !tokens[k].isCapitalized,
                    let body = mentionStartingAt[k + 1], body.actor.kind == .organization || body.actor.kind == .armedGroup
                {
                    k += 1
                }
                if let m = mentionStartingAt[k], m.actor.kind.isSideTaking {
                    // ("mediator for IGAD": a body is whom the post acts for.)
                    if tokens[j].norm == "to" || (tokens[j].norm == "for" && isPostTitle && m.actor.kind != .organization) {
                        // "envoy to Syria": the country is where the person works, not whom they act for.
                        j = m.range.upperBound
                    } else {
                        if rep == nil { rep = m.actor }
                        j = m.range.upperBound
                        // "the head of the African Union Commission, X": the body's organ; "the Head of
                        // the OSCE Mission to Moldova, Ambassador X": with the state it works in.
                        if j + 1 < tokens.count, tokens[j].isCapitalized, Self.institutionWords.contains(tokens[j].norm) || bodyNouns.contains(tokens[j].word) {
                            var end = j + 1
                            if end + 1 < tokens.count, ["to", "in"].contains(tokens[end].norm), let place = mentionStartingAt[end + 1] { end = place.range.upperBound }
                            if end < tokens.count, tokens[end].norm == "," { j = end }
                        }
                        // "the secretary general of the Indian Ocean Commission (IOC), X": the body's
                        // abbreviation in brackets (one the lexicon knows is read as it was).
                        if j + 3 < tokens.count, tokens[j].norm == "(", tokens[j + 2].norm == ")", tokens[j + 1].isUppercase, tokens[j + 3].norm == ",",
                            mentionStartingAt[j + 1] == nil
                        {
                            j += 3
                        }
                        // Skip a capitalised portfolio ("for Foreign Affairs and Security Policy").
                        if j < tokens.count, tokens[j].norm == "for" {
                            var run = j + 1
                            var lastCap = j
                            while run < tokens.count, run - j < 10,
                                tokens[run].isCapitalized || tokens[run].norm == "and" || tokens[run].norm == "of"
                            {
                                if tokens[run].isCapitalized { lastCap = run }
                                run += 1
                            }
                            // The name is the last two capitalised words of the run.
                            if lastCap - 1 > j + 1, let r = name(tokens, at: lastCap - 1, covered: covered), r.upperBound == lastCap + 1 {
                                add(r, rep, titleText, mention: mentionStart..<r.upperBound)
                                i = r.upperBound
                                continue
                            }
                        }
                    }
                } else if tokens[j].norm == "for" || tokens[j].norm == "of", mentionStartingAt[j + 1] == nil,
                    let r = nameAfterPortfolio(tokens, from: j + 1, covered: covered)
                {
                    // "Minister for Foreign Affairs Penny Wong": the portfolio, then the name.
                    add(r, rep, titleText, mention: mentionStart..<r.upperBound)
                    i = r.upperBound
                    continue
                } else if tokens[j].norm == "for", case let f = j + 1 < tokens.count && tokens[j + 1].norm == "the" ? j + 2 : j + 1,
                    f < tokens.count, mentionStartingAt[f] == nil, tokens[f].isCapitalized,
                    let comma = (f..<min(tokens.count, f + 7)).first(where: { r in
                        !(tokens[r].isCapitalized && tokens[r].isWord && !covered[r]) && !["and", "of"].contains(tokens[r].norm)
                    }), tokens[comma].norm == ","
                {
                    // "the UN Under-Secretary-General for Political Affairs, Rosemary DiCarlo",
                    // "Australia's Minister for the Pacific, Pat Conroy": a portfolio in capitals
                    // between the title and the comma before the name.
                    j = comma
                } else if rep == nil, owner == nil, k > j + 1, k < tokens.count, tokens[k].isWord, !tokens[k].isCapitalized,
                    tokens[j].norm == "of" || (tokens[j].norm == "for" && !isPostTitle)
                {
                    // "head of the government delegation", "spokesman for the rebels": a generic
                    // owner, resolved in phase two; the post ends with its lowercase words.
                    owner = (k, mentionStart)
                    var end = k
                    while end < tokens.count, end - k < 4, tokens[end].isWord, !tokens[end].isCapitalized, title(tokens, at: end) == nil { end += 1 }
                    // "commander of the joint Arab forces": a capitalised word before the body's
                    // noun is part of the post, no name ("Arab" would be a person to the whole corpus).
                    if end + 1 < tokens.count, tokens[end].isCapitalized, bodyNouns.contains(tokens[end + 1].word) { end += 2 }
                    j = end
                }
            }
            // "Syria's U.N. ambassador and chief negotiator X": the second title goes on for the first.
            // So does a title in capitals before another ("Deputy Prime Minister and Foreign
            // Minister X"), owned or not.
            if j + 1 < tokens.count, tokens[j].norm == "and", rep != nil || owner != nil || capitalTitle && tokens[j + 1].isCapitalized {
                // "… deputy foreign minister and lead nuclear negotiator X": qualifiers may come first.
                var next = j + 1
                while next < tokens.count, next - j <= 2, !tokens[next].isCapitalized, title(tokens, at: next) == nil,
                    Self.titleQualifiers.contains(tokens[next].norm) || Self.titleAdjectives.contains(tokens[next].norm)
                {
                    next += 1
                }
                if next < tokens.count, title(tokens, at: next) != nil {
                    carried = (rep, mentionStart, owner)
                    i = next
                    continue
                }
            }
            // Where an appositive post would end: "X Y, the Kenyan president, said".
            // "Norway's Minister of International Development, X": a portfolio after the title.
            if j + 2 < tokens.count, tokens[j].norm == "of", mentionStartingAt[j + 1] == nil, tokens[j + 1].isCapitalized, tokens[j + 1].isWord {
                var p = j + 1
                while p < tokens.count, p - j <= 6, mentionStartingAt[p] == nil, tokens[p].isCapitalized && tokens[p].isWord || tokens[p].norm == "and" { p += 1 }
                if p < tokens.count, tokens[p].norm == "," {
                    j = p
                } else if p + 1 < tokens.count, tokens[p].norm == "of" {
                    // "X, the Minister of Defence of Mozambique,": the portfolio, then the state.
                    var q = p + 1
                    if q < tokens.count, tokens[q].norm == "the" { q += 1 }
                    if let m = mentionStartingAt[q], m.actor.kind == .state || m.actor.kind == .organization {
                        if rep == nil { rep = m.actor }
                        j = m.range.upperBound
                    }
                }
            } else if j + 2 < tokens.count, rep != nil || i > 0 && ["its", "their"].contains(tokens[i - 1].norm),
                tokens[j].norm == "of" || tokens[j].norm == "for", mentionStartingAt[j + 1] == nil
            {
                // "X, the South African deputy minister of international relations, said", "Kuwait
                // sent its minister of state for cabinet affairs, X": a lowercase portfolio after
                // an owned post.
                var p = j + 1
                while p < tokens.count, p - j <= 4, tokens[p].isWord, !tokens[p].isCapitalized, portfolioWords.contains(tokens[p].norm) || tokens[p].norm == "and" { p += 1 }
                if p > j + 1, p < tokens.count, tokens[p].norm == "," { j = p }
            }
            let postEnd = j
            if j < tokens.count, tokens[j].norm == "," { j += 1 }  // "the U.N. envoy to Syria, Staffan de Mistura"
            // "Ghana's Foreign Minister, Dr. Kofi Mensah", "the Prime Minister of X, the Rt Hon
            // Bill Skate": honorifics before the name.
            var h = j
            if h + 1 < tokens.count, tokens[h].norm == "the", Self.honorifics.contains(tokens[h + 1].norm) { h += 1 }
            while h + 1 < tokens.count, Self.honorifics.contains(tokens[h].norm), tokens[h + 1].isCapitalized || tokens[h + 1].norm == "." {
                h += tokens[h + 1].norm == "." ? 2 : 1
            }
            // (A name the lexicon knows keeps its first word: "Prime Minister Sheikh Hasina".)
            if mentionStartingAt[h] == nil, isRank(tokens, at: h, covered: covered) { h += 1 }
            if h > j, h < tokens.count, tokens[h].isCapitalized { j = h }
            if let r = name(tokens, at: j, covered: covered),
                // "Remarks by the EU High Representative, Almaty": one word after the post's comma
                // that ends the line is a heading's place, not the holder's name.
                !(j > postEnd && r.count == 1 && tokens[r.upperBound...].allSatisfy({ !$0.isWord }))
            {
                // "Alija Izetbegovic, President of Bosnia-Herzegovina, Franjo Tudjman of Croatia":
                // a name after the post's comma that another state follows ("of Croatia") is the
                // next member of a list; the post was the apposition of the name before it.
                if j > postEnd, rep != nil, carry == nil, owner == nil, r.upperBound + 1 < tokens.count, tokens[r.upperBound].norm == "of",
                    let m = mentionStartingAt[tokens[r.upperBound + 1].norm == "the" ? r.upperBound + 2 : r.upperBound + 1],
                    m.actor.kind == .state, m.actor != rep
                {
                    i = r.lowerBound
                    continue
                }
                // A lowercase title needs a country or a full name ("eastern commander Khalifa Haftar").
                if capitalTitle || rep != nil || owner != nil || r.count >= 2 {
                    // An owner after the title ("head of the government delegation, X") stays out
                    // of the mention, so that phase two can resolve it.
                    let ownerInside = owner.map { $0.noun >= mentionStart } ?? false
                    // "President Anwar Sadat of Egypt": the state after the name.
                    var after = r.upperBound
                    var rep = rep
                    // "the chair of CARICOM, President Irfaan Ali of Guyana": a state after the name
                    // of a second post is theirs too.
                    var firstPost: ActorRef?
                    if rep == nil || carry != nil, owner == nil, after + 1 < tokens.count, tokens[after].norm == "of" {
                        let k = tokens[after + 1].norm == "the" ? after + 2 : after + 1
                        if let m = mentionStartingAt[k], m.actor.kind == .state || m.actor.kind == .organization {
                            if rep != m.actor { firstPost = rep }
                            rep = m.actor
                            after = m.range.upperBound
                        }
                    }
                    add(r, rep, titleText, mention: ownerInside ? r : mentionStart..<after)
                    if let firstPost, found.last?.range == r { found[found.count - 1].alsoRepresents.append(firstPost) }
                    if let noun = owner?.noun ?? bareOwner, found.last?.range == r { found[found.count - 1].roleObject = noun }
                }
                i = r.upperBound
                continue
            }
            // "China's chief negotiator, Vice Foreign Minister Wu Dawei": a second post after the
            // comma goes on for the first.
            // "Afghan Defense Minister General X": a rank right after the post, likewise.
            if j > postEnd || j < tokens.count && tokens[j].isCapitalized, rep != nil || owner != nil, titleText != "counterpart", j < tokens.count,
                !covered[j], title(tokens, at: j) != nil
            {
                carried = (rep, mentionStart, owner)
                i = j
                continue
            }
            // "Michael Ratney, the U.S. coordinator for Syria", "X Y, a senior Hamas official",
            // "X Y, his Russian counterpart": the name before the appositive.
            // "Sedat Onal, a deputy undersecretary at the foreign ministry": a post with no owner
            // still makes the name before it a person's, when an article opens the apposition.
            let ownerless = rep == nil && owner == nil
            if i >= 3 {
                var k = i - 1
                // A comma, or a copula: "X Y is the spokesman for the rebels".
                while k > 0, tokens[k].norm != ",", tokens[k].norm != "is" { k -= 1 }
                let opener = Range.ordered(k + 1, owner?.start ?? mentionStart)
                // An appositive closes where the post ends: "X, the Russian president, said", not
                // "In X, the Russian president said" (the post is the clause's subject).
                // "X, the leader of the Renamo rebel movement, signed": up to three lowercase words
                // describing the body may end the post before its comma.
                var described = postEnd
                while described < tokens.count, described - postEnd < 3, tokens[described].isWord, !tokens[described].isCapitalized,
                    title(tokens, at: described) == nil
                {
                    described += 1
                }
                let describedEnd = described > postEnd && described < tokens.count && tokens[described].norm == "," && k >= 1 && tokens[k].norm == ","
                    && mentionEndingAt[postEnd] != nil
                if describedEnd { j = described }
                let closes = postEnd >= tokens.count || !tokens[postEnd].isWord || tokens[postEnd].isCapitalized
                    || Self.afterPost.contains(tokens[postEnd].norm) || describedEnd
                let opens = k >= 1 && (tokens[k].norm == "," || tokens[k].norm == "is") && closes
                    && opener.allSatisfy { isAppositionOpener(tokens[$0]) }
                    && (!ownerless || tokens[k].norm == "," && opener.contains { ["a", "an", "the"].contains(tokens[$0].norm) })
                // "X Y, a former Kenyan president": a past post ties the person to nobody.
                let former = opener.contains { formerWords.contains(tokens[$0].word) }
                let held = former ? nil : rep
                // "Mr Ruto, the Kenyan president,": a person already named just before the comma.
                // Without an owner, only a new name is made a person's.
                if ownerless, !opens || found.contains(where: { $0.mention.upperBound == k }) {
                    i = titleEnd
                    continue
                }
                if opens, let f = found.firstIndex(where: { $0.mention.upperBound == k }) {
                    if found[f].represents == nil {
                        found[f].represents = held
                        found[f].isFormer = found[f].isFormer || former
                        if !former, let owner { found[f].roleObject = owner.noun }
                    } else if let held, held != found[f].represents, !found[f].alsoRepresents.contains(held) {
                        // "Angolan President X, the African Union's mediator": a second post.
                        found[f].alsoRepresents.append(held)
                    }
                    if found[f].title.isEmpty || ["mr", "mrs", "ms", "mme", "madame", "sir", "dame", "dr"].contains(found[f].title) { found[f].title = titleText }
                    found[f].isHead = found[f].isHead || rules.headTitles.contains(titleText)
                    for t in Range.ordered(k, j) { taken[t] = true }
                    i = titleEnd
                    continue
                }
                if opens, let start = (0..<k).first(where: { s in
                    name(tokens, at: s, covered: covered).map { $0.upperBound == k } ?? false
                }), let r = name(tokens, at: start, covered: covered), r.count >= 2 || start == 0 && !ownerless,
                    // "in Central Asia, the Russian president …": a place, not a name. (A style of
                    // address says it is one: "the invitation of His Imperial Majesty Haile Selassie I,
                    // Emperor of Ethiopia".)
                    start == 0 || r.lowerBound > start || !rules.locatives.union(["from", "to", "of"]).contains(tokens[start - 1].norm)
                {
                    add(r, held, titleText, mention: owner == nil ? r.lowerBound..<j : r)
                    if found.last?.range == r {
                        // A past post with no owner ties the person to nobody either way; it
                        // must not undo a tie found elsewhere ("his delegation, which included X").
                        found[found.count - 1].isFormer = former && !ownerless
                        if !former, let owner { found[found.count - 1].roleObject = owner.noun }
                    }
                }
            }
            i = titleEnd
        }
        // "the Ethiopian delegation was headed by Redwan Hussien", "Eritrea's team was led
        // by Yemane Gebreab": an untitled full name that heads a country's delegation.
        for k in tokens.indices where k >= 2 && k + 2 < tokens.count && headedByWords.contains(shapes[k].word) {
            // "led by", "led at ministerial level by".
            guard let by = ((k + 1)..<min(tokens.count - 1, k + 5)).first(where: { tokens[$0].norm == "by" }),
                // "the delegation of 16 was headed by": a few words may come between.
                let noun = (max(0, k - 5)..<k).last(where: { delegationNouns.contains(tokens[$0].word) })
            else { continue }
            // "led by Mossad chief X": a titled person already found heads it.
            var start = by + 1
            if start < tokens.count, tokens[start].norm == "the" { start += 1 }
            // "headed by the kingdom's ambassador X", "led by its envoy X": an owner before the title.
            var titled = start
            if titled + 1 < tokens.count, tokens[titled + 1].norm == "'s" || tokens[titled + 1].norm == "'", !tokens[titled].isCapitalized {
                titled += 2
            } else if titled < tokens.count, ["its", "his", "her", "their"].contains(tokens[titled].norm) {
                titled += 1
            }
            if let f = found.firstIndex(where: { [start, by + 1, titled].contains($0.mention.lowerBound) }) {
                found[f].headsDelegation = true
                // "the RSF team is headed by Brigadier Omar Hamdan": a title that names nobody
                // leaves the delegation's owner as whom the head represents.
                if found[f].represents == nil, let owner = prefix(before: noun)?.0 { found[f].represents = owner }
                // "by Mr A for Sudan and Mr B for South Sudan": each head, with the side after "for".
                var last = f
                while true {
                    var j = found[last].mention.upperBound
                    if j + 1 < tokens.count, tokens[j].norm == "for", let side = mentionStartingAt[j + 1] {
                        if found[last].represents == nil { found[last].represents = side.actor }
                        j = side.range.upperBound
                    }
                    guard j < tokens.count, [",", "and"].contains(tokens[j].norm) else { break }
                    j += 1
                    if j < tokens.count, tokens[j - 1].norm == ",", tokens[j].norm == "and" { j += 1 }
                    // "Ethiopia's delegation is led by Minister A, and Eritrea's by Minister B": the
                    // next side's possessive before "by" is whom its head represents.
                    var side: ActorRef?
                    if let m = mentionStartingAt[j], m.actor.kind != .person, m.range.upperBound + 1 < tokens.count,
                        tokens[m.range.upperBound].norm == "'s", tokens[m.range.upperBound + 1].norm == "by"
                    {
                        side = m.actor
                        j = m.range.upperBound + 1
                    }
                    if j < tokens.count, tokens[j].norm == "by" { j += 1 }
                    guard let next = found.firstIndex(where: { $0.mention.lowerBound == j }) else { break }
                    found[next].headsDelegation = true
                    if let side { found[next].represents = side }
                    last = next
                }
                continue
            }
            guard let r = name(tokens, at: by + 1, covered: covered), r.count >= 2, !r.contains(where: { taken[$0] }) else { continue }
            let rep = prefix(before: noun)
            add(r, rep?.0, Self.delegationHead, mention: r)
            found[found.count - 1].headsDelegation = true
        }
        // "Minister X led his country's delegation", "X headed Eritrea's negotiating team": the
        // active voice, a delegation noun within the next five words.
        for f in found.indices where !found[f].headsDelegation {
            var v = found[f].mention.upperBound
            // "X, who is leading the American delegation": a relative clause on the name.
            if v + 1 < tokens.count, tokens[v].is(.comma), tokens[v + 1].norm == "who" { v += 2 }
            // "X will lead", "X is leading", "X has led".
            if v < tokens.count, ["will", "is", "was", "has", "had"].contains(tokens[v].norm) { v += 1 }
            guard v + 1 < tokens.count, leadingWords.contains(tokens[v].word),
                let noun = ((v + 1)..<min(tokens.count, v + 6)).first(where: { [",", ".", ";", "and"].contains(tokens[$0].norm) || delegationNouns.contains(tokens[$0].word) }),
                delegationNouns.contains(tokens[noun].word), tokens[noun].norm != "side"
            else { continue }
            found[f].headsDelegation = true
            // "Foreign Minister X led South Africa's delegation": a title without an owner acts
            // for the delegation's.
            if found[f].represents == nil, let owner = prefix(before: noun)?.0 { found[f].represents = owner }
        }
        // "Turkey's Feridun Sinirlioglu": a state's possessive before a two- or three-word name;
        // "Hamas's X Y said": a body's, when a clause goes on after the name.
        for m in mentions where m.form == .name || m.form == .alias {
            let k = m.range.upperBound
            guard m.actor.kind.isSideTaking,
                k + 2 < tokens.count, tokens[k].norm == "'s", !taken[k + 1],
                let r = name(tokens, at: k + 1, covered: covered), r.count >= 2, r.count <= 4
            else { continue }
            let next = r.upperBound < tokens.count ? tokens[r.upperBound] : nil
            if let next, next.isCapitalized { continue }
            // "Sudan's South Darfur state": a region of the state, not a person; so is "Russia's
            // Far East".
            if let next, regionNouns.contains(next.norm) { continue }
            if compassWords.contains(tokens[r.lowerBound].word) { continue }
            if m.actor.kind != .state, let next, !Self.clauseAfterName.contains(next.norm) { continue }
            add(r, m.actor, "", mention: m.range.lowerBound..<r.upperBound)
        }
        for (start, object) in roleClauses(tokens, mentions: mentions, covered: covered) {
            guard let r = name(tokens, at: start, covered: covered), !r.contains(where: { taken[$0] }) else { continue }
            add(r, nil, "", mention: r)
            found[found.count - 1].roleObject = object
        }
        // "Presidents A and B", "the foreign ministers of Morocco and Algeria, A and B": a plural
        // title before names makes each a person; states after "of", as many as the names, pair
        // with them in order.
        /// Past the ",", "and" or ", and" at `j` that joins two members, if one does.
        func pastJoiner(_ j: Int) -> Int? {
            guard j + 1 < tokens.count, [",", "and"].contains(tokens[j].norm) else { return nil }
            return j + (tokens[j].norm == "," && tokens[j + 1].norm == "and" ? 2 : 1)
        }
        var p = 0
        while p < tokens.count {
            guard !taken[p], !covered[p], let (titleEnd, titleText) = pluralTitle(tokens, at: p) else { p += 1; continue }
            var j = titleEnd
            var owners: [ActorRef] = []
            if j < tokens.count, tokens[j].norm == "of" {
                var k = j + 1
                while let m = mentionStartingAt[k], m.actor.kind == .state || m.actor.kind == .organization {
                    owners.append(m.actor)
                    k = m.range.upperBound
                    guard let next = pastJoiner(k) else { break }
                    k = next
                }
                if !owners.isEmpty { j = k }
            }
            if j < tokens.count, tokens[j].norm == "," { j += 1 }
            var names: [Range<Int>] = []
            var ownersAfter: [ActorRef?] = []
            while let r = name(tokens, at: j, covered: covered), !r.contains(where: { taken[$0] }) {
                names.append(r)
                j = r.upperBound
                // "Foreign Ministers Sergei Lavrov of Russia and Bernard Kouchner of France".
                if j + 1 < tokens.count, tokens[j].norm == "of", let m = mentionStartingAt[j + 1],
                    m.actor.kind == .state || m.actor.kind == .organization
                {
                    ownersAfter.append(m.actor)
                    j = m.range.upperBound
                } else {
                    ownersAfter.append(nil)
                }
                guard let next = pastJoiner(j) else { break }
                j = next
            }
            guard names.count >= 2 else { p = titleEnd; continue }
            let rep = prefix(before: p)?.0
            // "his Iranian and Turkish counterparts, A and B": states joined before the title,
            // as many as the names, pair with them in order.
            if owners.isEmpty, rep != nil {
                var before: [ActorRef] = []
                var end = p
                while let m = mentionEndingAt[end], m.actor.kind == .state {
                    before.insert(m.actor, at: 0)
                    var b = m.range.lowerBound
                    guard b > 1, [",", "and"].contains(tokens[b - 1].norm) else { break }
                    b -= 1
                    if b > 0, tokens[b].norm == "and", tokens[b - 1].norm == "," { b -= 1 }
                    end = b
                }
                if before.count == names.count { owners = before }
            }
            for (n, r) in names.enumerated() {
                let own = ownersAfter[n] ?? (owners.count == names.count ? owners[n] : owners.count == 1 ? owners[0] : rep)
                let end = ownersAfter[n] == nil ? r.upperBound : (n + 1 < names.count ? names[n + 1].lowerBound - 1 : j)
                // ("Among those present were Presidents A of Kenya and B": the first mention holds
                // the title right before it, as a singular title's does, so that a list starts there.)
                let start = n == 0 && r.lowerBound == titleEnd ? p : r.lowerBound
                add(r, own, titleText, mention: start..<max(r.upperBound, end))
            }
            p = j
        }
        // "Roland Dumas and Ali Alatas, the two foreign ministers, …": a plural title in apposition
        // to a list of names makes each a person (of the state a demonym before it names).
        /// The untitled name that ends right before `end`, if one does.
        func nameEnding(at end: Int) -> Range<Int>? {
            (max(0, end - 6)..<end).lazy.compactMap { k in self.name(tokens, at: k, covered: covered).flatMap { $0.upperBound == end ? $0 : nil } }
                .first { r in r.lowerBound == 0 || !(tokens[r.lowerBound - 1].isCapitalized && tokens[r.lowerBound - 1].isWord) }
        }
        for c in tokens.indices where shapes[c].word == FixedWord.comma.rawValue && c + 2 < tokens.count && shapes[c + 1].word == FixedWord.the.rawValue {
            var k = c + 2
            if ["two", "three", "four", "both"].contains(tokens[k].norm) { k += 1 }
            var owner: ActorRef?
            if k < tokens.count, let m = mentionStartingAt[k], m.form == .demonym, m.actor.kind == .state {
                owner = m.actor
                k = m.range.upperBound
            }
            guard k < tokens.count, let (titleEnd, titleText) = pluralTitle(tokens, at: k),
                titleEnd == tokens.count || [",", ".", ";", "-", "—", "–"].contains(tokens[titleEnd].norm)
            else { continue }
            var names: [Range<Int>] = []
            var end = c
            while let r = nameEnding(at: end), !r.contains(where: { taken[$0] }) {
                names.insert(r, at: 0)
                guard r.lowerBound >= 2, [",", "and"].contains(tokens[r.lowerBound - 1].norm) else { break }
                end = r.lowerBound - 1
                if tokens[end].norm == "and", end >= 1, tokens[end - 1].norm == "," { end -= 1 }
            }
            guard names.count >= 2 else { continue }
            for r in names { add(r, owner, titleText, mention: r) }
        }
        // "Minni Minnawi of the Sudan Liberation Movement": an untitled full name of two words or
        // more, then "of (the)" and a body's name, is a person of that body.
        // "Milan Kucan of Slovenia and Franjo Tudjman of Croatia": a state's, where the clause or
        // a list goes on after the state.
        for m in mentions where m.actor.kind.isSideTaking && (m.form == .name || m.form == .alias) {
            if m.actor.kind == .state, m.range.upperBound < tokens.count, !opensClause(tokens[m.range.upperBound]) {
                continue
            }
            var of = m.range.lowerBound - 1
            if of > 0, tokens[of].norm == "the" { of -= 1 }
            // "ministers: James Baker for the United States, Boris Pankin for the Soviet Union":
            // in a list, "for" names the side as "of" does.
            // (Up to eight tokens back: "Sabah al-Khalid al-Sabah of Kuwait", hyphens counted.)
            guard of >= 2, tokens[of].norm == "of" || tokens[of].norm == "for",
                let start = (max(0, of - 8)..<of).first(where: { k in name(tokens, at: k, covered: covered).map { $0.upperBound == of } ?? false }),
                let r = name(tokens, at: start, covered: covered), r.count >= 2, !r.contains(where: { taken[$0] }),
                start == 0 || !(tokens[start - 1].isCapitalized && tokens[start - 1].isWord),
                // ("the Anti-Comintern Pact of Germany and Japan": an article opens no person's name.)
                start == 0 || !["the", "a", "an"].contains(tokens[start - 1].norm)
            else { continue }
            if tokens[of].norm == "for" {
                // "signed … by Arben Xhaferi for the Democratic Party of Albanians": after "by" too.
                let listed = start > 0 && [":", ",", ";", "and", "by"].contains(tokens[start - 1].norm)
                let goesOn = m.range.upperBound == tokens.count || [",", ";", ".", "and", "("].contains(tokens[m.range.upperBound].norm)
                guard listed, goesOn else { continue }
            }
            add(r, m.actor, "", mention: r)
        }
        // "Vladimir Putin met Xi Jinping": a well-known full name is a person without a title;
        // out of the post the table knows ("Morgan Tsvangirai" in 2008), a person acting for a
        // side the text must say.
        var k = 0
        while k < tokens.count {
            guard !covered[k], !taken[k], shapes[k].isCapitalized, knownFirstWords.contains(shapes[k].word),
                let r = name(tokens, at: k, covered: covered), !r.contains(where: { taken[$0] })
            else { k += 1; continue }
            let text = Gazetteer.text(tokens, r)
            // ("the Biden administration" is the government's, read below.)
            if r.count == 1, r.upperBound < tokens.count, governmentNounWords.contains(tokens[r.upperBound].word) {
                k += 1
                continue
            }
            if let entry = known.entry(named: text, in: year) {
                add(r, knownActors[entry.actor], "", mention: r)
                found[found.count - 1].isKnown = true
                // "talks with Putin": a surname the table gives alone is its person's full name.
                if r.count == 1, KnownPersons.words(entry.name).count > 1 {
                    found[found.count - 1].writtenSurname = text
                    found[found.count - 1].name = entry.name
                }
            } else if known.person(fullName: text) != nil {
                add(r, nil, "", mention: r)
            } else {
                k += 1
                continue
            }
            k = r.upperBound
        }
        // "the Biden administration", "the Netanyahu government": a well-known surname alone before
        // a word for the government it leads (relations.rules' `government` rules read the rest).
        for k in tokens.indices.dropLast() where !covered[k] && !taken[k] && shapes[k].isCapitalized && shapes[k].isWord {
            guard governmentNounWords.contains(tokens[k + 1].word), k == 0 || !tokens[k - 1].isCapitalized || tokens[k - 1].norm == "the",
                let entry = known.entry(named: tokens[k].text, surnameAlone: true, in: year), let actor = knownActors[entry.actor]
            else { continue }
            add(k..<(k + 1), actor, "", mention: k..<(k + 1))
            found[found.count - 1].isKnown = true
            found[found.count - 1].namesGovernment = true
        }
        // "President Reagan", "Secretary of State James Baker": a title that names no owner, on
        // a well-known person, acts for whom that person acted for.
        // "President Sadat of Egypt" in 1976: a head's title on a lone surname names the known
        // person of that post and year, who takes the table's full name ("Anwar Sadat"), the
        // name other mentions and other texts give.
        for f in found.indices where !found[f].isFormer {
            let alone = !found[f].title.isEmpty
            let courtesy = Self.courtesyTitles.contains(found[f].title)
            guard found[f].represents == nil || alone && (found[f].isHead || courtesy),
                let entry = known.entry(named: found[f].name, surnameAlone: alone, in: year), let actor = knownActors[entry.actor]
            else { continue }
            if found[f].represents == nil {
                found[f].represents = actor
                found[f].isKnown = true
            }
            // (So does a courtesy title: "Mr Gromyko" in 1975, "Signor Moro from Italy".)
            if alone, found[f].isHead || courtesy, found[f].represents == actor, KnownPersons.words(found[f].name).count == 1 {
                if courtesy, !found[f].isHead { found[f].writtenSurname = found[f].name }
                found[f].name = entry.name
            }
        }
        // "Turkey's Deputy Prime Minister X and Interior Minister Y", "Iranian President X, Foreign
        // Minister Y and Defence Minister Z": a post that names no owner, listed right after one
        // whose owner opens it, shares that owner.
        var opensOnOwner = found.map { p in p.represents != nil && !p.isKnown && mentionStartingAt[p.mention.lowerBound]?.actor == p.represents }
        // (Not a courtesy title, which names no post, nor after a name set off by commas: "the
        // Israeli President, X, Crown Prince Y" lists the guests of several states.)
        for f in found.indices where found[f].represents == nil && !found[f].title.isEmpty && !found[f].isFormer
            && !Self.courtesyTitles.contains(found[f].title)
        {
            let k = found[f].mention.lowerBound
            guard k >= 2, tokens[k - 1].norm == "and" || tokens[k - 1].is(.comma),
                let g = found.indices.first(where: { found[$0].mention.upperBound == k - 1 }), opensOnOwner[g],
                !tokens[found[g].mention].contains(where: { $0.is(.comma) })
            else { continue }
            found[f].represents = found[g].represents
            opensOnOwner[f] = true
        }
        // "Egypt is represented by Prime Minister X", "the Sudanese government, represented by
        // presidential adviser X": the side before "represented by" is whom the person stands for.
        /// Where a found person's mention starts with its determiner ("by its Deputy President, X").
        func determinedStart(_ f: Int) -> Int {
            let k = found[f].mention.lowerBound
            return k > 0 && ["the", "its", "their", "his", "her"].contains(tokens[k - 1].norm) ? k - 1 : k
        }
        for f in found.indices {
            let k = determinedStart(f)
            guard k >= 4, tokens[k - 1].norm == "by", tokens[k - 2].norm == "represented" else { continue }
            var j = k - 3
            if ["was", "were", "is", "are", "been"].contains(tokens[j].norm) { j -= 1 }
            if j > 0, tokens[j].norm == "has" || tokens[j].norm == "have" { j -= 1 }
            if tokens[j].norm == "," { j -= 1 }
            guard let side = mentionEndingAt[j + 1],
                side.actor.kind.isSideTaking
            else { continue }
            if found[f].represents == nil {
                found[f].represents = side.actor
            } else if found[f].represents != side.actor, !found[f].alsoRepresents.contains(side.actor) {
                found[f].alsoRepresents.append(side.actor)
            }
        }
        // "X signed for the United States, Y for North Vietnam": a signer without an owner signs
        // for the side named after "for", where a list or the sentence goes on after the side.
        // A well-known person signing for a party or body of the text stands for it as well
        // ("by Branko Crvenkovski for the Social Democratic Union (SDSM)").
        for f in found.indices where found[f].represents == nil || found[f].isKnown {
            var j = found[f].mention.upperBound
            if j < tokens.count, signingWords.contains(tokens[j].word) {
                j += 1
                // "signed the memorandum of understanding for Jakarta": what was signed may come between.
                var g = j
                while g < tokens.count, g - j < 6, tokens[g].isWord, tokens[g].norm != "for", !covered[g] { g += 1 }
                if g < tokens.count, tokens[g].norm == "for" { j = g }
            }
            // "for the Bougainville Revolutionary Army": an article before a name the text coined.
            let named = j + 2 < tokens.count && tokens[j + 1].norm == "the" && mentionStartingAt[j + 1] == nil ? j + 2 : j + 1
            guard j + 1 < tokens.count, tokens[j].norm == "for", let side = mentionStartingAt[named],
                side.actor.kind.isSideTaking,
                side.range.upperBound >= tokens.count || [",", ";", ".", "and", "("].contains(tokens[side.range.upperBound].norm)
            else { continue }
            if found[f].represents == nil {
                found[f].represents = side.actor
            } else if found[f].represents != side.actor, side.actor.kind == .organization, !found[f].alsoRepresents.contains(side.actor) {
                found[f].alsoRepresents.append(side.actor)
            }
        }
        // "chaired for the UN by Under-Secretary-General X", "signed for the House by its Deputy
        // President, X": the side after "for" and before "by" is whom the person stands for.
        for f in found.indices where found[f].represents == nil {
            let k = determinedStart(f)
            guard k >= 3, tokens[k - 1].norm == "by", let side = mentionEndingAt[k - 1],
                side.actor.kind.isSideTaking
            else { continue }
            var b = side.range.lowerBound
            if b > 0, tokens[b - 1].norm == "the" { b -= 1 }
            guard b > 0, tokens[b - 1].norm == "for" else { continue }
            found[f].represents = side.actor
        }
        /// The side whose sending verb stands right before found person `f`: "Azerbaijan sent
        /// Foreign Minister X", "Egypt dispatched its envoy X".
        func sender(of f: Int) -> ActorRef? {
            let k = determinedStart(f)
            guard k >= 2, sendingWords.contains(tokens[k - 1].word), let side = mentionEndingAt[k - 1],
                side.actor.kind.isSideTaking, side.actor.kind != .person
            else { return nil }
            return side.actor
        }
        // A side that sends a person whose title names no owner sends its own official.
        for f in found.indices where found[f].represents == nil {
            if let side = sender(of: f) { found[f].represents = side }
        }
        // "On the North Korean side, Choe Son Hui, the foreign minister, and Jo Chun Ryong", "took
        // part in the talks on the Indian side": the persons of the clause (up to a semicolon)
        // act for the side's state.
        for k in tokens.indices where k + 3 < tokens.count && shapes[k].word == FixedWord.on.rawValue && shapes[k + 1].word == FixedWord.the.rawValue {
            guard let side = mentionStartingAt[k + 2], side.actor.kind == .state, side.range.upperBound < tokens.count,
                tokens[side.range.upperBound].norm == "side"
            else { continue }
            let start = tokens[..<k].lastIndex { $0.norm == ";" }.map { $0 + 1 } ?? 0
            let end = tokens[k...].firstIndex { $0.norm == ";" } ?? tokens.count
            for f in found.indices where found[f].represents == nil && !found[f].isFormer && (start..<end).contains(found[f].range.lowerBound) {
                found[f].represents = side.actor
            }
        }
        // "the Egyptian delegation included Foreign Minister X and Y", "Kenya's team, led by X":
        // the persons named after a state's delegation in its clause act for the state.
        for m in mentions where m.actor.kind == .state && m.role == .actor {
            var k = m.range.upperBound
            if k < tokens.count, tokens[k].norm == "'s" { k += 1 }
            guard k < tokens.count, delegationNouns.contains(tokens[k].word) else { continue }
            let end = tokens[k...].firstIndex { $0.norm == ";" || $0.norm == "." } ?? tokens.count
            for f in found.indices where found[f].represents == nil && !found[f].isFormer && found[f].range.lowerBound > k
                && found[f].range.lowerBound < min(end, k + 25)
            {
                found[f].represents = m.actor
            }
        }
        // "General Mohamed Hamdan Dagalo, the commander of the RSF known as Hemedti": the name
        // after "known as" or "nicknamed" (relations.rules' "nickname" list), in the clause after
        // a person, up to fifteen words on.
        for f in found.indices {
            let after = found[f].mention.upperBound
            guard let k = (after..<min(tokens.count, after + 16)).first(where: { k in
                nicknameCues.contains(tokens[k].norm) || tokens[k].is(oneOf: Self.nicknameStops)
            }), nicknameCues.contains(tokens[k].norm) else { continue }
            let start = tokens[k].norm == "known" ? k + 2 : k + 1
            guard tokens[k].norm != "known" || k + 1 < tokens.count && tokens[k + 1].norm == "as",
                start < tokens.count, tokens[start].isCapitalized, tokens[start].isWord, !covered[start], !taken[start],
                !Self.notNames.contains(tokens[start].norm),
                found.indices.last(where: { found[$0].mention.upperBound <= k }) == f
            else { continue }
            var end = start + 1
            while end < tokens.count, end - start < 3, tokens[end].isCapitalized, tokens[end].isWord, !covered[end] { end += 1 }
            found[f].nickname = String(String.UnicodeScalarView(scalars[tokens[start].start..<tokens[end - 1].end]))
        }
        // "Adlai E. Stevenson (United States) deplored …", "Mr Jan Bos (Netherlands) said": a
        // record's untitled name with its state in brackets acts for that state.
        let titled = found.count
        for k in tokens.indices.dropFirst(2) where tokens[k].norm == "(" && !covered[k - 1] {
            guard let side = mentionStartingAt[k + 1], side.actor.kind == .state, side.range.upperBound < tokens.count,
                tokens[side.range.upperBound].norm == ")"
            else { continue }
            // ("Sir Patrick Dean (United Kingdom)": a person found by a title that names no state.)
            if taken[k - 1] {
                if let f = found.firstIndex(where: { $0.mention.upperBound == k }), found[f].represents == nil, !found[f].isFormer {
                    found[f].represents = side.actor
                }
                continue
            }
            var start = k
            while start > 0, k - start < 6, !covered[start - 1], !taken[start - 1],
                tokens[start - 1].isWord && tokens[start - 1].isCapitalized || tokens[start - 1].norm == "." || Self.particles.contains(tokens[start - 1].norm)
            {
                start -= 1
            }
            while start < k, tokens[start].norm == "." || title(tokens, at: start) != nil || Self.notNames.contains(tokens[start].norm) { start += 1 }
            guard let range = name(tokens, at: start, covered: covered), range.upperBound == k, range.count >= 2 else { continue }
            add(range, side.actor, "", mention: range)
        }
        if found.count > titled { found.sort { $0.mention.lowerBound < $1.mention.lowerBound } }
        // "the four commanders, Rolando Moran, Pablo Monsanto, Carlos Gonzales and Gaspar Ilom":
        // the other names of a list in which a person is named are persons too.
        let recognised = found.count
        var f = 0
        while f < found.count {
            var after = found[f].mention.upperBound
            while let next = listedName(tokens, after: after, covered: covered, taken: taken) {
                add(next, nil, "", mention: next)
                after = next.upperBound
            }
            var before = found[f].mention.lowerBound
            while let previous = listedName(tokens, before: before, covered: covered, taken: taken) {
                add(previous, nil, "", mention: previous)
                before = previous.lowerBound
            }
            f += 1
        }
        if found.count > recognised { found.sort { $0.mention.lowerBound < $1.mention.lowerBound } }
        // "ODM sent Musalia Mudavadi, William Ruto, Sally Kosgei and James Orengo": every person
        // of the list after a side's sending verb acts for the side (a well-known one as well as
        // for their state, when the side is a party or body).
        for f in found.indices {
            guard let side = sender(of: f) else { continue }
            var g = f
            while true {
                if found[g].represents == nil {
                    found[g].represents = side
                } else if found[g].isKnown, side.kind == .organization, found[g].represents != side,
                    !found[g].alsoRepresents.contains(side)
                {
                    found[g].alsoRepresents.append(side)
                }
                guard let next = pastJoiner(found[g].mention.upperBound), g + 1 < found.count, found[g + 1].mention.lowerBound == next else { break }
                g += 1
            }
        }
        return found
    }

    /// relations.rules' "institution", "body-head", "governing-noun", "building" and "place-noun"
    /// lists: a listed name with one of these words is an institution's or a place's.
    private let institutionWords: Set<String>

    /// Whether a name of two to five words, each capitalised (or a particle), spans `range`: no
    /// lexicon name, no title, no date word.
    private func isListedName(_ tokens: [Token], _ range: Range<Int>, covered: [Bool], taken: [Bool]) -> Bool {
        guard range.count >= 2, range.count <= 5, range.allSatisfy({ !covered[$0] && !taken[$0] && !institutionWords.contains(tokens[$0].norm) }),
            let first = range.first, let last = range.last, tokens[first].isCapitalized, tokens[last].isCapitalized,
            Int(tokens[first].word) >= titlesByFirst.count || titlesByFirst[Int(tokens[first].word)].isEmpty, !Self.notNames.contains(tokens[first].norm),
            // ("General A, its Acting President, and General B": a post, no listed name.)
            title(tokens, at: last) == nil
        else { return false }
        var capitalised = 0
        for k in range {
            let t = tokens[k]
            if t.isWord, t.isCapitalized, DateResolver.weekday(t) == nil, DateResolver.month(t) == nil {
                capitalised += 1
            } else if !(Self.particles.contains(t.norm) || t.norm == "-") {
                return false
            }
        }
        return capitalised >= 2
    }

    /// The name after `k` in a list (", Pablo Monsanto", " and Gaspar Ilom"), ending where the
    /// list goes on or the clause ends.
    private func listedName(_ tokens: [Token], after k: Int, covered: [Bool], taken: [Bool]) -> Range<Int>? {
        var j = k
        guard j < tokens.count, tokens[j].norm == "," || tokens[j].norm == "and" else { return nil }
        if tokens[j].norm == "," { j += 1 }
        // The last name of a list ("and James Orengo to the talks") may end on any word.
        let last = j < tokens.count && tokens[j].norm == "and"
        if last { j += 1 }
        var end = j
        while end < tokens.count, end - j < 5, tokens[end].isWord && tokens[end].isCapitalized || Self.particles.contains(tokens[end].norm) || tokens[end].norm == "-" {
            end += 1
        }
        guard end == tokens.count || [",", "and", ".", ";", ")", ":"].contains(tokens[end].norm) || last && !tokens[end].isCapitalized,
            isListedName(tokens, j..<end, covered: covered, taken: taken)
        else { return nil }
        return j..<end
    }

    /// The name before `k` in a list ("Rolando Moran, " before a person), after a comma or a
    /// word in lower case.
    private func listedName(_ tokens: [Token], before k: Int, covered: [Bool], taken: [Bool]) -> Range<Int>? {
        var j = k
        guard j >= 3 else { return nil }
        if tokens[j - 1].norm == "and" { j -= 1 }
        guard j >= 3, tokens[j - 1].norm == "," else { return nil }
        let end = j - 1
        var start = end
        while start > 0, end - start < 5, tokens[start - 1].isWord && tokens[start - 1].isCapitalized || Self.particles.contains(tokens[start - 1].norm) || tokens[start - 1].norm == "-" {
            start -= 1
        }
        // A capitalised word opening the sentence may be the name's or the sentence's.
        guard start > 0, [",", ":", "(", "and"].contains(tokens[start - 1].norm) || !tokens[start - 1].isCapitalized,
            isListedName(tokens, start..<end, covered: covered, taken: taken)
        else { return nil }
        return start..<end
    }

    /// Untitled full names followed by a role clause that names a body: "X Y, who heads the
    /// army", "X Y, who leads the rebel delegation", "X Y, who chairs the African Union". Each is
    /// the name's first token and where the clause's object starts.
    func roleClauses(_ tokens: [Token], mentions: [Mention], covered: [Bool]) -> [(Int, Int)] {
        var out: [(Int, Int)] = []
        for c in tokens.indices where c >= 2 && c + 3 < tokens.count && tokens[c].norm == "," && tokens[c + 1].norm == "who" {
            var v = c + 2
            while v < tokens.count, v - c <= 4, roleAdverbs.contains(tokens[v].word) { v += 1 }
            guard v + 1 < tokens.count, roleVerbs.contains(tokens[v].word) else { continue }
            // The name ends at the comma: a full name of two words or more, or one that opens the sentence.
            guard let start = (max(0, c - 6)..<c).first(where: { s in name(tokens, at: s, covered: covered).map { $0.upperBound == c } ?? false }),
                c - start >= 2 || start == 0
            else { continue }
            var object = v + 1
            if ["the", "a", "an"].contains(tokens[object].norm) { object += 1 }
            guard object < tokens.count else { continue }
            // The object names a body: a known name, or a body noun within the clause's first words.
            let clauseEnd = (object..<min(tokens.count, object + 6)).first { [",", ".", ";", ":", "—", "and"].contains(tokens[$0].norm) } ?? min(tokens.count, object + 6)
            let named = mentions.contains { m in
                m.role == .actor && m.range.lowerBound == object && m.actor.kind.isSideTaking
            }
            let noun = tokens[Range.ordered(object, clauseEnd)].contains { bodyNouns.contains($0.word) }
            guard named || noun else { continue }
            out.append((start, object))
        }
        return out
    }
}

/// A sentence's mentions (events left out) by the token each starts or ends at, the last one
/// given winning: an array by token, not a dictionary, since hashing the token's index on every
/// insert and lookup cost more than the scans that ask.
struct MentionTable {
    private let mentions: [Mention]
    /// By token: the index in ``mentions``, or -1.
    private let at: [Int32]

    /// By the token each mention ends at (just past it) when `byEnd`, else by its first token.
    init(_ mentions: [Mention], byEnd: Bool) {
        self.mentions = mentions
        let last = mentions.reduce(-1) { Swift.max($0, byEnd ? $1.range.upperBound : $1.range.lowerBound) }
        var at = [Int32](repeating: -1, count: last + 1)
        for (index, m) in mentions.enumerated() where m.role != .event {
            let k = byEnd ? m.range.upperBound : m.range.lowerBound
            if k >= 0 { at[k] = Int32(index) }
        }
        self.at = at
    }

    /// The mention starting (or ending) at token `k`, if any.
    subscript(k: Int) -> Mention? { k >= 0 && k < at.count && at[k] >= 0 ? mentions[Int(at[k])] : nil }
}
