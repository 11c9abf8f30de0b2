import ActorGraphModel
import Testing

@Suite("NameKey")
struct NameKeyTests {
    @Test(arguments: [
        ("The U.S.", "us"),
        ("U.N. Security Council", "un security council"),
        ("Türkiye", "turkiye"),
        ("Da'esh", "daesh"),
        ("Assad’s", "assads"),
        ("  al-Assad ", "al assad"),
        ("The", "the"),
    ])
    func keysFoldCaseDiacriticsAndPunctuation(name: String, key: String) {
        #expect(NameKey.of(name) == key)
    }

    /// ASCII names skip Foundation's folding; a name with a right single quote at its end takes
    /// it, and the quote itself changes neither key nor id, so the two routes must agree.
    @Test func asciiNamesFoldAsFoundationFoldsThem() {
        let ascii = (0x20..<0x7F).map { Character(Unicode.Scalar(UInt8($0))) }
        var names = ascii.map { "A\($0)b \($0)Z" }
        names += [
            "The Islamic State", "U.S.-LED COALITION", "İ", "al-Qaeda in the Arabian Peninsula", "ÀB", "the",
            "The  the", "Theo Angelopoulos", "...", "", "  The U.N.  ", "O'Brien's 3rd-Way",
        ]
        for name in names {
            #expect(NameKey.of(name) == NameKey.of(name + "\u{2019}"), "\(name)")
            #expect(ActorID.forName(name) == ActorID.forName(name + "\u{2019}"), "\(name)")
        }
    }

    @Test func idsAreAsciiSlugs() {
        #expect(ActorID.forName("Bashar al-Assad") == "bashar-al-assad")
        #expect(ActorID.forName("Feridun Sinirlioğlu") == "feridun-sinirlioglu")
        #expect(ActorID.forName("\"<&>\"") == "actor")
    }
}

/// The Latin letters' route (``NameKey/bytewiseKey(_:)``) against the folding of the whole name.
@Suite("NameKey of Latin letters")
struct NameKeyLatinTests {
    /// Every scalar of U+00C0 to U+017F alone, after, before and between ASCII letters,
    /// punctuation and digits, and beside each other: wherever the route gives a key, it is the
    /// whole folding's.
    @Test func latinLettersFoldAsTheWholeNameFolds() {
        let latin = (0xC0...0x17F).compactMap(Unicode.Scalar.init).map { String(Character($0)) }
        let ascii = (0x20..<0x7F).map { String(Character(Unicode.Scalar(UInt8($0)))) }
        var names: [String] = []
        for (i, letter) in latin.enumerated() {
            names += [letter, "\(letter)zen state 8012", "The \(letter)\(letter)", "x\(letter)y", "\(latin[(i * 7) % latin.count])\(letter).\(letter)'s"]
            for a in ascii where i % 8 == 0 || a.first?.isLetter == false {
                names += ["\(a)\(letter)", "\(letter)\(a)", "A\(a)\(letter) \(a)Z"]
            }
        }
        names += ["Éézen state 8012", "Ééé armed group 49416", "Roé 99784", "the Élysée", "Türkiye", "Sinirlioğlu", "ÀB", "Æsir", "Straße", "Øresund"]
        // ASCII names take the route too.
        names += ascii.map { "A\($0)b \($0)Z" } + ["The Islamic State", "the", "The  the", "Theo Angelopoulos", "...", "", "  The U.N.  ", "O'Brien's 3rd-Way", "THE É"]
        var routed = 0
        for name in names {
            guard let key = NameKey.bytewiseKey(name) else { continue }
            routed += 1
            #expect(key == NameKey.foldedKey(name), "\(name)")
        }
        // Most of them take the route (the check is not empty).
        #expect(routed > names.count / 2)
        #expect(NameKey.of("Éézen state 8012") == "eezen state 8012")
    }

    /// Names the route leaves to the whole folding: a combining mark, a scalar outside the table,
    /// a scalar of it whose folded form is not ASCII letters.
    @Test func otherNamesAreFoldedWhole() {
        for name in ["e\u{301}zen", "Ωmega", "Assad’s", "3 × 4", "a ÷ b", "Ελλάδα"] {
            #expect(NameKey.bytewiseKey(name) == nil, "\(name)")
        }
    }
}
