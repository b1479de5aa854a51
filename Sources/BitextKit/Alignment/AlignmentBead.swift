/// One bead of an alignment: consecutive sentences on each side (either may be empty) that
/// correspond, with a confidence in [0, 1].
public struct AlignmentBead: Sendable, Equatable, Codable {
    /// 0-based source sentence indices.
    public let source: Range<Int>
    /// 0-based target sentence indices.
    public let target: Range<Int>
    /// For a non-empty bead the mean of its lexical similarity and its length-match probability;
    /// for a deletion, how unlike its neighbours on the other side the sentence is.
    public let confidence: Double

    public init(source: Range<Int>, target: Range<Int>, confidence: Double) {
        self.source = source
        self.target = target
        self.confidence = min(max(confidence, 0), 1)
    }

    public var shape: BeadShape { BeadShape(source.count, target.count) }
}

/// A bead at one level of the search, in unit indices, with the similarity it scored.
struct ScoredUnitBead {
    let shapeIndex: Int
    let source: Range<Int>
    let target: Range<Int>
    let similarity: Double?
}
