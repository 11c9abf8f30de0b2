/// A stretch of a sentence's tokens that names an actor, a place or an event.
public struct Mention: Hashable, Sendable {
    public enum Role: Hashable, Sendable {
        /// Acts: can be the subject or object of a relation.
        case actor
        /// A location ("talks in Vienna", "in Moscow on Tuesday"): a venue, not an actor.
        case place
        /// A meeting, talks or conference; `EventResolver` gives it place and date.
        case event
    }

    /// Token indices in the sentence.
    public var range: Range<Int>
    public var actor: ActorRef
    public var role: Role
    /// The lexicon form that matched (name, alias, demonym, metonym), person, pronoun or derived.
    public var form: Form
    /// The other actors a counted reference stands for: "the two sides" is `actor` and these.
    public var partners: [ActorRef]

    public enum Form: Hashable, Sendable {
        case name, alias, demonym, metonym, generic, person, pronoun, derived, eventNoun
        /// "the two sides", "both countries": a pair named before.
        case pair
        /// "the leaders", "the three countries": the sides of the meeting in context.
        case group
    }

    public init(range: Range<Int>, actor: ActorRef, role: Role = .actor, form: Form, partners: [ActorRef] = []) {
        self.range = range
        self.actor = actor
        self.role = role
        self.form = form
        self.partners = partners
    }

    /// This mention and, for a counted reference, one mention per partner (same tokens).
    var members: [Mention] {
        [self] + partners.map { Mention(range: range, actor: $0, role: role, form: form) }
    }
}
