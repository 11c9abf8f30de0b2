import ActorGraphFormats
import ActorGraphModel
import Foundation

/// The function libFuzzer calls with each input: its bytes go through every structured reader
/// `render` and `export` use — YAML and JSON documents, node-link JSON, CSV edge lists and
/// GraphML. Errors are the expected answer to bad input; a trap, a stack overflow or a hang is a
/// finding. (Exported under libFuzzer's name too: its runtime, linked whole, refers to it.)
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzReaders(_ data: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let bytes = Data(UnsafeBufferPointer(start: data, count: count))
    let text = String(decoding: bytes, as: UTF8.self)
    _ = try? StructuredInputDocument.parse(text, source: "input.yaml")
    _ = try? NodeLinkJSON.decode(bytes, source: "input.json")
    _ = try? StructuredInputCSV.parse(text, source: "input.csv")
    _ = try? GraphML.decode(bytes, source: "input.graphml")
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
exit(LLVMFuzzerRunDriver(&argc, &argv, fuzzReaders))
