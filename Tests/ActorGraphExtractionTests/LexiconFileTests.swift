import ActorGraphModel
import Testing

@testable import ActorGraphExtraction

@Suite struct LexiconFileTests {
    let header = "kind\tname\tcode\taliases\tdemonyms\tmetonyms\tcountry"

    @Test func parsesEntriesAndLists() throws {
        let text = "# comment\n\(header)\nstate\tSudan\tSDN\tRepublic of the Sudan\tSudanese\tKhartoum\t\narmed_group\tRapid Support Forces\t\tRSF\t\t\tSDN\n"
        let lexicon = try LexiconFile.parse(text, source: "test.tsv")
        #expect(lexicon.entries.count == 2)
        #expect(lexicon.entries[0].metonyms == ["Khartoum"])
        #expect(lexicon.entries[1].kind == .armedGroup)
        #expect(lexicon.entries[1].country == "SDN")
    }

    @Test func aMissingHeaderIsAnErrorNamingTheFile() {
        #expect(throws: ExtractionError.self) { try LexiconFile.parse("state\tSudan\tSDN\n", source: "mine.tsv") }
        do {
            _ = try LexiconFile.parse("state\tSudan\tSDN\n", source: "mine.tsv")
        } catch {
            #expect("\(error)".hasPrefix("mine.tsv:1:"))
        }
    }

    @Test func anUnknownKindIsAnError() {
        #expect(throws: ExtractionError.self) { try LexiconFile.parse("\(header)\ncountry\tSudan\t\t\t\t\t\n", source: "x.tsv") }
    }

    @Test func aLaterEntryOverridesTheSameName() throws {
        var lexicon = try LexiconFile.parse("\(header)\nstate\tSudan\tSDN\t\tSudanese\t\t\n", source: "a")
        lexicon.merge(try LexiconFile.parse("\(header)\nstate\tSudan\tSDN\t\tSudanese\tKhartoum|Port Sudan\t\n", source: "b"))
        #expect(lexicon.entries.count == 1)
        #expect(lexicon.entries[0].metonyms == ["Khartoum", "Port Sudan"])
    }

    @Test func userEntriesAreFoundInText() throws {
        var lexicon = Fixture.lexicon
        lexicon.merge(try LexiconFile.parse("\(header)\narmed_group\tSudan Liberation Movement\t\tSLM\t\t\tSDN\n", source: "user"))
        let corpus = Corpus(documents: [Document(name: "d.txt", text: "The RSF attacked the SLM near El Fasher.", published: "2024-03-01")])
        let graph = BuildResult.build(corpus, lexicon: lexicon, rules: Fixture.rules).graph
        #expect(graph.actor(named: "Sudan Liberation Movement") != nil)
        #expect(graph.relations.contains { $0.kind == .opposes })
    }
}

@Suite struct BundledLexiconGeneralEntriesTests {
    @Test func agenciesActForTheirState() {
        #expect(Fixture.edges("CIA Director Mary Holt said Iran was arming the group.").contains("Mary Holt represents United States"))
    }

    /// "JEM" and "JeM" fold to one form: the text's case picks the entry whose form it matches
    /// more strictly (the Justice and Equality Movement, Jaish-e-Mohammed).
    @Test func theTextsCasePicksBetweenFormsThatFoldTogether() {
        #expect(Fixture.edges("Sudan's army bombed JEM positions.").contains("Sudan opposes Justice and Equality Movement"))
        #expect(Fixture.edges("Pakistan banned JeM in 2002.").contains("Pakistan opposes Jaish-e-Mohammed"))
    }

    @Test func aJuntaIsTheDocumentsState() {
        let edges = Fixture.edges("Soldiers patrolled Guinea's capital. The junta accused France of meddling.")
        #expect(edges.contains("Guinea opposes France"))
    }

    @Test func theCongoleseArmyIsTheDRC() {
        let edges = Fixture.edges("Uganda has sent weapons to the Congolese army.")
        #expect(edges.contains("Uganda backs Democratic Republic of the Congo"))
    }

    /// "Congo" alone is the DRC, as the wires write it; "Congo Republic" and "Republic of Congo"
    /// are the other, their longer names winning the match.
    @Test func congoAloneIsTheDRC() {
        #expect(Fixture.edges("Rwanda accused Congo of arming the FDLR.").contains("Rwanda opposes Democratic Republic of the Congo"))
        let other = Fixture.edges("Congo Republic President Denis Sassou Nguesso backs Chad.")
        #expect(other.contains("Denis Sassou Nguesso represents Republic of the Congo"), "\(other.sorted())")
        #expect(!other.contains { $0.contains("Democratic Republic") })
    }

    /// Egypt kept the name "United Arab Republic" until 1971: histories of the 1960s use it.
    @Test func theUnitedArabRepublicIsEgypt() {
        let edges = Fixture.edges("The United Arab Republic sent troops to back the Yemeni republic against Saudi Arabia.", published: "1965-08-25")
        #expect(edges.contains("Egypt backs Yemen") && edges.contains("Egypt opposes Saudi Arabia"), "\(edges.sorted())")
        #expect(!edges.contains { $0.hasPrefix("United Arab Republic") })
    }

    /// "Congo (Brazzaville), Congo (Leopoldville), the Malagasy Republic": the two Congos as the
    /// 1960s told them apart, each one state, and a list that names them goes on past them.
    @Test func theCongosOfTheSixtiesByTheirCapitals() {
        let text = "Chad, Congo (Brazzaville), Congo (Leopoldville), Dahomey and the Malagasy Republic condemned Portugal."
        let edges = Fixture.edges(text, published: "1963-05-25")
        let opposing = Set(edges.filter { $0.hasSuffix(" opposes Portugal") }.map { String($0.dropLast(" opposes Portugal".count)) })
        #expect(opposing.count == 5, "\(edges.sorted())")
        #expect(!opposing.contains { $0.contains("(") })
        // "Servia", as English wrote Serbia before the Great War.
        #expect(Fixture.edges("Russia stands behind Servia.", published: "1912-12-18").contains("Russia backs Serbia"))
    }

    /// A text of 1962 calls Sri Lanka "Ceylon", and its node is named so; a text of 2015 that
    /// says "Ceylon" means Sri Lanka.
    @Test func aStateIsNamedAsTheTextsTimeNamedIt() {
        let text = "The Prime Minister of Ceylon, Mrs Ruwani Perera, condemned India's blockade."
        #expect(Fixture.edges(text, published: "1962-12-15").contains("Ceylon opposes India"))
        #expect(Fixture.edges(text, published: "1962-12-15").contains("Ruwani Perera represents Ceylon"))
        #expect(Fixture.edges(text, published: "2015-10-30").contains("Sri Lanka opposes India"))
        let table = FormerNames(tsv: "name\tstate\tcode\tuntil\nBurma\tMyanmar\tMMR\t1988\nBad\tX\tXXX\tsoon\n")
        #expect(table.names(in: 1988) == ["MMR": "Burma"])
        #expect(table.names(in: 1989).isEmpty)
    }

    /// "Moscow sends arms to the MPLA" in 1975 is the Soviet Union, in 2015 Russia; a text of
    /// 1905 still says Russia.
    @Test func moscowIsTheSovietUnionInItsYears() {
        let text = "Moscow sends arms to the MPLA."
        #expect(Fixture.edges(text, published: "1975-01-15").contains("Soviet Union backs MPLA"))
        #expect(Fixture.edges(text, published: "2015-10-30").contains("Russia backs MPLA"))
        let table = FormerNames(tsv: "name\tstate\tcode\tuntil\tsince\nSoviet Union\tRussia\tRUS\t1991\t1922\n")
        #expect(table.names(in: 1975) == ["RUS": "Soviet Union"])
        #expect(table.names(in: 1905).isEmpty)
        #expect(table.names(in: 1992).isEmpty)
    }

    /// The secessions of the 1960s that histories name as sides: Biafra and Katanga.
    @Test func biafraAndKatangaAreSides() {
        #expect(Fixture.edges("France sent weapons to Biafra by way of Libreville.", published: "1968-10-02").contains("France backs Biafra"))
        #expect(Fixture.edges("UN troops attacked the Katangese gendarmes in Elisabethville.", published: "1961-12-20").contains("United Nations opposes Katanga"))
    }

    @Test func newBodiesAreKnownWithTheirKinds() {
        let entries = Fixture.lexicon.entries
        #expect(entries.contains { $0.name == "Alliance of Sahel States" && $0.kind == .organization && $0.aliases.contains("AES") })
        #expect(entries.contains { $0.name == "Africa Corps" && $0.kind == .armedGroup && $0.country == "RUS" })
    }
}

@Suite struct LexiconFileLineEndingTests {
    @Test(arguments: ["\n", "\r\n", "\r"])
    func aLexiconFileLoadsWhateverItsLineEndings(_ end: String) throws {
        let text = ["# mine", "kind\tname\tcode\taliases\tdemonyms\tmetonyms\tcountry", "armed_group\tArakan Army\t\tAA\t\t\tMMR", ""]
            .joined(separator: end)
        let lexicon = try LexiconFile.parse(text, source: "mine.tsv")
        #expect(lexicon.entries.map(\.name) == ["Arakan Army"])
        #expect(lexicon.entries.first?.country == "MMR")
    }
}

/// The lexicon read by bytes (2026-12-08) reads the entries, and fails with the errors, of the
/// reading by `Character`s it replaced (kept here as the oracle): for the bundled files and for
/// texts at the edges (comments, blank lines, CR LF, tabs and spaces around cells, non-ASCII
/// names and whitespace, a byte order mark, empty list items).
@Suite struct LexiconFileOracleTests {
    /// The reading before 2026-12-08: each line a `Substring`, cells and lists split and trimmed
    /// as strings.
    static func characterRead(_ text: String, source: String) throws -> Lexicon {
        var lexicon = Lexicon()
        var sawHeader = false
        for (index, rawLine) in text.lines.enumerated() {
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            if line.isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            if !sawHeader {
                guard fields == LexiconFile.header else {
                    throw ExtractionError.badLexicon(source: source, line: index + 1, reason: "expected the header “\(LexiconFile.header.joined(separator: "\\t"))”")
                }
                sawHeader = true
                continue
            }
            guard fields.count <= LexiconFile.header.count, fields.count >= 2 else {
                throw ExtractionError.badLexicon(source: source, line: index + 1, reason: "expected \(LexiconFile.header.count) tab-separated fields, found \(fields.count)")
            }
            let field = { (i: Int) -> String in i < fields.count ? fields[i] : "" }
            guard let kind = ActorKind(userText: field(0)), kind != .event else {
                throw ExtractionError.badLexicon(source: source, line: index + 1, reason: "unknown kind “\(field(0))” (state, organization, armed_group or person)")
            }
            guard !field(1).isEmpty else { throw ExtractionError.badLexicon(source: source, line: index + 1, reason: "empty name") }
            let list = { (i: Int) -> [String] in field(i).split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty } }
            lexicon.add(LexiconEntry(
                kind: kind, name: field(1), code: field(2).isEmpty ? nil : field(2), aliases: list(3), demonyms: list(4), metonyms: list(5),
                country: field(6).isEmpty ? nil : field(6)))
        }
        guard sawHeader else { throw ExtractionError.badLexicon(source: source, line: 1, reason: "no header line") }
        return lexicon
    }

    static let header = LexiconFile.header.joined(separator: "\t")

    static func edgeText(_ end: String) -> String {
        [
            "# a comment", "", "#\u{301} not a comment? a header then", header, "state\t Atlantis \tATL\t a || b |\t\tAtlantean|\t",
            "organization\tCôte d’Ivoire Union\t\t\u{00A0}CIU\u{00A0}|Union ivoirienne\t\t\t", "state\tLemuria", "armed_group\tThe Band\t\tBand\u{2003}",
            "person\tSomeone\t\t\t\t\tX", "state\tatlantis\tATL2", "",
        ].joined(separator: end)
    }

    static func sameEntries(_ a: Lexicon, _ b: Lexicon) -> Bool {
        a.entries.map { [$0.kind.rawValue, $0.name, $0.code ?? "-", $0.country ?? "-"] + $0.aliases + ["/"] + $0.demonyms + ["/"] + $0.metonyms }
            == b.entries.map { [$0.kind.rawValue, $0.name, $0.code ?? "-", $0.country ?? "-"] + $0.aliases + ["/"] + $0.demonyms + ["/"] + $0.metonyms }
    }

    @Test func theBundledFilesReadAsCharactersRead() throws {
        for name in ["world", "bodies", "generic"] {
            let text = try #require(bundledText(name))
            let read = try LexiconFile.parse(text, source: name)
            #expect(!read.entries.isEmpty)
            #expect(Self.sameEntries(read, try Self.characterRead(text, source: name)))
        }
    }

    @Test(arguments: ["\n", "\r\n", "\r"])
    func edgeTextsReadAsCharactersRead(_ end: String) throws {
        // "#" with a combining mark opens no comment: that line is the (wrong) header.
        let text = Self.edgeText(end)
        #expect(throws: ExtractionError.self) { try LexiconFile.parse(text, source: "x.tsv") }
        #expect("\(Self.error { try LexiconFile.parse(text, source: "x.tsv") })" == "\(Self.error { try Self.characterRead(text, source: "x.tsv") })")
        // Without that line, every row reads.
        let rows = text.replacingOccurrences(of: "#\u{301} not a comment? a header then" + end, with: "")
        let read = try LexiconFile.parse(rows, source: "x.tsv")
        #expect(Self.sameEntries(read, try Self.characterRead(rows, source: "x.tsv")))
        // (A later row of the same kind and name replaces an earlier one.)
        #expect(read.entries.first?.code == "ATL2")
        #expect(read.entries.first { $0.name == "Côte d’Ivoire Union" }?.aliases == ["CIU", "Union ivoirienne"])
    }

    /// Broken files fail on the same line with the same message.
    @Test func brokenFilesFailAsBefore() {
        let broken = [
            "", "# only a comment", "kind\tname", "\(Self.header)\nstate", "\(Self.header)\n  \t ", "\(Self.header)\ncountry\tX", "\(Self.header)\nstate\t \t",
            "\(Self.header)\nstate\tX\t\t\t\t\t\tone too many", "\(Self.header)\nevent\tSummit", "\u{FEFF}\(Self.header)\nstate\tX",
            "\(Self.header)\r\nstate\u{00A0}\tX", "\(Self.header)\nstate\tX\nstate",
        ]
        for text in broken {
            #expect("\(Self.error { try LexiconFile.parse(text, source: "b.tsv") })" == "\(Self.error { try Self.characterRead(text, source: "b.tsv") })", "\(text.debugDescription)")
        }
    }

    static func error(_ body: () throws -> Lexicon) -> String {
        do {
            _ = try body()
            return "no error"
        } catch {
            return "\(error)"
        }
    }
}
