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
        return WeightedDocument(features: document, unitWeights: unitWeights)
    }
}
