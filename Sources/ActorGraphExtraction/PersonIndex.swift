/// The persons recognised across a corpus, merged by surname and given name ("John Kerry",
/// "John F. Kerry"; "Sergei Lavrov", "Sergey Lavrov"), so that later bare surnames ("Lavrov",
/// "Al Assad") resolve to one person.
public struct PersonIndex: Sendable {
    public struct Person: Hashable, Sendable {
        /// The display name: the form seen in most documents (ties: alphabetical).
        public var name: String
        /// Every form seen.
        public var forms: Set<String>
        /// The states or bodies the person's titles name.
        public var represents: Set<ActorRef>
        /// Normalised name words ("bashar", "al", "assad").
        public var words: Set<String>
        public var surname: String
        public var titles: Set<String>
        public var isHead: Bool
    }

    public private(set) var persons: [Person] = []
    private var bySurname: [String: [Int]] = [:]
    /// Inner words of names of three words or more, which a text may use alone: "Kiir" for
    /// "Salva Kiir Mayardit", "Machar" for "Riek Machar Teny".
    private var byInnerName: [String: [Int]] = [:]
    /// First words of names of two words or more, which a text may use alone where it writes a
    /// family name first or calls a person by a given name: "Kim" for "Kim Jong Un", "Abiy" for
    /// "Abiy Ahmed", "Isaias" for "Isaias Afwerki".
    private var byFirstName: [String: [Int]] = [:]
    /// ``person(form:)``'s answer for every recorded form, found once: phase two asks for the
    /// same few forms in every sentence, and finding one tokenises it.
    private var byForm: [String: Int] = [:]
    /// The persons who represent each actor, in index order: phase two asks for every state
    /// mention with a role noun after it.
    private var byRepresented: [ActorRef: [Int]] = [:]
    /// ``person(surname:)``'s and ``person(firstName:)``'s answers again, for the words of up to
    /// fifteen ASCII bytes (nearly every norm asked), keyed by their bytes (``ShortWords``): the
    /// answering person's place in ``persons`` plus one, under every word whose answer is a person.
    /// Phase two asks of every capitalised word no name covers, and a probe here costs a tenth of
    /// hashing the word for ``bySurname`` and again for ``byInnerName``. Made once those are.
    private var surnameAnswers = ShortWords()
    private var firstNameAnswers = ShortWords()
    /// Where the questions asked of this copy of the index are written, when one document's
    /// reading is being recorded (``recording(into:)``).
    private var recorder: PersonLookups.Recorder?

    /// Builds the index from each document's titled persons (in document order, so the result
    /// does not depend on scheduling).
    init(_ perDocument: [[TitledPerson]]) {
        self.init(lists: perDocument, documents: Array(perDocument.indices))
    }

    /// Builds the index of documents whose titled persons are `lists[documents[i]]` for the
    /// i-th document, in document order: as ``init(_:)`` of each document's list.
    ///
    /// A list that several documents share (copies of one story) is read once: read again, a
    /// list changes nothing but how many documents write each of its names, as each of its
    /// persons joins the cluster it joined the first time (a name's cluster, once found, stays
    /// under its key). Only an initial ("J. Kerry") can join another cluster later (the one
    /// person of its letter, when more have come since), so a list holding one is read again.
    init(lists: [[TitledPerson]], documents: [Int]) {
        let perDocument = documents.map { lists[$0] }
        var formDocs: [String: Set<Int>] = [:]
        var clusters: [String: Int] = [:]
        // The first word of each full name, for a family name written first and used alone.
        var byFirstCoreWord: [String: [Int]] = [:]
        // A name's words and core, once per spelling: a corpus names the same few persons in
        // every document, and tokenising each mention again was most of making the index.
        var spellings: [String: (words: [String], core: [String])] = [:]
        func spelling(_ name: String) -> (words: [String], core: [String]) {
            if let known = spellings[name] { return known }
            let made = (Tokenizer.normalizedWords(name).filter { $0 != "-" && $0 != "." }, Self.core(name))
            spellings[name] = made
            return made
        }
        // Documents whose list a document before them read, to be skipped (in both passes
        // alike), and how many such documents write each name (the names' document counts).
        var repeated = Set<Int>()
        var alsoWrittenBy: [String: Int] = [:]
        // By list read: the names a skipped reader adds a document to, nil when it cannot be
        // skipped (a name without a core joins no cluster and is counted in no document).
        var counted: [Int: [String]?] = [:]
        for (doc, list) in documents.enumerated() {
            guard let names = counted[list] else {
                let names = Set(lists[list].map(\.name)).sorted()
                let cores = names.map { spelling($0).core }
                let hasInitial = cores.contains { $0.count >= 2 && $0[0].count == 1 }
                counted[list] = hasInitial ? .some(nil) : zip(names, cores).filter { !$0.1.isEmpty }.map(\.0)
                continue
            }
            guard let names else { continue }
            repeated.insert(doc)
            for name in names { alsoWrittenBy[name, default: 0] += 1 }
        }
        // Full names first, so that a bare "President Obama" joins "Barack Obama" when it is the
        // only Obama.
        for singleWord in [false, true] {
            for (doc, found) in perDocument.enumerated() {
                if repeated.contains(doc) { continue }
                for p in found {
                    let (words, core) = spelling(p.name)
                    guard let surname = core.last, (core.count == 1) == singleWord else { continue }
                    // A given name's first three letters tell persons of one surname apart ("Abiy
                    // Ahmed", "Aziz Ahmed") and keep spellings together ("Sergei", "Sergey"); an
                    // initial joins the one person of its letter ("J. Kerry").
                    // A patronymic tells apart cousins of one given name and family ("Hamad bin
                    // Khalifa Al Thani", "Hamad bin Jassim bin Jabr Al Thani").
                    let patronym = words.firstIndex { ["bin", "ibn", "bint"].contains($0) }.flatMap { k in k + 1 < words.count ? "+" + words[k + 1] : nil } ?? ""
                    let given = singleWord ? "" : String(core[0].prefix(core[0].count == 1 ? 1 : 3)) + patronym
                    var key = surname + "|" + given
                    if given.count == 1 {
                        let matching = clusters.keys.filter { $0.hasPrefix(surname + "|" + given) && $0 != key }
                        if matching.count == 1, let only = matching.first { key = only }
                    }
                    let index: Int
                    if let c = clusters[key] ?? (given.count > 1 ? clusters[surname + "|" + given.prefix(1)] : nil) {
                        index = c
                    } else if singleWord, let existing = bySurname[surname], existing.count == 1 {
                        index = existing[0]
                    } else if singleWord, bySurname[surname] == nil, let existing = byFirstCoreWord[surname], existing.count == 1 {
                        // "President Xi" after "Xi Jinping", "Foreign Minister Wang" after "Wang Yi":
                        // a family name written first, when no one has it as a surname.
                        index = existing[0]
                    } else if let same = bySurname[surname]?.filter({ i in
                        // "Perez de Cuellar" and "Javier Perez de Cuellar", "Lula da Silva" and
                        // "Luiz Inacio Lula da Silva": one name's words all in the other's.
                        let theirs = Set(spelling(persons[i].name).core)
                        let ours = Set(core)
                        // Not "Palestinian President Mahmoud Abbas" and Syria's "Ali Mahmoud Abbas":
                        // titles naming two different states are two persons.
                        let theirStates = persons[i].represents.filter { $0.kind == .state }
                        if let state = p.represents, state.kind == .state, !theirStates.isEmpty, !theirStates.contains(state) { return false }
                        return ours.count >= 2 && theirs.count >= 2 && (ours.isSubset(of: theirs) || theirs.isSubset(of: ours))
                    }), same.count == 1 {
                        index = same[0]
                    } else {
                        index = persons.count
                        persons.append(Person(name: p.name, forms: [], represents: [], words: [], surname: surname, titles: [], isHead: false))
                        bySurname[surname, default: []].append(index)
                    }
                    clusters[key] = index
                    // (Of two-word names only: "Carlos" is no family name of "Carlos Andres Perez".)
                    if !singleWord, core.count == 2, let first = core.first, first != surname, byFirstCoreWord[first]?.contains(index) != true {
                        byFirstCoreWord[first, default: []].append(index)
                    }
                    // A form's words join with the form: a form already there brings none.
                    if persons[index].forms.insert(p.name).inserted { persons[index].words.formUnion(words) }
                    if let rep = p.represents { persons[index].represents.insert(rep) }
                    persons[index].represents.formUnion(p.alsoRepresents)
                    if !p.title.isEmpty { persons[index].titles.insert(p.title) }
                    persons[index].isHead = persons[index].isHead || p.isHead
                    formDocs[p.name, default: []].insert(doc)
                }
            }
        }
        // "known as Hemedti": the text may use the nickname alone, as it would a surname.
        for found in perDocument {
            for p in found {
                guard let nickname = p.nickname, let i = persons.firstIndex(where: { $0.forms.contains(p.name) }) else { continue }
                let key = Tokenizer.normalizedWords(nickname).filter { $0 != "-" && $0 != "." }.joined(separator: " ")
                guard !key.contains(" "), bySurname[key] == nil else { continue }
                bySurname[key] = [i]
                persons[i].words.insert(key)
            }
        }
        for (i, person) in persons.enumerated() {
            for form in person.forms {
                let core = Self.core(form)
                guard core.count >= 3 else { continue }
                for word in core.dropFirst().dropLast() where word.count >= 3 && bySurname[word] == nil && byInnerName[word]?.contains(i) != true {
                    byInnerName[word, default: []].append(i)
                }
            }
        }
        for (i, person) in persons.enumerated() {
            for form in person.forms {
                let core = Self.core(form)
                guard core.count >= 2, let first = core.first, first.count >= 2, bySurname[first] == nil, byInnerName[first] == nil,
                    byFirstName[first]?.contains(i) != true
                else { continue }
                byFirstName[first, default: []].append(i)
            }
        }
        for i in persons.indices {
            let best = persons[i].forms.sorted().max { a, b in
                let (ca, cb) = ((formDocs[a]?.count ?? 0) + alsoWrittenBy[a, default: 0], (formDocs[b]?.count ?? 0) + alsoWrittenBy[b, default: 0])
                if ca != cb { return ca < cb }
                // More words is more complete ("Bashar al-Assad" over "Assad"); then alphabetical.
                let (wa, wb) = (a.split(separator: " ").count, b.split(separator: " ").count)
                if wa != wb { return wa < wb }
                return a > b
            }
            if let best { persons[i].name = best }
        }
        for (i, person) in persons.enumerated() {
            // (A family name used alone, "Xi", is found by no surname: it is this person's form.)
            for form in person.forms where byForm[form] == nil {
                byForm[form] = find(form: form) ?? i
            }
        }
        for (i, person) in persons.enumerated() {
            for actor in person.represents { byRepresented[actor, default: []].append(i) }
        }
        for (word, list) in bySurname where list.count == 1 { surnameAnswers.file(word, Self.answer(for: list[0])) }
        for (word, list) in byInnerName where list.count == 1 && bySurname[word] == nil { surnameAnswers.file(word, Self.answer(for: list[0])) }
        for (word, list) in byFirstName where list.count == 1 { firstNameAnswers.file(word, Self.answer(for: list[0])) }
    }

    /// What ``surnameAnswers`` and ``firstNameAnswers`` hold for the person at `i` of ``persons``:
    /// its place plus one, since a table's 0 (``Vocabulary/unknown``) means no answer.
    private static func answer(for i: Int) -> Vocabulary.Word { Vocabulary.Word(i + 1) }

    /// The person a table's answer names (``answer(for:)``), or none for 0.
    private func person(answer: Vocabulary.Word) -> Person? {
        answer == Vocabulary.unknown ? nil : persons[Int(answer) - 1]
    }

    /// The words of a person's name without particles, the surname last: "Bashar al-Assad" →
    /// bashar, assad; "Ban Ki-moon" → ki, moon, ban.
    static func core(_ name: String) -> [String] {
        let core = Tokenizer.normalizedWords(name).filter { $0 != "-" && $0 != "." && !PersonRecognizer.particles.contains($0) }
        // "Ban Ki-moon", "Moon Jae-in": a given name of two syllables, the second lowercase after
        // a hyphen, follows the surname.
        if core.count == 3, hasTrailingGivenName(name) { return [core[1], core[2], core[0]] }
        return core
    }

    /// Whether `name` ends in a given name hyphenated with a lowercase second syllable ("Ban
    /// Ki-moon", "Moon Jae-in"), as East Asian names written surname first do; "Hadi al-Bahra"
    /// and "Abul-Gheit" do not.
    static func hasTrailingGivenName(_ name: String) -> Bool {
        let parts = name.split(separator: " ")
        guard parts.count == 2, let last = parts.last, let hyphen = last.lastIndex(of: "-") else { return false }
        let after = last[last.index(after: hyphen)...]
        let before = last[..<hyphen]
        guard let first = after.first, first.isLowercase, let initial = before.first, initial.isUppercase else { return false }
        return !PersonRecognizer.particles.contains(before.lowercased())
    }

    /// This index, writing every question asked of it into `recorder` (the questions one
    /// document's reading asks: ``PersonLookups``).
    func recording(into recorder: PersonLookups.Recorder) -> PersonIndex {
        var copy = self
        copy.recorder = recorder
        return copy
    }

    /// The one person whose surname is `surname`, if exactly one.
    func person(surname: String) -> Person? {
        if let key = ShortWords.key(surname) {
            recorder?.ask(surname: surname, key: key)
            return person(answer: surnameAnswers.find(key))
        }
        recorder?.ask(surname: surname)
        return personByDictionaries(surname: surname)
    }

    /// ``person(surname:)`` from the dictionaries alone, unrecorded: the answer for a word with
    /// no ``ShortWords`` key, and the one ``surnameAnswers`` holds for the others.
    func personByDictionaries(surname: String) -> Person? {
        guard let list = bySurname[surname] ?? byInnerName[surname], list.count == 1 else { return nil }
        return persons[list[0]]
    }

    /// The one person whose name starts with `word`, if exactly one and no one's surname or inner
    /// name is `word`: "Kim" for "Kim Jong Un". A caller asks only of a word standing alone, not
    /// of the first word of another name ("Kim Yong Chol").
    func person(firstName word: String) -> Person? {
        if let key = ShortWords.key(word) {
            recorder?.ask(firstName: word, key: key)
            return person(answer: firstNameAnswers.find(key))
        }
        recorder?.ask(firstName: word)
        return personByDictionaries(firstName: word)
    }

    /// ``person(firstName:)`` from the dictionary alone, unrecorded (as ``personByDictionaries(surname:)``).
    func personByDictionaries(firstName word: String) -> Person? {
        guard let list = byFirstName[word], list.count == 1 else { return nil }
        return persons[list[0]]
    }

    /// Every word ``person(surname:)`` or ``person(firstName:)`` finds a list of persons under
    /// (one person or more), for tests.
    var namesLookedUp: [String] { Array(bySurname.keys) + Array(byInnerName.keys) + Array(byFirstName.keys) }

    /// The person one of whose recorded forms is `form`.
    func person(form: String) -> Person? {
        recorder?.ask(form: form)
        if let i = byForm[form] { return persons[i] }
        return find(form: form).map { persons[$0] }
    }

    /// The index of the person of `form` (a recorded form of theirs, or one that resolves by
    /// surname alone), without ``byForm``.
    func find(form: String) -> Int? {
        let words = Self.core(form)
        guard let surname = words.last, let list = bySurname[surname] ?? (words.count == 1 ? byInnerName[surname] : nil) else { return nil }
        if list.count == 1 { return list[0] }
        return list.first { persons[$0].forms.contains(form) }
    }

    /// Persons who represent `actor`.
    func persons(representing actor: ActorRef) -> [Person] {
        recorder?.ask(representing: actor)
        return (byRepresented[actor] ?? []).map { persons[$0] }
    }

    /// Every answer the lookups above can give, as bytes: two indices whose answers are the same
    /// bytes answer every lookup alike (the same persons under every surname, inner name, first
    /// name, recorded form and represented actor, whole lists in order, so that ``find(form:)``
    /// of a form neither recorded answers alike too). Persons are numbered by their content, not
    /// their place in ``persons``, which the order of the documents decides.
    ///
    /// A store keeps these for its corpus, so that an update tells whether its new documents
    /// change how the stored documents' persons resolve without making the stored corpus's index.
    public var answers: [UInt8] {
        // Each distinct person once, in the order of their bytes; the tables name them by number.
        let described: [[UInt8]] = persons.map { p in
            var w = AnswerWriter()
            w.text(p.name)
            w.text(p.surname)
            w.text(p.isHead ? "head" : "")
            for list in [p.forms.sorted(), p.words.sorted(), p.titles.sorted()] {
                w.number(list.count)
                for item in list { w.text(item) }
            }
            w.number(p.represents.count)
            for a in p.represents.sorted() { w.actor(a) }
            return w.bytes
        }
        let table = Array(Set(described)).sorted { $0.lexicographicallyPrecedes($1) }
        var numbers: [[UInt8]: Int] = [:]
        for (n, bytes) in table.enumerated() { numbers[bytes] = n }
        var w = AnswerWriter()
        w.number(table.count)
        for bytes in table { w.bytes += bytes }
        func write(_ list: [Int]) {
            w.number(list.count)
            for i in list { w.number(numbers[described[i]] ?? -1) }
        }
        for lists in [bySurname, byInnerName, byFirstName] {
            w.number(lists.count)
            for key in lists.keys.sorted() {
                w.text(key)
                write(lists[key] ?? [])
            }
        }
        w.number(byForm.count)
        for form in byForm.keys.sorted() {
            w.text(form)
            write(byForm[form].map { [$0] } ?? [])
        }
        w.number(byRepresented.count)
        for a in byRepresented.keys.sorted() {
            w.actor(a)
            write(byRepresented[a] ?? [])
        }
        return w.bytes
    }
}

/// Bytes for ``PersonIndex/answers``: each string ends in a NUL (no name holds one), numbers as
/// decimal strings.
private struct AnswerWriter {
    var bytes: [UInt8] = []

    mutating func text(_ s: String) {
        bytes.append(contentsOf: s.utf8)
        bytes.append(0)
    }

    mutating func number(_ n: Int) { text(String(n)) }

    mutating func actor(_ a: ActorRef) {
        text(a.name)
        text(a.kind.rawValue)
        text(a.country ?? "")
    }
}
