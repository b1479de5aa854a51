/// Scores candidate beads at one level of the search from the cached pair matches.
struct BeadScorer {
    let units: AlignmentUnits
    let pairs: PairCoverage
    let model: AlignmentCostModel

    /// The lexical similarity of the units `source` × `target` (see `SimilarityMeasure`). A token
    /// matched in two units of the other side counts once at most per unit, capped by its unit's size.
    func similarity(source: Range<Int>, target: Range<Int>) -> Double? {
        var sourceMatched = 0.0
        var targetMatched = 0.0
        var sourceContent = 0.0
        var targetContent = 0.0
        for p in source {
            var matched = 0.0
            for q in target { matched += pairs.matches(p, q).source }
            sourceMatched += min(matched, units.sourceContent[p])
            sourceContent += units.sourceContent[p]
        }
        for q in target {
            var matched = 0.0
            for p in source { matched += pairs.matches(p, q).target }
            targetMatched += min(matched, units.targetContent[q])
            targetContent += units.targetContent[q]
        }
        return SimilarityMeasure.similarity(matches: (sourceMatched, targetMatched), sourceContent: sourceContent, targetContent: targetContent)
    }

    /// The cost of the bead of shape `BeadShape.all[shapeIndex]` over these units.
    @inline(__always)
    func cost(shapeIndex: Int, source: Range<Int>, target: Range<Int>) -> Double {
        if source.isEmpty { return model.deletionCost * Double(sentences(target, in: units.target)) }
        if target.isEmpty { return model.deletionCost * Double(sentences(source, in: units.source)) }
        var sourceCharacters = 0
        var targetCharacters = 0
        for p in source { sourceCharacters += units.sourceCharacters[p] }
        for q in target { targetCharacters += units.targetCharacters[q] }
        // Evidence is paid per sentence (half per side), so that merging neighbours into one bead
        // does not halve the cost of their mismatch.
        let size = Double(source.count + target.count) / 2
        return model.shapeCosts[shapeIndex]
            + size * model.evidenceCost(sourceCharacters: sourceCharacters, targetCharacters: targetCharacters,
                                        similarity: similarity(source: source, target: target))
    }

    private func sentences(_ range: Range<Int>, in list: [Range<Int>]) -> Int {
        var count = 0
        for u in range { count += list[u].count }
        return count
    }
}
