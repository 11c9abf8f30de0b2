// swift-tools-version: 6.0
// ActorGraph: news articles → a typed, sourced graph of political actors → diagrams, queries, exports.
//
// The targets follow the data flow, one direction only:
//   ActorGraphExtraction (text → graph)
//   ActorGraphModel (the typed graph: kinds, rules, merging, lookup; no text, no Graphviz)
//   ActorGraphStyle (how each actor and relation kind is drawn: the one style table)
//   ActorGraphQueries (index, paths, patterns, camps over the model)
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
        .library(name: "ActorGraphExtraction", targets: ["ActorGraphExtraction"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "5.0.1"),
    ],
    targets: [
        .target(name: "ActorGraphModel"),
        .target(name: "ActorGraphStyle", dependencies: ["ActorGraphModel"]),
        .target(
            name: "ActorGraphFormats",
            dependencies: ["ActorGraphModel", "ActorGraphStyle", .product(name: "Yams", package: "Yams")]
        ),
        .target(
            name: "ActorGraphExtraction",
            dependencies: ["ActorGraphModel"],
            resources: [.process("Resources")]
        ),
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"])]
        ),
        .executableTarget(
            name: "actorgraph",
            dependencies: [
                "ActorGraphModel", "ActorGraphFormats", "ActorGraphExtraction",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "ActorGraphModelTests", dependencies: ["ActorGraphModel"]),
        .testTarget(name: "ActorGraphFormatsTests", dependencies: ["ActorGraphFormats"]),
        .testTarget(name: "ActorGraphStyleTests", dependencies: ["ActorGraphStyle"]),
        .testTarget(
            name: "ActorGraphExtractionTests",
            dependencies: ["ActorGraphExtraction", "ActorGraphModel", "ActorGraphFormats"],
            resources: [.copy("Fixtures")]
        ),
    ]
)
