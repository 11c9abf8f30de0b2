import ActorGraphModel
import Foundation

/// The 128-bit FNV-1a hash of one document's evidence rows (each row's edge, sentence, offsets,
/// quote and rule, in the order given), in hex: equal digests mean the rows written before still
/// hold. FNV-1a rather than SHA-256: an update digests every document's evidence (most of the
/// graph's text), SHA-256 made that a third of its time, and the rows are not adversarial.
enum EvidenceDigest {
    /// The digest of `rows`: each the edge (subject id, kind, object id) and the evidence.
    static func of(_ rows: [(edge: [String], evidence: Evidence)]) -> String {
        var bytes: [UInt8] = []
        // Every field with its length before it, so that no two row lists give the same bytes.
        func field(_ text: String) {
            withUnsafeBytes(of: UInt64(text.utf8.count).littleEndian) { bytes.append(contentsOf: $0) }
            bytes.append(contentsOf: text.utf8)
        }
        func number(_ value: Int) {
            withUnsafeBytes(of: Int64(value).littleEndian) { bytes.append(contentsOf: $0) }
        }
        for (edge, e) in rows {
            for part in edge { field(part) }
            number(e.sentence)
            number(e.start)
            number(e.end)
            field(e.quote)
            // nil and "" differ: a missing rule is marked by a count no field can have.
            if let rule = e.rule { field(rule) } else { number(-1) }
        }
        return fnv1a128(bytes)
    }

    /// FNV-1a with the 128-bit prime 2^88 + 0x13B and offset basis, as its reference gives them.
    static func fnv1a128(_ bytes: [UInt8]) -> String {
        var hi: UInt64 = 0x6c62_272e_07bb_0142, lo: UInt64 = 0x62b8_2175_6295_c58d
        for b in bytes {
            lo ^= UInt64(b)
            // (hi, lo) × (2^88 + 0x13B) mod 2^128: lo × 0x13B in full width, hi × 0x13B and
            // lo × 2^88 (lo's low 40 bits, shifted into hi) added to the high half.
            let (carry, low) = lo.multipliedFullWidth(by: 0x13B)
            hi = hi &* 0x13B &+ carry &+ (lo << 24)
            lo = low
        }
        return [hi, lo].map { word in
            let hex = String(word, radix: 16)
            return String(repeating: "0", count: 16 - hex.count) + hex
        }.joined()
    }
}
