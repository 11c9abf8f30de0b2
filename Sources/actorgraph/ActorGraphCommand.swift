import ArgumentParser

/// The `actorgraph` command line: each subcommand lives in its own file and only wires the
/// library modules together.
@main
struct ActorGraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "actorgraph",
        abstract: "Build, query, draw and export typed graphs of political actors from news.",
        subcommands: [
            BuildCommand.self,
            RenderCommand.self,
            PathCommand.self,
            NeighborsCommand.self,
            WhoCommand.self,
            CampsCommand.self,
            ExportCommand.self,
            EvalCommand.self,
        ]
    )
}
