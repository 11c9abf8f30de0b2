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
