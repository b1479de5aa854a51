/// The one search for the parts of a German compound: the fewest parts that cover the word, each at
/// least `minimumPart` letters and known by the caller's test, joined directly or by a linking element
/// (Fugenelement, `de/compounds.txt`). Alignment and pairing ask whether a part's stem is in the
/// lexicon (`CompoundSplitter`); QA whether Hunspell accepts it (`CompoundDecomposer`).
///
/// Among splits with as many parts, one whose parts join directly beats one through a linking element
/// ("Haus" + "beamtern" over "hau" + s + "beamtern"). The whole word is never one part.
struct CompoundSearch: Sendable {
    static let minimumPart = 3

    /// Linking elements, longest first.
    let linkingElements: [[Unicode.Scalar]]

    init(linkingElements: [String]) {
        self.linkingElements = linkingElements.map { Array($0.unicodeScalars) }
    }

    /// From the language's `compounds.txt` (no linking elements when it has none).
    init(language: Language) throws {
        self.init(linkingElements: try LanguageDataFile.loadIfPresent("compounds", language: language).section("linking-elements"))
    }

    /// The parts of `scalars` as ranges (at least two), or nil when the word does not split into known
    /// parts or is longer than `WordToken.longestAnalysedWord` (a loop or glued text).
    ///
    /// - Parameter isKnown: whether a part is a word; `last` is true for the part that ends the word.
    /// - Complexity: O(n²) calls of `isKnown` for a word of n ≤ `WordToken.longestAnalysedWord` letters.
    func parts(of scalars: [Unicode.Scalar], isKnown: (String, _ last: Bool) -> Bool) -> [Range<Int>]? {
        let n = scalars.count
        guard n >= 2 * Self.minimumPart, n <= WordToken.longestAnalysedWord else { return nil }
        // Every split ends in a known last part. The latest start of one is found first, shortest last
        // part first: a word with none (most names and foreign words) needs no other question, and
        // a part that ends after that start cannot lie on a split. Same parts as a search without
        // this bound, fewer questions.
        guard let latestLastStart = stride(from: n - Self.minimumPart, through: Self.minimumPart, by: -1)
            .first(where: { isKnown(Self.string(scalars[$0..<n]), true) }) else { return nil }
        // best[i]: fewest parts covering scalars[0..<i] (a part plus its linking element); back[i]: that part.
        var best = [Int](repeating: Int.max, count: n + 1)
        var back = [Range<Int>](repeating: 0..<0, count: n + 1)
        // Whether best[i] was reached through a linking element.
        var linked = [Bool](repeating: false, count: n + 1)
        /// Whether a part ending at `end` with `cost` parts would improve a split through a linking element there.
        func improvesLinked(at end: Int, cost: Int) -> Bool {
            linkingElements.contains { link in
                end + link.count < n && cost < best[end + link.count] && scalars[end..<(end + link.count)].elementsEqual(link)
            }
        }
        best[0] = 0
        for start in 0..<n where best[start] != Int.max {
            var end = start + Self.minimumPart
            while end <= n {
                defer { end += 1 }
                let cost = best[start] + 1
                if end == n {
                    if start > 0, cost < best[n], isKnown(Self.string(scalars[start..<end]), true) { best[n] = cost; back[n] = start..<end }
                    continue
                }
                // A part is asked about only when knowing it could improve a split (`isKnown` is a
                // Hunspell question on a cache miss, and most candidate parts of a word reachable
                // in fewer parts cannot): same parts, fewer questions.
                guard end <= latestLastStart,
                      cost < best[end] || (cost == best[end] && linked[end]) || improvesLinked(at: end, cost: cost),
                      isKnown(Self.string(scalars[start..<end]), false) else { continue }
                if cost < best[end] || (cost == best[end] && linked[end]) {
                    best[end] = cost
                    back[end] = start..<end
                    linked[end] = false
                }
                for link in linkingElements where end + link.count < n && scalars[end..<(end + link.count)].elementsEqual(link) {
                    if cost < best[end + link.count] {
                        best[end + link.count] = cost
                        back[end + link.count] = start..<end
                        linked[end + link.count] = true
                    }
                }
            }
        }
        guard best[n] != Int.max, best[n] >= 2 else { return nil }
        var parts: [Range<Int>] = []
        var position = n
        while position > 0 {
            parts.append(back[position])
            position = back[position].lowerBound
        }
        return parts.reversed()
    }

    private static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        UTF8Scalars.string(scalars)
    }
}
