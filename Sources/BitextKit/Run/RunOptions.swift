/// How `bitext run` treats a collection.
public struct RunOptions: Sendable {
    /// Whether article pairs are translations, comparable reports, or decided per pair.
    public var mode: TextRelation = .auto
    public var pairing = PairingOptions()
    /// Worker threads.
    public var jobs = 2
    /// Pinned creation date for TMX/TBX headers (tests); nil writes none, keeping output deterministic.
    public var creationDate: String?
    /// Orientation of the translation memories written.
    public var direction: TMXDirection = .enDe
    /// Also put comparable pairs' matches into `aligned.tmx` and their own `alignments/*.tmx` (marked
    /// `x-relation`); by default they go only to `comparable.tmx`, since they are no translations.
    public var comparableInTranslationMemories = false

    public init() {}
}
