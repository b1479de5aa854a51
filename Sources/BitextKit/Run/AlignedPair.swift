/// One paired article couple and its sentence alignment.
public struct AlignedPair: Sendable {
    /// Indices into the run's German and English articles.
    public let german: Int
    public let english: Int
    public let pair: DocumentPair
    /// Whether the couple was aligned as a translation or as comparable reports, and why.
    public let mode: TextRelation
    public let modeReason: String
    public let beads: [AlignmentBead]

    /// Beads with a sentence on both sides.
    public var linkedBeads: [AlignmentBead] { beads.filter { !$0.source.isEmpty && !$0.target.isEmpty } }
}
