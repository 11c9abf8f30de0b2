/// What counting each sentence once folded in a graph: sentences that documents repeat from an
/// earlier one (a syndicated wire story, a live blog's recap) and documents that only repeat.
///
/// A sentence's copies are recognised by ``Evidence/sentenceKey``; the first document in name
/// order that carries a sentence keeps it, the others' copies are folded (they stay in the
/// evidence lists, but count toward no edge's ``Relation/support``).
public struct DuplicateSentences: Hashable, Sendable {
    /// Sentences (a document and a sentence index) whose text an earlier document already carries.
    public let foldedSentences: Int
    /// Documents with evidence whose every evidence sentence is folded.
    public let foldedDocuments: Int

    /// Counts made elsewhere (an aggregation that keeps them up to date between updates).
    public init(foldedSentences: Int, foldedDocuments: Int) {
        self.foldedSentences = foldedSentences
        self.foldedDocuments = foldedDocuments
    }

    public init(_ graph: ActorGraph) {
        // Sentences' keys and documents are numbered as they are met, so each key string is
        // hashed once per sentence and the tables below hold numbers, not strings (this runs on
        // every build over every quote of the graph).
        var keyNumbers: [String: Int] = [:]
        /// By key number: the document, by number, that carries the key first in name order.
        var carriers: [Int] = []
        var documentNumbers: [String: Int] = [:]
        var documents: [String] = []
        /// By document number: each sentence index's key number (the last one met) and the quote
        /// it was made from.
        var sentences: [[Int: (key: Int, quote: String)]] = []
        var last: (doc: String, number: Int)?
        for relation in graph.relations {
            for item in relation.evidence {
                let d: Int
                // An edge's evidence is sorted by document: most items repeat the one before's.
                if let last, last.doc == item.doc {
                    d = last.number
                } else if let known = documentNumbers[item.doc] {
                    d = known
                } else {
                    d = documents.count
                    documentNumbers[item.doc] = d
                    documents.append(item.doc)
                    sentences.append([:])
                }
                last = (item.doc, d)
                // A sentence that states several edges is met once per edge: the same quote has
                // the same key, already counted (its carrier can only be this document or one
                // before), so it is not made and looked up again.
                if let met = sentences[d][item.sentence], met.quote == item.quote { continue }
                let key = item.sentenceKey
                let k: Int
                if let known = keyNumbers[key] {
                    k = known
                    if item.doc < documents[carriers[k]] { carriers[k] = d }
                } else {
                    k = carriers.count
                    keyNumbers[key] = k
                    carriers.append(d)
                }
                sentences[d][item.sentence] = (k, item.quote)
            }
        }
        var folded = 0, foldedDocuments = 0
        for d in sentences.indices {
            let copies = sentences[d].values.reduce(0) { $0 + (carriers[$1.key] != d ? 1 : 0) }
            folded += copies
            if copies == sentences[d].count { foldedDocuments += 1 }
        }
        foldedSentences = folded
        self.foldedDocuments = foldedDocuments
    }
}
