/// Splits an unknown German compound into words the lexicon knows, so its parts can be translated:
/// "Botschaftsbeamter" → "Botschaft" + "beamter" (embassy + official).
///
/// The one compound search (`CompoundSearch`: fewest parts, linking elements from `de/compounds.txt`)
/// with a part known when the lexicon has its Snowball stem. Results are cached per word.
///
/// Not thread-safe (owns a stemmer and a cache).
public final class CompoundSplitter {
    public static let minimumPart = CompoundSearch.minimumPart

    private let lexicon: Lexicon
    private let stemmer: Stemmer
    private let search: CompoundSearch
    private var cache: [String: [String]?] = [:]
    /// Per candidate part, whether the lexicon has its stem: words share their parts ("Unter",
    /// "nehmen"), and each answer is a Snowball call and a binary search.
    private var knownParts: [String: Bool] = [:]

    /// - Parameter lexicon: a lexicon whose source language is German.
    public init(lexicon: Lexicon) throws {
        self.lexicon = lexicon
        stemmer = try Stemmer(language: .de)
        search = try CompoundSearch(language: .de)
    }

    /// The stems of the parts of a lower-cased word, or nil when it does not split into known words.
    ///
    /// - Complexity: that of `CompoundSearch.parts` with one stemmer call per distinct part tried; words longer
    ///   than `WordToken.longestAnalysedWord` are not split (cached).
    public func split(_ word: String) -> [String]? {
        if let known = cache[word] { return known }
        let scalars = Array(word.unicodeScalars)
        let result = search.parts(of: scalars) { part, _ in isKnown(part) }?
            .map { stemmer.stem(UTF8Scalars.string(scalars[$0])) }
        cache[word] = result
        return result
    }

    private func isKnown(_ part: String) -> Bool {
        if let known = knownParts[part] { return known }
        let known = lexicon.contains(sourceStem: stemmer.stem(part))
        knownParts[part] = known
        return known
    }
}
