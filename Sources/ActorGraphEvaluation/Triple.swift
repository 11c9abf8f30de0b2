/// A (subject, relation, object) statement in comparison form: names normalised and mapped
/// through the alias table, events as `event:<place>:<date>`, symmetric relations with their ends
/// in sorted order.
public struct Triple: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let subject: String
    public let relation: String
    public let object: String

    /// Relations whose two directions are one statement.
    static let symmetricRelations: Set<String> = ["coordinates_with"]

    public init(subject: String, relation: String, object: String) {
        if Self.symmetricRelations.contains(relation), object < subject {
            (self.subject, self.object) = (object, subject)
        } else {
            (self.subject, self.object) = (subject, object)
        }
        self.relation = relation
    }

    public static func < (lhs: Triple, rhs: Triple) -> Bool {
        (lhs.subject, lhs.relation, lhs.object) < (rhs.subject, rhs.relation, rhs.object)
    }

    public var description: String { "(\(subject), \(relation), \(object))" }
}
