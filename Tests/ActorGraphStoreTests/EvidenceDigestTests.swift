import ActorGraphModel
import Testing

@testable import ActorGraphStore

@Suite struct EvidenceDigestTests {
    /// Fields are told apart by their lengths, and every byte of a field counts, whatever its
    /// place in the field's last, partly filled word.
    @Test func fieldsAndTailsCount() {
        func digest(_ fields: [String]) -> String {
            var hasher = EvidenceDigest.WordHasher()
            for field in fields { hasher.field(field) }
            return hasher.hex()
        }
        #expect(digest(["ab", "c"]) != digest(["a", "bc"]))
        #expect(digest(["", "a"]) != digest(["a", ""]))
        #expect(digest([]) != digest([""]))
        #expect(digest(["a\0"]) != digest(["a"]))
        var seen: Set<String> = []
        for length in 0...24 {
            let text = String(repeating: "x", count: length)
            seen.insert(digest([text]))
            for i in 0..<length {
                var scalars = Array(text.unicodeScalars)
                scalars[i] = "y"
                seen.insert(digest([String(String.UnicodeScalarView(scalars))]))
            }
        }
        // 25 lengths and one changed byte at each place of each.
        #expect(seen.count == 25 + (0...24).reduce(0, +))
        #expect(digest(["Lomé"]) == digest(["Lomé"]))
        #expect(digest(["same"]).count == 32)
    }

    /// Any change to a row (its edge, offsets, quote, rule, or a rule missing instead of empty)
    /// changes the digest; the rule is part of it though evidence equality ignores it.
    @Test func everyFieldCounts() {
        let e = Evidence(doc: "a.txt", sentence: 2, quote: "Russia backs Assad.", start: 40, end: 59, rule: "r:1")
        let edge = ["russia", "backs", "bashar-al-assad"]
        let base = EvidenceDigest.of([(edge, e)])
        var variants: [[(edge: [String], evidence: Evidence)]] = [[], [(edge, e), (edge, e)], [(["russia", "opposes", "bashar-al-assad"], e)], [(["russiab", "acks", "bashar-al-assad"], e)]]
        for change in [
            { (x: inout Evidence) in x.sentence = 3 }, { $0.start = 41 }, { $0.end = 60 }, { $0.quote = "Russia backs Assad!" },
            { $0.rule = nil }, { $0.rule = "" }, { $0.rule = "r:2" },
        ] {
            var changed = e
            change(&changed)
            variants.append([(edge, changed)])
        }
        let digests = variants.map(EvidenceDigest.of)
        #expect(!digests.contains(base))
        #expect(Set(digests).count == digests.count)
        #expect(EvidenceDigest.of([(edge, e)]) == base)
    }
}
