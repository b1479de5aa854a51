/// What a word contributes to its token's keys before interning: lexicon ids (the same in every key
/// space) and namespaced strings ("s" stem, "=" folded name, "~" cognate prefix) that each
/// extractor interns into its own `AlignmentKeySpace`.
///
/// Why apart from the keys: stemming, compound splitting and name folding (ICU) are pure functions of
/// the word and cost microseconds, while key ids depend on the extractor. Threads that align at the
/// same time (a QA batch) share these through `WordFeatureMemo` and only intern.
struct WordFeatures: Sendable {
    var lexiconKeys: [Int32] = []
    var namedKeys: [String] = []
}

/// Word features shared by the extractors of several threads, per side (German source words are
/// analysed differently from English target words).
final class WordFeatureMemo: Sendable {
    let source = WordMemo<WordFeatures>()
    let target = WordMemo<WordFeatures>()
}
