import ActorGraphModel
import ActorGraphQueries
import ArgumentParser

/// A comma-separated list of relation kinds (`backs,opposes`), parsed once, when the command line
/// is: an unknown name is a usage error before any file is read.
struct RelationList: ExpressibleByArgument, Hashable, CustomStringConvertible {
    /// The kinds named, at least one.
    var kinds: Set<RelationKind>

    init?(argument: String) {
        guard let kinds = try? GraphFilter.relations(fromList: argument) else { return nil }
        self.kinds = kinds
    }

    /// Every value, comma-separated, in the model's order: for help texts.
    static let values = RelationKind.allCases.map(\.rawValue).joined(separator: ", ")

    // The values are listed in the option's help instead of `allValueStrings`, which would make
    // ArgumentParser's error for a bad value span seven lines.
    static var defaultCompletionKind: CompletionKind { .list(RelationKind.allCases.map(\.rawValue)) }

    var description: String {
        RelationKind.allCases.filter(kinds.contains).map(\.rawValue).joined(separator: ",")
    }
}

/// A comma-separated list of actor kinds (`state,armed_group`), parsed once, when the command
/// line is.
struct KindList: ExpressibleByArgument, Hashable, CustomStringConvertible {
    /// The kinds named, at least one.
    var kinds: Set<ActorKind>

    init?(argument: String) {
        guard let kinds = try? GraphFilter.kinds(fromList: argument) else { return nil }
        self.kinds = kinds
    }

    /// Every value, comma-separated, in the model's order: for help texts.
    static let values = ActorKind.allCases.map(\.rawValue).joined(separator: ", ")

    static var defaultCompletionKind: CompletionKind { .list(ActorKind.allCases.map(\.rawValue)) }

    var description: String {
        ActorKind.allCases.filter(kinds.contains).map(\.rawValue).joined(separator: ",")
    }
}
