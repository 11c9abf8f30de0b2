/// The constants and mixing steps of xxHash64 (Yann Collet, BSD-2-Clause) that the store's
/// digests (``FileDigest``, ``EvidenceDigest``) build their lanes from: one definition, so the
/// two cannot drift apart.
enum XXHash64 {
    static let p1: UInt64 = 0x9E37_79B1_85EB_CA87
    static let p2: UInt64 = 0xC2B2_AE3D_27D4_EB4F
    static let p3: UInt64 = 0x1656_67B1_9E37_79F9
    static let p4: UInt64 = 0x85EB_CA77_C2B2_AE63

    @inline(__always)
    static func rotate(_ x: UInt64, _ r: UInt64) -> UInt64 { x << r | x >> (64 - r) }

    /// Each lane through xxHash64's final avalanche, as 16 hex digits, joined.
    static func hex(_ lanes: [UInt64]) -> String {
        lanes.map { lane in
            var h = lane
            h ^= h >> 33
            h &*= p2
            h ^= h >> 29
            h &*= p3
            h ^= h >> 32
            let hex = String(h, radix: 16)
            return String(repeating: "0", count: 16 - hex.count) + hex
        }.joined()
    }
}
