/// Finds stretches where a unit of characters repeats in a loop ("SchraubenSchraubenSchrauben…",
/// "und die Welt und die Welt und die Welt …"), inside a word or across words: the way a neural
/// system fails when it loses its place.
///
/// A loop is a unit of `minimumUnit`…`maximumUnit` scalars written at least `minimumRepeats` times
/// in a row. A unit must hold a letter, so digit groups and tables of symbols are left alone, and
/// stretches that repeat a unit shorter than four without a space ("hahaha…", "-----", "!!!!!") are
/// not loops here: laughter, rules and exclamations are written that way on purpose. A short unit
/// with a space is measured as its first multiple of four or more scalars, so that it loops when
/// that multiple is written five times in a row, as the rule reads: a short word
/// ("in in in in in in in in in in", ten times) or a mark (". . . . . . . . . ."), which no writer
/// types and machine translation does.
struct RepetitionLoops {
    static let minimumUnit = 4
    /// The longest unit looked for: a paragraph-level system loops whole sentences (a unit of 161
    /// letters five times in WMT23's NLLB output, missed at the earlier bound of 80), and each extra
    /// period p costs n / p comparisons, so the bound costs little. A loop whose unit exceeds it is
    /// found only if it also repeats a shorter unit.
    static let maximumUnit = 1_000
    static let minimumRepeats = 5

    /// One loop: the scalar range it covers and the length of its unit.
    struct Loop: Equatable {
        let range: Range<Int>
        let unit: Int
        var repeats: Int { range.count / unit }
    }

    /// The loops of `scalars`, in text order, none overlapping another, each with its shortest unit.
    ///
    /// - Complexity: O(n · log P) character comparisons for n scalars and P = `maximumUnit`: for
    ///   each period p, only every p-th position is compared unless it matches its counterpart p
    ///   further on (a loop of p repeated five times covers at least four such positions), and a
    ///   match is followed to the end of its run once.
    static func loops(in scalars: [Unicode.Scalar]) -> [Loop] {
        let n = scalars.count
        guard n >= minimumUnit * minimumRepeats else { return [] }
        var found: [Loop] = []
        for period in minimumUnit...min(maximumUnit, n / minimumRepeats) {
            var position = 0
            // The end of the last run followed: a later stride point inside it is not followed again.
            var followedUpTo = 0
            while position + period < n {
                guard scalars[position] == scalars[position + period], position >= followedUpTo else {
                    position += period
                    continue
                }
                // The run of positions j with scalars[j] == scalars[j + period] around `position`.
                var start = position
                while start > 0, start > position - period, scalars[start - 1] == scalars[start - 1 + period] { start -= 1 }
                var end = position + 1
                while end + period < n, scalars[end] == scalars[end + period] { end += 1 }
                followedUpTo = end
                let covered = end - start + period
                if covered >= period * minimumRepeats {
                    if isLoopUnit(scalars, from: start, period: period) {
                        // A loop may begin anywhere in its first unit; it is reported from a word's
                        // start where one is there, and ends where its last whole unit ends.
                        let shift = (0..<period).first { shift in
                            let at = start + shift
                            return covered - shift >= period * minimumRepeats && scalars[at].properties.isAlphabetic
                                && (at == 0 || !scalars[at - 1].properties.isAlphabetic)
                        } ?? 0
                        let from = start + shift
                        found.append(Loop(range: from..<(from + (covered - shift) / period * period), unit: period))
                    }
                }
                position = (end / period + 1) * period
            }
        }
        return nonOverlapping(found)
    }

    /// Whether the stretch of period `period` at `start` loops with this unit: a unit that holds a
    /// letter and is no repetition of a shorter one, or, for a stretch that repeats a unit shorter
    /// than four, the first multiple of it that reaches four, when that unit holds a space and
    /// something else than a digit (a short word "in ", a mark ". " trailing off for a whole line):
    /// "hahaha", "-----", "!!!!!" and a table's "0 0 0 0" are written on purpose and are left alone.
    ///
    /// - Complexity: O(p) (the failure function of Knuth–Morris–Pratt over the unit).
    private static func isLoopUnit(_ scalars: [Unicode.Scalar], from start: Int, period: Int) -> Bool {
        let unit = scalars[start..<(start + period)]
        let shortest = shortestPeriod(scalars, from: start, period: period)
        if shortest == period { return unit.contains { $0.properties.isAlphabetic } }
        guard shortest < minimumUnit, period == shortest * ((minimumUnit + shortest - 1) / shortest) else { return false }
        let short = scalars[start..<(start + shortest)]
        return short.contains { $0.properties.isWhitespace }
            && short.contains { !$0.properties.isWhitespace && $0.properties.numericType == nil }
    }

    /// The shortest period of a stretch of period `period` starting at `start` ("hahah…" at period
    /// 5 has period 2). The unit's own shortest period is the only candidate shorter than `period`,
    /// and on a stretch of period p it holds throughout if it holds over the first p positions.
    private static func shortestPeriod(_ scalars: [Unicode.Scalar], from start: Int, period: Int) -> Int {
        var border = [Int](repeating: 0, count: period)
        var k = 0
        for i in 1..<period {
            while k > 0, scalars[start + i] != scalars[start + k] { k = border[k - 1] }
            if scalars[start + i] == scalars[start + k] { k += 1 }
            border[i] = k
        }
        let shortest = period - border[period - 1]
        guard shortest < period, (start..<(start + period)).allSatisfy({ scalars[$0] == scalars[$0 + shortest] }) else { return period }
        return shortest
    }

    /// Where loops of different units overlap (a loop that runs into another), the longer is kept.
    ///
    /// - Complexity: O(k log k) for k loops.
    private static func nonOverlapping(_ loops: [Loop]) -> [Loop] {
        let ordered = loops.sorted { ($0.range.lowerBound, -$0.range.count) < ($1.range.lowerBound, -$1.range.count) }
        var kept: [Loop] = []
        for loop in ordered {
            if let last = kept.last, last.range.overlaps(loop.range) {
                if loop.range.count > last.range.count { kept[kept.count - 1] = loop }
                continue
            }
            kept.append(loop)
        }
        return kept
    }
}
