// swift-tools-version: 6.0
// ActorGraph: news articles → a typed, sourced graph of political actors → diagrams, queries, exports.
//
// The targets follow the data flow, one direction only:
//   ActorGraphExtraction (text → graph)
//   ActorGraphModel (the typed graph: kinds, rules, merging, lookup; no text, no Graphviz)
//   ActorGraphStyle (how each actor and relation kind is drawn: the one style table)
//   ActorGraphQueries (index, paths, patterns, camps over the model)
//   ActorGraphEvaluation (scores a graph against gold edges, as score.py does)
//   ActorGraphFormats (graph.json, structured input, exports and imports)
//   ActorGraphRendering (DOT and in-process Graphviz through CGraphviz)
//   actorgraph (the CLI: wires the modules together, nothing else)
import PackageDescription

let package = Package(
    name: "ActorGraph",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "actorgraph", targets: ["actorgraph"]),
        .library(name: "ActorGraphModel", targets: ["ActorGraphModel"]),
        .library(name: "ActorGraphFormats", targets: ["ActorGraphFormats"]),
        .library(name: "ActorGraphRendering", targets: ["ActorGraphRendering"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "5.0.1"),
    ],
    targets: [
        .target(name: "ActorGraphModel"),
        .target(name: "ActorGraphStyle", dependencies: ["ActorGraphModel"]),
        .target(name: "ActorGraphEvaluation", dependencies: ["ActorGraphModel"]),
        .target(
            name: "ActorGraphFormats",
            dependencies: ["ActorGraphModel", "ActorGraphStyle", .product(name: "Yams", package: "Yams")]
        ),
        .target(name: "ActorGraphQueries", dependencies: ["ActorGraphModel"]),
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"])]
        ),
        .target(name: "ActorGraphRendering", dependencies: ["ActorGraphModel", "ActorGraphStyle", "CGraphviz"]),
        .executableTarget(
            name: "actorgraph",
            dependencies: [
                "ActorGraphModel", "ActorGraphFormats", "ActorGraphQueries", "ActorGraphRendering", "ActorGraphEvaluation",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "ActorGraphModelTests", dependencies: ["ActorGraphModel"]),
        .testTarget(name: "ActorGraphFormatsTests", dependencies: ["ActorGraphFormats"]),
        .testTarget(name: "ActorGraphStyleTests", dependencies: ["ActorGraphStyle"]),
        .testTarget(name: "ActorGraphEvaluationTests", dependencies: ["ActorGraphEvaluation"]),
        .testTarget(name: "ActorGraphQueriesTests", dependencies: ["ActorGraphQueries"]),
        .executableTarget(
            name: "QueryBenchmark", dependencies: ["ActorGraphModel", "ActorGraphQueries"], path: "Benchmarks/QueryBenchmark"),
        .testTarget(name: "ActorGraphRenderingTests", dependencies: ["ActorGraphRendering", "ActorGraphModel"]),
        // Renders a generated graph 20 times in one process, for `make leaks` (valgrind).
        .executableTarget(name: "RenderLeakCheck", dependencies: ["ActorGraphRendering", "ActorGraphModel"], path: "Benchmarks/RenderLeakCheck"),
    ]
)
