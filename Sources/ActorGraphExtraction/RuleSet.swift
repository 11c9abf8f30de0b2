import ActorGraphModel
import Foundation

/// The relation patterns and word lists the extractor uses, read from a rule file
/// (`relations.rules`; grammar in RULES.md beside it).
public struct RuleSet: Sendable {
    /// One element of a pattern.
    public enum Element: Hashable, Sendable {
        /// The subject slot: one mention or a coordinated list ("Washington, Riyadh and Ankara").
        case subject(Arity)
        /// The object slot.
        case object(Arity)
        /// An event noun ("talks", "meeting") that the event resolver places and dates.
        case event
        /// One token among these normalised forms.
        case word(Set<String>)
        /// Zero to `n` tokens that name no actor.
        case gap(Int)
        /// Exactly one actor mention, not bound to a slot ("help him defeat Daesh").
        case anyMention
        /// The object as a place: a state named where something happens ("struck targets across
        /// Syria"), which the object slot does not take.
        case placeObject
        /// The element may be absent.
        indirect case optional(Element)
    }

    /// How many mentions a subject or object slot binds.
    public enum Arity: Hashable, Sendable {
        /// Exactly one mention, the one the pattern's next words follow: in "Russia and Jordan -
        /// another member of the coalition", `S1 - another member of O` binds Jordan alone.
        case one
        /// One mention or a coordinated list ("Washington, Riyadh and Ankara").
        case list
        /// A list whose members may also be joined by "with" ("Kerry and Lavrov with their
        /// Saudi counterpart").
        case listWithJoins
        /// A list of at least two mentions: "NATO members Poland and Lithuania" (a plural noun
        /// before one name is rather a clause: "Hamas members Israel killed").
        case several
    }

    /// What a rule produces.
    public enum Product: Hashable, Sendable {
        /// An edge of this relation from each subject to each object (or between the members of
        /// the subject list when the rule has no object slot).
        case relation(RelationKind)
        /// A new mention covering the match: the opposition of O's country (which opposes O).
        case opposition
        /// A new mention covering the match: the state O stands for ("the Assad regime").
        case government
        /// A new mention covering the match that stands for O itself ("Assad's forces").
        case same
    }

    public struct Rule: Hashable, Sendable {
        public var product: Product
        public var elements: [Element]
        /// Where the rule was written, for the report and for debugging.
        public var source: String
        public var line: Int
        /// Literal words of which at least one must occur in the sentence (a quick pre-check).
        public var anchors: Set<String>
        /// Each required literal element's words; the sentence must contain one of each.
        public var required: [Set<String>] = []
        /// Sentences the rule must read its relation from (`+ sentence` lines under the rule).
        public var examples: [String] = []
        /// Sentences that must not yield the rule's relation (`- sentence` lines under the rule).
        public var counterExamples: [String] = []
    }

    public private(set) var rules: [Rule] = []
    /// Person titles as normalised token sequences ("foreign minister" → ["foreign", "minister"]).
    public private(set) var titles: [[String]] = []
    /// Titles that name the head of a state or government (used to tie a host to its capital).
    public private(set) var headTitles: Set<String> = []
    /// Nouns that refer back to a known person of a country ("strongman", "counterpart").
    public private(set) var roleNouns: Set<String> = []
    /// Nouns for a state's unnamed envoys ("delegation", "diplomats"): with the state's name
    /// they are a mention of the state.
    public private(set) var delegateNouns: Set<String> = []
    /// Nouns that name meetings ("talks", "meeting", "summit").
    public private(set) var eventNouns: Set<String> = []
    /// Words that void a match inside it (negation, hypothetical modals).
    public private(set) var negations: Set<String> = []
    /// Words that void a match when they follow it closely ("…, which Abu Dhabi denied").
    public private(set) var denials: Set<String> = []
    /// Verbs of demanding: a match whose subject they address ("urged Turkey to attack …",
    /// "called on Ankara to …", "demanded that Ankara …") states a demand, not a fact.
    public private(set) var demandVerbs: Set<String> = []
    /// Words that void a match when they open its clause ("if", "unless").
    public private(set) var conditionals: Set<String> = []
    /// Prepositions that make a following place name a location, not an actor.
    public private(set) var locatives: Set<String> = []
    /// Verbs of motion after which "to X" is a destination ("flew to Turkey").
    public private(set) var motionVerbs: Set<String> = []
    /// Nouns after which a name is a modifier, not a list member ("U.S. allies").
    public private(set) var relationalNouns: Set<String> = []
    /// Nouns after "'s" that a gap may not skip ("Syria's opposition").
    public private(set) var possessedNouns: Set<String> = []
    /// Words that void a `member_of` match near it: the membership is past, sought or
    /// hypothetical ("a former member", "non-NATO", "wants to join", "membership bid").
    public private(set) var nonmemberWords: Set<String> = []
    /// Verbs that attach a following place or date to the reporting, not to a meeting
    /// ("announced in Tehran on Wednesday").
    public private(set) var reportingVerbs: Set<String> = []
    /// Predicate classes by name (`predicate` statements), for `shape` statements.
    public private(set) var predicates: [String: PredicateClass] = [:]
    /// Named word lists the extractor's own readings use (`list NAME: w w …`): "cargo", "step",
    /// "war", "side", "press", "joiner", "aside", "place-noun", "future-meeting", "future-date".
    public private(set) var wordLists: [String: Set<String>] = [:]

    /// The word list `name`, in the tokens' comparison form; empty when no file defines it.
    public func list(_ name: String) -> Set<String> { wordLists[name] ?? [] }

    /// The word lists of the engine's own readings of persons, roles, descriptions and meetings'
    /// places and days (relations.rules' "Vocabulary" section), written in Swift until issue 9
    /// item 4. Unlike the
    /// other named lists, each has a default: a rule set whose files declare none of its words
    /// (a `--no-default-rules` file written before these lists existed) takes the bundled
    /// file's, so such a file reads persons as it did. A file that declares one, even empty
    /// (`list sending:`), sets it.
    public enum VocabularyList: String, CaseIterable, Sendable {
        /// "Azerbaijan sent Foreign Minister X": the sender's own official.
        case sending
        /// "X signed for the United States": the side the signer signs for.
        case signing
        /// "X led his country's delegation": the active voice of heading a delegation.
        case leading
        /// "the delegation was headed by X": the passive.
        case headedBy = "headed-by"
        /// "the Biden administration": a government named by its leader.
        case governmentNoun = "government-noun"
        /// Nouns for a negotiating team ("Eritrea's team was led by X").
        case delegationNoun = "delegation-noun"
        /// "X Y, who heads the army": the verbs of a role clause …
        case roleVerb = "role-verb"
        /// … the adverbs that may come before them ("who now heads") …
        case roleAdverb = "role-adverb"
        /// … and the nouns that make its object a body ("heads the army").
        case bodyNoun = "body-noun"
        /// "a former Kenyan president": a past post ties the person to nobody.
        case former
        /// "after the fall of Muammar Gaddafi": a well-known ruler named as gone.
        case fallen
        /// "Irfaan Ali of Guyana sat …": irregular past forms that go on with a clause after a name.
        case pastVerb = "past-verb"
        /// "the army is led by General X": the body a passive "led by" names acts through X.
        case bodyLedBy = "body-led-by"
        /// "President X says his country …": the person's own country, not the sentence's state.
        case ownCountry = "own-country"
        /// "the country's foreign minister": the state named before.
        case countryNoun = "country-noun"
        /// "the Syrian strongman": role words any head of state or government answers to.
        case headRole = "head-role"
        /// "the coalition" after "the US-led coalition": nouns that stand for a body whose name
        /// holds them, …
        case describedBody = "described-body"
        /// … for an organisation whose name holds them ("the union") …
        case describedOrganization = "described-organization"
        /// … for a state whose name holds them ("the kingdom") …
        case describedState = "described-state"
        /// … for any organisation named in the last two sentences ("the bloc") …
        case describedBloc = "described-bloc"
        /// … and for any armed group named there ("the group").
        case describedArmedGroup = "described-armed-group"
        /// "the coalition of the willing": after "the <noun>", words opening another referent.
        case descriptionOpener = "description-opener"
        /// "the government in Khartoum": a capital after one of these names the state.
        case governingNoun = "governing-noun"
        /// "met in Geneva", "NAIROBI — …": capitalised words that are no venue (regions, months,
        /// weekdays, determiners, titles, a live blog's slugs, a cable's header fields).
        case notPlace = "not-place"
        /// "its opening session on June 28": the meeting's first day.
        case firstSession = "first-session"
        /// "the second day of a two-day summit": a later day, which opens no meeting.
        case laterDay = "later-day"
        /// "a March 31 deadline": the date before one of these dates no meeting.
        case deadline
        /// ", whose government hosted the negotiations in Havana": words that open a relative
        /// clause after a comma, whose meeting a match outside the clause is not about.
        case relativeOpener = "relative-opener"
        /// "the three have coordinated", "support the five in defending": words after which a
        /// bare number stands for the list of that many named before.
        case countFollower = "count-follower"
        /// "will", "hoped", "invited", "next": a sentence with one of these names people who
        /// have not (yet) met at its meeting (``MeetingPresence``).
        case unrealised
        /// "left" in "X, left, meets Y in Vienna": between commas, a photograph's caption.
        case photoPosition = "photo-position"
        /// "table", "room", "podium": a place in a meeting's scene; a sentence naming one after
        /// the meeting names persons who were there (``MeetingPresence``).
        case scene
        /// "is", "are": a scene told in the present is no report of one.
        case presentTense = "present-tense"
        /// "eight days after", "two years before": the units of a time counted from another
        /// occasion, which a person named after it did not attend.
        case intervalUnit = "interval-unit"
        /// "President Biden Hosts Prime Minister Kishida", "PEREZ WAS ALSO": verbs and adverbs no
        /// name holds, which end a name in a headline's title case or a cable's capitals.
        case nameBreaker = "name-breaker"
        /// "President X summoned the two Palestinian factions": after a demonym, nouns for a
        /// people's groups, which name no state a head of state acts for.
        case followerNoun = "follower-noun"
        /// "the Sudan Armed Forces": after a state's name, a body noun that extends its mention
        /// to the state's own organ …
        case organNoun = "organ-noun"
        /// … and, with those, the body nouns of an organ that is no body of its own ("the
        /// Revolutionary Guards", "the Iraqi police").
        case organHead = "organ-head"
        /// "Saudi Arabia and its Gulf ally the UAE": after "and its" or "and their", a partner
        /// noun that the next list member is described by.
        case listPartner = "list-partner"
        /// "Hezbollah fighters and Amal gunmen": a noun for a side's fighters right after a list
        /// member, which the list goes on after.
        case combatantNoun = "combatant-noun"
        /// "fought the leftist URNG", "backs the separatist Polisario Front": one adjective a slot
        /// skips before a body's name, as it skips any one before a person's.
        case groupAdjective = "group-adjective"
        /// "the warring Sudanese army", "rival Tigrayan forces": one adjective of sides in a
        /// conflict a slot skips before a state, a body or an armed group.
        case sideAdjective = "side-adjective"
        /// "Egypt's irrigation minister", "Armed Forces Minister X": posts a portfolio may stand
        /// before, lowercase after a state or capitalised like a body's name.
        case portfolioPost = "portfolio-post"
        /// "the neighbouring countries of Afghanistan", "Libya's neighbours": a state named as
        /// the one whose neighbours are meant is no side of what they do.
        case neighbour
        /// "pushed back the rebels", "hit back at": verbs whose particle "back" is no verb of
        /// support.
        case particleVerb = "particle-verb"
        /// "near the Sudan border": a state named as a border's side says little about which
        /// country's war a text is about.
        case border
        /// "the Gaza ceasefire talks": words between a city and a meeting noun that make the city
        /// the meeting's subject, not its venue.
        case meetingTopic = "meeting-topic"
        /// "Britain's ambassador to the United Nations", "Sudan's UN envoy": posts whose body is
        /// where a state's envoy serves, not whom the envoy acts for.
        case accredited
        /// "talks would start in Jeddah on Saturday": verbs after which "would" schedules a
        /// meeting, which the text reports, rather than hedging it.
        case meetingStart = "meeting-start"
        /// "would keep supporting Siniora's government": verbs after which "would" tells of a
        /// stance kept up, rather than hedging it.
        case stanceKept = "stance-kept"
        /// "the Foreign Minister, Count Galeazzo Ciano": styles of rank before a full name, no
        /// part of it.
        case rank
        /// "have been negotiating here since Friday": talks going on since a day began that day.
        case ongoingMeeting = "ongoing-meeting"
        /// "On the same day in Kabul, …": words of a time before a sentence's fronted venue.
        case timeOpener = "time-opener"
        /// "Regional | Tuesday, March 12, 2024 | Updated 11:20 a.m. AST": the words a masthead's
        /// time stamp adds to its date, which leave the line a date line.
        case timeStamp = "time-stamp"
        /// "talks … on a ceasefire in Gaza": words of a truce or a crisis that "on" makes a
        /// meeting's topic, where the fighting is, not the venue.
        case truceTopic = "truce-topic"
        /// "Where and when: Abidjan, Tuesday 27 March 2012": the labels of a fact box's line that
        /// says where and when a meeting is …
        case sceneLabel = "scene-label"
        /// … and those of its other lines ("What:", "Who:", "Decisions:").
        case factBoxLabel = "fact-box-label"
        /// "addressed the delegates by video": after "by" or "via", words of taking part from afar.
        case remoteWord = "remote-word"
        /// "denies the charge and …": what a denial at the head of its own clause denies.
        case charge
        /// "Russia's Far East", "Thailand's Deep South": words that open a region after a state's
        /// possessive, no person's name.
        case compass
        /// "X, the opposition leader", "X, the rebel commander": words that name the side a post
        /// belongs to, not a state's.
        case sideQualifier = "side-qualifier"
        /// "both groups", "the two movements": nouns that count armed groups and bodies.
        case groupNoun = "group-noun"
    }

    /// The vocabulary list `list`, in the tokens' comparison form: the words the rule files
    /// declare, or the bundled file's when none declares it (``VocabularyList``).
    public func words(_ list: VocabularyList) -> Set<String> {
        wordLists[list.rawValue] ?? Self.bundledVocabulary.wordLists[list.rawValue] ?? []
    }

    /// Titles of posts named after the country they deal with (`post-title:`, as `title:`
    /// phrases): "the special envoy for Libya" acts for whoever sent them, not for Libya. The
    /// bundled file's when no rule file declares the statement (``VocabularyList``).
    public var postTitles: [[String]] { declaredPostTitles ?? Self.bundledVocabulary.declaredPostTitles ?? [] }
    private var declaredPostTitles: [[String]]?

    /// The bundled rule file, read once and only when a rule set lacks a vocabulary list. Empty
    /// if the module's resources lack it (``bundled()`` reports that when the build starts).
    private static let bundledVocabulary: RuleSet = (try? RuleSet.bundled()) ?? RuleSet()
    /// The inflections that predicate classes and `lemma.V` words use.
    public var lemmas: LemmaTable = .bundled
    private var classes: [String: Set<String>] = [:]
    /// The rules the last rule or shape statement added, which its examples follow.
    private var lastStatement: Range<Int>?
    /// Pattern words already read by this parse, with their elements: a shape's expansions
    /// repeat each placeholder's `|`-list of forms (hundreds of words) in every rule of every
    /// shape naming the class, and the bundled file repeats its common words ("the|a|an?")
    /// hundreds of times; read anew each time, they were half of reading the rules, which every
    /// command pays. A word's element depends only on it, the lemmas and the classes, so this
    /// is emptied whenever a class changes (`define`, `predicate`) and when a parse ends.
    private var readElements: [String: Element] = [:]
    /// The token-position lists of each placeholder of each predicate class
    /// (``ShapeExpander/variants(_:predicate:lemmas:)``), by the placeholder and the class's
    /// name, for the shapes of this parse: emptied whenever a class gains lemmas.
    private var shapeVariants: [ShapeExpander.VariantKey: [[String]]] = [:]

    public init() {}

    /// The rules shipped with ActorGraph.
    public static func bundled() throws -> RuleSet {
        guard let url = Bundle.module.url(forResource: "relations", withExtension: "rules") else {
            throw ExtractionError.unreadable(path: "relations.rules", reason: "missing from the module's resources")
        }
        var set = RuleSet()
        try set.load(url)
        return set
    }

    /// Adds the rules and lists of the file at `url`.
    public mutating func load(_ url: URL) throws {
        guard let data = try? Data(contentsOf: url) else {
            throw ExtractionError.unreadable(path: url.path, reason: "cannot read the rule file")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ExtractionError.unreadable(path: url.path, reason: "the rule file is not UTF-8")
        }
        try parse(text, source: url.lastPathComponent)
    }

    /// Adds the rules and lists of rule-file text.
    public mutating func parse(_ text: String, source: String) throws {
        // Heads name a few relations over hundreds of lines: each read once.
        var relationKinds: [String: RelationKind?] = [:]
        // Kept for this parse only (the classes may change before the next).
        defer {
            readElements = [:]
            shapeVariants = [:]
        }
        try BytewiseText.forEachStatement(in: text) { lineNumber, line in
            let ascii = BytewiseText.isASCII(line)
            let fail = { (reason: String) in ExtractionError.badRule(source: source, line: lineNumber, reason: reason) }
            // "+ sentence" and "- sentence" under a rule: an example and a counter-example.
            // A shape's examples go to the first rule it expands to (all of them name its line).
            if line.hasPrefix("+ ") || line.hasPrefix("- ") {
                guard let statement = lastStatement, !statement.isEmpty, rules[statement.lowerBound].source == source else {
                    throw fail("an example (“+ …”, “- …”) follows the rule or shape it is an example of")
                }
                let sentence = line.dropFirst(2).trimmingWhitespace()
                if line.hasPrefix("+ ") { rules[statement.lowerBound].examples.append(sentence) } else { rules[statement.lowerBound].counterExamples.append(sentence) }
                return
            }
            lastStatement = nil
            if line.hasPrefix("define ") {
                let body = line.dropFirst("define ".count)
                guard let eq = body.firstIndex(of: "=") else { throw fail("expected “define @name = word word …”") }
                let name = body[..<eq].trimmingWhitespace()
                guard name.hasPrefix("@"), name.count > 1 else { throw fail("a class name starts with @") }
                let words = BytewiseText.split(body[body.index(after: eq)...], by: " ", ascii: ascii).map { Tokenizer.normalizedWords($0).joined() }
                classes[name, default: []].formUnion(words)
                readElements = [:]
                return
            }
            guard let colon = BytewiseText.firstIndex(of: ":", in: line, ascii: ascii) else { throw fail("expected “kind: …”") }
            let head = line[..<colon].trimmingWhitespace()
            let body = line[line.index(after: colon)...].trimmingWhitespace()
            let words = BytewiseText.split(body, by: " ", ascii: ascii)
            if head.hasPrefix("list ") {
                let name = head.dropFirst("list ".count).trimmingWhitespace()
                guard !name.isEmpty, !name.contains(" ") else { throw fail("expected “list NAME: word word …”") }
                wordLists[name, default: []].formUnion(words.map { Tokenizer.normalizedWords($0).joined() })
                return
            }
            if head.hasPrefix("predicate ") {
                try definePredicate(String(head.dropFirst("predicate ".count)), lemmas: words, fail: fail)
                return
            }
            if head.hasPrefix("shape ") {
                let names = head.dropFirst("shape ".count).split(separator: " ").map(String.init)
                let first = rules.count
                try expandShape(names, pattern: words, source: source, line: lineNumber, fail: fail)
                lastStatement = first..<rules.count
                return
            }
            switch head {
            case "title":
                let phrases = body.split(separator: "|").map { Tokenizer.normalizedWords(String($0)) }.filter { !$0.isEmpty }
                titles.append(contentsOf: phrases)
            case "post-title":
                let phrases = body.split(separator: "|").map { Tokenizer.normalizedWords(String($0)) }.filter { !$0.isEmpty }
                declaredPostTitles = (declaredPostTitles ?? []) + phrases
            case "head-title":
                let phrases = body.split(separator: "|").map { Tokenizer.normalizedWords(String($0)) }.filter { !$0.isEmpty }
                titles.append(contentsOf: phrases)
                headTitles.formUnion(phrases.map { $0.joined(separator: " ") })
            case "delegate": delegateNouns.formUnion(words.map { $0.lowercased() })
            case "role": roleNouns.formUnion(words.map { $0.lowercased() })
            case "event": eventNouns.formUnion(words.map { $0.lowercased() })
            case "negation": negations.formUnion(words.map { Tokenizer.normalizedWords($0).joined() })
            case "denial": denials.formUnion(words.map { $0.lowercased() })
            case "conditional": conditionals.formUnion(words.map { $0.lowercased() })
            case "demand": demandVerbs.formUnion(words.map { $0.lowercased() })
            case "locative": locatives.formUnion(words.map { $0.lowercased() })
            case "motion": motionVerbs.formUnion(words.map { $0.lowercased() })
            case "relational": relationalNouns.formUnion(words.map { $0.lowercased() })
            case "possessed": possessedNouns.formUnion(words.map { $0.lowercased() })
            case "reporting": reportingVerbs.formUnion(words.map { $0.lowercased() })
            case "nonmember": nonmemberWords.formUnion(words.map { Tokenizer.normalizedWords($0).joined() })
            default:
                let product: Product
                switch head {
                case "opposition": product = .opposition
                case "government": product = .government
                case "same": product = .same
                default:
                    let named: RelationKind?
                    if let cached = relationKinds[head] { named = cached } else {
                        named = RelationKind(userText: head)
                        relationKinds[head] = .some(named)
                    }
                    guard let relation = named else {
                        throw fail("unknown rule kind “\(head)” (backs, opposes, coordinates_with, attended, represents, member_of, opposition, government, same, title, head-title, post-title, role, delegate, event, negation, denial, conditional, locative, motion, relational, possessed, reporting, nonmember, demand, list, predicate, shape, define)")
                    }
                    product = .relation(relation)
                }
                try addRule(product, words, source: source, line: lineNumber, fail: fail)
                lastStatement = (rules.count - 1)..<rules.count
            }
        }
        guard !rules.isEmpty || !titles.isEmpty || !eventNouns.isEmpty else {
            throw ExtractionError.badRule(source: source, line: 1, reason: "no rules")
        }
    }

    private mutating func addRule(_ product: Product, _ words: [String], source: String, line: Int, fail: (String) -> ExtractionError) throws {
        let elements = try words.map { try element($0, fail: fail) }
        try check(product, elements, fail: fail)
        rules.append(Rule(product: product, elements: elements, source: source, line: line, anchors: anchors(elements), required: Self.required(elements)))
    }

    /// `predicate NAME = RELATION: lemmas` or `predicate RELATION: lemmas`: adds the lemmas to the
    /// class, and defines its word classes `@NAME` (every verb form), `@NAME.fin`, `@NAME.pp`,
    /// `@NAME.ing`, `@NAME.noun` and `@NAME.agent` (single-word forms) for ordinary rules.
    private mutating func definePredicate(_ head: String, lemmas words: [String], fail: (String) -> ExtractionError) throws {
        let parts = head.split(separator: "=", maxSplits: 1).map { $0.trimmingWhitespace() }
        let name = parts[0]
        let relationText = parts.count > 1 ? parts[1] : parts[0]
        guard !name.isEmpty, !name.contains(" "), ShapeSlot.parse(name) == nil else {
            throw fail("expected “predicate NAME = RELATION: lemma lemma …”")
        }
        guard let relation = RelationKind(userText: relationText), [.backs, .opposes, .coordinatesWith].contains(relation) else {
            throw fail("a predicate states backs, opposes or coordinates_with, not “\(relationText)”")
        }
        guard !words.isEmpty else { throw fail("predicate “\(name)” names no lemma") }
        if let known = predicates[name], known.relation != relation {
            throw fail("predicate “\(name)” already states \(known.relation.rawValue)")
        }
        let lemmas = words.map { $0.lowercased() }
        predicates[name, default: PredicateClass(name: name, relation: relation, lemmas: [])].lemmas.append(contentsOf: lemmas)
        readElements = [:]
        shapeVariants = [:]
        for slot in ShapeSlot.allCases {
            let suffix = slot == .verb ? "" : "." + slot.rawValue.dropFirst(2)
            let forms = lemmas.flatMap { slot.words(self.lemmas.forms($0)) }.map(Tokenizer.normalizedWords).filter { $0.count == 1 }.map { $0[0] }
            classes["@" + name + suffix, default: []].formUnion(forms)
        }
    }

    /// `shape NAME NAME …: pattern`: one rule per named predicate class (and per phrasal form),
    /// each stating the class's relation and named by the shape's line.
    private mutating func expandShape(_ names: [String], pattern: [String], source: String, line: Int, fail: (String) -> ExtractionError) throws {
        guard !names.isEmpty, !pattern.isEmpty else { throw fail("expected “shape PREDICATE …: pattern”") }
        guard pattern.contains(where: { ShapeSlot.parse($0) != nil }) else {
            throw fail("a shape's pattern holds a placeholder: V, V.fin, V.pp, V.ing, V.noun or V.agent")
        }
        let before = rules.count
        for name in names {
            guard let predicate = predicates[name] else { throw fail("unknown predicate “\(name)” (declare it above its first use)") }
            for expanded in ShapeExpander.patterns(pattern, predicate: predicate, lemmas: lemmas, known: &shapeVariants) {
                try addRule(.relation(predicate.relation), expanded, source: source, line: line, fail: fail)
            }
        }
        guard rules.count > before else { throw fail("the shape gives no rule: no predicate named has a form for each of its placeholders") }
    }

    private mutating func element(_ word: String, fail: (String) -> ExtractionError) throws -> Element {
        if let read = readElements[word] { return read }
        let read = try readElement(word, fail: fail)
        readElements[word] = read
        return read
    }

    /// ``element(_:fail:)`` read anew.
    private mutating func readElement(_ word: String, fail: (String) -> ExtractionError) throws -> Element {
        if word.hasSuffix("?"), word.count > 1 {
            return .optional(try element(String(word.dropLast()), fail: fail))
        }
        switch word {
        case "S": return .subject(.list)
        case "S+": return .subject(.listWithJoins)
        case "S1": return .subject(.one)
        case "S2": return .subject(.several)
        case "O": return .object(.list)
        case "O+": return .object(.listWithJoins)
        case "O1": return .object(.one)
        case "O2": return .object(.several)
        case "E": return .event
        case "*": return .anyMention
        case "P": return .placeObject
        default: break
        }
        if word.hasPrefix("~") {
            guard let n = Int(word.dropFirst()), n > 0, n <= 20 else { throw fail("a gap is ~1 … ~20, not “\(word)”") }
            return .gap(n)
        }
        var set: Set<String> = []
        let alternatives = BytewiseText.split(word, by: "|", ascii: BytewiseText.isASCII(word))
        // (Room for a shape's lists of hundreds of forms at once: grown a word at a time, the
        // set was rehashed at each doubling.)
        set.reserveCapacity(alternatives.count)
        for a in alternatives {
            if a.hasPrefix("@") {
                guard let members = classes[a] else { throw fail("unknown class “\(a)” (define it above its first use)") }
                // A class alone is its set, shared, not copied a word at a time.
                if set.isEmpty { set = members } else { set.formUnion(members) }
            } else if let (lemma, slot) = Self.lemmaWord(a) {
                // "supply.V": every verb form of a lemma; "attack.noun": its nouns.
                let forms = slot.words(lemmas.forms(lemma)).map(Tokenizer.normalizedWords)
                guard !forms.isEmpty, forms.allSatisfy({ $0.count == 1 }) else {
                    throw fail("“\(a)”: \(forms.isEmpty ? "no such forms in lemmas.tsv" : "forms of several words need a predicate and a shape")")
                }
                set.formUnion(forms.map { $0[0] })
            } else if Tokenizer.isNormalWord(a) {
                // Most words of a rule are written as their one token's norm: taken as they are.
                set.insert(a)
            } else {
                let words = Tokenizer.normalizedWords(a)
                // "co-chaired" is three tokens in a text ("co", "-", "chaired"): as one word it
                // would never match.
                guard words.count <= 1 || !a.contains("-") else {
                    throw fail("“\(a)” is \(words.count) tokens in a text (a hyphen is a token of its own): write them as elements, e.g. “\(words.joined(separator: " "))”")
                }
                let norm = words.count == 1 ? words[0] : words.joined()
                set.insert(norm == "–" ? "—" : norm)
            }
        }
        guard !set.isEmpty else { throw fail("empty word “\(word)”") }
        return .word(set)
    }

    /// `lemma.V`, `lemma.fin`, `lemma.pp`, `lemma.ing`, `lemma.noun`, `lemma.agent`: a lemma's forms.
    static func lemmaWord(_ word: String) -> (String, ShapeSlot)? {
        // Most words have no dot: asked by bytes first (a "." character is its byte).
        guard BytewiseText.contains(UInt8(ascii: "."), in: word), let dot = word.lastIndex(of: "."), dot > word.startIndex else { return nil }
        let lemma = String(word[..<dot])
        let suffix = word[word.index(after: dot)...]
        guard let slot = ShapeSlot(rawValue: suffix == "V" ? "V" : "V." + suffix),
            lemma.allSatisfy({ $0.isLowercase || $0 == "-" || $0 == "_" })
        else { return nil }
        return (lemma, slot)
    }

    private func check(_ product: Product, _ elements: [Element], fail: (String) -> ExtractionError) throws {
        func count(_ test: (Element) -> Bool) -> Int {
            elements.filter { e in
                if case .optional(let inner) = e { return test(inner) }
                return test(e)
            }.count
        }
        let subjects = count { if case .subject = $0 { true } else { false } }
        let objects = count { if case .object = $0 { true } else { false } }
        let events = count { $0 == .event }
        switch product {
        case .relation(.attended):
            // Without an E the rule means the meeting last named ("X also attended.").
            guard events <= 1, subjects <= 1, objects <= 1, subjects + objects >= 1 else {
                throw fail("an attended rule has at most one E and an S, an O or both")
            }
        case .relation(.memberOf):
            // Membership needs a body to belong to: a list alone says nothing about it.
            guard subjects == 1, objects == 1, events == 0 else { throw fail("a member_of rule has one S and one O") }
        case .relation:
            guard subjects == 1, objects <= 1, events == 0 else { throw fail("a relation rule has one S and at most one O") }
        case .opposition, .government, .same:
            guard objects == 1, subjects == 0 else { throw fail("a nominal rule has one O and no S") }
        }
    }

    private func anchors(_ elements: [Element]) -> Set<String> {
        for e in elements { if case .word(let words) = e { return words } }
        return []
    }

    /// Every required word element's alternatives: a sentence must contain one of each.
    static func required(_ elements: [Element]) -> [Set<String>] {
        elements.compactMap { if case .word(let words) = $0 { words } else { nil } }
    }
}

extension StringProtocol {
    /// `trimmingCharacters(in: .whitespaces)`, without Foundation: the text without the spaces
    /// (Unicode's space separators) and tabs at either end, trimmed a Unicode scalar at a time
    /// as Foundation trims. Reading the bundled rule file, Foundation's trim (the line bridged
    /// to UTF-16 each time) was a quarter of the rules' setup, which every update pays.
    func trimmingWhitespace() -> String {
        // By bytes where both ends are ASCII (nearly every cell and line): a space or tab is
        // one byte, and an ASCII byte is a scalar of its own. A non-ASCII byte at either end may
        // be whitespace (U+00A0, U+2003…): that text is trimmed by scalars.
        if let trimmed = utf8.withContiguousStorageIfAvailable({ BytewiseText.trimmedASCII($0).map { String(decoding: $0, as: UTF8.self) } }), let trimmed {
            return trimmed
        }
        let scalars = unicodeScalars
        var start = scalars.startIndex, end = scalars.endIndex
        while start < end, Self.isWhitespace(scalars[start]) { start = scalars.index(after: start) }
        while end > start {
            let before = scalars.index(before: end)
            guard Self.isWhitespace(scalars[before]) else { break }
            end = before
        }
        return String(self[start..<end])
    }

    /// Whether `scalar` is in `CharacterSet.whitespaces`: general category Zs, the tab, and
    /// U+200B ZERO WIDTH SPACE (a Zs once, still in Foundation's set; checked against the set
    /// for every scalar).
    private static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 { return scalar == " " || scalar == "\t" }
        return scalar.value == 0x200B || scalar.properties.generalCategory == .spaceSeparator
    }
}
