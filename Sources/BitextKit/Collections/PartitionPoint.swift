extension RandomAccessCollection {
    /// The first index whose element does not satisfy `isBefore`, or `endIndex`. The collection must
    /// be partitioned by it: every element that satisfies it comes before every one that does not (a
    /// sorted array and a bound: `offsets.partitionPoint { $0 < bound }`).
    ///
    /// The one binary search of the package: sentences, tokens, lines, loops and shards are kept in
    /// text order, and asking where an offset falls must not walk them.
    ///
    /// - Complexity: O(log n) calls of `isBefore`.
    func partitionPoint(where isBefore: (Element) throws -> Bool) rethrows -> Index {
        var low = startIndex
        var count = self.count
        while count > 0 {
            let half = count / 2
            let middle = index(low, offsetBy: half)
            if try isBefore(self[middle]) {
                low = index(after: middle)
                count -= half + 1
            } else {
                count = half
            }
        }
        return low
    }
}
