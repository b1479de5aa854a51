/// Splits a German word the spelling dictionary rejects into parts it accepts:
/// "Handelskriegsängste" → Handel + Krieg + Ängste (with the linking "s" dropped).
///
/// Parts have at least `minimumPart` letters and may be joined by a linking element (Fugenelement:
/// s, es, n, en, e); a part counts as known in lower case or capitalized, since compound parts
/// change case. The fewest parts win: "Kaltkrieg" + "tiefern" over three parts if Hunspell knows
/// "Kaltkrieg"; callers that need finer parts (to translate them) split a part again.
struct CompoundDecomposer {
    static let minimumPart = 3
    /// Words longer than this are not split (the search is quadratic in the length); below
    /// `WordToken.longestAnalysedWord`, since a word this long is split into many parts if at all.
    static let maximumLength = 40
    private static let linkingElements: [[Unicode.Scalar]] = [["e", "s"], ["e", "n"], ["s"], ["n"], ["e"]]

    let speller: Hunspell
    /// Rules out parts that start or end as no listed word does before Hunspell is asked: most of the
    /// quadratically many substrings ("nsthor") are not words (nil: every part is asked).
    var letterRuns: LetterGrams? = nil

    /// The parts of `word` (at least two), or nil when it does not split into known words.
    ///
    /// - Complexity: O(n²) dictionary lookups for a word of n letters (cached by `Hunspell`).
    func parts(of word: String) -> [String]? {
        let scalars = Array(word.unicodeScalars)
        let n = scalars.count
        guard n >= 2 * Self.minimumPart, n <= Self.maximumLength, scalars.allSatisfy({ $0.properties.isAlphabetic }) else { return nil }
        // best[i]: fewest parts covering scalars[0..<i] (a part plus its linking element); back[i]: where that part starts and ends.
        var best = [Int](repeating: Int.max, count: n + 1)
        var back = [(start: Int, end: Int)](repeating: (0, 0), count: n + 1)
        // Whether best[i] was reached through a linking element; among equally short splits the one
        // without ("Haus" + "beamtern") beats the one with ("hau" + s + "beamtern").
        var linked = [Bool](repeating: false, count: n + 1)
        best[0] = 0
        for start in 0..<n where best[start] != Int.max {
            var end = start + Self.minimumPart
            while end <= n {
                defer { end += 1 }
                let part = String(String.UnicodeScalarView(scalars[start..<end]))
                let cost = best[start] + 1
                if end == n {
                    // The whole word is never one part, even when it is known after stripping an ending.
                    if start > 0, cost < best[n], isKnown(part, last: true) { best[n] = cost; back[n] = (start, end) }
                    continue
                }
                guard n - end >= Self.minimumPart - 1, isKnown(part, last: false) else { continue }
                if cost < best[end] || (cost == best[end] && linked[end]) {
                    best[end] = cost
                    back[end] = (start, end)
                    linked[end] = false
                }
                for link in Self.linkingElements where end + link.count < n && Array(scalars[end..<(end + link.count)]) == link {
                    if cost < best[end + link.count] {
                        best[end + link.count] = cost
                        back[end + link.count] = (start, end)
                        linked[end + link.count] = true
                    }
                }
            }
        }
        guard best[n] != Int.max, best[n] >= 2 else { return nil }
        var parts: [String] = []
        var position = n
        while position > 0 {
            let (start, end) = back[position]
            parts.append(String(String.UnicodeScalarView(scalars[start..<end])))
            position = start
        }
        return parts.reversed()
    }

    private func isKnown(_ part: String, last: Bool) -> Bool {
        let lower = part.lowercased()
        if let letterRuns, !letterRuns.allowsEdges(Array(lower.unicodeScalars)) {
            // A part that ends in an inflection no listed word has may still be known without it.
            return last && isKnownInflected(lower)
        }
        return isKnownAsIs(lower) || (last && isKnownInflected(lower))
    }

    private func isKnownAsIs(_ lower: String) -> Bool {
        speller.acceptsCapitalized(lower)
    }

    /// The last part carries the inflection of the whole word ("tiefern" → "tiefer").
    private func isKnownInflected(_ lower: String) -> Bool {
        for ending in ["ern", "en", "er", "em", "es", "n", "s", "e"] where lower.count - ending.count >= Self.minimumPart && lower.hasSuffix(ending) {
            let stripped = String(lower.dropLast(ending.count))
            if let letterRuns, !letterRuns.allowsEdges(Array(stripped.unicodeScalars)) { continue }
            if isKnownAsIs(stripped) { return true }
        }
        return false
    }
}
