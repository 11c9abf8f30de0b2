// swift-tools-version: 6.0
// libFuzzer targets for ActorGraph, kept out of the main package so its build is untouched.
// Built and run by `make fuzz` (see the Makefile):
//   swift build --scratch-path .build-fuzz -Xswiftc -sanitize=fuzzer,address
//   FuzzExtractor  arbitrary bytes as a document, and as sentences, through the whole build
//   FuzzReaders    arbitrary bytes through the YAML, JSON, CSV and GraphML readers
import Foundation
import PackageDescription

// A path dependency's identity is its folder's name, which differs between clones and worktrees.
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().lastPathComponent

let package = Package(
    name: "ActorGraphFuzz",
    platforms: [.macOS(.v13)],
    dependencies: [.package(path: "..")],
    targets: [
        .executableTarget(
            name: "FuzzExtractor",
            dependencies: [
                .product(name: "ActorGraphExtraction", package: root),
                .product(name: "ActorGraphModel", package: root),
            ]
        ),
        .executableTarget(
            name: "FuzzReaders",
            dependencies: [
                .product(name: "ActorGraphFormats", package: root),
                .product(name: "ActorGraphModel", package: root),
            ]
        ),
    ]
)
