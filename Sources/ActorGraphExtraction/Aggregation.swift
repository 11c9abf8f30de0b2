import ActorGraphModel

/// An aggregated graph with everything needed to take more documents into it later exactly as a
/// build of all of them would (``adding(_:)``): the corpus-wide facts the ``Aggregator``'s rules
/// consult, which of them the documents' findings consulted, when each actor and edge was first
/// met, the edges dropped for a kind conflict, and tallies for support and for folded duplicates.
///
/// Every rule of the aggregation lives here, once, for a full build and an update alike: a full
/// build is an empty aggregation taking every document, so a new corpus-wide fact added to the
/// rules is either kept in ``Facts`` (and checked by ``adding(_:)``) or breaks the tests that
/// compare an update with a full build.
public struct Aggregation: Sendable {
    /// The merged graph.
    public internal(set) var graph = ActorGraph()
    /// The documents taken in, in the order taken (name order for a build).
    public internal(set) var documents: [DocumentSummary] = []
    /// Whether the documents were taken in strictly increasing name order: only then can more be
    /// added (the rules' "first met wins" is by name order).
    var ordered = true
    var facts = Facts()
    /// Persons (and other actors) whose ties some finding read: every subject and actor object.
    var consultedActors: Set<ActorRef> = []
    /// Place keys of every meeting some finding names (their dates and spellings were read).
    var consultedPlaces: Set<String> = []
    /// When each actor was first added to the graph (the one whose name and kind it keeps).
    var actorFirst: [ActorID: Moment] = [:]
    /// When each edge, kept or dropped, was first related, and with which ends.
    var edgeStarts: [EdgeKey: EdgeStart] = [:]
    /// Edges dropped for a kind conflict, in the order first met, with why and by which documents.
    var dropped: [EdgeKey: DroppedEdge] = [:]
    var droppedOrder: [EdgeKey] = []
    /// The references whose actor was added to the graph under each id (their forms are its aliases).
    var contributors: [ActorID: Set<ActorRef>] = [:]
    /// Sentence keys (``Evidence/sentenceKey``), numbered as met.
    var sentenceKeys: [String] = []
    var sentenceKeyNumbers: [String: Int32] = [:]
    /// Document names, numbered as met in evidence.
    var documentNames: [String] = []
    var documentNumbers: [String: Int32] = [:]
    /// By kept edge: each sentence key's first document (support counts those documents).
    var tallies: [EdgeKey: SupportTally] = [:]
    /// By document number: each evidence sentence's key number (``DuplicateSentences``).
    var sentencesByDocument: [Int32: [Int: Int32]] = [:]
    /// A sentence met with two keys (two quotes): the folding counts are then read from the graph.
    var foldingIsExact = true

    /// The aggregation of `documents`, taken in the order given (a build's is name order).
    public init(_ documents: [DocumentFindings]) {
        var batch = Batch(documents, facts: Facts())
        facts = batch.facts
        ordered = zip(documents, documents.dropFirst()).allSatisfy { $0.document < $1.document }
        // A first batch cannot move anything earlier: taken one after another, as written.
        try? take(&batch, sequential: true)
    }

    /// Edges dropped because one of their names stands for an actor of another kind, one warning
    /// each, in the order the edges were first met.
    public var warnings: [String] {
        let keys = ordered ? droppedOrder.sorted { edgeStarts[$0]!.moment < edgeStarts[$1]!.moment } : droppedOrder
        return keys.compactMap { key in
            guard let start = edgeStarts[key], let drop = dropped[key] else { return nil }
            return KindConflict.warning(subject: start.subject.name, key.relation, object: start.object.name, documents: drop.documents, why: drop.reason)
        }
    }

    /// What folding duplicate sentences counts in ``graph`` (as ``DuplicateSentences/init(_:)``).
    public var folding: DuplicateSentences {
        guard foldingIsExact else { return DuplicateSentences(graph) }
        var carriers: [Int32: Int32] = [:]
        for tally in tallies.values {
            for (key, document) in tally.carriers {
                if let c = carriers[key], documentNames[Int(c)] <= documentNames[Int(document)] { continue }
                carriers[key] = document
            }
        }
        var folded = 0, foldedDocuments = 0
        for (document, sentences) in sentencesByDocument {
            let copies = sentences.values.reduce(0) { $0 + (carriers[$1] != document ? 1 : 0) }
            folded += copies
            if copies == sentences.count { foldedDocuments += 1 }
        }
        return DuplicateSentences(foldedSentences: folded, foldedDocuments: foldedDocuments)
    }

    /// This aggregation with `more` documents taken in, equal to the aggregation of all the
    /// documents in name order; nil when that cannot be had without the earlier documents'
    /// findings: a new document shares a name with an earlier one or comes out of order, changes
    /// a fact an earlier finding read (a person's ties, a place's exact dates or spelling), or
    /// would be met before an actor or edge that it would then name or kind otherwise.
    public func adding(_ more: [DocumentFindings]) -> Aggregation? {
        guard ordered else { return nil }
        let names = Set(documents.map(\.name))
        guard zip(more, more.dropFirst()).allSatisfy({ $0.document < $1.document }),
              !more.contains(where: { names.contains($0.document) })
        else { return nil }
        var batch = Batch(more, facts: facts)
        let merged = batch.facts
        // Any fact an earlier finding consulted must read the same with the new documents.
        for person in batch.added.actors where consultedActors.contains(person) {
            if facts.stated[person] != merged.stated[person] || facts.represented(person) != merged.represented(person) { return nil }
        }
        for place in batch.added.places where consultedPlaces.contains(place) {
            if facts.exact[place] != merged.exact[place] || facts.placeNames[place] != merged.placeNames[place] { return nil }
        }
        var next = self
        next.facts = merged
        // New forms of an actor already in the graph are its aliases now, as a build would make them.
        for (ref, names) in batch.added.forms where next.contributors[ref.id]?.contains(ref) == true {
            guard let existing = next.graph[ref.id] else { continue }
            _ = try? next.graph.add(Actor(id: existing.id, name: existing.name, kind: existing.kind, aliases: names.sorted()))
        }
        do {
            try next.take(&batch, sequential: false)
        } catch {
            return nil
        }
        return next
    }

    // MARK: Taking documents in

    /// Thrown when a new document would be met before something it changes.
    struct NeedsAllDocuments: Error {}

    /// Takes the documents of `batch` in, evaluating their findings under `facts` (already merged).
    /// - Parameter sequential: every document comes after all that were taken before (a first
    ///   batch); otherwise new actors and edges are placed among the old by name order, and
    ///   ``NeedsAllDocuments`` is thrown when one would change what an earlier one decided.
    private mutating func take(_ batch: inout Batch, sequential: Bool) throws {
        var pending: [EdgeKey: [Evidence]] = [:]
        var pendingOrder: [EdgeKey] = []
        var evaluator = Evaluator(facts: facts, published: published(adding: batch.documents))
        for d in batch.documents.indices {
            let document = batch.documents[d]
            var position = 0
            for i in document.findings.indices {
                let f = document.findings[i]
                // What the finding reads of the corpus-wide facts (an update checks these).
                consultedActors.insert(f.subject)
                switch f.object {
                case .actor(let o): consultedActors.insert(o)
                case .event(let e): consultedPlaces.insert(NameKey.of(e.place))
                }
                // A tentative tie counts only when it is the one tie the corpus suggests.
                if f.relation == .represents, f.isTentative, case .actor(let o) = f.object, facts.represented(f.subject) != [o] {
                    continue
                }
                for c in evaluator.contributions(of: f) {
                    let moment = Moment(document: document.document, position: position)
                    position += 1
                    guard c.subject.id != c.object.id, c.relation.allows(subject: c.subject.kind, object: c.object.kind) else { continue }
                    let key = EdgeKey(c.subject.id, c.relation, c.object.id)
                    if var start = edgeStarts[key] {
                        if !sequential, moment < start.moment {
                            // Met earlier than before: the same ends, or the outcome may change.
                            guard start.subject.sameActor(as: c.subject), start.object.sameActor(as: c.object) else { throw NeedsAllDocuments() }
                            start.moment = moment
                            edgeStarts[key] = start
                            if dropped[key] == nil {
                                _ = try attempt(c.subject, ref: c.subjectRef, at: moment, sequential: false)
                                _ = try attempt(c.object, ref: c.objectRef, at: moment, sequential: false)
                            } else if try attempt(c.subject, ref: c.subjectRef, at: moment, sequential: false) == nil {
                                _ = try attempt(c.object, ref: c.objectRef, at: moment, sequential: false)
                            }
                        }
                    } else {
                        edgeStarts[key] = EdgeStart(moment: moment, subject: c.subject, object: c.object)
                        var failure = try attempt(c.subject, ref: c.subjectRef, at: moment, sequential: sequential)
                        if failure == nil { failure = try attempt(c.object, ref: c.objectRef, at: moment, sequential: sequential) }
                        if let failure {
                            // A kind conflict (one name, two kinds) keeps the first kind; the edge is dropped.
                            dropped[key] = DroppedEdge(reason: failure, documents: [])
                            droppedOrder.append(key)
                        }
                    }
                    if dropped[key] != nil {
                        dropped[key]!.documents.insert(c.evidence.doc)
                    } else {
                        if pending[key] == nil { pendingOrder.append(key) }
                        pending[key, default: []].append(c.evidence)
                    }
                }
            }
        }
        for key in pendingOrder {
            // Unique, sorted, as the graph keeps them; the tallies see each sentence once.
            let evidence = Evidence.sortedUnique(pending[key]!)
            var tally = tallies[key] ?? SupportTally()
            for e in evidence {
                let k = sentenceKeyNumber(e.sentenceKey)
                let doc = documentNumber(e.doc)
                tally.add(key: k, document: doc, names: documentNames)
                if sentencesByDocument[doc]?[e.sentence].map({ $0 != k }) == true { foldingIsExact = false }
                sentencesByDocument[doc, default: [:]][e.sentence] = k
            }
            tallies[key] = tally
            graph.relateChecked(key, adding: evidence, support: tally.support)
        }
        if sequential {
            documents += batch.documents.map(DocumentSummary.init)
        } else {
            documents = (documents + batch.documents.map(DocumentSummary.init)).sorted { $0.name < $1.name }
        }
    }

    /// Adds `actor` to the graph at `moment` as the build's assembly would: the first actor met
    /// under an id gives its name and kind, later ones of that kind add their names, one of
    /// another kind is refused. Returns the refusal's reason, or nil.
    private mutating func attempt(_ actor: Actor, ref: ActorRef?, at moment: Moment, sequential: Bool) throws -> String? {
        if let first = actorFirst[actor.id] {
            if !sequential, moment < first {
                // It would now be met first: only the same actor leaves its name and kind as they are.
                guard let existing = graph[actor.id], existing.name == actor.name, existing.kind == actor.kind,
                      existing.place == actor.place, existing.date == actor.date
                else { throw NeedsAllDocuments() }
                actorFirst[actor.id] = moment
            }
        } else {
            actorFirst[actor.id] = moment
        }
        do {
            try graph.add(actor)
        } catch {
            return (error as? GraphError)?.description ?? "\(error)"
        }
        if let ref { contributors[actor.id, default: []].insert(ref) }
        return nil
    }

    /// Publication dates by document name: the batch's over the earlier documents' (a finding
    /// reads its own document's).
    private func published(adding batch: [DocumentFindings]) -> [String: SimpleDate] {
        var published: [String: SimpleDate] = [:]
        for d in documents { published[d.name] = d.published.flatMap(SimpleDate.init(iso:)) }
        for d in batch { published[d.document] = d.published.flatMap(SimpleDate.init(iso:)) }
        return published
    }

    // Keys and document names are numbered as `==` compares them, not by their bytes
    // (`UTF8Interner`): support and the folding counts must count sentences as `Relation.support`
    // and `DuplicateSentences` do, and documents are told apart by name as `Moment` orders them.
    // The archive keeps each spelling; these tables only count.

    private mutating func sentenceKeyNumber(_ key: String) -> Int32 {
        if let k = sentenceKeyNumbers[key] { return k }
        let k = Int32(sentenceKeys.count)
        sentenceKeys.append(key)
        sentenceKeyNumbers[key] = k
        return k
    }

    private mutating func documentNumber(_ name: String) -> Int32 {
        if let d = documentNumbers[name] { return d }
        let d = Int32(documentNames.count)
        documentNames.append(name)
        documentNumbers[name] = d
        return d
    }
}

// MARK: The parts

extension Aggregation {
    /// When something was first met: the document, and the place of the edge among the edges
    /// its findings make, in order. Documents compare by name, as a build takes them.
    struct Moment: Comparable, Hashable, Sendable {
        var document: String
        var position: Int

        static func < (a: Moment, b: Moment) -> Bool {
            a.document != b.document ? a.document < b.document : a.position < b.position
        }
    }

    /// An edge as first related: when, and the two actors it was made with.
    struct EdgeStart: Hashable, Sendable {
        var moment: Moment
        var subject: Actor
        var object: Actor
    }

    /// An edge dropped for a kind conflict: why, and the documents that stated it.
    struct DroppedEdge: Hashable, Sendable {
        var reason: String
        var documents: Set<String>
    }

    /// The corpus-wide facts the rules consult, each a union (or a least value) over documents,
    /// so that more documents merge into them without the earlier ones.
    struct Facts: Hashable, Sendable {
        /// Ties the text states (a title, a role) to a state, body or armed group.
        var stated: [ActorRef: Set<ActorRef>] = [:]
        /// Ties inferred from context, every one met.
        var tentative: [ActorRef: Set<ActorRef>] = [:]
        /// Exact meeting dates by place key.
        var exact: [String: Set<SimpleDate>] = [:]
        /// The least spelling of each place key.
        var placeNames: [String: String] = [:]
        /// Every form each actor is written in (its aliases).
        var forms: [ActorRef: Set<String>] = [:]

        /// Whom a person acts for: the stated ties, else the one tentative tie when there is one.
        func represented(_ person: ActorRef) -> Set<ActorRef>? {
            if let ties = stated[person] { return ties }
            if let guesses = tentative[person], guesses.count == 1 { return guesses }
            return nil
        }

        /// Adds what `document` says to the facts; `touched` collects the keys it adds to.
        mutating func add(_ document: DocumentFindings, touched: inout Touched) {
            for f in document.findings {
                if f.relation == .represents, case .actor(let o) = f.object {
                    if !f.isTentative {
                        if o.kind == .state || o.kind == .organization || o.kind == .armedGroup {
                            stated[f.subject, default: []].insert(o)
                            touched.actors.insert(f.subject)
                        }
                    } else {
                        tentative[f.subject, default: []].insert(o)
                        touched.actors.insert(f.subject)
                    }
                }
                if case .event(let e) = f.object {
                    let key = NameKey.of(e.place)
                    if case .day(let day)? = e.date { exact[key, default: []].insert(day) }
                    if let name = placeNames[key], name <= e.place {} else { placeNames[key] = e.place }
                    touched.places.insert(key)
                }
            }
            for e in document.datedEvents {
                if case .day(let day)? = e.date {
                    let key = NameKey.of(e.place)
                    exact[key, default: []].insert(day)
                    touched.places.insert(key)
                }
            }
            for (ref, set) in document.forms {
                forms[ref, default: []].formUnion(set)
                touched.forms[ref, default: []].formUnion(set)
            }
        }
    }

    /// The keys of the facts a batch of documents adds to.
    struct Touched: Sendable {
        var actors: Set<ActorRef> = []
        var places: Set<String> = []
        var forms: [ActorRef: Set<String>] = [:]
    }

    /// Documents to take in, with the facts merged with theirs.
    struct Batch {
        var documents: [DocumentFindings]
        var facts: Facts
        var added = Touched()

        init(_ documents: [DocumentFindings], facts: Facts) {
            self.documents = documents
            self.facts = facts
            for d in documents { self.facts.add(d, touched: &added) }
        }
    }

    /// Per sentence key, the first document (in name order) that carries it in an edge's
    /// evidence, and how many keys each such document carries first: support is their number.
    struct SupportTally: Hashable, Sendable {
        var carriers: [Int32: Int32] = [:]
        var counts: [Int32: Int32] = [:]

        var support: Int { counts.count }

        mutating func add(key: Int32, document: Int32, names: [String]) {
            if let carrier = carriers[key] {
                guard carrier != document, names[Int(document)] < names[Int(carrier)] else { return }
                counts[carrier]! -= 1
                if counts[carrier] == 0 { counts[carrier] = nil }
            }
            carriers[key] = document
            counts[document, default: 0] += 1
        }
    }

    /// One edge a finding states, before it joins the graph.
    struct Contribution {
        var subject: Actor
        var subjectRef: ActorRef?
        var relation: RelationKind
        var object: Actor
        var objectRef: ActorRef?
        var evidence: Evidence
    }

    /// Turns findings into edges under fixed facts; actors are made once per reference (making one
    /// derives its id from its name, and a large corpus names the same few actors everywhere).
    struct Evaluator {
        let facts: Facts
        let published: [String: SimpleDate]
        private var actors: [ActorRef: Actor] = [:]
        private var events: [EventRef: Actor] = [:]

        init(facts: Facts, published: [String: SimpleDate]) {
            self.facts = facts
            self.published = published
        }

        mutating func actor(_ ref: ActorRef) -> Actor {
            if let made = actors[ref] { return made }
            let made = Actor(name: ref.name, kind: ref.kind, aliases: (facts.forms[ref] ?? []).sorted())
            actors[ref] = made
            return made
        }

        mutating func eventActor(_ e: EventRef) -> Actor {
            if let made = events[e] { return made }
            let key = NameKey.of(e.place)
            let place = facts.placeNames[key] ?? e.place
            let made: Actor
            switch e.date {
            case .day(let d)?:
                made = .event(place: place, date: d.description)
            case .span(let from, let to)?:
                let inSpan = (facts.exact[key] ?? []).filter { $0 >= from && $0 <= to }
                made = .event(place: place, date: inSpan.count == 1 ? inSpan.first?.description : nil)
            case nil:
                made = .event(place: place, date: nil)
            }
            events[e] = made
            return made
        }

        /// An undated meeting at a venue the corpus dates elsewhere is taken to be the dated one
        /// nearest to the document's publication (within two weeks).
        func undated(_ e: EventRef, published: SimpleDate?) -> EventRef {
            guard e.date == nil, let published, let days = facts.exact[NameKey.of(e.place)] else { return e }
            let near = days.filter { abs($0.dayNumber - published.dayNumber) <= 14 }
            guard let best = near.min(by: { (abs($0.dayNumber - published.dayNumber), $0) < (abs($1.dayNumber - published.dayNumber), $1) }) else { return e }
            return EventRef(place: e.place, date: .day(best))
        }

        /// The edges `f` states, in the order the rules make them.
        mutating func contributions(of f: Finding) -> [Contribution] {
            let object: Actor
            var objectRef: ActorRef?
            switch f.object {
            case .actor(let ref):
                object = actor(ref)
                objectRef = ref
            case .event(let e):
                object = eventActor(undated(e, published: published[f.evidence.doc]))
            }
            var out: [Contribution] = []
            func relate(_ s: ActorRef, _ r: RelationKind, _ o: Actor, _ oRef: ActorRef?) {
                out.append(Contribution(subject: actor(s), subjectRef: s, relation: r, object: o, objectRef: oRef, evidence: f.evidence))
            }
            switch f.relation {
            case .represents:
                // An armed group's negotiator or commander is tied to it (their attendance and
                // stance are the group's) but the graph has no person-to-group `represents` edge.
                relate(f.subject, .represents, object, objectRef)
            case .attended:
                relate(f.subject, .attended, object, objectRef)
                if f.subject.kind == .person {
                    for rep in (facts.represented(f.subject) ?? []).sorted() { relate(rep, .attended, object, objectRef) }
                }
            case .memberOf:
                // A person is no member of an alliance; the kind rule drops such a finding.
                relate(f.subject, .memberOf, object, objectRef)
            case .backs, .opposes, .coordinatesWith:
                let subjects = f.subject.kind == .person ? (facts.represented(f.subject) ?? []).sorted() : [f.subject]
                var objects: [(Actor, ActorRef?)] = [(object, objectRef)]
                if f.relation == .coordinatesWith, case .actor(let o) = f.object, o.kind == .person {
                    objects = (facts.represented(o) ?? []).sorted().map { (actor($0), $0) }
                }
                for s in subjects {
                    // "welcomed the delegations on behalf of President X": a state acting for its own
                    // leader neither backs nor opposes him; that tie is `represents`.
                    if f.relation != .coordinatesWith, case .actor(let o) = f.object, o.kind == .person, facts.stated[o, default: []].contains(s) {
                        continue
                    }
                    for (o, oRef) in objects { relate(s, f.relation, o, oRef) }
                }
            }
            return out
        }
    }
}

extension Actor {
    /// Whether the graph would keep the same name, kind, place and date from `other` as from this
    /// actor (aliases are merged whichever comes first).
    func sameActor(as other: Actor) -> Bool {
        id == other.id && name == other.name && kind == other.kind && place == other.place && date == other.date
    }
}
