import ActorGraphModel
import Foundation

/// A 128-bit digest of one document's evidence rows (each row's edge, sentence, offsets, quote
/// and rule, in the order given), in hex: equal digests mean the rows written before still hold.
///
/// The rows are not adversarial, so no cryptographic hash: an update digests every document's
/// evidence (most of the graph's text). SHA-256 made that a third of an update's time; FNV-1a,
/// one byte and one 128-bit multiply at a time, still an eighth of the store's write. This reads
/// eight bytes at a time into two lanes of xxHash64's round with different constants.
///
/// The digest is no file format: a store whose digests were made by another function (an older
/// ActorGraph's FNV-1a) only has its evidence rows rewritten once, by the next update.
enum EvidenceDigest {
    /// The digest of `rows`: each the edge (subject id, kind, object id) and the evidence.
    static func of(_ rows: [(edge: [String], evidence: Evidence)]) -> String {
        var hasher = WordHasher()
        for (edge, e) in rows { hasher.row(edge: edge, e) }
        return hasher.hex()
    }

    /// The hash state: two 64-bit lanes fed whole words. Every field is preceded by its length, so
    /// that no two row lists give the same words (a field's last word is padded with zeros).
    struct WordHasher {
        private var a: UInt64 = 0x243F_6A88_85A3_08D3
        private var b: UInt64 = 0x1319_8A2E_0370_7344
        private var words: UInt64 = 0

        mutating func word(_ w: UInt64) {
            a = XXHash64.rotate(a &+ w &* XXHash64.p2, 31) &* XXHash64.p1
            b = XXHash64.rotate(b &+ w &* XXHash64.p4, 27) &* XXHash64.p3
            words &+= 1
        }

        /// One row: its edge (subject id, kind, object id) and its evidence.
        mutating func row(edge: [String], _ e: Evidence) {
            for part in edge { field(part) }
            number(e.sentence)
            number(e.start)
            number(e.end)
            field(e.quote)
            // nil and "" differ: a missing rule is marked by a word no field's length can be.
            if let rule = e.rule { field(rule) } else { word(.max) }
        }

        mutating func number(_ value: Int) {
            word(UInt64(bitPattern: Int64(value)))
        }

        /// `text`'s length in bytes, then its UTF-8 eight bytes at a time.
        mutating func field(_ text: String) {
            var text = text
            text.withUTF8 { utf8 in
                word(UInt64(utf8.count))
                let raw = UnsafeRawBufferPointer(utf8)
                var offset = 0
                while offset + 8 <= raw.count {
                    word(UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)))
                    offset += 8
                }
                guard offset < raw.count else { return }
                var tail: UInt64 = 0
                for (shift, byte) in raw[offset...].enumerated() { tail |= UInt64(byte) << (8 * UInt64(shift)) }
                word(tail)
            }
        }

        /// Both lanes, each with the count of words mixed in and xxHash64's final avalanche, as 32
        /// hex digits.
        func hex() -> String {
            XXHash64.hex([a ^ words, b ^ (words &* XXHash64.p1)])
        }
    }
}
