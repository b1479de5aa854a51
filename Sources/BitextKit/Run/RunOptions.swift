/// How `bitext run` treats a collection.
public struct RunOptions: Sendable {
    /// Whether article pairs are translations, comparable reports, or decided per pair.
    public enum AlignmentMode: String, Sendable, CaseIterable, Codable {
        case parallel, comparable, auto
    }

    public var mode: AlignmentMode = .auto
    public var pairing = PairingOptions()
    /// Worker threads.
    public var jobs = 2
    /// Pinned creation date for TMX/TBX headers (tests); nil writes none, keeping output deterministic.
    public var creationDate: String?

    public init() {}
}
