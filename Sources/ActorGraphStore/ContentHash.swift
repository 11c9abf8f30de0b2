import Foundation

/// The SHA-256 of a document's text, in lowercase hex: the same text has the same hash in every
/// run and on every machine, so a document taken in before is recognised by its content whatever
/// its file is now called.
public enum ContentHash {
    /// The hash of `text`'s UTF-8 bytes (read in place: a document is not copied to be hashed).
    public static func of(_ text: String) -> String {
        var text = text
        var state = SHA256()
        text.withUTF8 { state.update(UnsafeRawBufferPointer($0)) }
        return hex(state.finish())
    }

    /// The hash of `data`.
    public static func of(_ data: Data) -> String {
        var state = SHA256()
        state.update(data)
        return hex(state.finish())
    }

    /// `digest` in lowercase hex (`String(format:)` per byte cost more than hashing a short text).
    static func hex(_ digest: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(digest.count * 2)
        for byte in digest {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}

/// SHA-256 (FIPS 180-4). Written here because Foundation has none on Linux; swift-crypto's
/// BoringSSL was measured against it (NOTES.md, the twelfth update pass) and would add a minute
/// to every clean build for one hash that this already computes at a few cycles a byte.
///
/// Whole blocks are compressed straight from the caller's bytes; only a block split between two
/// ``update(_:)`` calls (and the padding) goes through the 64-byte buffer. The message schedule
/// lives on the stack, one per call, so hashing allocates nothing.
struct SHA256 {
    private var h = SIMD8<UInt32>(0x6a09_e667, 0xbb67_ae85, 0x3c6e_f372, 0xa54f_f53a, 0x510e_527f, 0x9b05_688c, 0x1f83_d9ab, 0x5be0_cd19)
    /// The bytes of a block not yet complete (the first `buffered` of these 64).
    private var buffer = SIMD64<UInt8>()
    private var buffered = 0
    private var length: UInt64 = 0

    private static let k: [UInt32] = [
        0x428a_2f98, 0x7137_4491, 0xb5c0_fbcf, 0xe9b5_dba5, 0x3956_c25b, 0x59f1_11f1, 0x923f_82a4, 0xab1c_5ed5,
        0xd807_aa98, 0x1283_5b01, 0x2431_85be, 0x550c_7dc3, 0x72be_5d74, 0x80de_b1fe, 0x9bdc_06a7, 0xc19b_f174,
        0xe49b_69c1, 0xefbe_4786, 0x0fc1_9dc6, 0x240c_a1cc, 0x2de9_2c6f, 0x4a74_84aa, 0x5cb0_a9dc, 0x76f9_88da,
        0x983e_5152, 0xa831_c66d, 0xb003_27c8, 0xbf59_7fc7, 0xc6e0_0bf3, 0xd5a7_9147, 0x06ca_6351, 0x1429_2967,
        0x27b7_0a85, 0x2e1b_2138, 0x4d2c_6dfc, 0x5338_0d13, 0x650a_7354, 0x766a_0abb, 0x81c2_c92e, 0x9272_2c85,
        0xa2bf_e8a1, 0xa81a_664b, 0xc24b_8b70, 0xc76c_51a3, 0xd192_e819, 0xd699_0624, 0xf40e_3585, 0x106a_a070,
        0x19a4_c116, 0x1e37_6c08, 0x2748_774c, 0x34b0_bcb5, 0x391c_0cb3, 0x4ed8_aa4a, 0x5b9c_ca4f, 0x682e_6ff3,
        0x748f_82ee, 0x78a5_636f, 0x84c8_7814, 0x8cc7_0208, 0x90be_fffa, 0xa450_6ceb, 0xbef9_a3f7, 0xc671_78f2,
    ]

    mutating func update(_ data: Data) {
        data.withUnsafeBytes { update($0) }
    }

    mutating func update(_ bytes: UnsafeRawBufferPointer) {
        guard let base = bytes.baseAddress, bytes.count > 0 else { return }
        length &+= UInt64(bytes.count)
        var offset = 0
        withSchedule { w, k in
            if buffered > 0 {
                // Complete the block the last call left.
                let take = min(64 - buffered, bytes.count)
                withUnsafeMutableBytes(of: &buffer) { b in
                    b.baseAddress!.advanced(by: buffered).copyMemory(from: base, byteCount: take)
                }
                buffered += take
                offset = take
                guard buffered == 64 else { return }
                let block = buffer
                withUnsafeBytes(of: block) { compress($0.baseAddress!, w, k) }
                buffered = 0
            }
            while bytes.count - offset >= 64 {
                compress(base + offset, w, k)
                offset += 64
            }
        }
        let rest = bytes.count - offset
        if rest > 0 {
            withUnsafeMutableBytes(of: &buffer) { b in
                b.baseAddress!.advanced(by: buffered).copyMemory(from: base + offset, byteCount: rest)
            }
            buffered += rest
        }
    }

    mutating func finish() -> [UInt8] {
        // The padding: 0x80, zeros to 56 bytes into a block, then the length in bits (big-endian).
        var tail = [UInt8](repeating: 0, count: buffered < 56 ? 64 - buffered : 128 - buffered)
        tail[0] = 0x80
        let bits = length &* 8
        for i in 0..<8 { tail[tail.count - 1 - i] = UInt8(truncatingIfNeeded: bits >> (8 * UInt64(i))) }
        let total = length
        tail.withUnsafeBytes { update($0) }
        length = total
        var digest: [UInt8] = []
        digest.reserveCapacity(32)
        for i in 0..<8 {
            let word = h[i]
            for shift in [24, 16, 8, 0] as [UInt32] { digest.append(UInt8(truncatingIfNeeded: word >> shift)) }
        }
        return digest
    }

    /// Calls `body` with a 64-word message schedule on the stack and the round constants.
    private func withSchedule(_ body: (UnsafeMutablePointer<UInt32>, UnsafePointer<UInt32>) -> Void) {
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { w in
            Self.k.withUnsafeBufferPointer { k in body(w.baseAddress!, k.baseAddress!) }
        }
    }

    /// One 64-byte block at `block` into the state. The rounds are written eight at a time
    /// with the working variables' roles rotated by argument order instead of shifting eight
    /// values each round, and the schedule is extended in place as the rounds use it.
    private mutating func compress(_ block: UnsafeRawPointer, _ w: UnsafeMutablePointer<UInt32>, _ k: UnsafePointer<UInt32>) {
        for i in 0..<16 {
            w[i] = UInt32(bigEndian: block.loadUnaligned(fromByteOffset: 4 * i, as: UInt32.self))
        }
        var (a, b, c, d, e, f, g, hh) = (h[0], h[1], h[2], h[3], h[4], h[5], h[6], h[7])
        var i = 0
        while i < 64 {
            if i >= 16 {
                for j in i..<(i + 8) {
                    let x = w[j - 15], y = w[j - 2]
                    let s0 = x.rotatedRight(7) ^ x.rotatedRight(18) ^ (x >> 3)
                    let s1 = y.rotatedRight(17) ^ y.rotatedRight(19) ^ (y >> 10)
                    w[j] = w[j - 16] &+ s0 &+ w[j - 7] &+ s1
                }
            }
            Self.round(a, b, c, &d, e, f, g, &hh, k[i] &+ w[i])
            Self.round(hh, a, b, &c, d, e, f, &g, k[i + 1] &+ w[i + 1])
            Self.round(g, hh, a, &b, c, d, e, &f, k[i + 2] &+ w[i + 2])
            Self.round(f, g, hh, &a, b, c, d, &e, k[i + 3] &+ w[i + 3])
            Self.round(e, f, g, &hh, a, b, c, &d, k[i + 4] &+ w[i + 4])
            Self.round(d, e, f, &g, hh, a, b, &c, k[i + 5] &+ w[i + 5])
            Self.round(c, d, e, &f, g, hh, a, &b, k[i + 6] &+ w[i + 6])
            Self.round(b, c, d, &e, f, g, hh, &a, k[i + 7] &+ w[i + 7])
            i += 8
        }
        h &+= SIMD8(a, b, c, d, e, f, g, hh)
    }

    /// One round: `d` and `h` are the two working variables a round changes (FIPS 180-4, 6.2.2
    /// step 3, with the shift of the eight variables left to the caller's argument order).
    @inline(__always)
    private static func round(
        _ a: UInt32, _ b: UInt32, _ c: UInt32, _ d: inout UInt32, _ e: UInt32, _ f: UInt32, _ g: UInt32, _ h: inout UInt32, _ kw: UInt32
    ) {
        let t1 = h &+ (e.rotatedRight(6) ^ e.rotatedRight(11) ^ e.rotatedRight(25)) &+ (g ^ (e & (f ^ g))) &+ kw
        let t2 = (a.rotatedRight(2) ^ a.rotatedRight(13) ^ a.rotatedRight(22)) &+ ((a & b) | (c & (a | b)))
        d &+= t1
        h = t1 &+ t2
    }
}

extension UInt32 {
    @inline(__always)
    fileprivate func rotatedRight(_ n: UInt32) -> UInt32 { (self >> n) | (self << (32 - n)) }
}
