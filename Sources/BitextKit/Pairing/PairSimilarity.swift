/// How alike two articles are: how much of each the other covers, and their geometric mean.
///
/// Coverage, not a cosine: a word with many dictionary senses counts once, and the value does not
/// shrink with article length. The mean is symmetric: weighting the shorter article's coverage more
/// (a short report is contained in a longer one) ranked loose reports better but cost recall on
/// WMT24, where short social-media posts are then covered by many long documents (eval/pair_fit.py).
public struct PairSimilarity: Sendable, Codable {
    /// Share of the German article's weighted units that the English one covers, each English unit
    /// vouching for one German unit (`CoverageMatcher`).
    public let germanCoverage: Double
    /// Share of the English article's weighted units that the German one covers.
    public let englishCoverage: Double

    /// The combined similarity in [0, 1].
    public var value: Double { (germanCoverage * englishCoverage).squareRoot() }
}
