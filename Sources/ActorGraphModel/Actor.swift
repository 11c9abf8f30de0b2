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
        var set = Set(aliases)
        for alias in more {
            let trimmed = alias.trimmingWhitespace
            if !trimmed.isEmpty, trimmed != name { set.insert(trimmed) }
        }
        aliases = set.sorted()
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
