import ActorGraphModel
import ActorGraphQueries
import ArgumentParser

/// `actorgraph camps`: the sides of the conflict by generalised structural balance.
struct CampsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "camps",
        abstract: "Split the actors into camps, as many as needed, frustrating as few ties as possible.",
        discussion: """
            backs, coordinates_with and member_of are friendly ties, opposes hostile; \
            attended and represents carry no sign. A person who represents one state or organization joins \
            its camp; events join none. All signed edges between two actors merge into one tie \
            weighing the sum of sign × support (at least 1 per edge). Frustration is the weight \
            of friendly ties across camps plus hostile ties inside one. Each connected group is \
            split into however many camps minimise it (weak structural balance, correlation \
            clustering): a common enemy of two camps gets a camp of its own. On equal \
            frustration the split that breaks the least membership wins (a coalition member \
            that coordinates with the other side stays in its coalition's camp and the \
            coordination is flagged), then the one with fewer camps. Groups of at most --exact-limit actors are solved \
            exactly by branch and bound; larger ones by local search, with the bound it \
            guarantees (never worse than one camp or the best two-camp split found).

            Examples:
              actorgraph camps
              actorgraph camps --evidence
              actorgraph camps --docs a.txt,b.txt --json
            """)

    @OptionGroup var graph: GraphOptions
    @OptionGroup var filters: FilterOptions

    @Option(name: .customLong("exact-limit"), help: ArgumentHelp("The largest group solved exactly, by branch and bound (about a second at 26 on dense groups; a search over its node budget is reported as not proven).", valueName: "n"))
    var exactLimit: Int = 26

    @Option(help: ArgumentHelp("Random starts of the local search for larger groups.", valueName: "n"))
    var restarts: Int = 32

    @Option(help: ArgumentHelp("Random seed of the local search.", valueName: "n"))
    var seed: UInt64 = 1

    @Flag(help: "Print the evidence sentences of each frustrated tie.")
    var evidence = false

    @Flag(help: "Print JSON.")
    var json = false

    func validate() throws {
        if !(0...64).contains(exactLimit) { throw ValidationError("--exact-limit must be between 0 and 64") }
        if restarts < 0 { throw ValidationError("--restarts must be 0 or more") }
    }

    func run() throws {
        let subject = try QuerySubject(graph, filters)
        let graph = subject.graph
        let analysis = CampAnalysis(graph, options: .init(exactLimit: exactLimit, restarts: restarts, seed: seed))
        if json {
            print(QueryJSON.encode(Report(analysis, graph)))
            return
        }
        guard !analysis.camps.isEmpty else {
            print("No signed ties (backs, opposes, coordinates_with, member_of) to split into camps.")
            return
        }
        for camp in analysis.camps {
            print("\(camp.label) (\(camp.members.count) actor\(camp.members.count == 1 ? "" : "s"))")
            print("  " + camp.members.map(subject.name).joined(separator: ", "))
        }
        for (i, component) in analysis.components.enumerated() {
            let scope = analysis.components.count > 1 ? "Group \(i + 1) (\(component.size) actors): frustration" : "Frustration"
            let camps = "\(component.campCount) camp\(component.campCount == 1 ? "" : "s")"
            if component.isExact {
                let optimum = "\(scope) \(component.frustration) with \(camps), exact optimum"
                switch component.optimalPartitions {
                case 1?: print("\(optimum), the only split that reaches it.")
                case let splits?: print("\(optimum), reached by \(splits) splits (shown: one with the fewest camps).")
                case nil: print("\(optimum) (other splits reaching it not counted).")
                }
            } else {
                print("\(scope) \(component.frustration) with \(camps), by local search (guaranteed at most \(component.bound ?? 0); not proven optimal).")
            }
        }
        if !analysis.frustratedTies.isEmpty {
            let count = analysis.frustratedTies.count
            print("\(count) frustrated tie\(count == 1 ? "" : "s"), total weight \(analysis.frustration):")
            for tie in analysis.frustratedTies {
                // A frustrated tie is friendly across camps or hostile inside one.
                let why = tie.weight > 0 ? "friendly across camps" : "hostile inside a camp"
                print("  \(subject.name(tie.ends.0)) – \(subject.name(tie.ends.1)), weight \(tie.weight), \(why):")
                for edge in tie.relations {
                    print("    \(edge.line(name: subject.name))  [\(edge.documents.joined(separator: ", "))]")
                    if evidence {
                        for item in edge.evidence { print("      \(item.doc) #\(item.sentence): \(item.quote)") }
                    }
                }
            }
        }
        if !analysis.contestedTies.isEmpty {
            print("Contested ties (friendly and hostile edges cancel out):")
            for tie in analysis.contestedTies {
                print("  \(subject.name(tie.ends.0)) – \(subject.name(tie.ends.1)): " + tie.relations.map { $0.line(name: subject.name) }.joined(separator: "; "))
            }
        }
        if !analysis.unaligned.isEmpty {
            print("No signed tie: " + analysis.unaligned.map(subject.name).joined(separator: ", "))
        }
    }

    private struct Report: Encodable {
        struct Camp: Encodable {
            let label: String
            let group: Int
            let members: [QueryJSON.ActorRef]
        }

        struct Tie: Encodable {
            let ends: [QueryJSON.ActorRef]
            let weight: Int
            let edges: [QueryJSON.Edge]
        }

        struct Group: Encodable {
            let size: Int
            let frustration: Int
            let exact: Bool
            let camps: Int
            let optimalSplits: Int?
            let bound: Int?
        }

        let camps: [Camp]
        let frustration: Int
        let frustratedTies: [Tie]
        let contestedTies: [Tie]
        let unaligned: [QueryJSON.ActorRef]
        let groups: [Group]

        init(_ analysis: CampAnalysis, _ graph: ActorGraph) {
            camps = analysis.camps.map { .init(label: $0.label, group: $0.component, members: $0.members.map { .init($0, in: graph) }) }
            frustration = analysis.frustration
            func tie(_ tie: CampAnalysis.Tie) -> Tie {
                Tie(ends: [.init(tie.ends.0, in: graph), .init(tie.ends.1, in: graph)], weight: tie.weight,
                    edges: tie.relations.map { .init($0, in: graph) })
            }
            frustratedTies = analysis.frustratedTies.map(tie)
            contestedTies = analysis.contestedTies.map(tie)
            unaligned = analysis.unaligned.map { .init($0, in: graph) }
            groups = analysis.components.map {
                .init(size: $0.size, frustration: $0.frustration, exact: $0.isExact, camps: $0.campCount, optimalSplits: $0.optimalPartitions, bound: $0.bound)
            }
        }
    }
}
