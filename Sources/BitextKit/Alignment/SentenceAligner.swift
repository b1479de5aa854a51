/// Aligns the sentences of a text and its translation (parallel mode): monotone beads 1-1, 1-0, 0-1,
/// 2-1, 1-2, 2-2, 3-1, 1-3, each scored by sentence length (Gale-Church) and lexical evidence
/// (lexicon translations, names, numbers, cognates, punctuation).
///
/// Two passes: the first with starting parameters, the second with parameters re-estimated from
/// the first's beads (see `AlignmentCostModel`). Each pass searches the full matrix for short
/// texts; for long ones it aligns blocks of `coarseFactor` sentences first (recursively) and then
/// searches only a band around that path.
///
/// `bitext align`, `bitext run`, `glossary build` and QA all come in through `align(source:target:extractor:)`
/// (QA through its tokenized form), so omissions and additions in QA are exactly the 1-0 and 0-1 beads
/// of the alignment files. A German-English text whose sentences pair up by length is aligned on the
/// diagonal first (`LengthDiagonal`), without analysing its words.
///
/// ```swift
/// let extractor = try FeatureExtractor(lexicon: lexicon)
/// let beads = try SentenceAligner().align(source: german, target: english, extractor: extractor)
/// ```
public struct SentenceAligner: Sendable {
    public struct Parameters: Sendable {
        /// Weight of lexical dissimilarity (0…1) against the length cost (in nats). Measured on
        /// Text+Berg dev and PUD documents built by eval/align_data.py.
        public var lexicalWeight = 6.0
        /// Percentile of random-pair costs that sets the deletion cost (see `AlignmentCostModel`).
        public var deletionPercentile = 0.5
        public var deletionSamples = 4000
        /// Pseudo-beads of Gale & Church's priors added to the first pass's bead counts.
        public var priorStrength = 300.0
        /// Above this many cells (N × M) the search is banded around a coarse path. At a coarser level
        /// a cell counts once per sentence of its blocks: scoring a pair of blocks of ten sentences costs
        /// ten times a pair of sentences, and counting them alike made the coarsest full search grow
        /// with the square of the text until the next level took over (a 3:1 megabyte: 11 s).
        public var fullSearchCells = 250_000
        /// Sentences per block at the next coarser level.
        public var coarseFactor = 10
        /// Extra columns on each side of the projected coarse path.
        public var bandMargin = 24

        public init() {}
    }

    public var parameters: Parameters

    public init(parameters: Parameters = Parameters()) {
        self.parameters = parameters
    }

    /// Aligns two texts' sentences (`source` in the extractor's source language): the diagonal when a
    /// German-English pair's sentences pair up by length, else the search over both sides' features.
    ///
    /// - Complexity: O(n) for the diagonal; else that of `align(source:target:keyCount:)`.
    public func align(source: [String], target: [String], extractor: FeatureExtractor) throws -> [AlignmentBead] {
        var counter = CoverageCounter(keyCount: 0)
        return try align(sourceLengths: source.map(\.unicodeScalars.count), targetLengths: target.map(\.unicodeScalars.count),
                         extractor: extractor, counter: &counter) {
            (try extractor.sourceSide(source), try extractor.targetSide(target))
        }
    }

    /// The same over sentence lengths and a way to build the sides, called only when the diagonal
    /// does not settle it; `counter` may be kept across calls.
    func align(sourceLengths: [Int], targetLengths: [Int], extractor: FeatureExtractor, counter: inout CoverageCounter,
               sides: () throws -> (AlignmentSide, AlignmentSide)) rethrows -> [AlignmentBead] {
        switch (extractor.lexicon.source, extractor.lexicon.target) {
        case (.de, .en):
            if let diagonal = LengthDiagonal.beads(germanLengths: sourceLengths, englishLengths: targetLengths) { return diagonal }
        case (.en, .de):
            if let diagonal = LengthDiagonal.beads(germanLengths: targetLengths, englishLengths: sourceLengths) { return diagonal }
        default:
            break
        }
        let (sourceSide, targetSide) = try sides()
        counter.reserve(keyCount: extractor.keyCount)
        return align(source: sourceSide, target: targetSide, counter: &counter)
    }

    /// The search alone, over sides already extracted.
    ///
    /// - Parameter keyCount: `FeatureExtractor.keyCount` after extracting both sides.
    /// - Complexity: about O((N + M) × band width) for long texts, O(N × M) for short ones.
    public func align(source: AlignmentSide, target: AlignmentSide, keyCount: Int) -> [AlignmentBead] {
        var counter = CoverageCounter(keyCount: keyCount)
        return align(source: source, target: target, counter: &counter)
    }

    /// The same, with a counter kept across calls (it must cover every key of both sides).
    func align(source: AlignmentSide, target: AlignmentSide, counter: inout CoverageCounter) -> [AlignmentBead] {
        let units = AlignmentUnits.sentences(source, target)
        // A text short enough to be searched in full (every QA record) gets one table of all pair
        // matches, which then serves both calibrations, both searches and the confidences instead of
        // each counting the same pairs again; the numbers are the same.
        let table = searchesInFull(rows: units.source.count, columns: units.target.count)
            ? PairCoverage(band: .full(rows: units.source.count, columns: units.target.count), reach: 3, units: units, counter: &counter)
            : nil
        var model = AlignmentCostModel.initial(units: units, parameters: parameters)
        if let table {
            model.useAnchoredLengthRatio(units: units, matches: table.matches)
        }
        model.calibrateDeletion(units: units, parameters: parameters) { Self.matches($0, $1, units: units, table: table, counter: &counter) }
        let first = search(units, model: model, counter: &counter, table: table)
        model = model.reestimated(from: first, units: units, priorStrength: parameters.priorStrength)
        model.calibrateDeletion(units: units, parameters: parameters) { Self.matches($0, $1, units: units, table: table, counter: &counter) }
        let second = search(units, model: model, counter: &counter, table: table)
        return second.map { bead in
            AlignmentBead(source: bead.source, target: bead.target,
                          confidence: confidence(bead, units: units, model: model, table: table, counter: &counter))
        }
    }

    /// Whether `n` × `m` units of `block` sentences each are searched in full (see `fullSearchCells`).
    private func searchesInFull(rows n: Int, columns m: Int, block: Int = 1) -> Bool {
        n * m * block <= parameters.fullSearchCells || n < 2 * parameters.coarseFactor || m < 2 * parameters.coarseFactor
    }

    /// The matches of unit pair (p, q): from the table when there is one, else counted.
    private static func matches(_ p: Int, _ q: Int, units: AlignmentUnits, table: PairCoverage?,
                                counter: inout CoverageCounter) -> (Double, Double) {
        if let table { return table.matches(p, q) }
        return counter.pair(source: units.sourceSide, units.sourceTokens(p), target: units.targetSide, units.targetTokens(q))
    }

    /// - Parameters:
    ///   - table: all pair matches of `units` (a full search), or nil to count those of the band.
    ///   - block: the sentences per unit at this level (1, then `coarseFactor`, its square …).
    private func search(_ units: AlignmentUnits, model: AlignmentCostModel, counter: inout CoverageCounter,
                        table: PairCoverage? = nil, block: Int = 1) -> [ScoredUnitBead] {
        let n = units.source.count
        let m = units.target.count
        let factor = parameters.coarseFactor
        let band: AlignmentBand
        if searchesInFull(rows: n, columns: m, block: block) {
            band = .full(rows: n, columns: m)
        } else {
            let unitLength = Double(units.sourceCharacters.reduce(0, +)) / Double(max(1, units.source.count))
            let coarse = search(units.grouped(by: factor), model: model.forBlocks(of: factor, unitLength: unitLength),
                                counter: &counter, block: block * factor)
            band = .around(coarseBeads: coarse.map { ($0.source, $0.target) }, factor: factor,
                           margin: parameters.bandMargin, rows: n, columns: m)
        }
        let pairs = table ?? PairCoverage(band: band, reach: 3, units: units, counter: &counter)
        return BandedSearch.run(band: band, scorer: BeadScorer(units: units, pairs: pairs, model: model))
    }

    private func confidence(_ bead: ScoredUnitBead, units: AlignmentUnits, model: AlignmentCostModel,
                            table: PairCoverage?, counter: inout CoverageCounter) -> Double {
        if bead.source.isEmpty || bead.target.isEmpty {
            // A deletion is as certain as the sentence is unlike its neighbours on the other side.
            let (own, ownIsSource) = bead.source.isEmpty ? (bead.target.lowerBound, false) : (bead.source.lowerBound, true)
            let position = ownIsSource ? bead.target.lowerBound : bead.source.lowerBound
            let otherCount = ownIsSource ? units.target.count : units.source.count
            var best = 0.0
            for other in [position - 1, position] where other >= 0 && other < otherCount {
                let (p, q) = ownIsSource ? (own, other) : (other, own)
                let matches = Self.matches(p, q, units: units, table: table, counter: &counter)
                best = max(best, SimilarityMeasure.similarity(matches: matches, sourceContent: units.sourceContent[p],
                                                              targetContent: units.targetContent[q]) ?? 0)
            }
            return 1 - best
        }
        let s = bead.source.reduce(0) { $0 + units.sourceCharacters[$1] }
        let t = bead.target.reduce(0) { $0 + units.targetCharacters[$1] }
        return ((bead.similarity ?? model.neutralSimilarity) + model.lengthProbability(source: s, target: t)) / 2
    }
}
