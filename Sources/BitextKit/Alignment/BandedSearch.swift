/// The dynamic program over the cells of an `AlignmentBand`: the cheapest sequence of beads from
/// (0, 0) to (N, M). Costs in one flat `Double` array, back-pointers (indices into
/// `BeadShape.all`) in one flat `UInt8` array, both laid out row by row like the band.
enum BandedSearch {
    static let noBead: UInt8 = .max

    /// - Complexity: O(cells × shapes) time and O(cells) memory; cells = N × M for the full matrix,
    ///   N × band width around a coarse path.
    static func run(band: AlignmentBand, scorer: BeadScorer) -> [ScoredUnitBead] {
        let shapes = BeadShape.all
        var cost = [Double](repeating: .infinity, count: band.cellCount)
        var back = [UInt8](repeating: noBead, count: band.cellCount)
        cost[0] = 0
        for i in 0...band.rows {
            for j in band.lo[i]...band.hi[i] where i > 0 || j > 0 {
                var best = Double.infinity
                var bestShape = noBead
                for (k, shape) in shapes.enumerated() {
                    let pi = i - shape.source
                    let pj = j - shape.target
                    guard pi >= 0, pj >= 0, let previous = band.index(pi, pj) else { continue }
                    let before = cost[previous]
                    guard before < best else { continue }
                    let total = before + scorer.cost(shapeIndex: k, source: pi..<i, target: pj..<j)
                    if total < best {
                        best = total
                        bestShape = UInt8(k)
                    }
                }
                if let cell = band.index(i, j) {
                    cost[cell] = best
                    back[cell] = bestShape
                }
            }
        }
        var beads: [ScoredUnitBead] = []
        var i = band.rows
        var j = band.columns
        while i > 0 || j > 0 {
            guard let cell = band.index(i, j), back[cell] != noBead else { break }
            let k = Int(back[cell])
            let shape = shapes[k]
            let source = (i - shape.source)..<i
            let target = (j - shape.target)..<j
            let similarity = shape.isDeletion ? nil : scorer.similarity(source: source, target: target)
            beads.append(ScoredUnitBead(shapeIndex: k, source: source, target: target, similarity: similarity))
            i -= shape.source
            j -= shape.target
        }
        return beads.reversed()
    }
}
