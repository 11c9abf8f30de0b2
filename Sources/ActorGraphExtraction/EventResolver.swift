/// Gives each meeting noun of a document a place and a date.
///
/// A meeting's place is the nearest venue in its sentence ("talks in Vienna", "the Vienna talks",
/// "at a Vienna hotel", "visit to Moscow"), else the document's most frequent venue. Its date is
/// the nearest date expression in the sentence, else — for an undated mention — the document's
/// latest dated meeting on or before publication (or its earliest later one when the mention is
/// in the future tense: "will attend the talks"), else the date its lede gives ("… agreed on
/// Wednesday to …"). A meeting dated after publication whose sentence names no venue gets none:
/// "talks are to begin on March 10, at a venue not yet announced" are not the dateline's talks.
///
/// The words it decides by are relations.rules' lists, read as word ids of the extractor's
/// vocabulary: the tokens it reads must have theirs (``Vocabulary/assign(_:)``).
struct EventResolver {
    /// Each state's capital by ISO code, for "the Kenyan capital", "the South African capital".
    let capitals: [String: String]

    /// The capitals' names, lowercased ("the Beijing Declaration").
    let capitalNames: Set<String>

    /// Seats of power written without "the" ("after Kremlin talks"), lowercased: in their
    /// state's capital.
    var seats: Set<String> = []

    /// Cities of several words.
    var gazetteer = Gazetteer.bundled

    /// Where international bodies sit (``sessionSeat(_:event:)``).
    var bodySeats = BodySeats.bundled

    /// Reads its word lists from `rules`, as ids interned into `vocabulary`.
    init(rules: RuleSet, capitals: [String: String] = [:], seats: Set<String> = [], vocabulary: inout Vocabulary) {
        self.capitals = capitals
        capitalNames = Set(capitals.values.map { $0.lowercased() })
        self.seats = seats
        placeNouns = vocabulary.set(rules.list("place-noun"))
        documents = vocabulary.set(rules.list("document"))
        documentNames = rules.list("document")
        crossings = vocabulary.set(rules.list("crossing"))
        signings = vocabulary.set(rules.words(.signing))
        buildings = vocabulary.set(rules.list("building"))
        futureCues = vocabulary.set(rules.list("future-meeting"))
        agreeing = vocabulary.set(rules.list("agreeing"))
        sceneWords = vocabulary.set(rules.list("scene-word"))
        liveAuxiliaries = vocabulary.set(rules.list("live-aux"))
        liveVerbs = vocabulary.set(rules.list("live-meeting"))
        cityStates = vocabulary.set(rules.list("city-state"))
        openers = vocabulary.set(rules.list("meeting-opener"))
        closers = vocabulary.set(rules.list("meeting-closer"))
        enders = vocabulary.set(rules.list("meeting-ended"))
        visitNouns = vocabulary.set(rules.list("visit-noun"))
        signingWords = vocabulary.set(rules.list("signing"))
        existentials = vocabulary.set(rules.list("existential"))
        placeParticles = vocabulary.set(rules.list("place-particle"))
        arrivals = vocabulary.set(rules.list("arrival"))
        sessionVerbs = vocabulary.set(rules.list("session-verb"))
        eventNouns = vocabulary.set(rules.eventNouns)
        motionVerbs = vocabulary.set(rules.motionVerbs)
        reportingVerbs = vocabulary.set(rules.reportingVerbs)
        notPlaces = vocabulary.set(rules.words(.notPlace))
        firstSessions = vocabulary.set(rules.words(.firstSession))
        laterDays = vocabulary.set(rules.words(.laterDay))
        deadlines = vocabulary.set(rules.words(.deadline))
        inForce = vocabulary.set(rules.list("in-force"))
        meetingTopics = vocabulary.set(rules.words(.meetingTopic))
        ongoingMeetings = vocabulary.set(rules.words(.ongoingMeeting))
        timeOpeners = vocabulary.set(rules.words(.timeOpener))
        intervalUnits = vocabulary.set(rules.words(.intervalUnit))
        warTopics = vocabulary.set(rules.list("war"))
        envoyPosts = vocabulary.set(rules.words(.accredited))
        directions = vocabulary.set(rules.list("direction"))
        stampWords = vocabulary.set(rules.words(.timeStamp))
        truceTopics = vocabulary.set(rules.words(.truceTopic))
        let scene = rules.words(.sceneLabel)
        sceneLabels = vocabulary.set(scene)
        factBoxLabels = vocabulary.set(scene.union(rules.words(.factBoxLabel)))
    }

    /// relations.rules' "time-stamp" list: the words a masthead's time stamp adds to its date
    /// ("Updated 11:20 a.m. AST"), which leave the line a date line.
    let stampWords: WordSet

    /// relations.rules' "truce-topic" list: words of a truce or a crisis that "on" makes a
    /// meeting's topic (``followsWarTopic(_:_:)``).
    let truceTopics: WordSet

    /// relations.rules' "scene-label" list: the labels of a fact box's line that says where and
    /// when ("Where and when:"); with the "fact-box-label" list, the labels of any of its lines.
    let sceneLabels: WordSet
    let factBoxLabels: WordSet

    /// relations.rules' "direction" list: "in eastern Congo" names a region of a country, where
    /// the fighting or the topic is, not where anyone meets ("in central Moscow" is still the city).
    let directions: WordSet

    /// relations.rules' "accredited" list: "its ambassador in Washington" names where an envoy
    /// serves, not where anyone meets.
    let envoyPosts: WordSet

    /// Whether the place at `range` is an envoy's post: "its ambassador in Washington",
    /// "Indonesia's envoy to Moscow", "the ambassador in Moscow, Mr X" (an owner before the post,
    /// or the holder's name after it), "its Minister at Tangier"; "met the envoy in Harare on
    /// Monday" names a venue.
    func namesEnvoyPost(_ tokens: [Token], _ range: Range<Int>) -> Bool {
        if Self.namesLegation(tokens, range) { return true }
        var k = range.lowerBound - 1
        if k >= 0, tokens[k].is(.the) { k -= 1 }
        guard k >= 1, ["in", "to", "at"].contains(tokens[k].norm), envoyPosts.contains(tokens[k - 1].word) else { return false }
        let owned = k >= 2 && (["its", "his", "her", "their", "'s", "’s"].contains(tokens[k - 2].norm) || tokens[k - 2].isCapitalized && tokens[k - 2].isWord)
        let named = range.upperBound < tokens.count && tokens[range.upperBound].is(.comma)
        return owned || named
    }

    /// Whether the place at `range` is a legation's seat: "its Minister at Tangier" (a pronoun
    /// owns the post; not the "Foreign Minister in Geneva" who may be there for talks).
    static func namesLegation(_ tokens: [Token], _ range: Range<Int>) -> Bool {
        let k = range.lowerBound - 1
        return k >= 2 && ["in", "at"].contains(tokens[k].norm) && tokens[k - 1].norm == "minister"
            && ["its", "his", "her", "their"].contains(tokens[k - 2].norm)
    }

    /// relations.rules' "war" list: "the war in Sudan", "fighting in Gaza" name where the fighting
    /// is, not where anyone meets. (Not a truce's words: "signed a truce in Rome" is a venue.)
    let warTopics: WordSet

    /// Whether the preposition at token `i` follows a word of war ("the war in"), or a truce that
    /// is a meeting's topic ("talks … on a ceasefire in Gaza"; "signed a truce in Rome" is a venue).
    func followsWarTopic(_ tokens: [Token], _ i: Int) -> Bool {
        guard i > 0 else { return false }
        if warTopics.contains(tokens[i - 1].word) { return true }
        return truceTopics.contains(tokens[i - 1].word)
            && tokens[max(0, i - 5)..<(i - 1)].contains { ["on", "about", "over"].contains($0.norm) }
    }

    /// Whether the place mentioned at `range` is where a war is: "the war in Gaza".
    func namesWarPlace(_ tokens: [Token], _ range: Range<Int>) -> Bool {
        range.lowerBound >= 1 && tokens[range.lowerBound - 1].is(.in) && followsWarTopic(tokens, range.lowerBound - 1)
    }

    /// relations.rules' "interval-unit" list: "held several days after the army took Qusayr on
    /// June 5" dates another act, not the meeting.
    let intervalUnits: WordSet

    /// relations.rules' "meeting-topic" list: "the Gaza ceasefire talks" are about Gaza.
    let meetingTopics: WordSet
    /// relations.rules' "ongoing-meeting" list: "have been negotiating here since Friday".
    let ongoingMeetings: WordSet
    /// relations.rules' "time-opener" list: "On the same day in Kabul, …".
    let timeOpeners: WordSet

    /// relations.rules' "arrival" list: verbs of arriving, which stand for the meeting at the
    /// venue they arrive at.
    let arrivals: WordSet

    /// relations.rules' "session-verb" list: a seated body's vote or debate is its session
    /// (``sessionSeat(_:event:)``).
    let sessionVerbs: WordSet

    /// relations.rules' `event:`, `motion:` and `reporting:` words.
    let eventNouns: WordSet
    let motionVerbs: WordSet
    let reportingVerbs: WordSet

    /// relations.rules' "city-state" list.
    let cityStates: WordSet

    /// relations.rules' "not-place" list: capitalised words that are no venue (regions, months,
    /// weekdays, determiners, titles, a live blog's slugs, a cable's header fields).
    let notPlaces: WordSet

    /// relations.rules' "place-noun" list: after these, "of X" names a place ("the Kenyan port
    /// of Mombasa").
    let placeNouns: WordSet

    /// relations.rules' "document" list: texts named after the city they are signed in ("the
    /// Beijing Declaration"), and its "signing" list: the verbs that sign them.
    let documents: WordSet
    let documentNames: Set<String>
    let signings: WordSet

    /// relations.rules' "crossing" list: "at the Arava crossing" names the place of a border post.
    let crossings: WordSet

    /// relations.rules' "building" list: "the Europa building" names no city.
    let buildings: WordSet

    /// relations.rules' "future-meeting" list: cues of a meeting still to come.
    let futureCues: WordSet
    /// relations.rules' "agreeing" list: a meeting their object names is still to come.
    let agreeing: WordSet
    /// relations.rules' "scene-word" list: words that put a meeting noun in the agreement's scene.
    let sceneWords: WordSet

    struct Local {
        var sentence: Int
        var token: Int
        var place: String?
        var date: ResolvedDate?
        var future: Bool
        /// "held talks there", "met there": the venue is the meeting named before.
        var there = false
        /// The first day of a meeting of several days, where its sentence says it (``startDay``).
        var start: SimpleDate? = nil
        /// "signed at the close of a two-day summit": the meeting's day is the last of this many.
        var lastOfDays: Int? = nil
        /// Dated by the day of publication only because it is going on as the text is written
        /// (``isLive(_:event:)``): a heading's day says more.
        var live = false
        /// Live by a perfect ("have met at sea"): held before the report, on a day it may give.
        var perfect = false
        /// Dated "this afternoon", "today", "tonight": the day of publication, or under a live
        /// blog's heading of a day, that day.
        var today = false
        /// "talks here", "met here": the text's own venue.
        var here = false
        /// Dated by a heading of a day alone ("THURSDAY 4 SEPTEMBER"), which names no place.
        var dayHeaded = false
        /// "the talks opened", "for a two-day summit": its day, once known, is the meeting's first
        /// (``opensOnItsDay``).
        var opens = false
        /// "opened the summit on Saturday": an opener before the noun (``opensBefore(_:event:)``).
        var openedBefore = false
        /// "the talks ended on Friday", "the visit, which concluded this morning": its day is the
        /// meeting's last (``endsOnItsDay``).
        var ends = false
        /// "A second session": a later sitting of the meeting held there a day or two before
        /// (``continuesAMeeting(_:event:)``).
        var continues = false
        /// The building words of the buildings its sentence names ("the Elysee Palace").
        var buildings: [String] = []
        /// "at the palace": a building named before, by its word, where the sentence names no venue.
        var building: String? = nil
        /// Whether its own sentence dates it.
        var ownDate = false
        /// "arrived from St Petersburg, where he met X last night": a meeting at a stop on the way,
        /// which the sentences after it do not go on about.
        var aside = false
        /// "the talks", "this meeting": a meeting noun after a definite article, which may go on
        /// about the meeting named before (``isDefinite(_:event:)``).
        var definite = false
        /// The sentence of the heading whose place this meeting took, having named none.
        var sceneHeading: Int? = nil
        /// "arrived yesterday on a visit": a visit, whose day begins the talks held during it.
        var visit = false
        /// "are to sign the protocol this afternoon": a signing still to come, an occasion of its
        /// own rather than a later day of the conference around it.
        var signingToCome = false
        /// "which opened … on November 20 last, has thus ended after eight months", "since the
        /// Conference first assembled here on …": its sentence says the meeting's whole span, so
        /// its start reaches back further (``saysItsSpan(_:event:)``).
        var spansBack = false
        /// "met … from 22 to 25 May": the last of the days its sentence gives it (``itsDays``); the
        /// days in between are its, those after another meeting's.
        var lastDay: SimpleDate? = nil
    }

    /// relations.rules' "meeting-opener" list: "the talks, which opened on Monday".
    let openers: WordSet

    /// relations.rules' "meeting-closer" list: "wrapping up two days of talks" on Tuesday.
    let closers: WordSet

    /// relations.rules' "meeting-ended" list: "the visit, which concluded this morning".
    let enders: WordSet

    /// relations.rules' "visit-noun" list: "arrived yesterday on a visit" begins the talks of the
    /// days after it.
    let visitNouns: WordSet

    /// relations.rules' "signing" list: "are to sign it this afternoon".
    let signingWords: WordSet

    /// relations.rules' "existential" list: "There were talks" places nothing.
    let existentials: WordSet

    /// relations.rules' "place-particle" list: "Ras en Naqoura", "Frankfurt am Main" are one venue.
    let placeParticles: WordSet

    /// relations.rules' "first-session" list: "its opening session on June 28" is the first day.
    let firstSessions: WordSet

    /// relations.rules' "later-day" list: "the second day of a two-day summit" opens nothing.
    let laterDays: WordSet

    /// relations.rules' "deadline" list: "a March 31 deadline" dates no meeting.
    let deadlines: WordSet

    /// relations.rules' "in-force" list: a truce "to take effect on Thursday" dates no meeting.
    let inForce: WordSet

    /// relations.rules' "live-aux" and "live-meeting" lists.
    let liveAuxiliaries: WordSet
    let liveVerbs: WordSet

    /// Whether the meeting noun at `e` is a definite reference: "the talks", "this meeting", "the
    /// two-day summit" (up to three lowercase words between), not "a meeting" nor "the next round".
    static func isDefinite(_ tokens: [Token], event e: Int) -> Bool {
        var k = e - 1
        while k >= 0, e - k <= 4 {
            let word = tokens[k].norm
            if ["the", "this", "that", "these"].contains(word) { return true }
            guard tokens[k].isWord || tokens[k].is(.hyphen), !tokens[k].isCapitalized,
                !["a", "an", "another", "next", "new", "first", "second", "last", "previous", "earlier"].contains(word)
            else { return false }
            k -= 1
        }
        return false
    }

    /// Events for every event noun of the document, keyed by (sentence, token).
    func resolve(_ sentences: [SentenceAnalysis], published: SimpleDate?) -> [Int: [Int: EventRef]] {
        resolveAll(sentences, published: published).bySentence
    }

    /// Events for every event noun, keyed by (sentence, token), every event the document dates
    /// to the day (whether or not a rule names who attended), and the meeting of each sentence
    /// under a heading that sets a place and a day ("22 January, Montreux."), by sentence, the
    /// meeting at the text's own venue, if it names one, and the meetings named in a clause about
    /// another place ("arrived from St Petersburg, where he met X"): their tokens by sentence.
    /// `title` is the document's title from its manifest: the text's first line, when it is that
    /// title, is its headline.
    func resolveAll(
        _ sentences: [SentenceAnalysis], published: SimpleDate?, title: String? = nil
    ) -> (bySentence: [Int: [Int: EventRef]], dated: Set<EventRef>, scenes: [Int: EventRef], home: EventRef?, asides: [Int: Set<Int>]) {
        var locals: [Local] = []
        var placeCounts: [String: Int] = [:]
        var placeOrder: [String] = []
        var arrivalLocals: [Local] = []
        for s in sentences {
            // The sentence's named buildings and its "at the palace": once for all its meetings.
            lazy var named = namedBuildings(s.tokens)
            lazy var referenced = buildingReference(s.tokens)
            lazy var days = meetingDays(s)
            for m in s.mentions where m.role == .event {
                let e = m.range.lowerBound
                if arrivals.contains(s.tokens[e].word) {
                    if let p = arrivalPlace(s, event: e) {
                        arrivalLocals.append(Local(sentence: s.index, token: e, place: p, date: date(s, event: e), future: isFuture(s, event: e)))
                    }
                    continue
                }
                // "in the resort of Antalya on March 10, where X sat down with Y": the place is
                // the one "where" refers to, named before its comma ("returned to London this
                // evening from Munich, where …": the name right before it first).
                let isThere = Self.isThere(s.tokens, event: e) || opensOnThere(s.tokens, event: e)
                let whereComma = Self.whereClause(s.tokens, event: e)
                let clausePlace = whereComma.flatMap { comma in
                    s.mentions.contains { $0.range.contains(comma) } ? nil : nameBefore(s, comma) ?? place(s, event: comma, before: true)
                }
                // "in Lusaka on 7 December, when A, B and C signed a declaration": a "when" clause's
                // act is at the place named before its comma, however long the list in between.
                let p = clausePlace ?? place(s, event: e, before: isThere)
                    ?? Self.whenClause(s.tokens, event: e).flatMap { place(s, event: $0, before: true) }
                    ?? arrivalBefore(s, event: e)
                    ?? sessionSeat(s, event: e)
                // "came straight from Baghdad, where he met X", "fresh from the G7 summit in Apulia":
                // a stop on the way, not the story. (Not before the story has placed a meeting: "Mr.
                // Chamberlain returned to London from Munich, where this morning he signed …"
                // opening a text is its story.)
                let aside = clausePlace != nil && whereComma.map { comma in s.tokens[max(0, comma - 5)..<comma].contains { $0.norm == "from" } } == true
                    && locals.contains { $0.place != nil && !$0.aside }
                    || s.tokens[max(0, e - 4)..<e].contains { $0.norm == "from" }
                let there = p == nil && isThere
                var day = date(s, event: e)
                // "had met on their own in Niamey on 15 December", in a story of July: a meeting
                // told in the past perfect on a day without its year is the one before publication.
                if case .day(let d)? = day, let published, d > published, Self.isPastPerfect(s.tokens, event: e),
                    let found = nearestDate(s, event: e), !found.range.contains(where: { DateResolver.year(s.tokens, $0) != nil }),
                    let before = SimpleDate(year: d.year - 1, month: d.month, day: d.day)
                {
                    day = .day(before)
                }
                var live = false
                var perfect = false
                if day == nil, let published, isLive(s, event: e) {
                    day = .day(published)
                    live = true
                    perfect = isPerfect(s, event: e)
                }
                let here = p == nil && Self.isHere(s.tokens, event: e)
                let future = isFuture(s, event: e)
                let today = !live && published.map { day == .day($0) } == true && Self.saysToday(s.tokens)
                locals.append(Local(
                    sentence: s.index, token: e, place: p, date: day, future: future, there: there,
                    start: startDay(s, event: e, days: days), lastOfDays: closingDays(s.tokens, event: e),
                    live: live, perfect: perfect, today: today, here: here, opens: opensOnItsDay(s, event: e), openedBefore: opensBefore(s, event: e), ends: endsOnItsDay(s, event: e), continues: Self.continuesAMeeting(s.tokens, event: e), buildings: named, building: p == nil ? referenced : nil,
                    ownDate: day != nil, aside: aside, definite: Self.isDefinite(s.tokens, event: e), visit: visitNouns.contains(s.tokens[e].word),
                    signingToCome: signingWords.contains(s.tokens[e].word)
                        && (future || e >= 2 && s.tokens[e - 1].norm == "to" && ["is", "are"].contains(s.tokens[e - 2].norm)),
                    spansBack: saysItsSpan(s.tokens, event: e), lastDay: itsDays(s, event: e, days: days)?.last))
            }
        }
        // "in the Malagasy capital" under "TANANARIVE, Madagascar": the capital as the text spells it.
        let spellings = capitalSpellings(sentences)
        if !spellings.isEmpty {
            for n in locals.indices { if let p = locals[n].place, let own = spellings[p] { locals[n].place = own } }
            for n in arrivalLocals.indices { if let p = arrivalLocals[n].place, let own = spellings[p] { arrivalLocals[n].place = own } }
        }
        // "their plenary sessions, which began in Peking on Monday": a meeting noun right before
        // another modifies it; the two are one meeting, placed and dated by the head.
        for n in locals.indices.dropLast().reversed()
        where locals[n].sentence == locals[n + 1].sentence && locals[n].token + 1 == locals[n + 1].token && locals[n].place == nil && !locals[n].ownDate {
            let token = locals[n].token
            locals[n] = locals[n + 1]
            locals[n].token = token
        }
        // "Friday, August 15: Anchorage": a heading sets the scene for the meetings after it, up
        // to the next heading (a week in review, a live blog's days).
        var scenes: [(sentence: Int, place: String?, date: ResolvedDate)] = []
        for (n, s) in sentences.enumerated() {
            guard let found = scene(s) else { continue }
            // A fact box's "Where and when:" line sets the scene of the "What:" lines just above it
            // too (a scene holds from the sentence after its own).
            var first = n
            if Self.factBoxLabel(s.tokens, naming: sceneLabels) != nil {
                while first > 0, n - first < 2, Self.factBoxLabel(sentences[first - 1].tokens, naming: factBoxLabels) != nil { first -= 1 }
            }
            scenes.append((first < n ? sentences[first].index - 1 : s.index, found.place, found.date))
        }
        // A day alone heads a day's entries only where several do: "Tuesday, 3 December 2024"
        // over a statement is its date line.
        // (Not a divider further down that dates its entries before the day of publication: a
        // live blog's "SUNDAY 27 MARCH" under Monday's entries.)
        if scenes.filter({ $0.place == nil }).count < 2 {
            scenes.removeAll { scene in scene.place == nil && (scene.sentence < 4 || published.map { scene.date == .day($0) } ?? true) }
        }
        // "Islamabad, 10 July 2015" over a story filed that day, the only such heading: its
        // dateline, which leaves the meetings after it to the story's own venues.
        if scenes.count == 1, let only = scenes.first, only.sentence < 8, let published, only.date == .day(published) { scenes.removeAll() }
        if !scenes.isEmpty {
            for n in locals.indices {
                guard let current = scenes.last(where: { $0.sentence < locals[n].sentence }) else { continue }
                // A month or a year ("since the invasion in February 2022") dates no meeting here.
                let undated: Bool
                if case .day? = locals[n].date, !locals[n].live { undated = false } else { undated = true }
                guard let scenePlace = current.place else {
                    // A live blog's "THURSDAY 4 SEPTEMBER": its entries' meetings are that day's.
                    if undated || locals[n].today, !locals[n].future {
                        locals[n].date = current.date
                        locals[n].live = false
                        locals[n].dayHeaded = true
                    }
                    continue
                }
                if locals[n].place == nil, !locals[n].there, !locals[n].here {
                    locals[n].place = scenePlace
                    locals[n].sceneHeading = current.sentence
                    if undated { locals[n].date = current.date }
                } else if let place = locals[n].place, Self.key(place) == Self.key(scenePlace), undated {
                    locals[n].date = current.date
                }
            }
        }
        // "… the IGAD summit in Nairobi on Friday. The talks were also attended by …": a meeting
        // named with neither place nor date right after a placed one is that one.
        // "Yesterday, in Jeddah, the two men put their signatures to the agreement. … also
        // attended the signing": a sentence that opens on a place, with no meeting noun, sets
        // the scene for the next two as a placed meeting would.
        // So does one that puts someone in a building of a city on a day ("walked to the lectern
        // in a Doha hotel ballroom on Saturday").
        // (So does an arrival: "flew to Jaipur on 21 February. There he met X".)
        var openings: [Local] = (sentences.compactMap { s -> Local? in
            guard !s.mentions.contains(where: { $0.role == .event }) else { return nil }
            let day = s.dates.first { if case .day = $0.date { true } else { false } }
            guard let place = openingPlace(s) ?? questionPlace(s) ?? (day == nil ? nil : buildingScene(s)) else { return nil }
            return Local(sentence: s.index, token: 0, place: place, date: day?.date, future: false)
        } + arrivalLocals.filter { !$0.future }).sorted { $0.sentence < $1.sentence }
        // Under a wire's later dateline ("WASHINGTON, July 19 (IANA) - … in an emergency session
        // here on Tuesday"), "here" is that dateline's city, and the next sentences go on there.
        let sectionDatelines = sentences.compactMap { s in sectionDatelinePlace(s).map { (s.index, $0) } }
        if !sectionDatelines.isEmpty {
            for n in locals.indices where locals[n].here && locals[n].place == nil {
                locals[n].place = sectionDatelines.last { $0.0 <= locals[n].sentence }?.1
            }
        }
        // "MOSCOW - The Council of Foreign Ministers, which opened in the Aviation Industry House
        // on Monday, …": a dateline after the text's first one places the meetings of its own
        // sentence that name no city, and sets the scene after it like a sentence opening on a
        // place.
        let laterDatelines = sectionDatelines.dropFirst()
        for n in locals.indices where locals[n].place == nil && !locals[n].there {
            if let line = laterDatelines.first(where: { $0.0 == locals[n].sentence }) { locals[n].place = line.1 }
        }
        if !laterDatelines.isEmpty {
            openings = (openings + laterDatelines.map { Local(sentence: $0.0, token: 0, place: $0.1, date: nil, future: false) }).sorted { $0.sentence < $1.sentence }
        }
        var previous: Local?
        // The last placed meeting the text has dated to no day yet ("hosted a meeting in Murree
        // this week"), which "The talks began on Tuesday" right after it dates.
        var undated: Int?
        for n in locals.indices {
            if let opening = openings.last(where: { $0.sentence < locals[n].sentence }), opening.sentence > previous?.sentence ?? -1 {
                previous = opening
            }
            // (A heading's place yields to a meeting placed under it: "Islamabad, 10 July. … a
            // meeting in Murree this week. The talks began on Tuesday".)
            if let o = undated, locals[n].place == nil || locals[n].sceneHeading.map({ $0 < locals[o].sentence }) == true, locals[n].definite, !locals[n].here, !locals[n].there, locals[n].ownDate,
                case .day(let day)? = locals[n].date, locals[n].sentence > locals[o].sentence, locals[n].sentence - locals[o].sentence <= 2,
                locals[o].date?.contains(day) ?? true
            {
                locals[n].place = locals[o].place
                locals[o].date = .day(day)
            }
            // "The conference at Potsdam ended yesterday. … at the Cecilienhof, where the talks
            // opened on 17 July": an unplaced "the talks" that says when they opened, right after a
            // placed meeting that closed later, is that meeting's start.
            if locals[n].place == nil, locals[n].definite, !locals[n].here, let start = locals[n].start, let p = previous, let place = p.place,
                locals[n].sentence - p.sentence <= 2, case .day(let last)? = p.date, start <= last, last.dayNumber - start.dayNumber <= 90
            {
                locals[n].place = place
            }
            if locals[n].there, let p = previous {
                locals[n].place = p.place
                if locals[n].date == nil { locals[n].date = p.date }
            }
            // "Salinas hosted the ceremony", "A signed for the government; B signed with the
            // commanders": an earlier meeting noun of the same sentence counts too.
            // "Two days later, at Ouistreham, … That afternoon, at a lunch …": or one it dates to
            // the same day.
            // "… in an emergency session here on Tuesday, meets again this afternoon …. At
            // Tuesday's session …": a meeting its sentence dates to the day of a meeting placed
            // in the two sentences before, though another came between, is that one.
            if locals[n].place == nil, !locals[n].here, !locals[n].there, !locals[n].future, locals[n].ownDate, case .day? = locals[n].date,
                locals[n].date != previous?.date,
                let same = locals[..<n].last(where: { l in
                    l.place != nil && !l.aside && !l.future && l.date == locals[n].date && l.sentence < locals[n].sentence && locals[n].sentence - l.sentence <= 2
                })
            {
                locals[n].place = same.place
            }
            // "… returned from Munich, where this morning he signed … The four heads of government
            // met yesterday afternoon in the Fuehrerhaus": an unplaced meeting in the sentence
            // right after a placed one, on the day before or after it, is at its place too.
            let nextDay: Bool
            if case .day(let day)? = locals[n].date, case .day(let before)? = previous?.date, let p = previous, locals[n].sentence == p.sentence + 1 {
                nextDay = abs(day.dayNumber - before.dayNumber) == 1
            } else {
                nextDay = false
            }
            if locals[n].place == nil, !locals[n].here, locals[n].date == nil || locals[n].dayHeaded || locals[n].date == previous?.date || nextDay,
                !locals[n].future, let p = previous,
                locals[n].sentence - p.sentence <= 2, locals[n].sentence >= p.sentence
            {
                locals[n].place = p.place
                if !locals[n].dayHeaded, !nextDay { locals[n].date = p.date }
            } else if locals[n].place == nil, !locals[n].here, !locals[n].there, !locals[n].future, locals[n].ownDate, let p = previous,
                p.sentence == locals[n].sentence, p.token < locals[n].token, case .day? = locals[n].date
            {
                // "met in Adana on Monday and Tuesday, and yesterday they signed the minutes": a
                // later act of the same sentence, dated its own day, at the place it named.
                locals[n].place = p.place
            }
            // "met in France last June": a meeting dated only to a month is an aside, not the one
            // the next sentences go on about.
            if locals[n].place != nil, !locals[n].aside {
                switch locals[n].date {
                case nil: undated = n
                case .span(let from, let to)?: undated = to.dayNumber - from.dayNumber <= 7 ? n : nil
                case .day?: undated = locals[n].live ? n : nil
                }
                if case .span? = locals[n].date { continue }
                previous = locals[n]
            }
        }
        // "… signed the protocol at the Cecilienhof, where the talks opened on 17 July": an act of
        // the sentence, unplaced, on the day a meeting the sentence placed opened, is at that
        // meeting ("we spoke of the talks in Lome" on the day met is not).
        for n in locals.indices where locals[n].place == nil && !locals[n].here && !locals[n].there && !locals[n].future {
            guard case .day(let day)? = locals[n].date,
                let other = locals.first(where: { $0.sentence == locals[n].sentence && $0.place != nil && $0.start == day })
            else { continue }
            locals[n].place = other.place
        }
        // "RAWALPINDI, Sept. 14 (TANA) - … received U Thant at the President's House on Friday":
        // a meeting that nothing placed, under a dateline after the text's first, is in that
        // dateline's city rather than at the text's own venue (the first's meetings are the
        // text's own, dated by its lede).
        if !laterDatelines.isEmpty {
            for n in locals.indices where locals[n].place == nil && !locals[n].there {
                locals[n].place = laterDatelines.last { $0.0 <= locals[n].sentence }?.1
            }
        }
        let headline = title.flatMap { title in
            let words = Tokenizer.normalizedWords(title)
            return sentences.prefix(2).first { $0.tokens.map(\.norm) == words }?.index
        }
        for (written, weight) in venues(sentences, headline: headline, published: published) {
            let place = spellings[written] ?? written
            if placeCounts[place] == nil { placeOrder.append(place) }
            placeCounts[place, default: 0] += weight
        }
        // "PUTRAJAYA, Malaysia - … at talks in Malaysia": a country is the venue only when the
        // text names no city of it (the guidelines' convention).
        let cities = citiesByCountry(sentences)
        let countries = cities.isEmpty ? [:] : countryNames(sentences)
        if !cities.isEmpty {
            for n in locals.indices {
                if let place = locals[n].place, let code = countries[place], let city = cities[code] { locals[n].place = city }
            }
        }
        // "The Helsinki Bargain": a title short enough to be blanked as page furniture still
        // names what was agreed in its city.
        if headline == nil, let title {
            let words = Tokenizer.normalizedWords(title)
            for i in words.indices.dropLast(2) where words[i] == "the" && capitalNames.contains(words[i + 1]) && documentNames.contains(words[i + 2]) {
                guard let place = capitals.values.first(where: { $0.lowercased() == words[i + 1] }) else { continue }
                if placeCounts[place] == nil { placeOrder.append(place) }
                placeCounts[place, default: 0] += 3  // as a headline's "the London Conference"
            }
        }
        // "from the Pacific Islands Forum in Nauru": a country is the text's venue only when it
        // names no city at all (the guidelines' convention), and then only one a meeting is held in.
        let docPlace = placeOrder.max { (placeCounts[$0]!, -placeOrder.firstIndex(of: $0)!) < (placeCounts[$1]!, -placeOrder.firstIndex(of: $1)!) }
            ?? countryVenue(sentences)
        // "We met here on 26 February": the text's own venue, whatever meeting it named last.
        for n in locals.indices where locals[n].here && locals[n].place == nil { locals[n].place = docPlace }
        // "talks at the Elysee Palace … Putin met Hollande at the palace": the meeting at the
        // building named last with that word.
        var buildingMeetings: [String: Local] = [:]
        for n in locals.indices {
            if let word = locals[n].building, let named = buildingMeetings[word] {
                locals[n].place = named.place ?? docPlace
                if !locals[n].ownDate { locals[n].date = named.date }
            }
            for word in locals[n].buildings { buildingMeetings[word] = locals[n] }
        }
        // "Saturday's meeting in Niamey … Tchiani is hosting the talks" in a Sunday paper: the
        // present of a story filed a day or two before publication is the day it gives its meeting
        // at that venue. A perfect reaches a week back outside a live blog: "have met at sea …
        // The meetings began on Saturday, the ninth of August" in a bulletin of the 14th.
        if let published {
            let liveReport = Self.isLiveReport(sentences)
            for n in locals.indices where locals[n].live {
                guard let place = locals[n].place ?? docPlace else { continue }
                let perfect = locals[n].perfect && !liveReport
                let told = locals.compactMap { l -> SimpleDate? in
                    guard !l.live, l.ownDate, let p = l.place ?? docPlace, Self.key(p) == Self.key(place), case .day(let d)? = l.date else { return nil }
                    // (A week back only to a meeting its own sentence places: "the agreement signed
                    // last Thursday in the mountains" is another occasion.)
                    let reach = perfect && l.place != nil ? 7 : 2
                    return d < published && published.dayNumber - d.dayNumber <= reach ? d : nil
                }
                if let day = told.max() { locals[n].date = .day(day) }
            }
        }
        // A meeting of several days is one event, keyed by its first day: its other days, at the
        // same place, take that one.
        var starts: [String: [SimpleDate]] = [:]
        // "The talks opened" on a day a heading gives: a start only the next fortnight's days of
        // that venue join ("24 January, Geneva. The talks opened … 31 January, Geneva. The round
        // closed"), since the sentence says nothing of the meeting's length.
        var openedOn: [String: [SimpleDate]] = [:]
        for local in locals where local.opens && local.start == nil {
            if case .day(let d)? = local.date, let place = local.place ?? docPlace { openedOn[Self.key(place), default: []].append(d) }
        }
        // "The Conference, which opened at Lausanne on November 20 last, has thus ended after eight
        // months": a start said with the meeting's end reaches back as far as it says.
        var spanningStarts: [String: [SimpleDate]] = [:]
        for local in locals {
            guard let start = local.start, local.lastDay == nil, let place = local.place ?? docPlace else { continue }
            starts[Self.key(place), default: []].append(start)
            if local.spansBack { spanningStarts[Self.key(place), default: []].append(start) }
        }
        // "opened the seventh Arab summit conference here on Saturday", after "the foreign
        // ministers' meeting, which began here on Thursday": a meeting someone opened on a day its
        // sentence gives is a new one; the days after it at the venue are its, not the earlier one's.
        var ownOpenings: [String: [SimpleDate]] = [:]
        for local in locals where local.openedBefore && local.ownDate && !local.future {
            if case .day(let d)? = local.date, let place = local.place ?? docPlace { ownOpenings[Self.key(place), default: []].append(d) }
        }
        // "The Summit Conference … met … from 22 to 25 May", after "a meeting of Foreign Ministers,
        // which opened there on 15 May": days a sentence gives a meeting are that meeting's.
        var spans: [String: [(first: SimpleDate, last: SimpleDate)]] = [:]
        for local in locals where !local.future {
            if let first = local.start, let last = local.lastDay, let place = local.place ?? docPlace { spans[Self.key(place), default: []].append((first, last)) }
        }
        // "Mr Gromyko arrived yesterday on what had been announced as a routine visit … The treaty
        // was signed today": the talks of a visit's next three days are the visit, keyed by its
        // first day.
        var visits: [String: [SimpleDate]] = [:]
        for local in locals where local.visit && !local.future {
            if case .day(let d)? = local.date, let place = local.place ?? docPlace { visits[Self.key(place), default: []].append(d) }
        }
        // "the visit to Moscow, which concluded this morning" after "attended the meeting in
        // Moscow yesterday": a meeting that ended on its day began on the first of the run of
        // days the text gives the venue before it (a day or two apart; a meeting there a week
        // before is another).
        for local in locals where local.ends && local.start == nil {
            guard case .day(let last)? = local.date, let place = local.place ?? docPlace else { continue }
            let key = Self.key(place)
            let days = Set(locals.compactMap { l -> SimpleDate? in
                guard !l.future, Self.key(l.place ?? docPlace ?? "") == key, case .day(let d)? = l.date, d < last else { return nil }
                return d
            })
            var first = last
            while let before = days.filter({ $0 < first && first.dayNumber - $0.dayNumber <= 2 }).min() { first = before }
            if first < last { starts[key, default: []].append(first) }
        }
        // "met yesterday morning … A second session was held this morning": a later sitting
        // belongs to the meeting held there a day or two before it.
        for local in locals where local.start == nil && local.continues {
            guard case .day(let day)? = local.date, let place = local.place ?? docPlace else { continue }
            let key = Self.key(place)
            let before = locals.compactMap { l -> SimpleDate? in
                guard !l.future, Self.key(l.place ?? docPlace ?? "") == key, case .day(let d)? = l.date, d < day, day.dayNumber - d.dayNumber <= 2 else { return nil }
                return d
            }
            if let nearest = before.max() { starts[key, default: []].append(nearest) }
        }
        // "The accord was signed at the close of a two-day summit" (the lede gave Friday): the
        // summit opened the day before the day the text gives it.
        // ("at the end of a three-day conference that opened on Monday": the day it opened is
        // said, and the count is not taken back from it.)
        for (n, local) in locals.enumerated() where local.start == nil {
            guard let days = local.lastOfDays, let place = local.place ?? docPlace else { continue }
            let key = Self.key(place)
            let own: ResolvedDate? = local.date ?? locals[..<n].last(where: { l in
                if case .day? = l.date { Self.key(l.place ?? docPlace ?? "") == key } else { false }
            })?.date
            if case .day(let day)? = own { starts[key, default: []].append(day.adding(days: -(days - 1))) }
        }
        // Two days at most, or sixty for a meeting over by publication: "the talks opened on Jan. 4
        // … agreed yesterday at the end of a week of talks" is one conference, while "the round
        // opened on Saturday … will join the talks on Wednesday" is a round still to come.
        func firstDay(_ date: ResolvedDate?, at place: String) -> ResolvedDate? {
            guard case .day(let day)? = date else { return date }
            if let span = spans[Self.key(place), default: []].filter({ $0.first <= day && day <= $0.last }).min(by: { $0.first < $1.first }) {
                return .day(span.first)
            }
            let over = published.map { day <= $0 } ?? false
            let window = over ? 60 : 2
            // (A stated start reaches further: "since it opened on 23 August", ten weeks before.)
            let stated = starts[Self.key(place), default: []].filter { $0 <= day && day.dayNumber - $0.dayNumber <= (over ? 90 : window) }
            // (An opening, said or seen, reaches a fortnight at most.)
            let recentlyOpened = { (d: SimpleDate) in d <= day && day.dayNumber - d.dayNumber <= min(window, 14) }
            let opened = openedOn[Self.key(place), default: []].filter(recentlyOpened)
            let visited = visits[Self.key(place), default: []].filter { $0 <= day && day.dayNumber - $0.dayNumber <= 3 }
            let spanning = over ? spanningStarts[Self.key(place), default: []].filter { $0 <= day && day.dayNumber - $0.dayNumber <= 366 } : []
            var candidates = stated + spanning + opened + visited
            if let opening = ownOpenings[Self.key(place), default: []].filter(recentlyOpened).max() {
                candidates = candidates.filter { $0 >= opening } + [opening]
            }
            guard let start = candidates.min() else { return date }
            return .day(start)
        }
        for n in locals.indices where !locals[n].signingToCome {
            if let place = locals[n].place ?? docPlace { locals[n].date = firstDay(locals[n].date, at: place) }
        }
        // An undated past meeting at the text's venue: the latest day any meeting sentence gives,
        // except a date right after another venue ("met at the White House on Monday" dates no
        // conference in Annapolis), else the latest the text gives right after the venue's name
        // ("What happened in New York yesterday"), else the lede's, else publication. The same for every such
        // meeting, so read once.
        var docPlaceDate: ResolvedDate??
        func undatedAtDocPlace(_ place: String, published: SimpleDate) -> ResolvedDate? {
            if let known = docPlaceDate { return known }
            // (Each meeting noun's own date only: "talks that broke down in August, in a war that
            // began on October 7, 2023" date no meeting to October 7.)
            let all = sentences.flatMap { s in meetingNounDates(s).filter { d in !datesAnotherVenue(d, in: s, than: place) } }
            let past: [SimpleDate] = all.compactMap { if case .day(let d) = $0.date, d <= published { d } else { nil } }
            // A live report ("LIVE: Trump meets Kim at the DMZ") is about its own day.
            let found = Self.isLiveReport(sentences) ? published
                : past.max() ?? placeDates(sentences, place).filter { $0 <= published }.max() ?? ledeDate(sentences, published: published, at: place) ?? published
            docPlaceDate = .day(found)
            return .day(found)
        }
        var result: [Int: [Int: EventRef]] = [:]
        for local in locals {
            if isUnplacedAndToCome(local, published) { continue }
            // "In August Egypt signed a defence pact with Somalia": a meeting the sentence dates
            // only to a month or longer and places nowhere is another occasion than the text's
            // own ("this week" may still be its own).
            if local.place == nil, case .span(let from, let to)? = local.date, to.dayNumber - from.dayNumber >= 27 { continue }
            guard let place = local.place ?? docPlace else { continue }
            var date = local.date
            if date == nil, let published {
                let sameVenue = locals.filter { ($0.place ?? docPlace) == place }
                let days: [SimpleDate] = sameVenue.compactMap { if case .day(let d) = $0.date { d } else { nil } }
                if local.future {
                    // "expected to meet Putin in Budapest, but no date has been set": a meeting
                    // still to come at a venue the text dates no meeting at is no event yet.
                    if days.isEmpty { continue }
                    date = days.filter { $0 > published }.min().map { .day($0) }
                } else {
                    // The lede's meeting at this venue is the story's ("… are due to sign the deal
                    // in Juba today"); else the latest held there. "Commanders were due to meet on
                    // Tuesday": a meeting still to come when written dates no meeting already held.
                    let lede = sameVenue.first { l in
                        if l.sentence < 4, case .day(let d) = l.date { d <= published } else { false }
                    }
                    let held: [SimpleDate] = sameVenue.compactMap { if !$0.future, case .day(let d) = $0.date { d } else { nil } }
                    // "Thursday, 16 September: leaders met at the Palace. Rahmon hosted A and B":
                    // the meeting dated in one of the two sentences before is the one the text goes on
                    // telling of, even when the venue held a later one.
                    let justBefore = sameVenue.last { l in
                        if !l.future, l.sentence < local.sentence, local.sentence - l.sentence <= 2, case .day(let d) = l.date { d <= published } else { false }
                    }
                    date = lede?.date ?? justBefore?.date ?? held.filter { $0 <= published }.max().map { .day($0) }
                    if date == nil {
                        // A venue the text mentions in passing, dated nowhere: the day of the report.
                        date = place == docPlace ? undatedAtDocPlace(place, published: published) : .day(published)
                    }
                }
            }
            result[local.sentence, default: [:]][local.token] = EventRef(place: place, date: local.signingToCome ? date : firstDay(date, at: place))
        }
        // "came to Muscat on Saturday": an arrival is at the meeting its venue holds nearest its
        // day (from thirty days after that meeting opened to the day before it); a venue that
        // holds no meeting then gives none.
        let held = Set(result.values.flatMap(\.values))
        for arrival in arrivalLocals {
            guard var place = arrival.place else { continue }
            if let code = countries[place], let city = cities[code] { place = city }
            let atVenue = held.filter { Self.key($0.place) == Self.key(place) }
                .compactMap { ref -> (EventRef, SimpleDate)? in if case .day(let d)? = ref.date { (ref, d) } else { nil } }
            let chosen: EventRef?
            if case .day(let day)? = arrival.date {
                chosen = atVenue.filter { $0.1.dayNumber - day.dayNumber <= 1 && day.dayNumber - $0.1.dayNumber <= 30 }
                    .min { (abs($0.1.dayNumber - day.dayNumber), $0.1) < (abs($1.1.dayNumber - day.dayNumber), $1.1) }?.0
            } else {
                let past = atVenue.filter { pair in published.map { pair.1 <= $0 } ?? true }
                chosen = (past.isEmpty ? atVenue : past).max { $0.1 < $1.1 }?.0
            }
            if let chosen { result[arrival.sentence, default: [:]][arrival.token] = chosen }
        }
        var dated: Set<EventRef> = []
        for local in locals where !isUnplacedAndToCome(local, published) {
            if case .day? = local.date, let place = local.place ?? docPlace { dated.insert(EventRef(place: place, date: local.date)) }
        }
        // "22 January, Montreux. The conference opened in Montreux … Kerry told the hall …": the
        // meeting a heading's entry names at the heading's place is the scene of every sentence
        // up to the next heading.
        var sceneMeetings: [Int: EventRef] = [:]
        for (n, scene) in scenes.enumerated() {
            guard let place = scene.place else { continue }
            let end = n + 1 < scenes.count ? scenes[n + 1].sentence : Int.max
            let meeting = locals.lazy.filter { $0.sentence > scene.sentence && $0.sentence < end }
                .compactMap { result[$0.sentence]?[$0.token] }
                .first { Self.key($0.place) == Self.key(place) && $0.date == scene.date }
            guard let meeting else { continue }
            for s in sentences where s.index > scene.sentence && s.index < end { sceneMeetings[s.index] = meeting }
        }
        // The meeting at the text's own venue that its sentences name most often (the first of
        // them on a tie): what "here" means in "X and Y are all here".
        var home: EventRef?
        if let docPlace {
            var counts: [EventRef: Int] = [:]
            var order: [EventRef] = []
            for local in locals.sorted(by: { ($0.sentence, $0.token) < ($1.sentence, $1.token) }) {
                guard let ref = result[local.sentence]?[local.token], ref.date != nil, Self.key(ref.place) == Self.key(docPlace) else { continue }
                if counts[ref] == nil { order.append(ref) }
                counts[ref, default: 0] += 1
            }
            // (`max(by:)` keeps the first of equal elements.)
            home = order.max { counts[$0]! < counts[$1]! }
        }
        var asides: [Int: Set<Int>] = [:]
        for local in locals where local.aside { asides[local.sentence, default: []].insert(local.token) }
        return (result, dated, sceneMeetings, home, asides)
    }
}
