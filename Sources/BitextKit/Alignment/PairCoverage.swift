/// Lexical matches between every source unit and every target unit that a banded search can put
/// into one bead: for pair (p, q), the weight of the content tokens of p that have a match in q
/// (`source`) and of those of q that have a match in p (`target`). Beads of several units add these up, so each pair
/// is counted once however many bead shapes use it.
///
/// - Complexity: O(pairs in the band × tokens per unit × keys per token).
struct PairCoverage {
    /// Inclusive target-unit range stored for each source unit.
    private let lo: [Int]
    private let hi: [Int]
    private let offsets: [Int]
    private var sourceMatches: [Float]
    private var targetMatches: [Float]

    /// Fills the pairs a bead ending inside `band` can use (beads reach back `reach` units).
    init(band: AlignmentBand, reach: Int, units: AlignmentUnits, counter: inout CoverageCounter) {
        let n = units.source.count
        let m = units.target.count
        var lo: [Int] = []
        var hi: [Int] = []
        var offsets = [0]
        for p in 0..<n {
            let l = max(0, band.lo[min(p + 1, band.rows)] - reach)
            let h = min(m - 1, band.hi[min(p + reach, band.rows)] - 1)
            lo.append(l)
            hi.append(max(h, l - 1))
            offsets.append(offsets[p] + max(0, h - l + 1))
        }
        self.lo = lo
        self.hi = hi
        self.offsets = offsets
        sourceMatches = Array(repeating: 0, count: offsets[n])
        targetMatches = Array(repeating: 0, count: offsets[n])
        // Target tokens matched: stamp each source unit once, test its row of target units.
        for p in 0..<n where lo[p] <= hi[p] {
            counter.stamp(units.sourceSide, tokens: units.sourceTokens(p))
            for q in lo[p]...hi[p] {
                targetMatches[offsets[p] + q - lo[p]] = Float(counter.count(units.targetSide, tokens: units.targetTokens(q)))
            }
        }
        // Source tokens matched: stamp each target unit once, test the source units whose row holds it
        // (a contiguous run, since both bounds grow with p).
        var first = 0
        for q in 0..<m {
            while first < n, hi[first] < q { first += 1 }
            guard first < n, lo[first] <= q else { continue }
            counter.stamp(units.targetSide, tokens: units.targetTokens(q))
            var p = first
            while p < n, lo[p] <= q {
                if q <= hi[p] {
                    sourceMatches[offsets[p] + q - lo[p]] = Float(counter.count(units.sourceSide, tokens: units.sourceTokens(p)))
                }
                p += 1
            }
        }
    }

    /// (source tokens of p matched in q, target tokens of q matched in p); (0, 0) outside the table.
    @inline(__always)
    func matches(_ p: Int, _ q: Int) -> (source: Double, target: Double) {
        guard q >= lo[p], q <= hi[p] else { return (0, 0) }
        let k = offsets[p] + q - lo[p]
        return (Double(sourceMatches[k]), Double(targetMatches[k]))
    }
}
