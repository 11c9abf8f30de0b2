import ActorGraphModel

/// Finds lexicon names in token sequences with a trie over word ids (``Vocabulary``), built once
/// per lexicon; each sentence is matched longest-first in one left-to-right pass.
public struct LexiconMatcher: Sendable {
    /// What a path through the trie names.
    struct Hit: Hashable, Sendable {
        var entry: Int
        var form: Mention.Form
        /// Per word: 0 any case, 1 capitalised, 2 all uppercase.
        var caseRule: [UInt8]
    }

    struct Node: Sendable {
        var children: [Vocabulary.Word: Int] = [:]
        var hits: [Hit] = []
    }

    public let lexicon: Lexicon
    private var nodes: [Node] = [Node()]
    /// Generic words that follow a demonym ("rebels" in "Syrian rebels"), by template entry.
    private var afterDemonym: [String: Int] = [:]
    /// State entry index by ISO code.
    let stateByCode: [String: Int]
    /// Every template instantiated for every state, keyed by entry index and code.
    private var instances: [Int: [String: ActorRef]] = [:]

    /// The id of "the", which may open a generic word before an adjective.
    private let the: Vocabulary.Word

    /// A matcher for `lexicon`, whose words are added to `vocabulary`.
    init(lexicon: Lexicon, vocabulary: inout Vocabulary) {
        self.lexicon = lexicon
        the = vocabulary.intern("the")
        var byCode: [String: Int] = [:]
        for (index, entry) in lexicon.entries.enumerated() where entry.kind == .state {
            if let code = entry.code, byCode[code] == nil { byCode[code] = index }
        }
        stateByCode = byCode
        for (index, entry) in lexicon.entries.enumerated() {
            if entry.isTemplate {
                for alias in entry.aliases {
                    if alias.hasPrefix("{demonym} ") {
                        let rest = Tokenizer.normalizedWords(String(alias.dropFirst("{demonym} ".count))).joined(separator: " ")
                        afterDemonym[rest] = index
                    } else if !LexiconEntry.hasPlaceholder(alias) {
                        insert(alias, Hit(entry: index, form: .generic, caseRule: []), &vocabulary)
                    }
                }
                continue
            }
            insert(entry.name, Hit(entry: index, form: .name, caseRule: []), &vocabulary)
            for alias in entry.aliases { insert(alias, Hit(entry: index, form: .alias, caseRule: []), &vocabulary) }
            for demonym in entry.demonyms { insert(demonym, Hit(entry: index, form: .demonym, caseRule: []), &vocabulary) }
            for metonym in entry.metonyms { insert(metonym, Hit(entry: index, form: .metonym, caseRule: []), &vocabulary) }
        }
        for (index, entry) in lexicon.entries.enumerated() where entry.isTemplate {
            for code in stateByCode.keys {
                if let ref = instantiate(template: index, country: code) { instances[index, default: [:]][code] = ref }
            }
        }
    }

    private mutating func insert(_ surface: String, _ hit: Hit, _ vocabulary: inout Vocabulary) {
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

    /// The longest lexicon match starting at `start`: its end and hit.
    func longestMatch(_ tokens: [Token], at start: Int) -> (end: Int, hit: Hit)? {
        var node = 0
        var best: (Int, Hit)?
        var i = start
        while i < tokens.count, tokens[i].word != Vocabulary.unknown, let next = nodes[node].children[tokens[i].word] {
            node = next
            i += 1
            for hit in nodes[node].hits where Self.caseMatches(hit.caseRule, tokens, start..<i) {
                // Prefer a real name over a generic word of the same length.
                if best == nil || best!.0 < i || (best!.1.form == .generic && hit.form != .generic) { best = (i, hit) }
            }
        }
        return best
    }

    /// Whether `tokens[range]` have the case `rule` asks of each word (as far as both go).
    static func caseMatches(_ rule: [UInt8], _ tokens: [Token], _ range: Range<Int>) -> Bool {
        // By index: zipping with a slice of the tokens copied each token, and its strings.
        var k = range.lowerBound
        for r in rule {
            guard k < range.upperBound, k < tokens.count else { return true }
            if r == 2 && !tokens[k].isUppercase { return false }
            if r == 1 && !tokens[k].isCapitalized { return false }
            k += 1
        }
        return true
    }

    /// A generic word with one adjective after its "the" ("the political opposition"): its end
    /// and hit.
    func genericSkippingAdjective(_ tokens: [Token], at start: Int) -> (end: Int, hit: Hit)? {
        guard start + 2 < tokens.count, tokens[start].word == the, var node = nodes[0].children[the] else { return nil }
        var best: (Int, Hit)?
        var i = start + 2
        while i < tokens.count, tokens[i].word != Vocabulary.unknown, let next = nodes[node].children[tokens[i].word] {
            node = next
            i += 1
            if let hit = nodes[node].hits.first(where: { $0.form == .generic }) { best = (i, hit) }
        }
        return best
    }

    /// The template entry a demonym turns the following words into ("Syrian" + "rebels").
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

    /// The reference for a plain (non-template) entry.
    func ref(_ entry: Int) -> ActorRef {
        let e = lexicon.entries[entry]
        return ActorRef(name: e.name, kind: e.kind, country: e.kind == .state ? e.code : e.country)
    }

    /// The reference for a template entry instantiated for the state `code`.
    func ref(template entry: Int, country code: String) -> ActorRef? {
        instances[entry]?[code] ?? instantiate(template: entry, country: code)
    }

    private func instantiate(template entry: Int, country code: String) -> ActorRef? {
        guard let stateIndex = stateByCode[code] else { return nil }
        let state = lexicon.entries[stateIndex]
        let e = lexicon.entries[entry]
        let demonym = state.demonyms.first ?? state.name
        let name = Self.filled(Self.filled(Self.filled(e.name, "{demonym}", demonym), "{country}", state.name), "{code}", code)
        return ActorRef(name: name, kind: e.kind, country: code)
    }

    /// `text.replacingOccurrences(of: placeholder, with: value)`: by bytes when both texts are
    /// ASCII (every byte then a character of its own, so the bytes match where the characters
    /// do), else by Foundation. Foundation's was ~5,500 instructions a call, and every template
    /// is filled for every state when the extractor is made (which every update pays).
    static func filled(_ text: String, _ placeholder: String, _ value: String) -> String {
        guard text.utf8.allSatisfy({ $0 < 0x80 }), placeholder.utf8.allSatisfy({ $0 < 0x80 }) else {
            return text.replacingOccurrences(of: placeholder, with: value)
        }
        let bytes = Array(text.utf8), pattern = Array(placeholder.utf8)
        guard !pattern.isEmpty else { return text }
        var out: [UInt8] = []
        var i = 0
        while i < bytes.count {
            if i + pattern.count <= bytes.count, bytes[i..<(i + pattern.count)].elementsEqual(pattern) {
                out.append(contentsOf: value.utf8)
                i += pattern.count
            } else {
                out.append(bytes[i])
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The state with this ISO code.
    func state(code: String) -> ActorRef? {
        stateByCode[code].map(ref)
    }
}
