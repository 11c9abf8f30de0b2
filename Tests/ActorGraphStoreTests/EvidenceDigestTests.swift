import ActorGraphModel
import Testing

@testable import ActorGraphStore

@Suite struct EvidenceDigestTests {
    /// Vectors computed from FNV-1a's definition (Python's integers, mod 2^128).
    @Test(arguments: [
        ([UInt8](), "6c62272e07bb014262b821756295c58d"),
        (Array("a".utf8), "d228cb696f1a8caf78912b704e4a8964"),
        (Array("foobar".utf8), "343e1662793c64bf6f0d3597ba446f18"),
        (Array(repeating: (0...255).map { UInt8($0) }, count: 3).flatMap { $0 }, "ceced98447397784e46346c4dbaac68d"),
    ])
    func fnv1a128(bytes: [UInt8], hex: String) {
        #expect(EvidenceDigest.fnv1a128(bytes) == hex)
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
