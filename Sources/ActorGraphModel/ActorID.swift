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

    /// The raw value's hash, as `String` hashes it, without normalizing a raw value that is
    /// already in NFC because every scalar of it comes before U+0300 (the combining marks, and
    /// everything that composes, come after): `String` normalizes any non-ASCII string to hash
    /// it, some 2,000 instructions for an id with an "é", and every edge key hashes two ids. A
    /// string in NFC is hashed as its UTF-8 and a terminating 0xFF, so canonically equal ids
    /// hash alike whichever way they are hashed (`ActorIDTests`).
    public func hash(into hasher: inout Hasher) {
        let hashed = rawValue.utf8.withContiguousStorageIfAvailable { utf8 -> Bool in
            guard Self.precedesCombiningMarks(utf8) else { return false }
            hasher.combine(bytes: UnsafeRawBufferPointer(utf8))
            hasher.combine(0xFF as UInt8)
            return true
        }
        if hashed != true { hasher.combine(rawValue) }
    }

    /// Whether every scalar of `utf8` comes before U+0300: no byte is 0xCC or more (the lead
    /// bytes of U+0300 and above). Eight bytes at a time: a word without a high bit is ASCII.
    @inline(__always)
    private static func precedesCombiningMarks(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = utf8.baseAddress else { return true }
        let raw = UnsafeRawPointer(base)
        var i = 0
        while i + 8 <= utf8.count {
            if raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 != 0 {
                for k in i..<(i + 8) where base[k] >= 0xCC { return false }
            }
            i += 8
        }
        while i < utf8.count {
            if base[i] >= 0xCC { return false }
            i += 1
        }
        return true
    }

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
