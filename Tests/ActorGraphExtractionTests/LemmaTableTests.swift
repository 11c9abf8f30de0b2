import Testing

@testable import ActorGraphExtraction

/// The lemma table that predicate classes inflect through (`lemmas.tsv`).
@Suite struct LemmaTableTests {
    @Test func theBundledTableHoldsTheRulesVerbs() {
        let table = LemmaTable.bundled
        #expect(table.contains("back"))
        let strike = table.forms("strike")
        #expect(strike.past == ["struck"])
        #expect(strike.nouns.contains("airstrikes"))
        #expect(table.forms("support").nouns == ["support"])
        #expect(table.forms("back").agents.starts(with: ["backer", "backers", "ally", "allies"]))
        #expect(Set(table.forms("fight").verb) == ["fight", "fights", "fought", "fighting"])
    }

    @Test func readsRowsAndRejectsShortOnes() throws {
        let text = "# comment\nlemma\tbase\tthird\tpast\tparticiple\ting\tnouns\tagents\nshun\tshun\tshuns\tshunned\tshunned\tshunning\t\t\n"
        let table = try LemmaTable(tsv: text, source: "mine.tsv")
        #expect(table.forms("shun").ing == ["shunning"])
        #expect(throws: ExtractionError.badRule(source: "mine.tsv", line: 2, reason: "a lemma row has 8 tab-separated cells, not 2")) {
            try LemmaTable(tsv: "header\nshun\tshun\n", source: "mine.tsv")
        }
    }

    @Test func aLemmaMissingFromTheTableIsInflectedRegularly() {
        let table = LemmaTable()
        #expect(table.forms("sever").verb == ["sever", "severs", "severed", "severing"])
        #expect(table.forms("rely").third == ["relies"])
        #expect(table.forms("oppose").ing == ["opposing"])
        #expect(table.forms("shore_up").past == ["shored up"])
        #expect(table.forms("reach").third == ["reaches"])
    }

    /// Every verb form, found without a set, is the forms' list with later repeats left out, in
    /// order: for every lemma of the table and a made row with repeats.
    @Test func verbFormsAreTheFormsWithoutRepeats() {
        var forms = ["back", "support", "strike", "prop_up", "fight", "sever"].map { LemmaTable.bundled.forms($0) }
        forms.append(LemmaTable.Forms(base: ["put"], third: ["puts"], past: ["put"], participle: ["put"], ing: ["putting", "puts"], nouns: [], agents: []))
        for form in forms {
            var seen = Set<String>()
            #expect(form.verb == (form.base + form.third + form.past + form.participle + form.ing).filter { seen.insert($0).inserted })
        }
        #expect(forms.last?.verb == ["put", "puts", "putting"])
    }
}
