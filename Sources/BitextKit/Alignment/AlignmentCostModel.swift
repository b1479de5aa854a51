import Foundation

/// The cost of a bead: `-log P(shape) + length cost + lexicalWeight × (1 − lexical similarity)`,
/// and a flat cost per deleted sentence.
///
/// The parameters come from the texts being aligned, not from constants tuned elsewhere:
/// - `lengthRatio`: target characters per source character over the whole texts;
/// - `lengthVariance` and the shape priors: re-estimated from the beads of a first pass (Viterbi
///   re-estimation; the first pass starts from Gale & Church's published figures);
/// - `deletionCost`: half the cost of a 1-1 bead between two unrelated sentences at a low percentile
///   of randomly drawn pairs (vecalign's "deletion knob"): leaving two sentences unaligned wins only
///   over a pairing that looks worse than most pairs of unrelated sentences do;
/// - `neutralSimilarity`: what a bead without any content word scores (median of the first pass).
public struct AlignmentCostModel: Sendable {
    public var lengthRatio: Double
    public var lengthVariance: Double
    /// `-log P(shape)` per `BeadShape.all` index.
    public var shapeCosts: [Double]
    public var deletionCost: Double
    public var lexicalWeight: Double
    public var neutralSimilarity: Double

    /// Gale & Church (1993): variance of the length difference per character, and bead priors
    /// (1-1 0.89, 1-0/0-1 0.0099, 2-1/1-2 0.089, 2-2 0.011); 3-1/1-3 get a tenth of 2-2. Only the
    /// starting point of the first pass.
    static let galeChurchVariance = 6.8
    static let galeChurchPriors: [Double] = [0.89, 0.0099, 0.0099, 0.089, 0.089, 0.011, 0.0011, 0.0011]
    /// The cost of an impossible length match (the normal tail underflows beyond this).
    static let maximumLengthCost = 30.0

    /// The probability that the lengths of a true bead differ at least this much (two-sided normal tail).
    public func lengthProbability(source: Int, target: Int) -> Double {
        let s = Double(source)
        let t = Double(target)
        let mean = (s + t / lengthRatio) / 2
        let delta = (t - lengthRatio * s) / (max(mean, 1) * lengthVariance).squareRoot()
        return erfc(abs(delta) / 2.0.squareRoot())
    }

    public func lengthCost(source: Int, target: Int) -> Double {
        let p = lengthProbability(source: source, target: target)
        return p > 0 ? min(-log(p), Self.maximumLengthCost) : Self.maximumLengthCost
    }

    /// The cost of a non-empty bead of shape `shape` without its prior.
    func evidenceCost(sourceCharacters: Int, targetCharacters: Int, similarity: Double?) -> Double {
        lengthCost(source: sourceCharacters, target: targetCharacters)
            + lexicalWeight * (1 - (similarity ?? neutralSimilarity))
    }

    /// The model for blocks of sentences at a coarse level of the search. Block boundaries on the
    /// two sides do not correspond, so block lengths differ by up to about a sentence even on the
    /// right path; a variance fitted to true beads (tiny for close translations) would make every
    /// block pair look impossible. A difference of one unit (`unitLength` characters, the mean at
    /// the finer level) over a block of `factor` units should cost about one standard deviation:
    /// δ = L / √(f·L·s²) = 1 gives s² = L / f.
    func forBlocks(of factor: Int, unitLength: Double) -> AlignmentCostModel {
        var model = self
        model.lengthVariance = max(lengthVariance, unitLength / Double(max(factor, 1)))
        return model
    }

    /// The first-pass model for two texts.
    static func initial(units: AlignmentUnits, parameters: SentenceAligner.Parameters) -> AlignmentCostModel {
        let s = units.sourceCharacters.reduce(0, +)
        let t = units.targetCharacters.reduce(0, +)
        return AlignmentCostModel(
            lengthRatio: s > 0 && t > 0 ? Double(t) / Double(s) : 1,
            lengthVariance: galeChurchVariance,
            shapeCosts: galeChurchPriors.map { -log($0) },
            deletionCost: 0,
            lexicalWeight: parameters.lexicalWeight,
            neutralSimilarity: 0.5)
    }

    /// The sentence pairs that are each other's best lexical match (similarity `anchorSimilarity` or
    /// more), when there are `minimumAnchors` of them: how many, their length ratio, and the share of
    /// each text's characters they hold.
    ///
    /// - Parameter matches: the lexical matches of unit pair (p, q), as `CoverageCounter.pair` counts them.
    /// - Complexity: O(N × M) similarity computations.
    static func anchors(units: AlignmentUnits, matches: (Int, Int) -> (Double, Double))
        -> (count: Int, ratio: Double, sourceShare: Double, targetShare: Double)? {
        let n = units.source.count
        let m = units.target.count
        var bestTarget = [(unit: Int, similarity: Double)](repeating: (-1, 0), count: n)
        var bestSource = [(unit: Int, similarity: Double)](repeating: (-1, 0), count: m)
        for p in 0..<n {
            for q in 0..<m {
                guard let similarity = SimilarityMeasure.similarity(matches: matches(p, q), sourceContent: units.sourceContent[p],
                                                                    targetContent: units.targetContent[q]) else { continue }
                if similarity > bestTarget[p].similarity { bestTarget[p] = (q, similarity) }
                if similarity > bestSource[q].similarity { bestSource[q] = (p, similarity) }
            }
        }
        var sourceCharacters = 0
        var targetCharacters = 0
        var anchors = 0
        for p in 0..<n {
            let (q, similarity) = bestTarget[p]
            guard q >= 0, similarity >= anchorSimilarity, bestSource[q].unit == p else { continue }
            sourceCharacters += units.sourceCharacters[p]
            targetCharacters += units.targetCharacters[q]
            anchors += 1
        }
        guard anchors >= minimumAnchors, sourceCharacters > 0, targetCharacters > 0 else { return nil }
        return (anchors, Double(targetCharacters) / Double(sourceCharacters),
                Double(sourceCharacters) / Double(units.sourceCharacters.reduce(0, +)),
                Double(targetCharacters) / Double(units.targetCharacters.reduce(0, +)))
    }

    static let anchorSimilarity = 0.35
    static let minimumAnchors = 3
    /// How far the anchors' ratio may stray from the whole texts' before it replaces it. Within it,
    /// the whole texts' ratio rests on more text (on PUD's n:m documents the two differ by 0.86–1.17).
    static let anchoredRatioTolerance = 1.25
    /// How much more of one text than of the other the anchors must hold: a text that leaves out a
    /// stretch of the other is held by the anchors almost whole, the other in part (77–99 % against
    /// 36–66 % on PUD documents cut by 30–60 %; under 15 points apart on the uncut ones).
    static let anchoredShareGap = 0.3
    /// The gap asked of fewer than `confidentAnchors` anchors: half of the other text must lie outside
    /// them. A paragraph of three or four sentences anchors few pairs, and a free translation that
    /// splits or joins sentences leaves a third of one side unanchored (WMT24's human references);
    /// NLLB stopping after four of eleven sentences leaves two thirds.
    static let fewAnchorsShareGap = 0.5
    static let confidentAnchors = 5

    /// Takes the anchors' length ratio instead of the whole texts' when one text leaves out a long
    /// stretch of the other (a machine translation that drops a paragraph's second half): the whole
    /// texts' ratio would then make every sentence of the shorter text look like the translation of
    /// two or three (`docs/results/alignment.md`, session 15).
    mutating func useAnchoredLengthRatio(units: AlignmentUnits, matches: (Int, Int) -> (Double, Double)) {
        guard let anchors = Self.anchors(units: units, matches: matches),
              abs(log(anchors.ratio / lengthRatio)) > log(Self.anchoredRatioTolerance),
              abs(anchors.sourceShare - anchors.targetShare)
                >= (anchors.count >= Self.confidentAnchors ? Self.anchoredShareGap : Self.fewAnchorsShareGap) else { return }
        lengthRatio = anchors.ratio
    }

    /// Sets `deletionCost` from randomly drawn sentence pairs (fixed seed: output is deterministic).
    ///
    /// - Parameter matches: the lexical matches of unit pair (p, q), as `CoverageCounter.pair` counts them.
    mutating func calibrateDeletion(units: AlignmentUnits, parameters: SentenceAligner.Parameters,
                                    matches: (Int, Int) -> (Double, Double)) {
        let n = units.source.count
        let m = units.target.count
        guard n > 0, m > 0 else { return }
        var generator = SplitMix64(seed: 0x5EED)
        let samples = min(parameters.deletionSamples, n * m)
        var costs: [Double] = []
        costs.reserveCapacity(samples)
        for _ in 0..<samples {
            let p = Int(generator.next() % UInt64(n))
            let q = Int(generator.next() % UInt64(m))
            let similarity = SimilarityMeasure.similarity(
                matches: matches(p, q),
                sourceContent: units.sourceContent[p], targetContent: units.targetContent[q])
            costs.append(evidenceCost(sourceCharacters: units.sourceCharacters[p], targetCharacters: units.targetCharacters[q], similarity: similarity))
        }
        costs.sort()
        let percentile = costs[min(costs.count - 1, Int(Double(costs.count) * parameters.deletionPercentile))]
        deletionCost = (shapeCosts[0] + percentile) / 2
    }

    /// The model re-estimated from a first pass's beads (with the similarities they scored).
    ///
    /// Shape priors are MAP estimates: the first pass's counts plus `priorStrength` pseudo-beads
    /// distributed like Gale & Church's priors, so that a first pass's systematic mistake (say,
    /// merging pairs of 1-1 beads into 2-2) is not taken as the texts' habit and reinforced.
    func reestimated(from beads: [ScoredUnitBead], units: AlignmentUnits, priorStrength: Double) -> AlignmentCostModel {
        var model = self
        var counts = Self.galeChurchPriors.map { $0 * priorStrength }
        var squares = 0.0
        var ones = 0
        var similarities: [Double] = []
        for bead in beads {
            counts[bead.shapeIndex] += 1
            guard BeadShape.all[bead.shapeIndex] == BeadShape(1, 1) else { continue }
            let s = Double(units.sourceCharacters[bead.source.lowerBound])
            let t = Double(units.targetCharacters[bead.target.lowerBound])
            let mean = max((s + t / lengthRatio) / 2, 1)
            squares += (t - lengthRatio * s) * (t - lengthRatio * s) / mean
            ones += 1
            if let similarity = bead.similarity { similarities.append(similarity) }
        }
        let total = counts.reduce(0, +)
        model.shapeCosts = counts.map { -log($0 / total) }
        if ones >= 10 { model.lengthVariance = max(squares / Double(ones), 1) }
        if !similarities.isEmpty {
            similarities.sort()
            model.neutralSimilarity = similarities[similarities.count / 2]
        }
        return model
    }
}

/// A small deterministic random number generator (SplitMix64), so that sampling is reproducible.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
