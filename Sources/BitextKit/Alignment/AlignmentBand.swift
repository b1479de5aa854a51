/// The cells of the alignment matrix the search visits: for each row i (0...N source sentences
/// consumed) an inclusive column range `lo[i]...hi[i]` (target sentences consumed).
///
/// The full matrix for short texts; for long ones a band around a coarse path, so cost and memory
/// grow with N times the band width instead of N times M. Both bounds never decrease from row to
/// row and each row overlaps the previous one, so a path from (0, 0) to (N, M) always exists.
struct AlignmentBand {
    let rows: Int
    let columns: Int
    private(set) var lo: [Int]
    private(set) var hi: [Int]
    /// Start of each row in flat cell arrays; `offsets[rows + 1]` is the cell count.
    private(set) var offsets: [Int]

    /// The full matrix: (N + 1) × (M + 1) cells.
    static func full(rows: Int, columns: Int) -> AlignmentBand {
        AlignmentBand(rows: rows, columns: columns, lo: Array(repeating: 0, count: rows + 1), hi: Array(repeating: columns, count: rows + 1))
    }

    /// A band from raw per-row bounds, repaired to be monotone and connected.
    init(rows: Int, columns: Int, lo rawLo: [Int], hi rawHi: [Int]) {
        self.rows = rows
        self.columns = columns
        var lo = rawLo.map { min(max($0, 0), columns) }
        var hi = rawHi.map { min(max($0, 0), columns) }
        lo[0] = 0
        hi[rows] = columns
        for i in stride(from: rows - 1, through: 0, by: -1) { lo[i] = min(lo[i], lo[i + 1]) }
        for i in 1...max(rows, 1) where i <= rows { hi[i] = max(hi[i], hi[i - 1]) }
        for i in 0...rows {
            if i > 0 { lo[i] = min(lo[i], hi[i - 1]) }
            hi[i] = max(hi[i], lo[i])
        }
        self.lo = lo
        self.hi = hi
        var offsets = [0]
        offsets.reserveCapacity(rows + 2)
        for i in 0...rows { offsets.append(offsets[i] + hi[i] - lo[i] + 1) }
        self.offsets = offsets
    }

    var cellCount: Int { offsets[rows + 1] }

    /// The flat index of cell (i, j), or nil outside the band.
    @inline(__always)
    func index(_ i: Int, _ j: Int) -> Int? {
        guard i >= 0, i <= rows, j >= lo[i], j <= hi[i] else { return nil }
        return offsets[i] + j - lo[i]
    }

    /// A band around a path found at a coarser resolution: each coarse bead covers `factor`
    /// sentences per unit; fine rows get the columns of the coarse beads they fall in, widened by
    /// `margin` columns on each side.
    static func around(coarseBeads: [(source: Range<Int>, target: Range<Int>)], factor: Int, margin: Int,
                       rows: Int, columns: Int) -> AlignmentBand {
        var lo = Array(repeating: Int.max, count: rows + 1)
        var hi = Array(repeating: Int.min, count: rows + 1)
        for bead in coarseBeads {
            let r0 = min(bead.source.lowerBound * factor, rows)
            let r1 = min(bead.source.upperBound * factor, rows)
            let c0 = min(bead.target.lowerBound * factor, columns)
            let c1 = min(bead.target.upperBound * factor, columns)
            for i in r0...r1 {
                lo[i] = min(lo[i], c0 - margin)
                hi[i] = max(hi[i], c1 + margin)
            }
        }
        for i in 0...rows where lo[i] == Int.max {
            lo[i] = 0
            hi[i] = columns
        }
        return AlignmentBand(rows: rows, columns: columns, lo: lo, hi: hi)
    }
}
