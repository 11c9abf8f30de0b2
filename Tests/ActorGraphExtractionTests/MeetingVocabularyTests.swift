import ActorGraphModel
import Testing

@testable import ActorGraphExtraction

/// The meeting reader's and the membership guard's words (issue 9 item 4): relations.rules' lists,
/// read as word ids. The id readings answer as the String ones they replaced; the lists moved out
/// of Swift ("not-place", "first-session", "later-day", "deadline") decide what they read when a
/// rule file changes them, and an old rule file without them reads as the bundled one.
@Suite struct MeetingVocabularyTests {
    static let extractor = Extractor(lexicon: Fixture.lexicon, rules: Fixture.rules)

    /// The bundled rules with the line declaring `list` replaced by `replacement`.
    static func bundled(replacing list: String, with replacement: String) throws -> RuleSet {
        try VocabularyListTests.bundled(replacing: list, with: replacement)
    }

    /// The first sentence of `text` as the extractor reads it (published on Friday 15 March
    /// 2024), its meeting nouns marked.
    static func sentence(_ text: String, rules: RuleSet = Fixture.rules) -> (Extractor, SentenceAnalysis)? {
        let extractor = Extractor(lexicon: Fixture.lexicon, rules: rules)
        let analysis = extractor.analyze(Document(name: "doc.txt", text: text, published: "2024-03-15"))
        guard var s = analysis.sentences.first else { return nil }
        extractor.markEvents(&s)
        return (extractor, s)
    }

    /// The index of the first token whose norm is `norm`.
    static func index(_ norm: String, in s: SentenceAnalysis) -> Int? {
        s.tokens.firstIndex { $0.norm == norm }
    }

    @Test func idReadingsAnswerAsTheStringListsTheyReplaced() {
        let x = Self.extractor
        let rules = Fixture.rules
        let pairs: [(String, WordSet, Set<String>)] = [
            ("place-noun", x.events.placeNouns, rules.list("place-noun")),
            ("building", x.events.buildings, rules.list("building")),
            ("future-meeting", x.events.futureCues, rules.list("future-meeting")),
            ("live-aux", x.events.liveAuxiliaries, rules.list("live-aux")),
            ("live-meeting", x.events.liveVerbs, rules.list("live-meeting")),
            ("city-state", x.events.cityStates, rules.list("city-state")),
            ("meeting-opener", x.events.openers, rules.list("meeting-opener")),
            ("meeting-closer", x.events.closers, rules.list("meeting-closer")),
            ("arrival", x.events.arrivals, rules.list("arrival")),
            ("event", x.events.eventNouns, rules.eventNouns),
            ("motion", x.events.motionVerbs, rules.motionVerbs),
            ("reporting", x.events.reportingVerbs, rules.reportingVerbs),
            ("not-place", x.events.notPlaces, rules.words(.notPlace)),
            ("first-session", x.events.firstSessions, rules.words(.firstSession)),
            ("later-day", x.events.laterDays, rules.words(.laterDay)),
            ("deadline", x.events.deadlines, rules.words(.deadline)),
            ("future-date", x.futureDates, rules.list("future-date")),
            ("nonmember", x.membership.nonmember, rules.nonmemberWords),
            ("not the body", x.membership.notTheBody, rules.eventNouns.union(rules.delegateNouns).union(rules.words(.delegationNoun))),
        ]
        // Every word the vocabulary holds, and some it does not (a canonically equal spelling,
        // a capitalised one).
        let norms = x.vocabulary.words + ["", "xyz", "Europe", "\u{212A}m", "thé"]
        for (name, ids, strings) in pairs {
            #expect(!strings.isEmpty, "\(name)")
            let wrong = norms.filter { ids.contains(x.vocabulary.id($0)) != strings.contains($0) }
            #expect(wrong.isEmpty, "\(name): \(wrong.prefix(5))")
        }
    }

    @Test func theMovedListsHoldTheWordsTheSwiftListsHeld() {
        let notPlace = Fixture.rules.words(.notPlace)
        #expect(notPlace.count >= 106, "the 106 words the Swift list held, and those added since")
        #expect(notPlace.isSuperset(of: ["europe", "may", "the", "president", "live", "q&a", "readout", "subject", "attn"]))
        // Words that open a meeting's name, a script's fields, languages: "the Seventh Summit",
        // "Duration: 4'10\"", "spoke in English".
        #expect(notPlace.isSuperset(of: ["seventh", "annual", "duration", "presenter", "english", "arabic"]))
        #expect(Fixture.rules.words(.firstSession) == ["opening", "first", "inaugural"])
        #expect(Fixture.rules.words(.laterDay) == ["second", "third", "final", "last", "end", "close"])
        #expect(Fixture.rules.words(.deadline) == ["deadline", "target"])
    }

    @Test func theNotPlaceListDecidesWhatADatelineIs() throws {
        let geneva = "Geneva: Qatar and Egypt joined the talks on Friday."
        let timeline = "Timeline: Qatar and Egypt joined the talks on Friday."
        let (x, s) = try #require(Self.sentence(geneva))
        #expect(x.events.datelinePlace(s) == 0..<1)
        let (y, t) = try #require(Self.sentence(timeline))
        #expect(y.events.datelinePlace(t) == nil)
        let rules = try Self.bundled(replacing: "list not-place", with: "list not-place: geneva")
        let (x2, s2) = try #require(Self.sentence(geneva, rules: rules))
        #expect(x2.events.datelinePlace(s2) == nil)
        let (y2, t2) = try #require(Self.sentence(timeline, rules: rules))
        #expect(y2.events.datelinePlace(t2) == 0..<1)
        // And so the meeting's venue.
        let events = { (graph: ActorGraph) in Set(graph.actors.filter { $0.kind == .event }.map(\.name)) }
        #expect(events(Fixture.graph(geneva)) == ["Geneva 2024-03-15"])
        #expect(!events(Fixture.graph(geneva, rules: rules)).contains("Geneva 2024-03-15"))
    }

    @Test func theDeadlineListDecidesWhichDatesDateAMeeting() throws {
        let text = "Qatar and Egypt set a March 31 deadline for the talks."
        let (x, s) = try #require(Self.sentence(text))
        #expect(s.dates.count == 1)
        #expect(x.events.meetingDates(s).isEmpty)
        let rules = try Self.bundled(replacing: "list deadline", with: "list deadline: target")
        let (y, t) = try #require(Self.sentence(text, rules: rules))
        #expect(y.events.meetingDates(t).count == 1)
    }

    @Test func theFirstSessionListDecidesAMeetingsFirstDay() throws {
        let text = "Its opening session on March 11 was held in Lusail."
        let (x, s) = try #require(Self.sentence(text))
        let e = try #require(Self.index("session", in: s))
        #expect(x.events.startDay(s, event: e) == SimpleDate(iso: "2024-03-11"))
        let rules = try Self.bundled(replacing: "list first-session", with: "list first-session: inaugural")
        let (y, t) = try #require(Self.sentence(text, rules: rules))
        #expect(y.events.startDay(t, event: e) == nil)
    }

    @Test func theLaterDayListDecidesWhetherASentenceOpensAMeeting() throws {
        let text = "Leaders arrived for the second day of a two-day summit on Thursday."
        let (x, s) = try #require(Self.sentence(text))
        let e = try #require(Self.index("summit", in: s))
        #expect(!x.events.opensOnItsDay(s, event: e))
        let rules = try Self.bundled(replacing: "list later-day", with: "list later-day: final")
        let (y, t) = try #require(Self.sentence(text, rules: rules))
        #expect(y.events.opensOnItsDay(t, event: e))
    }

    /// A `--no-default-rules` file written before these lists existed reads datelines and
    /// deadlines as the bundled lists say.
    @Test func anOldUserFileTakesTheBundledMeetingLists() throws {
        var rules = RuleSet()
        try rules.parse(VocabularyListTests.oldUserFile, source: "my.rules")
        for list in [RuleSet.VocabularyList.notPlace, .firstSession, .laterDay, .deadline] {
            #expect(rules.words(list) == Fixture.rules.words(list), "\(list.rawValue)")
        }
        let (x, s) = try #require(Self.sentence("Timeline: Qatar and Egypt joined the talks on Friday.", rules: rules))
        #expect(x.events.datelinePlace(s) == nil)
        let (y, t) = try #require(Self.sentence("Geneva: Qatar set a March 31 deadline for the talks.", rules: rules))
        #expect(y.events.datelinePlace(t) == 0..<1)
        #expect(y.events.meetingDates(t).isEmpty)
    }
}
