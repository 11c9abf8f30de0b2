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

    @Test func idsAreAsciiSlugs() {
        #expect(ActorID.forName("Bashar al-Assad") == "bashar-al-assad")
        #expect(ActorID.forName("Feridun Sinirlioğlu") == "feridun-sinirlioglu")
        #expect(ActorID.forName("\"<&>\"") == "actor")
    }
}
