/// An article's units with their weights, ready for coverage scoring (`CoverageMatcher`).
struct WeightedDocument {
    let features: DocumentFeatures
    let unitWeights: [Double]
    let total: Double
    /// Unit indices from the heaviest (rarest evidence) down, ties by index: the order in which an
    /// English article's units claim German partners.
    let heaviestFirst: [Int32]

    init(features: DocumentFeatures, unitWeights: [Double]) {
        self.features = features
        self.unitWeights = unitWeights
        total = unitWeights.reduce(0, +)
        heaviestFirst = (0..<Int32(features.unitCount)).sorted {
            unitWeights[Int($0)] != unitWeights[Int($1)] ? unitWeights[Int($0)] > unitWeights[Int($1)] : $0 < $1
        }
    }
}
