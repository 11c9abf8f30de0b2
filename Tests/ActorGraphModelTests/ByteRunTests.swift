import ActorGraphModel
import Testing

/// ``ByteRun`` writes what the writers it serves wrote before: `String(value)` for decimals, and
/// the archives' zigzag LEB128 varints, across its growth.
@Suite struct ByteRunTests {
    /// The archives' varint as ``ArchiveWriter`` writes it, appending to an array.
    static func varint(_ value: Int) -> [UInt8] {
        var bytes: [UInt8] = []
        var v = UInt64(bitPattern: Int64((value << 1) ^ (value >> 63)))
        while v >= 0x80 {
            bytes.append(UInt8(v & 0x7F) | 0x80)
            v >>= 7
        }
        bytes.append(UInt8(v))
        return bytes
    }

    static let values: [Int] = {
        var values = [0, 1, 9, 10, 63, 64, 99, 100, 127, 128, 999, 1000, 16_383, 16_384, Int.max, Int.min, -1, -64, -65, -10]
        var random = SystemRandomNumberGenerator()
        for digits in 1...18 {
            for _ in 0..<20 { values.append(Int.random(in: 0..<Int(pow10(digits)), using: &random)) }
        }
        return values
    }()

    static func pow10(_ n: Int) -> Int64 { (0..<n).reduce(1) { p, _ in p * 10 } }

    @Test func decimalsAreWhatStringWrites() {
        // A small start: the run grows many times over.
        var run = ByteRun(capacity: 1)
        defer { run.free() }
        var expected: [UInt8] = []
        for value in Self.values {
            run.reserve(ByteRun.longest + 1)
            run.decimal(value)
            run.byte(UInt8(ascii: ","))
            expected += Array(String(value).utf8) + [UInt8(ascii: ",")]
        }
        var bytes: [UInt8] = [7]
        run.append(to: &bytes)
        #expect(bytes == [7] + expected)
    }

    @Test func varintsAreTheArchivesOnes() {
        var run = ByteRun(capacity: 1)
        defer { run.free() }
        var expected: [UInt8] = []
        for value in Self.values {
            run.reserve(ByteRun.longest)
            run.varint(value)
            expected += Self.varint(value)
        }
        var bytes: [UInt8] = []
        run.append(to: &bytes)
        #expect(bytes == expected)
        run.removeAll()
        bytes = []
        run.append(to: &bytes)
        #expect(bytes.isEmpty)
    }
}
