/// Splits an unknown German compound into words the lexicon knows, so its parts can be translated:
/// "Botschaftsbeamter" → "Botschaft" + "beamter" (embassy + official).
///
/// Longest known prefix first, allowing a linking element (Fugenelement: s, es, n, en, e) between
/// parts; the rest must split the same way. Parts shorter than `minimumPart` letters are not tried,
/// since short stems match almost anything. Results are cached per word.
///
/// Not thread-safe (owns a stemmer and a cache).
public final class CompoundSplitter {
    public static let minimumPart = 3
    private static let linkingElements: [[UInt8]] = [[0x65, 0x73], [0x65, 0x6E], [0x73], [0x6E], [0x65]]  // es en s n e

    private let lexicon: Lexicon
    private let stemmer: Stemmer
    private var cache: [String: [String]?] = [:]

    /// - Parameter lexicon: a lexicon whose source language is German.
    public init(lexicon: Lexicon) throws {
        self.lexicon = lexicon
        stemmer = try Stemmer(language: .de)
    }

    /// The stems of the parts of a lower-cased word, or nil when it does not split into known words.
    ///
    /// - Complexity: O(n²) stemmer calls per level of splitting in the word's length n, at most four
    ///   levels; words longer than `WordToken.longestAnalysedWord` are not split (cached).
    public func split(_ word: String) -> [String]? {
        // A longer "word" is a loop or glued text: no split, and no search that grows with its length.
        guard word.unicodeScalars.count <= WordToken.longestAnalysedWord else { return nil }
        if let known = cache[word] { return known }
        let result = split(Array(word.unicodeScalars), depth: 0)
        cache[word] = result
        return result
    }

    private func split(_ scalars: [Unicode.Scalar], depth: Int) -> [String]? {
        let n = scalars.count
        guard depth < 4, n >= 2 * Self.minimumPart else { return nil }
        var cut = n - Self.minimumPart
        while cut >= Self.minimumPart {
            let head = String(String.UnicodeScalarView(scalars[0..<cut]))
            let headStem = stemmer.stem(head)
            if lexicon.contains(sourceStem: headStem) {
                for rest in restStarts(scalars, cut: cut) {
                    let tail = Array(scalars[rest...])
                    let tailWord = String(String.UnicodeScalarView(tail))
                    let tailStem = stemmer.stem(tailWord)
                    if tail.count >= Self.minimumPart, lexicon.contains(sourceStem: tailStem) { return [headStem, tailStem] }
                    if let parts = split(tail, depth: depth + 1) { return [headStem] + parts }
                }
            }
            cut -= 1
        }
        return nil
    }

    /// Where the next part may start after a head ending at `cut`: right there, or after a linking element.
    private func restStarts(_ scalars: [Unicode.Scalar], cut: Int) -> [Int] {
        var starts = [cut]
        for link in Self.linkingElements where cut + link.count < scalars.count {
            if zip(scalars[cut...], link).allSatisfy({ $0.value == UInt32($1) }) { starts.append(cut + link.count) }
        }
        return starts
    }
}
