/// The tables an ``Extractor`` reads from the module's resources the first time it needs them.
public enum BundledTables {
    /// Reads the bundled gazetteer of multi-word city names now (once per process; a later call
    /// does nothing), as making the first ``Extractor`` would: a caller can have it read on
    /// one core while the rules are read on another.
    public static func prepare() {
        _ = Gazetteer.bundled
    }
}
