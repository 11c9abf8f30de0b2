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

    public init(_ graph: ActorGraph) {
        var carrier: [String: String] = [:]
        var keys: [String: [Int: String]] = [:]
        for relation in graph.relations {
            for item in relation.evidence {
                let key = item.sentenceKey
                if let first = carrier[key], first <= item.doc {} else { carrier[key] = item.doc }
                keys[item.doc, default: [:]][item.sentence] = key
            }
        }
        var folded = 0, documents = 0
        for (doc, byIndex) in keys {
            let copies = byIndex.values.filter { carrier[$0] != doc }.count
            folded += copies
            if copies == byIndex.count { documents += 1 }
        }
        foldedSentences = folded
        foldedDocuments = documents
    }
}
