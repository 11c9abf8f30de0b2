/// Third-person pronouns the extractor resolves: "his/him" to the nearest person before them,
/// "its" to the nearest state, body or group before them (in the sentence, else the one before).
enum Pronoun {
    static let personal: Set<String> = ["his", "him", "he", "she"]
    static let collective: Set<String> = ["its"]
    /// "it": a state, body or group named before it (``Extractor/neuterReferent``).
    static let neuter: Set<String> = ["it"]
}
