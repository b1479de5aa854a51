/// Key → articles that contain it, over the English collection, in flat arrays (CSR layout).
struct ArticleKeyIndex {
    private let offsets: [Int32]
    private let postings: [Int32]
    /// Vote accumulator over the English articles, reused across look-ups (reset via `touched`).
    private var votes: [Double]
    private var touched: [Int32] = []

    init(documents: [DocumentFeatures], keyCount: Int) {
        var counts = [Int32](repeating: 0, count: keyCount + 1)
        for document in documents {
            for key in document.keys { counts[Int(key) + 1] += 1 }
        }
        for index in 1..<counts.count { counts[index] += counts[index - 1] }
        var fill = counts
        var postings = [Int32](repeating: 0, count: Int(counts[keyCount]))
        for (index, document) in documents.enumerated() {
            for key in document.keys {
                postings[Int(fill[Int(key)])] = Int32(index)
                fill[Int(key)] += 1
            }
        }
        offsets = counts
        self.postings = postings
        votes = [Double](repeating: 0, count: documents.count)
    }

    /// The English articles sharing the most rare-key weight with `document`: its `probeKeys` rarest
    /// keys found in 1…`maxPostings` English articles vote with their weights.
    ///
    /// - Complexity: O(k log k + probeKeys · maxPostings).
    mutating func candidates(for document: DocumentFeatures, weights: KeyWeights, probeKeys: Int, maxPostings: Int, limit: Int) -> [Int] {
        let probes = document.keys
            .filter { (1...maxPostings).contains(Int(offsets[Int($0) + 1] - offsets[Int($0)])) }
            .sorted { weights.weights[Int($0)] != weights.weights[Int($1)] ? weights.weights[Int($0)] > weights.weights[Int($1)] : $0 < $1 }
            .prefix(probeKeys)
        for probe in probes {
            let key = Int(probe)
            let weight = weights.weights[key]
            for posting in postings[Int(offsets[key])..<Int(offsets[key + 1])] {
                if votes[Int(posting)] == 0 { touched.append(posting) }
                votes[Int(posting)] += weight
            }
        }
        let best = touched.sorted { votes[Int($0)] != votes[Int($1)] ? votes[Int($0)] > votes[Int($1)] : $0 < $1 }.prefix(limit).map { Int($0) }
        for posting in touched { votes[Int(posting)] = 0 }
        touched.removeAll(keepingCapacity: true)
        return best
    }
}
