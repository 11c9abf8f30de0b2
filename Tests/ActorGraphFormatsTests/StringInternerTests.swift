@testable import ActorGraphFormats
import Testing

@Suite("StringInterner")
struct StringInternerTests {
    /// Enough strings to grow the table several times, each asked for twice from bytes at another
    /// place (as an id recurs on many edges), some differing only in their last byte or length.
    @Test func equalBytesGiveEqualStringsAcrossGrowth() {
        let texts = (0..<5_000).map { "actor-with-a-long-id-\($0)" } + ["actor-with-a-long-id-1é", "actor-with-a-long-id-1\u{0}"]
        var interner = StringInterner()
        for round in 0..<2 {
            for text in texts {
                // A fresh buffer each time: the interner keeps its own copy of the bytes.
                let got = Array(text.utf8).withUnsafeBufferPointer { interner.string($0, ascii: text.utf8.allSatisfy { $0 < 0x80 }) }
                #expect(got == text, "round \(round)")
            }
        }
    }

    @Test func bytesThatAreNotUTF8AreRefusedEveryTime() {
        var interner = StringInterner()
        let bad: [UInt8] = Array("a-long-enough-prefix-".utf8) + [0xFF, 0xFE]
        for _ in 0..<2 {
            #expect(bad.withUnsafeBufferPointer { interner.string($0, ascii: false) } == nil)
        }
        #expect(Array("a-long-enough-prefix-".utf8).withUnsafeBufferPointer { interner.string($0, ascii: true) } == "a-long-enough-prefix-")
    }

    /// Entries are numbered in order of first sight; equal bytes give the same entry, however
    /// often they come and however the table grew since.
    @Test func entriesAreNumberedInOrderOfFirstSight() {
        let texts = (0..<3_000).map { $0 % 3 == 0 ? "n\($0)" : "a-rather-longer-actor-id-\($0)" } + ["", "é"]
        var interner = StringInterner()
        for round in 0..<3 {
            for (i, text) in texts.enumerated() {
                let entry = Array(text.utf8).withUnsafeBufferPointer { interner.entry($0, ascii: text.utf8.allSatisfy { $0 < 0x80 }) }
                #expect(entry == Int32(i), "round \(round): \(text)")
            }
        }
        #expect(interner.texts == texts)
        #expect(interner.entry("é") == Int32(texts.count - 1))
    }

    /// An entry read for a site is compared with the site's last entry first; bytes that differ
    /// from it only in their last byte or their length still get their own entry, and every site
    /// remembers its own last entry.
    /// Each site remembers its last few entries by byte count and last eight bytes: texts that
    /// share both and differ further on, short texts that are all tail, and more alternating texts
    /// than it remembers are here too.
    @Test func sitesRememberTheirLastEntryWithoutConfusingNearNeighbours() {
        let texts = [
            "actor-with-a-long-id-1", "actor-with-a-long-id-2", "actor-with-a-long-id-", "actor-with-a-long-id-12", "é-actor-with-a-long-id-1",
            "Actor-with-a-long-id-1", "actor-with-a-lonG-id-1", "12345678", "02345678", "1234567", "", "a", "b", "ab\u{0}",
        ]
        var interner = StringInterner()
        let sites: [StringInterner.Site] = [.source, .target, .key, .relation]
        var expected: [String: Int32] = [:]
        // Each text asked for at each site, twice in a row, after the others, and among five
        // that take turns (one more than a site remembers).
        let turns = [texts[0], texts[5], texts[6], texts[1], texts[4]]
        let sequence = texts + texts.reversed() + [texts[0], texts[0]] + turns + turns + turns
        for round in 0..<2 {
            for site in sites {
                for text in sequence {
                    let entry = Array(text.utf8).withUnsafeBufferPointer {
                        interner.entry($0, ascii: text.utf8.allSatisfy { $0 < 0x80 }, at: site)
                    }
                    let want = expected[text] ?? Int32(expected.count)
                    expected[text] = want
                    #expect(entry == want, "round \(round), \(site): \(text)")
                }
            }
        }
        #expect(interner.texts == texts)
        // Bytes that are not UTF-8 are refused at a site as anywhere.
        let bad: [UInt8] = Array("actor-with-a-long-id-1".utf8) + [0xFF]
        #expect(bad.withUnsafeBufferPointer { interner.entry($0, ascii: false, at: .source) } == nil)
    }
}
