/// A node of the graph: a state, organization, armed group, person or event.
public struct Actor: Hashable, Codable, Sendable {
    /// Stable identifier, unique in a graph.
    public var id: ActorID
    /// The display name ("Russia", "Sergei Lavrov", "Vienna 2015-10-30").
    public var name: String
    public var kind: ActorKind
    /// Other names the actor goes by, sorted and without the display name.
    public private(set) var aliases: [String]
    /// Where an event took place; nil for other kinds or when unknown.
    public var place: String?
    /// When an event took place (`YYYY-MM-DD`); nil for other kinds or when unknown.
    public var date: String?

    /// Creates an actor; the id defaults to one derived from the name (for events, from place and
    /// date).
    public init(
        id: ActorID? = nil, name: String, kind: ActorKind, aliases: [String] = [],
        place: String? = nil, date: String? = nil
    ) {
        self.name = name
        self.kind = kind
        self.place = place
        self.date = date
        if let id {
            self.id = id
        } else if kind == .event, let place {
            self.id = .forEvent(place: place, date: date)
        } else {
            self.id = .forName(name)
        }
        self.aliases = []
        addAliases(aliases)
    }

    /// Creates an event at `place` on `date` named "Place YYYY-MM-DD".
    public static func event(place: String, date: String?) -> Actor {
        Actor(name: "\(place) \(date ?? "(date unknown)")", kind: .event, place: place, date: date)
    }

    /// Every name the actor answers to: the display name first, then the aliases.
    public var names: [String] { [name] + aliases }

    /// Adds names, keeping the list sorted, unique and free of the display name.
    public mutating func addAliases(_ more: some Sequence<String>) {
        // An actor has a few names: a linear search costs less than a set's table and hashes
        // (loading a graph adds every actor's names). Equality is a set's (`String`'s ==), and
        // the first of equal names is kept, as a set keeps it.
        // A decoded actor's list may be neither: made so first, as a set would make it.
        if !zip(aliases, aliases.dropFirst()).allSatisfy({ $0 < $1 }) { aliases = Set(aliases).sorted() }
        var names = aliases
        var set: Set<String>?
        for alias in more {
            let trimmed = alias.trimmingWhitespace
            guard !trimmed.isEmpty, trimmed != name else { continue }
            if set == nil, names.count >= 16 { set = Set(names) }
            if set == nil ? !names.contains(trimmed) : set?.insert(trimmed).inserted == true {
                names.append(trimmed)
            }
        }
        // The list was sorted and unique already: only new names need sorting.
        if names.count > aliases.count { aliases = names.sorted() }
    }
}

extension String {
    /// The form raw values of kinds and relations take: lowercase, `-` and spaces as `_`
    /// ("Armed group" → `armed_group`).
    var snakeCased: String {
        lowercased().replacingOccurrences(of: "-", with: "_").replacingOccurrences(of: " ", with: "_")
    }

    var trimmingWhitespace: String {
        var scalars = Substring(self)
        while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}
