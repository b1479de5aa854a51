/// Finds the sentence pairs of two comparable articles (same events, not translations of each
/// other) that are translations or close paraphrases, in any order.
///
/// 1. Candidates: an inverted index from target keys to target sentences gives, for every source
///    sentence, the target sentences sharing at least one match; the `candidatesPerSentence` with the
///    most shared tokens are scored exactly (`SimilarityMeasure`). Length is left out: paraphrases
///    in comparable articles differ in length as a matter of course.
/// 2. Threshold, calibrated on the texts themselves: a source sentence's best candidates may be real
///    pairs, but the rest of its row is unrelated. The scores beyond each row's best
///    `excludedPerRow` form a null distribution; the threshold is the score that only
///    `falseMatchRate` × N of them exceed, so that few rows without a true partner get a false one.
///    `minimumScore` can raise it.
/// 3. Greedy matching by score (see `greedy`), which also forms 2-1 and 1-2 pairs.
public struct ComparableMatcher: Sendable {
    /// Target sentences scored exactly per source sentence (by shared-token count).
    public var candidatesPerSentence = 8
    /// Best candidates per row kept out of the null distribution (they may be true pairs).
    public var excludedPerRow = 2
    /// A floor for the calibrated threshold (`--min-score`).
    public var minimumScore = 0.0
    /// Share of source sentences allowed a null score above the threshold; measured on PUD
    /// comparable documents (eval/align_eval.py): 0.02 keeps bead precision above 0.95.
    public var falseMatchRate = 0.02
    /// The most target sentences a key may be in and still propose candidates. A key that more
    /// sentences share (a name or word a long text repeats throughout) tells none of them apart, and
    /// walking its postings for every source sentence made the search quadratic in the text's length
    /// (a megabyte of sentences sharing one word: 5.6 s, four times the half megabyte's). News
    /// articles have fewer sentences than this, so every key of theirs proposes.
    public var mostSentencesPerKey = 128

    public init() {}

    /// - Complexity: O(N × tokens × mostSentencesPerKey + N × candidatesPerSentence × tokens):
    ///   linear in the length of the texts.
    public func match(source: AlignmentSide, target: AlignmentSide, keyCount: Int) -> [AlignmentBead] {
        let units = AlignmentUnits.sentences(source, target)
        let n = units.source.count
        let m = units.target.count
        guard n > 0, m > 0 else { return [] }
        var counter = CoverageCounter(keyCount: keyCount)
        let postings = PostingLists(side: target, keyCount: keyCount)

        var scored: [(score: Double, p: Int, q: Int)] = []
        var null: [Double] = []
        var hits = [Int32](repeating: 0, count: m)
        var seenByToken = [Int32](repeating: -1, count: m)
        for p in 0..<n {
            var touched: [Int] = []
            for t in units.sourceTokens(p) {
                for k in source.keyStart[t]..<source.keyStart[t + 1] {
                    let sentences = postings.items(withKey: Int(source.keys[k]))
                    guard sentences.count <= mostSentencesPerKey else { continue }
                    for sentence in sentences where seenByToken[Int(sentence)] != Int32(t) {
                        let q = Int(sentence)
                        seenByToken[q] = Int32(t)
                        if hits[q] == 0 { touched.append(q) }
                        hits[q] += 1
                    }
                }
            }
            touched.sort { hits[$0] != hits[$1] ? hits[$0] > hits[$1] : $0 < $1 }
            var row: [(Double, Int)] = []
            for q in touched.prefix(candidatesPerSentence) {
                row.append((score(p, q, units: units, counter: &counter), q))
            }
            for q in touched {
                hits[q] = 0
                seenByToken[q] = -1
            }
            row.sort { $0.0 != $1.0 ? $0.0 > $1.0 : $0.1 < $1.1 }
            for (rank, (s, q)) in row.enumerated() {
                scored.append((s, p, q))
                if rank >= excludedPerRow { null.append(s) }
            }
        }
        let threshold = max(minimumScore, Self.score(exceededBy: Int(falseMatchRate * Double(n)), of: null))
        return greedy(scored.filter { $0.score > threshold }, units: units, counter: &counter)
    }

    /// The score that `rank` of `scores` exceed (0 when there are fewer).
    static func score(exceededBy rank: Int, of scores: [Double]) -> Double {
        let sorted = scores.sorted(by: >)
        return rank < sorted.count ? sorted[rank] : 0
    }

    private func score(_ p: Int, _ q: Int, units: AlignmentUnits, counter: inout CoverageCounter) -> Double {
        score(source: p..<(p + 1), target: q..<(q + 1), units: units, counter: &counter)
    }

    private func score(source: Range<Int>, target: Range<Int>, units: AlignmentUnits,
                       counter: inout CoverageCounter) -> Double {
        let sourceTokens = units.sourceSide.tokens(of: units.source[source.lowerBound].lowerBound..<units.source[source.upperBound - 1].upperBound)
        let targetTokens = units.targetSide.tokens(of: units.target[target.lowerBound].lowerBound..<units.target[target.upperBound - 1].upperBound)
        let matches = counter.pair(source: units.sourceSide, sourceTokens, target: units.targetSide, targetTokens)
        let sc = source.reduce(0.0) { $0 + units.sourceContent[$1] }
        let tc = target.reduce(0.0) { $0 + units.targetContent[$1] }
        return SimilarityMeasure.similarity(matches: matches, sourceContent: sc, targetContent: tc) ?? 0
    }

    /// Greedy matching by score. A candidate whose sentences are both free starts a 1-1 pair; a
    /// candidate with one sentence already in a pair extends that pair into 2-1 or 1-2 when the free
    /// sentence is its neighbour and the extended pair scores at least as high.
    private func greedy(_ candidates: [(score: Double, p: Int, q: Int)], units: AlignmentUnits,
                        counter: inout CoverageCounter) -> [AlignmentBead] {
        let ordered = candidates.sorted { $0.score != $1.score ? $0.score > $1.score : ($0.p, $0.q) < ($1.p, $1.q) }
        var pairs: [(source: Range<Int>, target: Range<Int>, score: Double)] = []
        var sourceOwner = [Int](repeating: -1, count: units.source.count)
        var targetOwner = [Int](repeating: -1, count: units.target.count)
        for c in ordered {
            let ownerOfSource = sourceOwner[c.p]
            let ownerOfTarget = targetOwner[c.q]
            if ownerOfSource < 0, ownerOfTarget < 0 {
                sourceOwner[c.p] = pairs.count
                targetOwner[c.q] = pairs.count
                pairs.append((c.p..<(c.p + 1), c.q..<(c.q + 1), c.score))
            } else if ownerOfSource < 0, ownerOfTarget >= 0 {
                let pair = pairs[ownerOfTarget]
                guard pair.source.count == 1, pair.target.count == 1,
                      c.p == pair.source.lowerBound - 1 || c.p == pair.source.upperBound else { continue }
                let source = min(c.p, pair.source.lowerBound)..<max(c.p + 1, pair.source.upperBound)
                let merged = score(source: source, target: pair.target, units: units, counter: &counter)
                if merged >= pair.score {
                    pairs[ownerOfTarget] = (source, pair.target, merged)
                    sourceOwner[c.p] = ownerOfTarget
                }
            } else if ownerOfSource >= 0, ownerOfTarget < 0 {
                let pair = pairs[ownerOfSource]
                guard pair.source.count == 1, pair.target.count == 1,
                      c.q == pair.target.lowerBound - 1 || c.q == pair.target.upperBound else { continue }
                let target = min(c.q, pair.target.lowerBound)..<max(c.q + 1, pair.target.upperBound)
                let merged = score(source: pair.source, target: target, units: units, counter: &counter)
                if merged >= pair.score {
                    pairs[ownerOfSource] = (pair.source, target, merged)
                    targetOwner[c.q] = ownerOfSource
                }
            }
        }
        // A neighbour whose own score stayed below the threshold can still complete a pair.
        for index in pairs.indices where pairs[index].source.count == 1 && pairs[index].target.count == 1 {
            let (source, target, best) = pairs[index]
            var chosen = (source, target, best)
            for p in [source.lowerBound - 1, source.upperBound] where p >= 0 && p < units.source.count && sourceOwner[p] < 0 {
                let grown = min(p, source.lowerBound)..<max(p + 1, source.upperBound)
                let merged = score(source: grown, target: target, units: units, counter: &counter)
                if merged > chosen.2 { chosen = (grown, target, merged) }
            }
            for q in [target.lowerBound - 1, target.upperBound] where q >= 0 && q < units.target.count && targetOwner[q] < 0 {
                let grown = min(q, target.lowerBound)..<max(q + 1, target.upperBound)
                let merged = score(source: source, target: grown, units: units, counter: &counter)
                if merged > chosen.2 { chosen = (source, grown, merged) }
            }
            for p in chosen.0 { sourceOwner[p] = index }
            for q in chosen.1 { targetOwner[q] = index }
            pairs[index] = chosen
        }
        return pairs.sorted { ($0.source.lowerBound, $0.target.lowerBound) < ($1.source.lowerBound, $1.target.lowerBound) }
            .map { AlignmentBead(source: $0.source, target: $0.target, confidence: $0.score) }
    }
}

extension PostingLists {
    /// Target sentences per key, each sentence listed once per key.
    init(side: AlignmentSide, keyCount: Int) {
        self.init(keyCount: keyCount, itemCount: side.count) { sentence, emit in
            for t in side.tokens(of: sentence..<(sentence + 1)) {
                for k in side.keyStart[t]..<side.keyStart[t + 1] { emit(Int(side.keys[k])) }
            }
        }
    }
}
