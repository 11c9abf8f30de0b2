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

    public enum Form: Hashable, Sendable {
        case name, alias, demonym, metonym, generic, person, pronoun, derived, eventNoun
    }

    public init(range: Range<Int>, actor: ActorRef, role: Role = .actor, form: Form) {
        self.range = range
        self.actor = actor
        self.role = role
        self.form = form
    }
}
