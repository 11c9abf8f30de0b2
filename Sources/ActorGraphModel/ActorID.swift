/// The stable identifier of an actor, derived from its kind and name so that the same actor found
/// in two documents, or in two runs, gets the same id.
public struct ActorID: RawRepresentable, Hashable, Comparable, Codable, Sendable,
    ExpressibleByStringLiteral, CustomStringConvertible
{
    public let rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }

    /// The id of a non-event actor with this display name: a lowercase ASCII slug
    /// ("Bashar al-Assad" → `bashar-al-assad`).
    public static func forName(_ name: String) -> ActorID {
        ActorID(slug(name))
    }

    /// The id of an event at `place` on `date` (`YYYY-MM-DD`, or nil when unknown):
    /// `event-vienna-2015-10-30`.
    public static func forEvent(place: String, date: String?) -> ActorID {
        ActorID("event-" + slug(place) + "-" + (date ?? "undated"))
    }

    public var description: String { rawValue }

    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    public static func < (lhs: ActorID, rhs: ActorID) -> Bool { lhs.rawValue < rhs.rawValue }

    private static func slug(_ text: String) -> String {
        var out = ""
        var pendingDash = false
        for scalar in NameKey.foldedScalars(text) {
            if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                if pendingDash && !out.isEmpty { out.append("-") }
                out.unicodeScalars.append(scalar)
                pendingDash = false
            } else {
                pendingDash = true
            }
        }
        return out.isEmpty ? "actor" : out
    }
}
