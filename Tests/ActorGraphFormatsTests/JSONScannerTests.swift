@testable import ActorGraphFormats
import Foundation
import Testing

@Suite("JSONScanner")
struct JSONScannerTests {
    @Test(arguments: [
        ("0", 0), ("-0", 0), ("42", 42), ("-42", -42), ("1.0", 1), ("1e2", 100), ("1E+2", 100), ("100e-2", 1),
        ("0.1e1", 1), ("-1.0e+1", -10), ("9223372036854775807", Int.max), ("-9223372036854775808", Int.min),
        ("12345678901234567.0", 12_345_678_901_234_567), ("1e18", 1_000_000_000_000_000_000),
    ])
    func integersAreReadExactly(text: String, value: Int) {
        #expect(integer(text) == value)
    }

    @Test(arguments: ["", "-", "01", "1.", ".5", "+1", "1.5", "1e-2", "1e19", "9223372036854775808", "-9223372036854775809", "5e-324", "1e", "1.5.5", "--1"])
    func nonIntegersAreRefused(text: String) {
        #expect(integer(text) == nil)
    }

    func integer(_ text: String) -> Int? {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { JSONScanner($0).integer(0..<bytes.count) }
    }

    /// The eight-bytes-at-a-time scan must stop at a quote, backslash, control or non-ASCII byte
    /// wherever it falls in a word: every position in strings of every length up to 40.
    @Test func stringsEndAndDecodeWhereverTheirSpecialBytesFall() throws {
        let specials: [(raw: [UInt8], decoded: String?)] = [
            (Array(#"\""#.utf8), "\""), (Array(#"\\"#.utf8), "\\"), (Array(#"\n"#.utf8), "\n"),
            (Array(#"\u00e9"#.utf8), "é"), (Array(#"\ud83d\ude80"#.utf8), "🚀"), (Array("é".utf8), "é"),
            (Array("中".utf8), "中"), ([0x09], nil), ([0x01], nil), ([0xE9], nil), ([0x7F], "\u{7F}"),
        ]
        for length in 0...40 {
            for at in 0...length {
                for special in specials {
                    let before = String(repeating: "a", count: at)
                    let after = String(repeating: "b", count: length - at)
                    let bytes = [UInt8(ascii: "\"")] + Array(before.utf8) + special.raw + Array(after.utf8) + Array(#"","#.utf8)
                    bytes.withUnsafeBufferPointer { buffer in
                        var scanner = JSONScanner(buffer)
                        let token = try? scanner.scanString()
                        #expect(token?.end == bytes.count - 2, "length \(length) at \(at)")
                        #expect(scanner.position == bytes.count - 1)
                        let text = token.flatMap { scanner.string($0) }
                        #expect(text == special.decoded.map { before + $0 + after }, "length \(length) at \(at): \(special.raw)")
                    }
                }
            }
        }
    }

    @Test func anUnterminatedStringIsASyntaxError() {
        let bytes = Array(#""abcdefghijklmnopqrstuvwxyz\""#.utf8)
        bytes.withUnsafeBufferPointer { buffer in
            var scanner = JSONScanner(buffer)
            #expect(throws: JSONReadError.syntax) { try scanner.scanString() }
        }
    }

    /// Whitespace is skipped eight bytes at a time (one space inline): every run of spaces, line
    /// breaks and tabs up to 20 bytes, ended by each kind of byte that is not whitespace (control
    /// and non-ASCII bytes included) or by the end of the bytes, stops where a byte-by-byte skip
    /// stops.
    @Test func whitespaceIsSkippedToTheFirstOtherByteWhereverItFalls() {
        let whitespace: [UInt8] = [0x20, 0x0A, 0x0D, 0x09]
        let enders: [UInt8?] = [nil, UInt8(ascii: "{"), UInt8(ascii: "\""), 0x00, 0x0B, 0x0C, 0x1F, 0x21, 0x7F, 0x80, 0xFF]
        var rng = SplitMix(seed: 11)
        for length in 0...20 {
            for _ in 0..<30 {
                let run = (0..<length).map { _ in whitespace[rng.next(whitespace.count)] }
                for ender in enders {
                    let bytes = run + (ender.map { [$0] + Array("x     ".utf8) } ?? [])
                    bytes.withUnsafeBufferPointer { buffer in
                        var scanner = JSONScanner(buffer)
                        scanner.skipWhitespace()
                        #expect(scanner.position == run.count, "\(run) then \(String(describing: ender))")
                    }
                }
            }
        }
    }

    /// `validString` (decoding, then comparing the bytes) refuses exactly what
    /// `String(validating:as:)` refuses, and gives the same string otherwise.
    @Test func validStringAgreesWithStringValidating() {
        let pieces: [[UInt8]] = [
            Array("a".utf8), Array("é".utf8), Array("中".utf8), Array("🚀".utf8), Array("\u{FFFD}".utf8), [0x00],
            [0x80], [0xC0, 0x80], [0xE9], [0xED, 0xA0, 0x80], [0xF0, 0x9F, 0x98], [0xF4, 0x90, 0x80, 0x80], [0xFF], [0xEF, 0xBF],
        ]
        var rng = SplitMix(seed: 12)
        for _ in 0..<3000 {
            let bytes = (0..<rng.next(8)).flatMap { _ in pieces[rng.next(pieces.count)] }
            bytes.withUnsafeBufferPointer { buffer in
                #expect(JSONScanner.validString(buffer) == String(validating: buffer, as: UTF8.self), "\(bytes)")
            }
        }
    }

    /// A string with escapes is copied a run at a time between them; a control byte in a run
    /// still makes it invalid, wherever it is.
    @Test func escapedStringsAreCopiedByRunsAndRefuseControlBytes() {
        for (raw, decoded) in [
            (#""say \"no\" twice""#, "say \"no\" twice"), (#""\\""#, "\\"), (#""a\/b\u00e9c""#, "a/béc"),
            ("\"a\\nb\tc\"", nil), ("\"\\n\u{01}\"", nil), ("\"\u{1F}x\\n\"", nil),
        ] as [(String, String?)] {
            let bytes = Array(raw.utf8)
            bytes.withUnsafeBufferPointer { buffer in
                var scanner = JSONScanner(buffer)
                let token = try? scanner.scanString()
                #expect(token.flatMap { scanner.string($0) } == decoded, "\(raw)")
            }
        }
    }
}
