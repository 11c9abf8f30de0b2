// swift-tools-version: 6.0
// ActorGraph: news articles → a typed, sourced graph of political actors → diagrams, queries, exports.
//
// The targets follow the data flow, one direction only:
//   ActorGraphExtraction  text → graph: documents, sentences, mentions, actors, relations with evidence
//   ActorGraphModel       the typed graph: kinds and their rules, merging, lookup (no text, no Graphviz)
//   ActorGraphQueries     a compact index, paths, neighbourhoods, patterns, filters, camps
//   ActorGraphEvaluation  scores a graph against gold edges, as the reference score.py does
//   ActorGraphStyle       how each actor and relation kind is drawn: the one style table
//   ActorGraphFormats     graph.json (also read for a query's index only), hand-written input, exports and imports
//   ActorGraphRendering   Graphviz in-process through CGraphviz, and the interactive HTML page
//   ActorGraphStore       the SQLite store (GRDB): documents, the graph, a query index snapshot
//   actorgraph            the CLI: wires the modules together, nothing else
import PackageDescription

let package = Package(
    name: "ActorGraph",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "actorgraph", targets: ["actorgraph"]),
        .library(name: "ActorGraphExtraction", targets: ["ActorGraphExtraction"]),
        .library(name: "ActorGraphModel", targets: ["ActorGraphModel"]),
        .library(name: "ActorGraphQueries", targets: ["ActorGraphQueries"]),
        .library(name: "ActorGraphFormats", targets: ["ActorGraphFormats"]),
        .library(name: "ActorGraphRendering", targets: ["ActorGraphRendering"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "5.0.1"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        .target(
            name: "ActorGraphExtraction",
            dependencies: ["ActorGraphModel"],
            resources: [.process("Resources")]
        ),
        .target(name: "ActorGraphModel"),
        .target(name: "ActorGraphQueries", dependencies: ["ActorGraphModel"]),
        .target(name: "ActorGraphEvaluation", dependencies: ["ActorGraphModel"]),
        .target(name: "ActorGraphStyle", dependencies: ["ActorGraphModel"]),
        .target(
            name: "ActorGraphFormats",
            dependencies: ["ActorGraphModel", "ActorGraphQueries", "ActorGraphStyle", .product(name: "Yams", package: "Yams")]
        ),
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"])]
        ),
        .target(name: "ActorGraphRendering", dependencies: ["ActorGraphModel", "ActorGraphStyle", "CGraphviz"]),
        .target(
            name: "ActorGraphStore",
            dependencies: ["ActorGraphModel", "ActorGraphQueries", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .executableTarget(
            name: "actorgraph",
            dependencies: [
                "ActorGraphExtraction", "ActorGraphModel", "ActorGraphQueries", "ActorGraphEvaluation",
                "ActorGraphFormats", "ActorGraphRendering", "ActorGraphStore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        .testTarget(
            name: "ActorGraphExtractionTests",
            dependencies: ["ActorGraphExtraction", "ActorGraphModel", "ActorGraphEvaluation", "ActorGraphFormats"]
        ),
        .testTarget(name: "ActorGraphModelTests", dependencies: ["ActorGraphModel"]),
        .testTarget(name: "ActorGraphQueriesTests", dependencies: ["ActorGraphQueries"]),
        .testTarget(name: "ActorGraphEvaluationTests", dependencies: ["ActorGraphEvaluation"]),
        .testTarget(name: "ActorGraphStyleTests", dependencies: ["ActorGraphStyle"]),
        .testTarget(name: "ActorGraphFormatsTests", dependencies: ["ActorGraphFormats", "ActorGraphQueries"]),
        .testTarget(name: "ActorGraphStoreTests", dependencies: ["ActorGraphStore", "ActorGraphModel", "ActorGraphQueries"]),
        .testTarget(name: "ActorGraphRenderingTests", dependencies: ["ActorGraphRendering", "ActorGraphModel", "ActorGraphFormats", "ActorGraphQueries"]),

        // Benchmarks and checks run by `make bench` and `make leaks`, not by the tests.
        .executableTarget(
            name: "QueryBenchmark", dependencies: ["ActorGraphModel", "ActorGraphQueries"],
            path: "Benchmarks/QueryBenchmark"),
        // Times the phases of opening graph.json (read, decode, index), for Benchmarks/open.sh.
        .executableTarget(
            name: "OpenBenchmark", dependencies: ["ActorGraphFormats", "ActorGraphModel", "ActorGraphQueries"],
            path: "Benchmarks/OpenBenchmark"),
        // Renders a generated graph 20 times in one process, for `make leaks` (valgrind).
        .executableTarget(
            name: "RenderLeakCheck", dependencies: ["ActorGraphRendering", "ActorGraphFormats", "ActorGraphModel"],
            path: "Benchmarks/RenderLeakCheck",
            // valgrind's suppressions, read by `make leaks`, not by the build.
            exclude: ["graphviz.supp"]),
    ]
)
