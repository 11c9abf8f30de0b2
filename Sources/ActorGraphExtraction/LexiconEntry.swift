import ActorGraphModel

/// One row of a lexicon file: an actor the extractor can recognise by name, and the other words
/// that stand for it.
public struct LexiconEntry: Hashable, Sendable {
    public var kind: ActorKind
    /// The canonical display name ("Russia"); may contain `{demonym}`/`{country}` placeholders in a
    /// template (country-relative generic actor).
    public var name: String
    /// ISO alpha-3 code for states; nil otherwise.
    public var code: String?
    public var aliases: [String]
    /// Adjectives and plurals ("Russian", "Russians"); mentions of the state.
    public var demonyms: [String]
    /// Capitals and seats ("Moscow", "the Kremlin"); mentions of the state unless used as places.
    public var metonyms: [String]
    /// ISO alpha-3 code of the country an organization or armed group belongs to.
    public var country: String?

    public init(
        kind: ActorKind, name: String, code: String? = nil, aliases: [String] = [],
        demonyms: [String] = [], metonyms: [String] = [], country: String? = nil
    ) {
        self.kind = kind
        self.name = name
        self.code = code
        self.aliases = aliases
        self.demonyms = demonyms
        self.metonyms = metonyms
        self.country = country
    }

    /// Whether this is a country-relative template such as "{demonym} opposition".
    public var isTemplate: Bool {
        Self.hasPlaceholder(name) || aliases.contains(where: Self.hasPlaceholder)
    }

    /// Whether `text` holds the character "{". Its bytes are asked first: Foundation's
    /// `contains`, which this replaced, cost ~6,000 instructions a name, and the extractor's
    /// setup asks every entry (which every update pays). A "{" byte is asked again as a
    /// character, as `contains` read it ("{" with a combining mark is another character).
    static func hasPlaceholder(_ text: String) -> Bool {
        BytewiseText.contains(UInt8(ascii: "{"), in: text) && text.contains("{" as Character)
    }
}
