import ActorGraphModel

/// A meeting as one sentence states it: where, and as precisely as the text dates it.
public struct EventRef: Hashable, Codable, Sendable {
    public var place: String
    /// nil when the text gives no usable date.
    public var date: ResolvedDate?
}

/// What an edge points at: an actor, or an event still to be matched against the corpus's other
/// mentions of meetings at the same place.
public enum Target: Hashable, Codable, Sendable {
    case actor(ActorRef)
    case event(EventRef)
}

/// One edge stated by one sentence of one document.
public struct Finding: Hashable, Codable, Sendable {
    public var subject: ActorRef
    public var relation: RelationKind
    public var object: Target
    public var evidence: Evidence
    /// Inferred from context rather than stated ("President X" in a sentence naming one
    /// state); the aggregator uses it only for a person no sentence ties to anyone else.
    public var isTentative = false

    /// The names of the readings that no rule file line makes (``Evidence/rule``).
    /// A person's title ties them to the state or body they act for ("Russian Foreign Minister X").
    public static let titleRule = "title"
    /// A role clause after a name ties the person to the body it names ("X Y, who heads the army").
    public static let roleClauseRule = "role clause"
    /// A well-known person the text names, tied to whom they act for by `leaders.tsv`.
    public static let knownPersonRule = "known person"
    /// The named head of a delegation attended the meeting in question ("X led Ukraine's team").
    public static let delegationHeadRule = "delegation head"
    /// The leader an "X-led" name gives is a member ("the US-led coalition").
    public static let leaderNameRule = "X-led name"
    /// A titled speaker quoted in a story datelined at the meeting's venue took part in it
    /// ("VIENNA — … Russian Foreign Minister Sergei Lavrov told reporters").
    public static let datelineSpeakerRule = "dateline speaker"
    /// A person who speaks under a heading that sets a meeting's place and day ("22 January,
    /// Montreux. … Kerry told the hall …") took part in it.
    public static let sceneSpeakerRule = "scene speaker"
    /// A state's delegate who speaks right after a seated body's session was named ("The Soviet
    /// delegate, X, replied …") took part in it (``MeetingPresence/sessionSpeakers(in:)``).
    public static let sessionSpeakerRule = "session speaker"
    /// A person named in a sentence that names a meeting on a known day, stating a fact, was
    /// there (``MeetingPresence``).
    public static let meetingPresenceRule = "named at the meeting"
    /// A person named in a sentence about a meeting's scene ("around the table", "in the room")
    /// after the meeting was named was there (``MeetingPresence``).
    public static let scenePresenceRule = "named in the meeting's scene"
    /// An actor a guest list names ("The guest list: …", "Participants: …", or a roster one to a
    /// line under a heading) was at the meeting named before (``MeetingPresence/guests(in:)``,
    /// ``MeetingPresence/rosterEntries(in:)``).
    public static let guestListRule = "guest list"
    /// A person a sentence that names no meeting places in the city of the meeting named before
    /// ("X was also in Kazan") was at it (``Extractor/personsInVenue(_:venue:)``).
    public static let venuePresenceRule = "in the meeting's city"
    /// A person named in a sentence that names no meeting but in which a rule placed someone at
    /// one ("Egypt is represented by Prime Minister X") was there too (``MeetingPresence``).
    public static let companyPresenceRule = "named with those at the meeting"

    public init(subject: ActorRef, relation: RelationKind, object: Target, evidence: Evidence, isTentative: Bool = false) {
        self.subject = subject
        self.relation = relation
        self.object = object
        self.evidence = evidence
        self.isTentative = isTentative
    }
}

/// Everything one document yields: its edges, the actors it mentions (for the report) and
/// warnings.
public struct DocumentFindings: Hashable, Sendable {
    public var document: String
    /// The publication date, when known.
    public var published: String?
    public var findings: [Finding]
    /// Every meeting the document dates to the day, named in an edge or not; rough dates
    /// elsewhere ("last week") snap to these.
    public var datedEvents: Set<EventRef> = []
    public var actors: Set<ActorRef>
    /// How the document writes each actor's name ("Moscow", "the Kremlin", "Sergey Lavrov"):
    /// names, aliases, capitals and full person names, not pronouns or role references.
    public var forms: [ActorRef: Set<String>] = [:]
    public var warnings: [String]
}
