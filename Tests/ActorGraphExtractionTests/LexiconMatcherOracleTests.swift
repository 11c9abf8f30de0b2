import Foundation
import Testing

@testable import ActorGraphExtraction

/// The lexicon's trie is flat (``LexiconMatcher/Trie``: the root's children by word id, the other
/// edges in one open-addressing table) and a demonym's template is found by word ids
/// (``LexiconMatcher/DemonymFollowers``): both must answer as the matcher before did (kept here
/// as the oracle: a `[Word: Int]` dictionary per node, and the followers' norms joined into a
/// String key), at every token of the seeds, every fixture's articles, their upper-cased copies
/// and sentences made to reach the edges.
@Suite struct LexiconMatcherOracleTests {
    /// The matcher's lookups as they were before the trie was made flat.
    struct Reference {
        struct Node {
            var children: [Vocabulary.Word: Int] = [:]
            var hits: [LexiconMatcher.Hit] = []
        }

        var nodes: [Node] = [Node()]
        var afterDemonym: [String: Int] = [:]
        let the: Vocabulary.Word

        init(lexicon: ActorGraphExtraction.Lexicon, vocabulary: inout Vocabulary) {
            the = vocabulary.intern("the")
            for (index, entry) in lexicon.entries.enumerated() {
                if entry.isTemplate {
                    for alias in [entry.name] + entry.aliases {
                        if alias.hasPrefix("{demonym} ") {
                            let rest = Tokenizer.normalizedWords(String(alias.dropFirst("{demonym} ".count))).joined(separator: " ")
                            afterDemonym[rest] = index
                        } else if !LexiconEntry.hasPlaceholder(alias) {
                            insert(alias, .init(entry: index, form: .generic, caseRule: []), &vocabulary)
                        }
                    }
                    continue
                }
                insert(entry.name, .init(entry: index, form: .name, caseRule: []), &vocabulary)
                for alias in entry.aliases { insert(alias, .init(entry: index, form: .alias, caseRule: []), &vocabulary) }
                for demonym in entry.demonyms { insert(demonym, .init(entry: index, form: .demonym, caseRule: []), &vocabulary) }
                for metonym in entry.metonyms { insert(metonym, .init(entry: index, form: .metonym, caseRule: []), &vocabulary) }
            }
        }

        mutating func insert(_ surface: String, _ hit: LexiconMatcher.Hit, _ vocabulary: inout Vocabulary) {
            let scalars = Array(surface.unicodeScalars)
            let tokens = Tokenizer.tokens(scalars, in: 0..<scalars.count)
            guard !tokens.isEmpty else { return }
            var hit = hit
            hit.caseRule = tokens.map { t in
                if t.isUppercase && t.norm.count >= 2 { return 2 }
                return t.isCapitalized ? 1 : 0
            }
            var node = 0
            for token in tokens {
                let word = vocabulary.intern(token.norm)
                if let next = nodes[node].children[word] {
                    node = next
                } else {
                    nodes.append(Node())
                    nodes[node].children[word] = nodes.count - 1
                    node = nodes.count - 1
                }
            }
            if !nodes[node].hits.contains(hit) { nodes[node].hits.append(hit) }
        }

        func longestMatch(_ tokens: [Token], at start: Int) -> (end: Int, hit: LexiconMatcher.Hit)? {
            var node = 0
            var best: (Int, LexiconMatcher.Hit)?
            var i = start
            while i < tokens.count, tokens[i].word != Vocabulary.unknown, let next = nodes[node].children[tokens[i].word] {
                node = next
                i += 1
                for hit in nodes[node].hits where LexiconMatcher.caseMatches(hit.caseRule, tokens, start..<i) {
                    if best == nil || best!.0 < i || LexiconMatcher.prefers(hit, over: best!.1) { best = (i, hit) }
                }
            }
            return best
        }

        func genericSkippingAdjective(_ tokens: [Token], at start: Int) -> (end: Int, hit: LexiconMatcher.Hit)? {
            guard start + 2 < tokens.count, tokens[start].word == the, var node = nodes[0].children[the] else { return nil }
            var best: (Int, LexiconMatcher.Hit)?
            var i = start + 2
            while i < tokens.count, tokens[i].word != Vocabulary.unknown, let next = nodes[node].children[tokens[i].word] {
                node = next
                i += 1
                if let hit = nodes[node].hits.first(where: { $0.form == .generic }) { best = (i, hit) }
            }
            return best
        }

        func template(afterDemonym tokens: [Token], at start: Int) -> (end: Int, entry: Int)? {
            var best: (Int, Int)?
            var key = ""
            var i = start
            while i < tokens.count, i - start < 4 {
                key += (key.isEmpty ? "" : " ") + tokens[i].norm
                i += 1
                if let entry = afterDemonym[key] { best = (i, entry) }
            }
            return best
        }
    }

    /// Every lookup at every token of `tokens` (and just past them) against the reference's;
    /// returns how many found something.
    @discardableResult
    static func expectSame(_ tokens: [Token], _ matcher: LexiconMatcher, _ reference: Reference, _ context: String) -> Int {
        var found = 0
        for i in 0...tokens.count {
            let (new, old) = (matcher.longestMatch(tokens, at: i), reference.longestMatch(tokens, at: i))
            #expect(new?.end == old?.end && new?.hit == old?.hit, "longestMatch, \(context), token \(i)")
            let (newG, oldG) = (matcher.genericSkippingAdjective(tokens, at: i), reference.genericSkippingAdjective(tokens, at: i))
            #expect(newG?.end == oldG?.end && newG?.hit == oldG?.hit, "genericSkippingAdjective, \(context), token \(i)")
            let (newT, oldT) = (matcher.template(afterDemonym: tokens, at: i), reference.template(afterDemonym: tokens, at: i))
            #expect(newT?.end == oldT?.end && newT?.entry == oldT?.entry, "template, \(context), token \(i)")
            if old != nil { found += 1 }
            if oldG != nil { found += 1 }
            if oldT != nil { found += 1 }
        }
        return found
    }

    @Test func theFlatTrieAnswersAsTheDictionariesDid() throws {
        let extractor = Extractor(lexicon: Fixture.lexicon, rules: Fixture.rules)
        var vocabulary = extractor.vocabulary
        let reference = Reference(lexicon: Fixture.lexicon, vocabulary: &vocabulary)
        // The reference interned no word the extractor had not: the ids are the same.
        #expect(vocabulary.count == extractor.vocabulary.count)
        var found = 0
        for folder in try Fixture.articleFolders() {
            for document in try Corpus.load(folder: folder).documents {
                for text in [document.text, document.text.uppercased()] {
                    let copy = Document(name: document.name, text: text, published: document.published)
                    for sentence in extractor.analyze(copy).sentences {
                        found += Self.expectSame(sentence.tokens, extractor.matcher, reference, document.name)
                    }
                }
            }
        }
        #expect(found > 10_000)
    }

    @Test func madeSentencesAtTheEdges() {
        let extractor = Extractor(lexicon: Fixture.lexicon, rules: Fixture.rules)
        var vocabulary = extractor.vocabulary
        let reference = Reference(lexicon: Fixture.lexicon, vocabulary: &vocabulary)
        let texts = [
            "Syrian rebels and Iraqi Kurdish forces met the political opposition. The Syrian",
            "Russian special forces backed Syrian government forces; the Syrian opposition fighters left. Syrian rebels",
            "THE UNITED STATES AND UN BACKED US. the united states. The U.S. and the U.N. met Da’esh",
            "the Syrian armed opposition, the Iranian-backed Houthi rebels, the Kurdish",
            "Turkish-backed Syrian National Army fighters attacked the Kurdish-led Syrian Democratic Forces",
            "Ukrainian Ukrainian Ukrainian forces forces the the political political opposition opposition",
            "Sudan Sudan's Sudanese Rapid Support Forces and the Sudanese Armed Forces",
            "", "the", "Syrian", "the political", "New", "New York", "Kelvin 3\u{212A} Syrian rebels",
        ]
        for text in texts {
            for sentence in extractor.analyze(Document(name: "edges.txt", text: text, published: "2024-03-15")).sentences {
                Self.expectSame(sentence.tokens, extractor.matcher, reference, text)
            }
        }
    }
}
