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

    /// The trie while it is built; ``Trie`` is what the matcher reads.
    struct TrieBuilder {
        /// The edges of every node in one table, `node << 32 | word` to the child: a dictionary
        /// per node was most of building the trie, thousands of them made and grown.
        var edges: [UInt64: Int32] = [:]
        /// Each node's hits, in the order added; the root is node 0.
        var hits: [[Hit]] = [[]]

        /// The child of `node` along `word`, made if it is new.
        mutating func child(of node: Int, _ word: Vocabulary.Word) -> Int {
            // One hash an edge: a new child takes the next node's number where it lies.
            let next = Int32(hits.count)
            func take(_ slot: inout Int32) -> Int32 {
                if slot < 0 { slot = next }
                return slot
            }
            let child = take(&edges[UInt64(node) << 32 | UInt64(word), default: -1])
            if child == next { hits.append([]) }
            return Int(child)
        }
    }

    public let lexicon: Lexicon
    /// The trie of every name, alias, demonym and metonym, by word ids.
    let trie: Trie
    /// Generic words that follow a demonym ("rebels" in "Syrian rebels"), by template entry: the
    /// words' ids, from the first word's.
    private let afterDemonym: DemonymFollowers
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
        var nodes = TrieBuilder()
        var followers: [[Vocabulary.Word]: Int] = [:]
        var byCode: [String: Int] = [:]
        for (index, entry) in lexicon.entries.enumerated() where entry.kind == .state {
            if let code = entry.code, byCode[code] == nil { byCode[code] = index }
        }
        stateByCode = byCode
        for (index, entry) in lexicon.entries.enumerated() {
            if entry.isTemplate {
                // (The name is a form like the aliases: "{demonym} opposition" reads "the Syrian
                // opposition".)
                for alias in [entry.name] + entry.aliases {
                    if alias.hasPrefix("{demonym} ") {
                        // (As words, not their text joined by spaces: no norm holds a space, so
                        // the two say the same; the last template of the same words wins, as
                        // the text's dictionary had it.)
                        let rest = Tokenizer.normalizedWords(String(alias.dropFirst("{demonym} ".count)))
                        followers[rest.map { vocabulary.intern($0) }] = index
                    } else if !LexiconEntry.hasPlaceholder(alias) {
                        Self.insert(alias, Hit(entry: index, form: .generic, caseRule: []), into: &nodes, &vocabulary)
                    }
                }
                continue
            }
            Self.insert(entry.name, Hit(entry: index, form: .name, caseRule: []), into: &nodes, &vocabulary)
            for alias in entry.aliases { Self.insert(alias, Hit(entry: index, form: .alias, caseRule: []), into: &nodes, &vocabulary) }
            for demonym in entry.demonyms { Self.insert(demonym, Hit(entry: index, form: .demonym, caseRule: []), into: &nodes, &vocabulary) }
            for metonym in entry.metonyms { Self.insert(metonym, Hit(entry: index, form: .metonym, caseRule: []), into: &nodes, &vocabulary) }
        }
        trie = Trie(nodes, words: vocabulary.count)
        afterDemonym = DemonymFollowers(followers)
        for (index, entry) in lexicon.entries.enumerated() where entry.isTemplate {
            for code in stateByCode.keys {
                if let ref = instantiate(template: index, country: code) { instances[index, default: [:]][code] = ref }
            }
        }
    }

    private static func insert(_ surface: String, _ hit: Hit, into nodes: inout TrieBuilder, _ vocabulary: inout Vocabulary) {
        // A plain name's tokens read off its bytes (most names); any other's by the tokenizer.
        let tokens = Tokenizer.plainTokens(surface) ?? {
            let scalars = Array(surface.unicodeScalars)
            return Tokenizer.tokens(scalars, in: 0..<scalars.count).map {
                Tokenizer.PlainToken(norm: $0.norm, isCapitalized: $0.isCapitalized, isUppercase: $0.isUppercase)
            }
        }()
        guard !tokens.isEmpty else { return }
        var hit = hit
        hit.caseRule = tokens.map { t in
            if t.isUppercase && t.norm.count >= 2 { return 2 }
            return t.isCapitalized ? 1 : 0
        }
        var node = 0
        for token in tokens { node = nodes.child(of: node, vocabulary.intern(token.norm)) }
        if !nodes.hits[node].contains(hit) { nodes.hits[node].append(hit) }
    }

    /// The longest lexicon match starting at `start`: its end and hit.
    func longestMatch(_ tokens: [Token], at start: Int) -> (end: Int, hit: Hit)? {
        trie.longestMatch(tokens, at: start)
    }

    /// Of two hits of the same length: a name over a generic word, then the form whose case the
    /// text matches more strictly ("JEM" is the Justice and Equality Movement's, "JeM"
    /// Jaish-e-Mohammed's).
    static func prefers(_ hit: Hit, over best: Hit) -> Bool {
        if best.form == .generic { return hit.form != .generic }
        return hit.form != .generic && hit.caseRule.reduce(0, +) > best.caseRule.reduce(0, +)
    }

    /// Whether a name of the lexicon may start with `word` (the trie's root has an edge along
    /// it): where it may not, ``longestMatch(_:at:)`` finds nothing. Asked inline at each token
    /// before the call, which most tokens did for nothing.
    @inline(__always)
    func mayStart(_ word: Vocabulary.Word) -> Bool {
        word != Vocabulary.unknown && trie.child(of: 0, word) > 0
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
        guard start + 2 < tokens.count, tokens[start].word == the, case let root = trie.child(of: 0, the), root > 0 else { return nil }
        var node = root
        var best: (Int, Hit)?
        var i = start + 2
        while i < tokens.count, tokens[i].word != Vocabulary.unknown {
            let next = trie.child(of: node, tokens[i].word)
            guard next > 0 else { break }
            node = next
            i += 1
            if let h = trie.hits(of: node).first(where: { trie.hits[$0].form == .generic }) { best = (i, trie.hits[h]) }
        }
        return best
    }

    /// The template entry a demonym turns the following words into ("Syrian" + "rebels").
    func template(afterDemonym tokens: [Token], at start: Int) -> (end: Int, entry: Int)? {
        afterDemonym.longest(tokens, at: start)
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

extension LexiconMatcher {
    /// The lexicon's trie, flat: the root's children in an array by word id, every other edge in
    /// one open-addressing table keyed by node and word, and each node's hits as a range of one
    /// array. (A `[Word: Int]` dictionary per node cost a hashed lookup of ~135 instructions at
    /// nearly every token of every sentence.) (A struct: as a class, each lookup paid for the
    /// indirection, ~12 instructions a call.)
    struct Trie: Sendable {
        /// By word id: the root's child, or 0 (the root is nobody's child). Words interned after
        /// the trie was made have ids past the end, and no edge.
        private let rootChildren: [Int32]
        /// Edges from nodes other than the root: `node << 32 | word`, 0 for an empty place (the
        /// root's edges are not here, so no key is 0).
        private let keys: [UInt64]
        private let values: [Int32]
        private let mask: Int
        private let shift: UInt64
        /// Node `n`'s hits are `hits[hitStarts[n]..<hitStarts[n + 1]]`, in the order added.
        private let hitStarts: [Int32]
        let hits: [Hit]

        init(_ nodes: TrieBuilder, words: Int) {
            var root = [Int32](repeating: 0, count: Swift.max(words, 1))
            let edges = nodes.edges.reduce(0) { $1.key >> 32 != 0 ? $0 + 1 : $0 }
            // At most half full.
            var bits = 4
            while 1 << bits < 2 * edges + 2 { bits += 1 }
            var keys = [UInt64](repeating: 0, count: 1 << bits)
            var values = [Int32](repeating: 0, count: 1 << bits)
            let mask = (1 << bits) - 1
            let shift = UInt64(64 - bits)
            for (key, child) in nodes.edges {
                guard key >> 32 != 0 else {
                    let word = Int(truncatingIfNeeded: key)
                    if word >= root.count { root.append(contentsOf: repeatElement(0, count: word - root.count + 1)) }
                    root[word] = child
                    continue
                }
                var slot = Self.slot(key, shift)
                while keys[slot] != 0 { slot = (slot + 1) & mask }
                keys[slot] = key
                values[slot] = child
            }
            var starts: [Int32] = [0]
            starts.reserveCapacity(nodes.hits.count + 1)
            var hits: [Hit] = []
            for node in nodes.hits {
                hits.append(contentsOf: node)
                starts.append(Int32(hits.count))
            }
            rootChildren = root
            self.keys = keys
            self.values = values
            self.mask = mask
            self.shift = shift
            hitStarts = starts
            self.hits = hits
        }

        @inline(__always)
        private static func slot(_ key: UInt64, _ shift: UInt64) -> Int {
            Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
        }

        /// The child of `node` along `word`, or 0 when there is none.
        @inline(__always)
        func child(of node: Int, _ word: Vocabulary.Word) -> Int {
            if node == 0 { return Int(word) < rootChildren.count ? Int(rootChildren[Int(word)]) : 0 }
            let key = UInt64(node) << 32 | UInt64(word)
            var slot = Self.slot(key, shift)
            while true {
                let k = keys[slot]
                if k == key { return Int(values[slot]) }
                if k == 0 { return 0 }
                slot = (slot + 1) & mask
            }
        }

        /// The longest lexicon match starting at `start`: its end and hit.
        func longestMatch(_ tokens: [Token], at start: Int) -> (end: Int, hit: Hit)? {
            var node = 0
            var best: (Int, Hit)?
            var i = start
            while i < tokens.count, tokens[i].word != Vocabulary.unknown {
                let next = child(of: node, tokens[i].word)
                guard next > 0 else { break }
                node = next
                i += 1
                for h in hits(of: node) where LexiconMatcher.caseMatches(hits[h].caseRule, tokens, start..<i) {
                    let hit = hits[h]
                    // Prefer a real name over a generic word of the same length.
                    if best == nil || best!.0 < i || LexiconMatcher.prefers(hit, over: best!.1) { best = (i, hit) }
                }
            }
            return best
        }

        /// The indices in ``hits`` of what the path to `node` names.
        @inline(__always)
        func hits(of node: Int) -> Range<Int> { Int(hitStarts[node])..<Int(hitStarts[node + 1]) }
    }

    /// The words a demonym may turn into a template ("Syrian" + "rebels"), as word ids: compared
    /// with the tokens' ids instead of joining their norms into a String key per word (each key
    /// appended to and hashed).
    struct DemonymFollowers: Sendable {
        /// Each template's words (one to four: the text's key was never longer) and its entry.
        private let sequences: [(words: [Vocabulary.Word], entry: Int)]

        init(_ followers: [[Vocabulary.Word]: Int]) {
            // Longest first, so that the first match is the longest. (Two different sequences of
            // one length never both match, so their order does not matter.)
            sequences = followers.filter { !$0.key.isEmpty && $0.key.count <= 4 }
                .map { (words: $0.key, entry: $0.value) }
                .sorted { $0.words.count > $1.words.count }
        }

        /// The longest template's end and entry whose words start at `start`.
        func longest(_ tokens: [Token], at start: Int) -> (end: Int, entry: Int)? {
            guard start < tokens.count, tokens[start].word != Vocabulary.unknown else { return nil }
            for s in sequences where start + s.words.count <= tokens.count {
                var k = 0
                while k < s.words.count, tokens[start + k].word == s.words[k] { k += 1 }
                if k == s.words.count { return (start + k, s.entry) }
            }
            return nil
        }
    }
}
