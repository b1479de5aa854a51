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
    /// - Complexity: O(k log probeKeys + probeKeys · maxPostings · log limit): both selections keep
    ///   only the best few, since on a large corpus an article's probes touch thousands of articles.
    mutating func candidates(for document: DocumentFeatures, weights: KeyWeights, probeKeys: Int, maxPostings: Int, limit: Int) -> [Int] {
        let keyWeights = weights.weights, postings = self.postings
        let probes = Self.best(probeKeys, of: document.keys.lazy.filter { (1...maxPostings).contains(postings.count(of: Int($0))) }) {
            keyWeights[Int($0)] != keyWeights[Int($1)] ? keyWeights[Int($0)] > keyWeights[Int($1)] : $0 < $1
        }
        for probe in probes {
            let key = Int(probe)
            let weight = keyWeights[key]
            for posting in postings.items(withKey: key) {
                if votes[Int(posting)] == 0 { touched.append(posting) }
                votes[Int(posting)] += weight
            }
        }
        let best = Self.best(limit, of: touched) { votes[Int($0)] != votes[Int($1)] ? votes[Int($0)] > votes[Int($1)] : $0 < $1 }.map { Int($0) }
        for posting in touched { votes[Int(posting)] = 0 }
        touched.removeAll(keepingCapacity: true)
        return best
    }

    /// The first `count` items of `items` in the order `precedes` (a strict total order), in that
    /// order: what sorting and taking a prefix gives, without sorting the rest.
    ///
    /// - Complexity: O(n · log count) comparisons for n items.
    static func best(_ count: Int, of items: some Sequence<Int32>, by precedes: (Int32, Int32) -> Bool) -> [Int32] {
        var kept: [Int32] = []
        kept.reserveCapacity(count + 1)
        guard count > 0 else { return kept }
        for item in items {
            if kept.count == count, let last = kept.last, !precedes(item, last) { continue }
            kept.insert(item, at: kept.partitionPoint { precedes($0, item) })
            if kept.count > count { kept.removeLast() }
        }
        return kept
    }
}
