import ActorGraphExtraction
import ActorGraphModel
import Foundation

/// The extractor over the bundled lexicon and rules, made once per process as `actorgraph build`
/// makes it once per run (making it is what takes time; each input is then cheap).
let extractor = Extractor(lexicon: try! Lexicon.bundled(), rules: try! RuleSet.bundled())

/// The function libFuzzer calls with each input: its bytes, read as `actorgraph build` reads a
/// document (invalid UTF-8 repaired), go through the whole build: as one document, and split at
/// line breaks and NULs into sentences of their own. Any trap is a finding; libFuzzer's
/// `-timeout=1` makes anything slower than a second one too. (Exported under libFuzzer's name
/// too: its runtime, linked whole, refers to it.)
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzExtractor(_ data: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let bytes = UnsafeBufferPointer(start: data, count: count)
    let text = String(decoding: bytes, as: UTF8.self)
    let sentences = bytes.split(whereSeparator: { $0 == 0x0A || $0 == 0x0D || $0 == 0 })
        .map { String(decoding: $0, as: UTF8.self) + "." }
        .joined(separator: " ")
    let corpus = Corpus(documents: [
        Document(name: "bytes.txt", text: text, published: "2024-03-15"),
        Document(name: "sentences.txt", text: sentences, published: nil),
    ])
    // What BuildResult.build does, with the extractor made once.
    var warnings: [String] = []
    _ = Aggregator.graph(extractor.extract(corpus.documents), warnings: &warnings)
    return 0
}

// SwiftPM gives an executable its own `main`, so libFuzzer's is not linked: hand control to
// libFuzzer's driver, which parses the usual flags (-max_total_time, -timeout, corpus folders).
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
) -> CInt

var argc = CommandLine.argc
var argv = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv, fuzzExtractor))
