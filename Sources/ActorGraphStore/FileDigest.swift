import Foundation

/// A 128-bit digest of a file's bytes, in hex: the file's 64-bit little-endian words (the last
/// one padded with zeros) taken in pairs (the last word alone paired with zero), dealt in turn to
/// four lanes, each pair folded into its lane by one 64 × 128-bit multiplication (wyhash's
/// round: the high and low halves of (first ^ key) × (second ^ lane), xored), then the length.
///
/// A build keeps the digest of the graph.json it put in place beside the file's layout; the next
/// update copies pieces of that file only when its digest is still the same, so a file edited,
/// replaced or damaged since is never copied from (a copy of the output folder, with new times
/// and inodes, still is). An update digests two graph.json files (58 MB each on a 20 MB corpus):
/// one multiplication takes sixteen bytes, where xxHash64's round took eight (0.85 instructions
/// a byte, the largest single piece of an update), and the four lanes run side by side in the
/// processor. Each lane's key has a byte of 0xFF, which UTF-8 never holds, so no word of a text
/// file zeroes the product (and with it what the lane took before). A digest kept by an older
/// build no longer matches: its next update writes graph.json whole, once.
public enum FileDigest {
    /// The digest of the file at `path`, or nil when it cannot be read.
    public static func of(path: String) -> String? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        // A regular file is hashed where the page cache holds it (mapped with its pages at once):
        // reading it copied all its bytes once more, a fifth of the system time of an update,
        // which digests two 50 MB graph.json files.
        var status = stat()
        if fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG, status.st_size > 0,
           let digest = mapped(descriptor, count: Int(status.st_size)) {
            return digest
        }
        return streamed(descriptor)
    }

    /// The digest of `bytes` (what ``of(path:)`` gives for a file holding them).
    public static func of(bytes: UnsafeRawBufferPointer) -> String {
        var hasher = Lanes()
        let whole = hasher.stripes(bytes)
        hasher.tail(UnsafeRawBufferPointer(rebasing: bytes[whole...]))
        return hasher.hex(count: UInt64(bytes.count))
    }

    /// The digest of the `count` bytes of the file open as `descriptor`, mapped; nil when it
    /// cannot be mapped.
    private static func mapped(_ descriptor: Int32, count: Int) -> String? {
        #if os(Linux)
            let flags = MAP_PRIVATE | MAP_POPULATE
        #else
            let flags = MAP_PRIVATE
        #endif
        guard let address = mmap(nil, count, PROT_READ, flags, descriptor, 0), address != MAP_FAILED else { return nil }
        defer { munmap(address, count) }
        return of(bytes: UnsafeRawBufferPointer(start: address, count: count))
    }

    /// The digest of what is left to read of the file open as `descriptor`, read a megabyte at a
    /// time (a file that cannot be mapped).
    private static func streamed(_ descriptor: Int32) -> String? {
        var hasher = Lanes()
        var buffer = [UInt8](repeating: 0, count: 1 << 20)
        var total: UInt64 = 0
        // Bytes at the buffer's start left over from the last read (fewer than a stripe).
        var carry = 0
        while true {
            let got = buffer.withUnsafeMutableBytes { raw -> Int in
                guard let base = raw.baseAddress else { return -1 }
                return read(descriptor, base + carry, raw.count - carry)
            }
            if got < 0, errno == EINTR { continue }
            guard got >= 0 else { return nil }
            if got == 0 { break }
            total += UInt64(got)
            let available = carry + got
            let whole = buffer.withUnsafeBytes { raw in hasher.stripes(UnsafeRawBufferPointer(rebasing: raw[..<available])) }
            carry = available - whole
            for i in 0..<carry { buffer[i] = buffer[whole + i] }
        }
        buffer.withUnsafeBytes { raw in hasher.tail(UnsafeRawBufferPointer(rebasing: raw[..<carry])) }
        return hasher.hex(count: total)
    }

    /// The hash state: four 64-bit lanes, pair `i` of the file's words going to lane `i % 4`.
    struct Lanes {
        private var v0: UInt64 = 0x243F_6A88_85A3_08D3
        private var v1: UInt64 = 0x1319_8A2E_0370_7344
        private var v2: UInt64 = 0xA409_3822_299F_31D0
        private var v3: UInt64 = 0x082E_FA98_EC4E_6C89
        /// Each lane's key for the first word of a pair (each with a byte of 0xFF).
        private static let k0: UInt64 = 0xFF51_AFD7_ED55_8CCD
        private static let k1: UInt64 = 0xC4CE_B9FE_1A85_EC53 | 0xFF << 16
        private static let k2: UInt64 = 0x9E37_79B9_7F4A_7CFF
        private static let k3: UInt64 = 0xBF58_476D_1CE4_E5B9 | 0xFF << 40
        /// The lane the next pair goes to.
        private var next = 0
        /// The first word of a pair whose second has not come yet.
        private var pending: UInt64?

        /// A lane after the pair `a`, `b`.
        @inline(__always)
        private static func round(_ v: UInt64, _ a: UInt64, _ b: UInt64, _ key: UInt64) -> UInt64 {
            let (high, low) = (a ^ key).multipliedFullWidth(by: b ^ v)
            return high ^ low
        }

        /// Takes the whole 64-byte stripes of `raw` (the lanes must be at lane 0 with no word
        /// pending: only whole stripes came before); returns how many bytes it took.
        mutating func stripes(_ raw: UnsafeRawBufferPointer) -> Int {
            precondition(next == 0 && pending == nil, "stripes after a tail")
            let whole = raw.count / 64 * 64
            var (a, b, c, d) = (v0, v1, v2, v3)
            var offset = 0
            func word(_ at: Int) -> UInt64 { UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: offset + at, as: UInt64.self)) }
            while offset < whole {
                a = Self.round(a, word(0), word(8), Self.k0)
                b = Self.round(b, word(16), word(24), Self.k1)
                c = Self.round(c, word(32), word(40), Self.k2)
                d = Self.round(d, word(48), word(56), Self.k3)
                offset += 64
            }
            (v0, v1, v2, v3) = (a, b, c, d)
            return whole
        }

        /// Takes the last bytes (fewer than a stripe, after ``stripes(_:)``), a word at a time,
        /// the last word padded with zeros.
        mutating func tail(_ raw: UnsafeRawBufferPointer) {
            var offset = 0
            while offset < raw.count {
                var w: UInt64 = 0
                for i in offset..<min(offset + 8, raw.count) { w |= UInt64(raw[i]) << (8 * UInt64(i - offset)) }
                word(w)
                offset += 8
            }
        }

        /// One word: the first of a pair is kept until the second comes, then both go to the next lane.
        mutating func word(_ w: UInt64) {
            guard let first = pending else {
                pending = w
                return
            }
            pending = nil
            switch next {
            case 0: v0 = Self.round(v0, first, w, Self.k0)
            case 1: v1 = Self.round(v1, first, w, Self.k1)
            case 2: v2 = Self.round(v2, first, w, Self.k2)
            default: v3 = Self.round(v3, first, w, Self.k3)
            }
            next = (next + 1) & 3
        }

        /// Two 64-bit outputs, each of all four lanes and the byte count with xxHash64's final
        /// avalanche, as 32 hex digits (a word left alone is paired with zero first).
        func hex(count: UInt64) -> String {
            var lanes = self
            if lanes.pending != nil { lanes.word(0) }
            let (v0, v1, v2, v3) = (lanes.v0, lanes.v1, lanes.v2, lanes.v3)
            let rotate = XXHash64.rotate
            let first = rotate(v0, 1) &+ rotate(v1, 7) &+ rotate(v2, 12) &+ rotate(v3, 18) ^ count
            let second = (v0 ^ rotate(v2, 31)) &* XXHash64.p1 &+ (v1 ^ rotate(v3, 27)) &* XXHash64.p3 ^ count &* XXHash64.p4
            return XXHash64.hex([first, second])
        }
    }
}
