/// A rule that matched a sentence: the subjects, objects and event it bound, and the tokens it
/// covers.
struct RuleMatch: Hashable {
    var rule: RuleSet.Rule
    var subjects: [Mention]
    var objects: [Mention]
    var event: Int?
    var range: Range<Int>
}

/// Matches the rules of a ``RuleSet`` against one sentence's tokens and mentions, with
/// backtracking over gaps and optional elements; slots take the longest coordinated list.
struct RuleMatcher {
    let tokens: [Token]
    /// Actor mentions by first token.
    let mentionAt: [Int: Mention]
    /// Tokens inside an actor mention.
    let covered: [Bool]
    /// Event-noun tokens.
    let events: Set<Int>

    init(tokens: [Token], mentions: [Mention]) {
        self.tokens = tokens
        var at: [Int: Mention] = [:]
        var covered = [Bool](repeating: false, count: tokens.count)
        var events: Set<Int> = []
        for m in mentions {
            if m.role == .event {
                events.insert(m.range.lowerBound)
            } else if m.role == .actor {
                at[m.range.lowerBound] = m
                for k in m.range { covered[k] = true }
            }
        }
        mentionAt = at
        self.covered = covered
        self.events = events
    }

    /// Every match of every applicable rule, left to right.
    func matches(_ rules: [RuleSet.Rule], words: Set<String>) -> [RuleMatch] {
        var out: [RuleMatch] = []
        for rule in rules where rule.anchors.isEmpty || !rule.anchors.isDisjoint(with: words) {
            var start = 0
            while start < tokens.count {
                var binding = Binding()
                if let end = match(rule.elements[...], start, &binding), end > start {
                    out.append(RuleMatch(rule: rule, subjects: binding.subjects, objects: binding.objects, event: binding.event, range: start..<end))
                    start = max(start + 1, binding.firstSlotEnd ?? start + 1)
                } else {
                    start += 1
                }
            }
        }
        return out
    }

    struct Binding {
        var subjects: [Mention] = []
        var objects: [Mention] = []
        var event: Int?
        var firstSlotEnd: Int?
    }

    private func match(_ elements: ArraySlice<RuleSet.Element>, _ i: Int, _ b: inout Binding) -> Int? {
        guard let first = elements.first else { return i }
        let rest = elements.dropFirst()
        switch first {
        case .subject(let joins), .object(let joins):
            guard let (list, end) = slot(at: i, joins: joins) else { return nil }
            var next = b
            if case .subject = first { next.subjects = list } else { next.objects = list }
            if next.firstSlotEnd == nil { next.firstSlotEnd = end }
            if let e = match(rest, end, &next) { b = next; return e }
            return nil
        case .event:
            guard i < tokens.count, events.contains(i) else { return nil }
            var next = b
            next.event = i
            if let e = match(rest, i + 1, &next) { b = next; return e }
            return nil
        case .word(let set):
            guard i < tokens.count, !covered[i], set.contains(tokens[i].norm) else { return nil }
            return match(rest, i + 1, &b)
        case .gap(let n):
            var k = i
            for _ in 0...n {
                var next = b
                if let e = match(rest, k, &next) { b = next; return e }
                guard k < tokens.count, !covered[k], tokens[k].norm != ";", !events.contains(k) else { return nil }
                k += 1
            }
            return nil
        case .optional(let inner):
            var next = b
            if let e = match([inner] + rest, i, &next) { b = next; return e }
            return match(rest, i, &b)
        }
    }

    static let joiners: Set<String> = [",", "and", "plus", "&"]

    /// A mention or a coordinated list of mentions starting at `i` (a leading "the" allowed).
    private func slot(at i: Int, joins: Bool) -> ([Mention], Int)? {
        var k = i
        if k < tokens.count, tokens[k].norm == "the", mentionAt[k] == nil { k += 1 }
        guard let first = mentionAt[k] else { return nil }
        var list = [first]
        var end = first.range.upperBound
        while end < tokens.count {
            var j = end
            var joined = false
            while j < tokens.count, Self.joiners.contains(tokens[j].norm) || (joins && tokens[j].norm == "with")
                || (tokens[j].norm == "as" && j + 2 < tokens.count && tokens[j + 1].norm == "well" && tokens[j + 2].norm == "as")
            {
                if tokens[j].norm == "as" { j += 3 } else { j += 1 }
                joined = true
            }
            guard joined else { break }
            if j < tokens.count, ["the", "their", "its", "his"].contains(tokens[j].norm), mentionAt[j] == nil { j += 1 }
            guard let m = mentionAt[j] else { break }
            list.append(m)
            end = m.range.upperBound
        }
        return (list, end)
    }
}
