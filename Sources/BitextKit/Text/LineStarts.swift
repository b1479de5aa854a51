/// Where the lines of a text start, as scalar offsets, to turn an offset into the 1-based line and
/// column that error messages and reports give.
struct LineStarts: Sendable {
    /// The offset of each line's first scalar; the first line starts at 0.
    let offsets: [Int]
    /// The number of scalars of the text.
    let count: Int

    /// - Complexity: O(n) in the number of scalars.
    init(_ scalars: some Sequence<Unicode.Scalar>) {
        var offsets = [0]
        var count = 0
        for scalar in scalars {
            count += 1
            if scalar == "\n" { offsets.append(count) }
        }
        self.offsets = offsets
        self.count = count
    }

    /// The 0-based index of the line holding `offset` (an offset past the end is on the last line).
    ///
    /// - Complexity: O(log lines).
    func line(ofScalar offset: Int) -> Int {
        offsets.partitionPoint { $0 <= offset } - 1
    }

    /// The 1-based line and column of a scalar offset.
    ///
    /// - Complexity: O(log lines).
    func position(ofScalar offset: Int) -> (line: Int, column: Int) {
        let line = line(ofScalar: offset)
        return (line + 1, offset - offsets[line] + 1)
    }

    /// The scalar range of 0-based line `line`, without its line feed.
    func range(ofLine line: Int) -> Range<Int> {
        let start = offsets[line]
        let end = line + 1 < offsets.count ? offsets[line + 1] - 1 : count
        return start..<max(start, end)
    }
}
