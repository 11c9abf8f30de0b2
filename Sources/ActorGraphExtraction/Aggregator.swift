import ActorGraphModel

/// Merges the findings of all documents into one graph, deterministically:
/// - a person's stance (backs, opposes, coordinates_with) becomes the stance of the states and
///   bodies the person represents (GUIDELINES: "a leader's stated stance is his state's");
/// - a person who attends a meeting brings the states and bodies they represent, and the armed
///   group whose title they hold ("Taliban negotiator X");
/// - meetings dated only roughly ("last week") take the date of the one meeting at the same place
///   the corpus dates exactly in that span, else stay undated;
/// - a state or body never backs or opposes a person who represents it;
/// - edges that break a kind rule are dropped.
public enum Aggregator {
    /// The merged graph; edges dropped for a kind conflict are left unreported.
    public static func graph(_ documents: [DocumentFindings]) -> ActorGraph {
        var warnings: [String] = []
        return graph(documents, warnings: &warnings)
    }

    /// The merged graph; each edge dropped because one of its names already stands for an actor
    /// of another kind adds a warning naming the edge, its documents and the conflict.
    public static func graph(_ documents: [DocumentFindings], warnings: inout [String]) -> ActorGraph {
        // The findings are read in place, in document order, by position: copying each of them
        // into a list of all (and again into the kept ones) was a third of the aggregation's time.
        var published: [String: SimpleDate] = [:]
        for d in documents { published[d.document] = d.published.flatMap(SimpleDate.init(iso:)) }
        var represented: [ActorRef: Set<ActorRef>] = [:]
        for d in documents.indices {
            for i in documents[d].findings.indices where documents[d].findings[i].relation == .represents && !documents[d].findings[i].isTentative {
                if case .actor(let o) = documents[d].findings[i].object, o.kind == .state || o.kind == .organization || o.kind == .armedGroup {
                    represented[documents[d].findings[i].subject, default: []].insert(o)
                }
            }
        }
        // Ties the text states (a title, a role), before the guesses below are added.
        let stated = represented
        var tentative: [ActorRef: Set<ActorRef>] = [:]
        for d in documents.indices {
            for i in documents[d].findings.indices where documents[d].findings[i].relation == .represents && documents[d].findings[i].isTentative {
                let subject = documents[d].findings[i].subject
                if represented[subject] == nil, case .actor(let o) = documents[d].findings[i].object { tentative[subject, default: []].insert(o) }
            }
        }
        // A tentative tie counts only when it is the one tie the corpus suggests.
        for (person, reps) in tentative where reps.count == 1 { represented[person] = reps }
        // The findings kept (document, position), in order.
        var all: [(document: Int, index: Int)] = []
        for d in documents.indices {
            for i in documents[d].findings.indices {
                if documents[d].findings[i].relation == .represents, documents[d].findings[i].isTentative,
                   case .actor(let o) = documents[d].findings[i].object, represented[documents[d].findings[i].subject] != [o] {
                    continue
                }
                all.append((d, i))
            }
        }
        // Exact meeting dates per place.
        var exact: [String: Set<SimpleDate>] = [:]
        for (d, i) in all {
            if case .event(let e) = documents[d].findings[i].object, case .day(let day)? = e.date { exact[NameKey.of(e.place), default: []].insert(day) }
        }
        for d in documents {
            for e in d.datedEvents { if case .day(let day)? = e.date { exact[NameKey.of(e.place), default: []].insert(day) } }
        }
        var placeNames: [String: String] = [:]
        for (d, i) in all {
            if case .event(let e) = documents[d].findings[i].object {
                let key = NameKey.of(e.place)
                if placeNames[key] == nil || e.place < placeNames[key]! { placeNames[key] = e.place }
            }
        }
        // Actors are made once per reference: making one derives its id from its name, and a
        // large corpus names the same few actors in every finding.
        var events: [EventRef: Actor] = [:]
        func eventActor(_ e: EventRef) -> Actor {
            if let made = events[e] { return made }
            let made = makeEventActor(e)
            events[e] = made
            return made
        }
        func makeEventActor(_ e: EventRef) -> Actor {
            let key = NameKey.of(e.place)
            let place = placeNames[key] ?? e.place
            switch e.date {
            case .day(let d)?:
                return .event(place: place, date: d.description)
            case .span(let from, let to)?:
                let inSpan = (exact[key] ?? []).filter { $0 >= from && $0 <= to }
                return .event(place: place, date: inSpan.count == 1 ? inSpan.first!.description : nil)
            case nil:
                return .event(place: place, date: nil)
            }
        }
        /// An undated meeting at a venue the corpus dates elsewhere is taken to be the dated one
        /// nearest to the document's publication (within two weeks).
        func undated(_ e: EventRef, published: SimpleDate?) -> EventRef {
            guard e.date == nil, let published, let days = exact[NameKey.of(e.place)] else { return e }
            let near = days.filter { abs($0.dayNumber - published.dayNumber) <= 14 }
            guard let best = near.min(by: { (abs($0.dayNumber - published.dayNumber), $0) < (abs($1.dayNumber - published.dayNumber), $1) }) else { return e }
            return EventRef(place: e.place, date: .day(best))
        }
        var graph = ActorGraph()
        var forms: [ActorRef: Set<String>] = [:]
        for d in documents { for (ref, set) in d.forms { forms[ref, default: []].formUnion(set) } }
        var actors: [ActorRef: Actor] = [:]
        func actor(_ ref: ActorRef) -> Actor {
            if let made = actors[ref] { return made }
            let made = Actor(name: ref.name, kind: ref.kind, aliases: (forms[ref] ?? []).sorted())
            actors[ref] = made
            return made
        }
        // Evidence is gathered per edge first and merged into the graph once per edge: merging
        // sentence by sentence would re-sort an edge's evidence on every sentence.
        var order: [EdgeKey] = []
        var pending: [EdgeKey: (Actor, Actor, [Evidence])] = [:]
        func relate(_ s: Actor, _ r: RelationKind, _ o: Actor, _ evidence: Evidence) {
            guard s.id != o.id, r.allows(subject: s.kind, object: o.kind) else { return }
            let key = EdgeKey(s.id, r, o.id)
            if pending[key] == nil {
                order.append(key)
                pending[key] = (s, o, [evidence])
            } else {
                pending[key]!.2.append(evidence)
            }
        }
        for (d, i) in all {
            let f = documents[d].findings[i]
            let object: Actor
            switch f.object {
            case .actor(let ref): object = actor(ref)
            case .event(let e): object = eventActor(undated(e, published: published[f.evidence.doc]))
            }
            switch f.relation {
            case .represents:
                // An armed group's negotiator or commander is tied to it (their attendance and
                // stance are the group's) but the graph has no person-to-group `represents` edge.
                relate(actor(f.subject), .represents, object, f.evidence)
            case .attended:
                relate(actor(f.subject), .attended, object, f.evidence)
                if f.subject.kind == .person {
                    for rep in represented[f.subject, default: []].sorted() { relate(actor(rep), .attended, object, f.evidence) }
                }
            case .memberOf:
                // A person is no member of an alliance; the kind rule drops such a finding.
                relate(actor(f.subject), .memberOf, object, f.evidence)
            case .backs, .opposes, .coordinatesWith:
                let subjects = f.subject.kind == .person ? represented[f.subject, default: []].sorted() : [f.subject]
                var objects = [object]
                if f.relation == .coordinatesWith, case .actor(let o) = f.object, o.kind == .person {
                    objects = represented[o, default: []].sorted().map(actor)
                }
                for s in subjects {
                    // "welcomed the delegations on behalf of President X": a state acting for its own
                    // leader neither backs nor opposes him; that tie is `represents`.
                    if f.relation != .coordinatesWith, case .actor(let o) = f.object, o.kind == .person, stated[o, default: []].contains(s) {
                        continue
                    }
                    for o in objects { relate(actor(s), f.relation, o, f.evidence) }
                }
            }
        }
        for key in order {
            let (s, o, evidence) = pending[key]!
            do {
                let sid = try graph.add(s)
                let oid = try graph.add(o)
                try graph.relate(sid, key.relation, oid, evidence: evidence)
            } catch {
                // A kind conflict (one name, two kinds) keeps the first kind; the edge is dropped.
                warnings.append(KindConflict.warning(s, key.relation, o, evidence: evidence, error: error))
            }
        }
        return graph
    }
}
