import ActorGraphModel

/// A set of relation kinds packed in one byte, as the index's hot loops test it.
///
/// Bit `k` stands for the relation whose ``RelationKind/code`` is `k`.
public struct RelationMask: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8

    public init(rawValue: UInt8) { self.rawValue = rawValue }

    /// The mask holding exactly `kinds`.
    public init(_ kinds: some Sequence<RelationKind>) {
        rawValue = kinds.reduce(0) { $0 | (1 << $1.code) }
    }

    public static let backs = RelationMask([RelationKind.backs])
    public static let opposes = RelationMask([RelationKind.opposes])
    public static let coordinatesWith = RelationMask([RelationKind.coordinatesWith])
    public static let attended = RelationMask([RelationKind.attended])
    public static let represents = RelationMask([RelationKind.represents])
    public static let memberOf = RelationMask([RelationKind.memberOf])

    /// Every relation kind.
    public static let all = RelationMask(RelationKind.allCases)

    /// The kinds whose edges have no direction (A–B is B–A).
    public static let symmetric = RelationMask(RelationKind.allCases.filter(\.isSymmetric))

    /// Whether the mask holds the relation with this code.
    @inline(__always)
    public func contains(code: UInt8) -> Bool { rawValue & (1 << code) != 0 }

    /// Whether the mask holds `kind`.
    public func contains(_ kind: RelationKind) -> Bool { contains(code: kind.code) }

    /// The kinds in the mask, in declaration order.
    public var kinds: [RelationKind] { RelationKind.allCases.filter { contains($0) } }
}

extension RelationKind {
    /// The relation's small integer code in the index: its position in `allCases`.
    public var code: UInt8 { UInt8(Self.allCases.firstIndex(of: self)!) }

    /// The relation with index code `code`, if any.
    public init?(code: UInt8) {
        guard Int(code) < Self.allCases.count else { return nil }
        self = Self.allCases[Int(code)]
    }
}
