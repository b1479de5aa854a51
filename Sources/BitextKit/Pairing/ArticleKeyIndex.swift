/// Key → English articles that contain it, with the candidate search over it.
struct ArticleKeyIndex {
    private let postings: PostingLists
    /// Vote accumulator over the English articles, reused across look-ups (reset via `touched`).
    private var votes: [Double]
    private var touched: [Int32] = []

    init(documents: [DocumentFeatures], keyCount: Int) {
        postings = PostingLists(keyCount: keyCount, itemCount: documents.count) { item, emit in
            for key in documents[item].keys { emit(Int(key)) }
        }
        votes = [Double](repeating: 0, count: documents.count)
    }

    /// The English articles sharing the most rare-key weight with `document`: its `probeKeys` rarest
    /// keys found in 1…`maxPostings` English articles vote with their weights.
    ///
    /// - Complexity: O(k log k + probeKeys · maxPostings).
    mutating func candidates(for document: DocumentFeatures, weights: KeyWeights, probeKeys: Int, maxPostings: Int, limit: Int) -> [Int] {
        let probes = document.keys
            .filter { (1...maxPostings).contains(postings.count(of: Int($0))) }
            .sorted { weights.weights[Int($0)] != weights.weights[Int($1)] ? weights.weights[Int($0)] > weights.weights[Int($1)] : $0 < $1 }
            .prefix(probeKeys)
        for probe in probes {
            let key = Int(probe)
            let weight = weights.weights[key]
            for posting in postings.items(withKey: key) {
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
