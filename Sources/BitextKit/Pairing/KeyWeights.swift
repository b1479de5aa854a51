import Foundation

/// Rarity weights of pairing keys across both collections: a key found in few articles identifies
/// events ("Istanbul", "27"), one found everywhere ("government") does not.
struct KeyWeights {
    /// idf(k) · kind weight, per key id.
    let weights: [Double]
    /// How many articles (both sides) contain each key.
    let documentFrequency: [Int32]

    init(space: PairingKeySpace, collections: [[DocumentFeatures]]) {
        var frequency = [Int32](repeating: 0, count: space.count)
        var total = 0
        for collection in collections {
            total += collection.count
            for document in collection {
                for key in document.keys { frequency[Int(key)] += 1 }
            }
        }
        documentFrequency = frequency
        let n = Double(total)
        weights = space.keys.indices.map { index in
            log(1 + n / Double(max(1, frequency[index]))) * space.keys[index].kindWeight
        }
    }

    /// A unit weighs as much as its most common key: a German word whose everyday translation is
    /// frequent is a frequent word, even if one of its rarer senses is not.
    func weighted(_ document: DocumentFeatures) -> WeightedDocument {
        var unitWeights: [Double] = []
        unitWeights.reserveCapacity(document.unitCount)
        for index in 0..<document.unitCount {
            let weight = document.unit(index).map { weights[Int(document.keys[Int($0)])] }.min() ?? 0
            unitWeights.append(weight)
        }
        return WeightedDocument(features: document, unitWeights: unitWeights, total: unitWeights.reduce(0, +))
    }
}

/// An article's units with their weights, ready for coverage scoring.
struct WeightedDocument {
    let features: DocumentFeatures
    let unitWeights: [Double]
    let total: Double

    /// The share of this article's unit weight that `matched` (a mask over its key positions) covers.
    func coverage(_ matched: [Bool]) -> Double {
        guard total > 0 else { return 0 }
        var covered = 0.0
        for index in 0..<features.unitCount where features.unit(index).contains(where: { matched[Int($0)] }) {
            covered += unitWeights[index]
        }
        return covered / total
    }

    /// How much of each article the other covers: the share of this one's weighted units that find a
    /// translation, name or number in `other`, and the reverse.
    ///
    /// - Complexity: O(k₁ + k₂ + u₁ + u₂) for k keys and u unit-key links.
    func coverages(_ other: WeightedDocument) -> (own: Double, other: Double) {
        let a = features.keys, b = other.features.keys
        var maskA = [Bool](repeating: false, count: a.count)
        var maskB = [Bool](repeating: false, count: b.count)
        var i = 0, j = 0
        while i < a.count && j < b.count {
            if a[i] == b[j] {
                maskA[i] = true
                maskB[j] = true
                i += 1
                j += 1
            } else if a[i] < b[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return (coverage(maskA), other.coverage(maskB))
    }

    /// The similarity of two articles from their coverages (`PairSimilarity`).
    func similarity(_ other: WeightedDocument) -> PairSimilarity {
        let (own, theirs) = coverages(other)
        return PairSimilarity(germanCoverage: own, englishCoverage: theirs)
    }
}
