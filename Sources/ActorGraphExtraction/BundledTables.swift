/// The tables an ``Extractor`` reads from the module's resources the first time it needs them.
public enum BundledTables {
    /// Reads the bundled gazetteer of multi-word city names now (once per process; a later call
    /// does nothing), as making the first ``Extractor`` would: a caller can have it read on
    /// one core while the rules are read on another.
    public static func prepare() {
        _ = Gazetteer.bundled
    }

    /// Reads the bundled table of well-known persons now (once per process), as making the first
    /// ``Extractor`` would: the table is the largest part of making one, so a caller can have it
    /// read on a core that has finished its part (the rules) while another reads the lexicon
    /// and the gazetteer; the extractor, made on that other core, waits for it if need be.
    public static func preparePersons() {
        _ = KnownPersons.bundled
    }
}
