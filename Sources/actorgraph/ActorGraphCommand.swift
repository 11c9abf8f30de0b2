import ArgumentParser

/// The `actorgraph` command line: each subcommand lives in its own file and only wires the
/// library modules together.
@main
struct ActorGraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "actorgraph",
        abstract: "Build, query, draw and export typed graphs of political actors from news.",
        version: ActorGraphCommand.version,
        subcommands: [
            BuildCommand.self,
            RenderCommand.self,
            PathCommand.self,
            NeighborsCommand.self,
            WhoCommand.self,
            CampsCommand.self,
            ExportCommand.self,
            LoadCommand.self,
            EvalCommand.self,
        ]
    )

    /// What `actorgraph --version` prints.
    static let version = "0.2.0"
}
