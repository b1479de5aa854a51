import Foundation

/// Rarity weights of pairing keys across both collections: a key found in few articles identifies
/// events ("Helsinki", "27"), one found everywhere ("government") does not.
struct KeyWeights {
    /// idf(k) · kind weight, per key id.
    let weights: [Double]

    init(space: PairingKeySpace, frequency: DocumentFrequency) {
        let counts = frequency.counts
        let n = Double(frequency.documents)
        weights = space.keys.indices.map { index in
            log(1 + n / Double(max(1, index < counts.count ? counts[index] : 0))) * space.keys[index].kindWeight
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

/// How many articles (both sides) contain each key id, counted one article at a time.
struct DocumentFrequency {
    private(set) var counts: [Int32] = []
    private(set) var documents = 0

    /// Counts one article (its keys are unique).
    mutating func count(_ document: DocumentFeatures) {
        documents += 1
        for key in document.keys {
            let id = Int(key)
            if id >= counts.count { counts += [Int32](repeating: 0, count: max(id + 1 - counts.count, counts.count)) }
            counts[id] += 1
        }
    }
}
