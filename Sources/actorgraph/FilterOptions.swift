import ActorGraphModel
import ActorGraphQueries
import ArgumentParser

/// The filters every query and drawing command shares: which relations, actor kinds, support,
/// documents and event dates to look at. See ``GraphFilter`` for what each one keeps.
struct FilterOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Only these relations, comma-separated: \(RelationList.values).", valueName: "list"))
    var relations: RelationList?

    @Option(help: ArgumentHelp("Only actors of these kinds, comma-separated: \(KindList.values).", valueName: "list"))
    var kinds: KindList?

    @Option(name: .customLong("min-support"), help: ArgumentHelp("Only edges stated in at least this many documents.", valueName: "n"))
    var minSupport: Int = 0

    @Option(help: ArgumentHelp("Only evidence from these documents, comma-separated file names; support then counts these alone.", valueName: "list"))
    var docs: String?

    @Option(help: ArgumentHelp("Only events on or after this date (YYYY, YYYY-MM or YYYY-MM-DD); undated events go too.", valueName: "date"))
    var from: String?

    @Option(help: ArgumentHelp("Only events on or before this date; undated events go too.", valueName: "date"))
    var to: String?

    /// Whether no filter but --relations is given: a query a store's index snapshot answers alone.
    var onlyRelations: Bool {
        kinds == nil && minSupport == 0 && docs == nil && from == nil && to == nil
    }

    /// The filter the options describe.
    func filter() throws -> GraphFilter {
        try GraphFilter(
            relations: relations?.kinds,
            kinds: kinds?.kinds,
            minimumSupport: minSupport,
            documents: try docs.map { Set(try GraphFilter.items($0, "--docs")) },
            from: from, to: to)
    }
}

/// A loaded, filtered and indexed graph, and the unfiltered one for telling "unknown" from
/// "filtered out".
struct QuerySubject {
    let full: ActorGraph
    let indexed: IndexedGraph
    let filter: GraphFilter

    init(_ graph: GraphOptions, _ filters: FilterOptions) throws {
        let filter = try filters.filter()
        full = try graph.load()
        self.filter = filter
        indexed = IndexedGraph(filter.apply(to: full))
    }

    var graph: ActorGraph { indexed.graph }

    /// The one actor `name` denotes in the filtered graph.
    func actor(_ name: String) throws -> Actor { try indexed.resolve(name, unfiltered: full) }

    /// The display name of `id`.
    func name(_ id: ActorID) -> String { full[id]?.name ?? id.rawValue }
}
