// Buildings: a meeting at a named building, and "at the palace" meaning the building named before.
extension EventResolver {
    /// Whether the word at `k` names a building: "the Europa building", "the Peace House".
    /// "the Mulungushi conference centre": one lowercase word may come between.
    func namesBuilding(_ tokens: [Token], _ k: Int) -> Bool {
        guard k > 0, tokens[k - 1].norm == "the", k + 1 < tokens.count else { return false }
        if buildings.contains(tokens[k + 1].word) { return true }
        return k + 2 < tokens.count && tokens[k + 1].isWord && !tokens[k + 1].isCapitalized && buildings.contains(tokens[k + 2].word)
    }

    /// The city in ", a manor house in Vantaa" after a venue's name ending at `k`: a description
    /// of a building (a few lowercase words, a building word), then "in" and one capitalised word.
    func describedBuildingCity(_ tokens: [Token], after k: Int, covered: (Int) -> Bool) -> String? {
        guard k + 3 < tokens.count, tokens[k].norm == ",", ["a", "an", "the"].contains(tokens[k + 1].norm) else { return nil }
        var j = k + 2
        while j < tokens.count, j - k <= 6, tokens[j].isWord, !tokens[j].isCapitalized, !buildings.contains(tokens[j].word) { j += 1 }
        // "a manor house": building words may follow one another.
        while j + 1 < tokens.count, buildings.contains(tokens[j].word), buildings.contains(tokens[j + 1].word) { j += 1 }
        guard j + 2 < tokens.count, buildings.contains(tokens[j].word), ["in", "near", "outside"].contains(tokens[j + 1].norm) else { return nil }
        return isOneWordCity(tokens, j + 2, covered: covered) ? tokens[j + 2].text : nil
    }

    /// Whether the word at `c` is a city of one word: capitalised, no month or title, not the
    /// first word of a longer name, in no mention.
    func isOneWordCity(_ tokens: [Token], _ c: Int, covered: (Int) -> Bool) -> Bool {
        tokens[c].isCapitalized && tokens[c].isWord && !notPlaces.contains(tokens[c].word) && !Self.continuesName(tokens, after: c) && !covered(c)
            && !namesBuildingAfter(tokens, c)
    }

    /// Whether a building word follows the capitalised word at `c`: "at Palam airport" names the
    /// airport, not a city called Palam.
    func namesBuildingAfter(_ tokens: [Token], _ c: Int) -> Bool {
        c + 1 < tokens.count && buildings.contains(tokens[c + 1].word)
    }

    /// The city in "the Greentree estate in Manhasset" after a building named by the word
    /// at `k`: the building word (one lowercase word may come before it), "in" and one
    /// capitalised word no mention covers. "Near" names another place: "Lincoln University near
    /// Christchurch" is in Lincoln.
    func buildingCity(_ tokens: [Token], after k: Int, covered: (Int) -> Bool) -> String? {
        var j = k + 1
        if j + 1 < tokens.count, !tokens[j].isCapitalized, !buildings.contains(tokens[j].word) { j += 1 }
        guard j + 2 < tokens.count, buildings.contains(tokens[j].word), tokens[j + 1].norm == "in" else { return nil }
        return isOneWordCity(tokens, j + 2, covered: covered) ? tokens[j + 2].text : nil
    }

    /// The building words of the named buildings of a sentence: "palace" in "at the Elysee
    /// Palace", "lodge" in "the Simba Lodge".
    func namedBuildings(_ tokens: [Token]) -> [String] {
        tokens.indices.dropFirst().filter { k in
            buildings.contains(tokens[k].word) && tokens[k].isCapitalized && tokens[k - 1].isCapitalized && tokens[k - 1].isWord
        }.map { tokens[$0].norm }
    }

    /// The building word of "at the palace", "in the lodge": a building the text has named
    /// before, by its word alone.
    func buildingReference(_ tokens: [Token]) -> String? {
        tokens.indices.dropFirst(2).first { k in
            buildings.contains(tokens[k].word) && !tokens[k].isCapitalized && tokens[k - 1].norm == "the"
                && ["at", "in", "inside", "outside"].contains(tokens[k - 2].norm)
        }.map { tokens[$0].norm }
    }
}
