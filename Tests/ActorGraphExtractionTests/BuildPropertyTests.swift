import ActorGraphModel
import Foundation
import Testing

@testable import ActorGraphExtraction

/// Whatever the text, `actorgraph build` gives a result: generated sentences made of the words the
/// extractor reacts to, and mangled copies of the seed articles, go through the whole build
/// (Corpus → Extractor → Aggregator, as the command runs it). A trap kills the test process.
@Suite struct BuildPropertyTests {
    /// Sentences per generated document: many per build keeps the test fast.
    static let sentencesPerDocument = 255
    static let documentsPerBuild = 10
    static let builds = 4

    @Test func generatedSentencesNeverTrap() {
        var generator = SentenceGenerator(seed: 0x5EED_A11)
        var sentences = 0
        for batch in 0..<Self.builds {
            var documents: [Document] = []
            for d in 0..<Self.documentsPerBuild {
                let text = (0..<Self.sentencesPerDocument).map { _ in generator.sentence() }.joined(separator: generator.separator())
                sentences += Self.sentencesPerDocument
                documents.append(Document(name: "g\(batch)-\(d).txt", text: text, published: generator.published()))
            }
            let result = BuildResult.build(Corpus(documents: documents), lexicon: Fixture.lexicon, rules: Fixture.rules)
            #expect(result.documents.count == documents.count)
        }
        #expect(sentences >= 10_000)
    }

    @Test func mangledSeedArticlesNeverTrap() throws {
        let folder = Fixture.packageRoot.appendingPathComponent("seeds")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }.sorted()
        let articles = try names.map { try String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8) }
        #expect(articles.count == 5)
        var rng = SplitMix64(seed: 0xA27_1C1E)
        // Written to a folder and built from it, so the cut UTF-8 goes through the corpus reader.
        let corpus = try Fixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: corpus) }
        var manifest = "file\tpublished\tsource\ttitle\n"
        for (index, article) in articles.enumerated() {
            for (name, mangle) in Mangler.all {
                let file = "\(index)-\(name).txt"
                try Data(mangle(article, &rng)).write(to: corpus.appendingPathComponent(file))
                manifest += "\(file)\t2015-10-30\t\t\n"
            }
        }
        try Data(manifest.utf8).write(to: corpus.appendingPathComponent("manifest.tsv"))
        let result = try BuildResult.build(folder: corpus, lexicon: Fixture.lexicon, rules: Fixture.rules)
        #expect(result.documents.count == articles.count * Mangler.all.count)
    }
}

/// Sentences built from what the extractor reacts to: lexicon names, aliases, demonyms and
/// capitals, titles, persons' names, reporting and relation verbs, meeting nouns, dates,
/// punctuation, lists and quotes, sometimes in capitals.
struct SentenceGenerator {
    var rng: SplitMix64
    let names: [String]
    let demonyms: [String]
    let titles: [String]
    let reporting: [String]
    let events: [String]
    static let verbs = [
        "backs", "backed", "supports", "armed", "opposes", "attacked", "condemned", "fought", "coordinated with",
        "cooperates with", "met", "attended", "joined", "hosted", "is a member of", "denied arming", "would back",
        "did not support", "accused", "led", "-led", "was led by", "headed by", "signed", "flew to", "visited",
    ]
    static let persons = ["Sameh Shoukry", "Sergei Lavrov", "John Kerry", "Bashar al-Assad", "Al Assad", "Lavrov", "Mr Ruto", "de Mistura", "Abdul Salam Hanafi", "Park Jin"]
    static let glue = ["the", "its", "his", "their", "her", "him", "it", "they", "and", "or", "but", "while", "if", "then", "which", "who", "whose", "former", "ex-", "not", "never", "would", "could", "of", "to", "in", "at", "by", "on", "with", "'s", "'", "its envoy", "counterpart", "delegation", "coalition", "alliance", "regime", "rebels", "forces", "government", "talks"]
    static let dates = ["on Friday", "last week", "next month", "this past weekend", "on 30 October", "Oct. 23, 2015", "October 30", "yesterday", "today", "tomorrow", "in 2015", "on Monday"]
    static let punctuation = [",", ",", ",", ".", ";", ":", "—", "-", "(", ")", "\"", "\u{201C}", "\u{201D}", "'", "?", "!", "...", "–", "/", "&"]

    init(seed: UInt64) {
        rng = SplitMix64(seed: seed)
        let entries = Fixture.lexicon.entries
        names = entries.flatMap { [$0.name] + $0.aliases + $0.metonyms }.filter { !$0.isEmpty }.sorted()
        demonyms = entries.flatMap(\.demonyms).sorted()
        titles = Fixture.rules.titles.map { $0.joined(separator: " ") }.sorted()
        reporting = Fixture.rules.reportingVerbs.sorted()
        events = Fixture.rules.eventNouns.sorted()
    }

    mutating func pick(_ words: [String]) -> String { words.randomElement(using: &rng) ?? "" }

    mutating func capitalized(_ text: String) -> String { text.prefix(1).uppercased() + text.dropFirst() }

    /// A person as the text introduces them: "Egyptian Foreign Minister Sameh Shoukry".
    mutating func person() -> String {
        switch Int.random(in: 0..<4, using: &rng) {
        case 0: return "\(capitalized(pick(titles))) \(pick(Self.persons))"
        case 1: return "\(pick(demonyms)) \(pick(titles)) \(pick(Self.persons))"
        case 2: return "\(pick(names))'s \(pick(titles)), \(pick(Self.persons)),"
        default: return pick(Self.persons)
        }
    }

    /// "Russia, Iran and Turkey".
    mutating func list() -> String {
        let items = (0..<Int.random(in: 2...3, using: &rng)).map { _ in pick(names) }
        return items.dropLast().joined(separator: ", ") + (Bool.random(using: &rng) ? " and " : ", ") + (items.last ?? "")
    }

    mutating func fragment() -> String {
        switch Int.random(in: 0..<12, using: &rng) {
        case 0, 1: return pick(names)
        case 2: return person()
        case 3: return list()
        case 4, 5: return pick(Self.verbs)
        case 6: return pick(reporting)
        case 7: return pick(events)
        case 8: return pick(Self.dates)
        case 9: return pick(Self.punctuation)
        case 10: return "\"\(pick(names)) \(pick(Self.verbs)) \(pick(names)),\" \(pick(reporting))"
        default: return pick(Self.glue)
        }
    }

    mutating func sentence() -> String {
        var words = (0..<Int.random(in: 1...7, using: &rng)).map { _ in fragment() }
        if Bool.random(using: &rng) {
            // The shape the rules look for, so relations and persons are found, not just words.
            words.insert(contentsOf: [pick(names), pick(Self.verbs), pick(names)], at: Int.random(in: 0...words.count, using: &rng))
        }
        var text = words.joined(separator: Int.random(in: 0..<20, using: &rng) == 0 ? "" : " ")
        switch Int.random(in: 0..<10, using: &rng) {
        case 0: text = text.uppercased()
        case 1: text = text.lowercased()
        default: text = capitalized(text)
        }
        return text + pick([".", ".", ".", "", "?", "!", ":", "\"", ".\""])
    }

    mutating func separator() -> String { pick([" ", " ", " ", "\n", "\n\n", "\r\n", "  "]) }

    mutating func published() -> String? {
        Int.random(in: 0..<4, using: &rng) == 0 ? nil : "20\(Int.random(in: 10...29, using: &rng))-0\(Int.random(in: 1...9, using: &rng))-1\(Int.random(in: 0...9, using: &rng))"
    }
}

/// Ways to damage an article as careless copying, wire formatting or a cut download would.
enum Mangler {
    typealias Mangle = @Sendable (String, inout SplitMix64) -> [UInt8]

    static let all: [(String, Mangle)] = [
        ("shuffled", { text, rng in Array(sentences(text).shuffled(using: &rng).joined(separator: " ").utf8) }),
        ("duplicated", { text, rng in Array(words(text, &rng) { word, rng in Int.random(in: 0..<6, using: &rng) == 0 ? [word, word] : [word] }.utf8) }),
        ("dropped", { text, rng in Array(words(text, &rng) { word, rng in Int.random(in: 0..<5, using: &rng) == 0 ? [] : [word] }.utf8) }),
        ("capitals", { text, _ in Array(text.uppercased().utf8) }),
        ("truncated", { text, rng in truncated(text, &rng) }),
        ("all", { text, rng in
            let shuffled = sentences(text).shuffled(using: &rng).joined(separator: " ").uppercased()
            return truncated(words(shuffled, &rng) { w, rng in Int.random(in: 0..<4, using: &rng) == 0 ? [w, w] : [w] }, &rng)
        }),
    ]

    static func sentences(_ text: String) -> [String] {
        text.split(separator: ". ").map { $0 + "." }
    }

    static func words(_ text: String, _ rng: inout SplitMix64, _ change: (String, inout SplitMix64) -> [String]) -> String {
        text.split(separator: " ").flatMap { change(String($0), &rng) }.joined(separator: " ")
    }

    /// Cut at a random byte, inside a multi-byte character when there is one, as a cut download
    /// would be.
    static func truncated(_ text: String, _ rng: inout SplitMix64) -> [UInt8] {
        let bytes = Array(text.utf8)
        guard bytes.count > 1 else { return bytes }
        var cut = Int.random(in: 1..<bytes.count, using: &rng)
        if let multi = bytes.indices.filter({ bytes[$0] >= 0xC0 }).randomElement(using: &rng), multi + 1 < bytes.count {
            cut = multi + 1
        }
        return Array(bytes[..<cut])
    }
}
