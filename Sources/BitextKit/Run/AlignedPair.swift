/// One paired article couple and its sentence alignment.
public struct AlignedPair: Sendable {
    /// Indices into the run's German and English articles.
    public let german: Int
    public let english: Int
    public let pair: DocumentPair
    /// Whether the couple was aligned as a translation or as comparable reports, and why.
    public let mode: RunOptions.AlignmentMode
    public let modeReason: String
    public let beads: [AlignmentBead]

    /// Beads with a sentence on both sides.
    public var linkedBeads: [AlignmentBead] { beads.filter { !$0.source.isEmpty && !$0.target.isEmpty } }
}

/// Decides per pair whether two articles are a translation or only comparable, from the sentence
/// pairs the comparable matcher finds: it links only sentences that say the same thing, in any order,
/// so in a translation nearly every sentence finds its partner, while comparable reports share a part.
enum TranslationTest {
    /// Share of sentences (both sides) with a comparable partner above which a pair is a translation.
    static let minimumMatchedShare = 0.7

    static func matchedShare(_ matches: [AlignmentBead], sourceCount: Int, targetCount: Int) -> Double {
        let total = sourceCount + targetCount
        guard total > 0 else { return 0 }
        let matched = matches.reduce(0) { $0 + $1.source.count + $1.target.count }
        return Double(matched) / Double(total)
    }
}
