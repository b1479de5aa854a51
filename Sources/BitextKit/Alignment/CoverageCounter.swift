/// Counts matching tokens between two runs of tokens by stamping the keys of one run into an array
/// indexed by key, then testing the other run's keys against the stamp. A generation number makes
/// each new stamp O(run length) instead of clearing the whole array, and lets one counter serve many
/// alignments (batch QA aligns thousands of short records; a fresh array per record, as large as the
/// lexicon's key space, cost more than the alignment itself).
struct CoverageCounter {
    private var mark: [UInt32]
    private var generation: UInt32 = 0

    init(keyCount: Int) {
        mark = Array(repeating: 0, count: keyCount)
    }

    /// Makes room for keys below `keyCount` (key spaces grow as extractors meet new words); stamps
    /// made so far stay valid.
    mutating func reserve(keyCount: Int) {
        if keyCount > mark.count { mark.append(contentsOf: repeatElement(0, count: keyCount - mark.count)) }
    }

    /// Stamps the keys of `tokens` of `side`, replacing the previous stamp.
    mutating func stamp(_ side: AlignmentSide, tokens: Range<Int>) {
        generation &+= 1
        if generation == 0 {
            for i in mark.indices { mark[i] = 0 }
            generation = 1
        }
        for t in tokens {
            for k in side.keyStart[t]..<side.keyStart[t + 1] { mark[Int(side.keys[k])] = generation }
        }
    }

    /// Tokens of a run that `count` looks at: far more than any sentence has. A run longer than this
    /// (a text whose sentence splitting failed: a megabyte without a full stop) is counted on its first
    /// tokens only, because it is counted once against every unit of the other side in its band,
    /// and counting all of it would cost the product of the two lengths.
    static let maximumCountedTokens = 2_000

    /// The summed weight of the `tokens` of `side` that have a key in the current stamp (of the first
    /// `maximumCountedTokens` of them).
    func count(_ side: AlignmentSide, tokens: Range<Int>) -> Double {
        var matched: Float = 0
        for t in tokens.prefix(Self.maximumCountedTokens) {
            for k in side.keyStart[t]..<side.keyStart[t + 1] where mark[Int(side.keys[k])] == generation {
                matched += side.weights[t]
                break
            }
        }
        return Double(matched)
    }

    /// (weight of source tokens matched in the target run, weight of target tokens matched in the source run).
    /// Each run takes part with its first `maximumCountedTokens` tokens, stamped as counted: a pair is
    /// asked for many times over (every sentence of one side against a sentence of the other that the
    /// splitting left a megabyte long), and stamping the whole run each time cost the product of the
    /// two lengths (20,000 sentences against one: 5.7 s, 3.5 times the half's).
    mutating func pair(source: AlignmentSide, _ sourceTokens: Range<Int>, target: AlignmentSide, _ targetTokens: Range<Int>) -> (Double, Double) {
        let sourceTokens = sourceTokens.prefix(Self.maximumCountedTokens)
        let targetTokens = targetTokens.prefix(Self.maximumCountedTokens)
        stamp(target, tokens: targetTokens)
        let s = count(source, tokens: sourceTokens)
        stamp(source, tokens: sourceTokens)
        let t = count(target, tokens: targetTokens)
        return (s, t)
    }
}
