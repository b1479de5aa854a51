/// Scores one German article against its English candidates: how much of each the other covers,
/// with German words covered through a matching rather than a look-up.
///
/// Every English unit sharing a key with the German article is covered. A German unit is covered only
/// when an English unit vouches for it, and each English unit vouches for one: the German unit sharing
/// a key with it that nothing vouched for yet, the heaviest if several (English units vouch rarest
/// first, so distinctive words claim their partners before common ones). Why: a German word lists
/// many translations, so one common English word ("talk", "meeting", "work") is a translation of a
/// dozen different German words, and a plain look-up counted all of them covered. In a report of the
/// same event those German words have English counterparts of their own; in a report of a related
/// event they only share the common word, and its coverage was inflated by vocabulary, not by shared
/// facts. English units need no such rule: they carry one or two keys, not a dictionary entry's list.
///
/// Built once per German article (its key → units index); reuses its buffers across candidates.
struct CoverageMatcher {
    private let german: WeightedDocument
    /// Key position → the German units holding it, in CSR layout: position p's units are
    /// `keyUnits[keyUnitStarts[p]..<keyUnitStarts[p + 1]]`.
    private let keyUnitStarts: [Int32]
    private let keyUnits: [Int32]
    private var vouched: [Bool]
    private var partner: [Int32] = []

    init(german: WeightedDocument) {
        self.german = german
        let features = german.features
        var starts = [Int32](repeating: 0, count: features.keys.count + 1)
        for position in features.unitKeys { starts[Int(position) + 1] += 1 }
        for position in features.keys.indices { starts[position + 1] += starts[position] }
        var next = starts
        var units = [Int32](repeating: 0, count: features.unitKeys.count)
        for unit in 0..<features.unitCount {
            for position in features.unit(unit) {
                units[Int(next[Int(position)])] = Int32(unit)
                next[Int(position)] += 1
            }
        }
        keyUnitStarts = starts
        keyUnits = units
        vouched = [Bool](repeating: false, count: features.unitCount)
    }

    /// The similarity of the German article and `english` from their coverages (`PairSimilarity`).
    ///
    /// - Complexity: O(k₁ + k₂ + u₁ + u₂ + Σ over shared keys of the German units holding them).
    mutating func similarity(_ english: WeightedDocument) -> PairSimilarity {
        guard german.total > 0, english.total > 0 else { return PairSimilarity(germanCoverage: 0, englishCoverage: 0) }
        sharePositions(english)
        for index in vouched.indices { vouched[index] = false }
        var germanCovered = 0.0, englishCovered = 0.0
        for unit in english.heaviestFirst {
            var best = -1
            for position in english.features.unit(Int(unit)) where partner[Int(position)] >= 0 {
                for candidate in units(atKey: Int(partner[Int(position)])) where best < 0 || prefers(Int(candidate), over: best) {
                    best = Int(candidate)
                }
            }
            guard best >= 0 else { continue }
            englishCovered += english.unitWeights[Int(unit)]
            if !vouched[best] {
                vouched[best] = true
                germanCovered += german.unitWeights[best]
            }
        }
        return PairSimilarity(germanCoverage: germanCovered / german.total, englishCoverage: englishCovered / english.total)
    }

    /// Fills `partner`: for each key position of `english`, the German position of the same key, or -1.
    private mutating func sharePositions(_ english: WeightedDocument) {
        let a = german.features.keys, b = english.features.keys
        partner.removeAll(keepingCapacity: true)
        partner.append(contentsOf: repeatElement(-1, count: b.count))
        var i = 0, j = 0
        while i < a.count && j < b.count {
            if a[i] == b[j] {
                partner[j] = Int32(i)
                i += 1
                j += 1
            } else if a[i] < b[j] {
                i += 1
            } else {
                j += 1
            }
        }
    }

    private func units(atKey position: Int) -> ArraySlice<Int32> {
        keyUnits[Int(keyUnitStarts[position])..<Int(keyUnitStarts[position + 1])]
    }

    /// Whether `candidate` is the better partner: one nothing vouched for yet, then the heavier, then the first.
    private func prefers(_ candidate: Int, over current: Int) -> Bool {
        if vouched[candidate] != vouched[current] { return !vouched[candidate] }
        let weights = german.unitWeights
        if weights[candidate] != weights[current] { return weights[candidate] > weights[current] }
        return candidate < current
    }
}
