extension RandomAccessCollection where Element == Range<Int> {
    /// Whether one of these ranges overlaps `range`. The ranges must be in text order and must not
    /// overlap each other (tags, reported findings), so that a binary search finds the only candidate:
    /// asking for every word or phrase of a text must not walk all of them.
    ///
    /// - Complexity: O(log n).
    func anyOverlaps(_ range: Range<Int>) -> Bool {
        let first = partitionPoint { $0.upperBound <= range.lowerBound }
        return first != endIndex && self[first].overlaps(range)
    }
}
