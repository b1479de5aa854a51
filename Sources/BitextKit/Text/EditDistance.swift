/// Levenshtein distance between two byte strings: the one home for the word comparisons that need it
/// (cognates in term pairing, name keys in QA).
enum EditDistance {
    /// Words longer than this are not compared letter by letter (`WordToken.longestAnalysedWord`): no
    /// real word or name is, and a looped machine translation must not cost quadratic time.
    static let maximumLength = WordToken.longestAnalysedWord

    /// The number of insertions, deletions and substitutions that turn `a` into `b`; for inputs longer
    /// than `maximumLength`, the longer length (as unlike as two strings can be) unless they are equal.
    ///
    /// - Complexity: O(n × m) for n, m ≤ `maximumLength`, else O(n + m).
    static func distance(_ a: [UInt8], _ b: [UInt8]) -> Int {
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        guard a.count <= maximumLength, b.count <= maximumLength else { return a == b ? 0 : max(a.count, b.count) }
        // The two rows on the stack: the glossary's cognate test compares a word pair per term pair,
        // millions at corpus scale, and two arrays per comparison were a third of its cost.
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: 2 * (b.count + 1)) { rows in
            var previous = rows.baseAddress!, current = previous + (b.count + 1)
            for j in 0...b.count { previous[j] = j }
            for i in 1...a.count {
                current[0] = i
                for j in 1...b.count {
                    current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
                }
                swap(&previous, &current)
            }
            return previous[b.count]
        }
    }
}
