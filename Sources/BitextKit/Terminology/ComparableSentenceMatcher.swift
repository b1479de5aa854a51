/// Guesses sentence pairs between two articles on the same events (comparable, not translations),
/// so that term pairing can count co-occurrences there as in aligned text.
///
/// Each German sentence is paired with the English sentence sharing the most evidence: German words
/// the lexicon translates into one of its words, plus words written identically (names, acronyms,
/// numbers). Pairs with less than `minimumShared` are dropped. Many German sentences may pick the
/// same English one, since comparable articles differ in length and detail.
///
/// A stand-in until term extraction consumes the sentence aligner's comparable mode directly.
struct ComparableSentenceMatcher {
    /// Shared words a guessed pair needs.
    var minimumShared = 2
    let lexicon: Lexicon

    /// Indices (German, English) of the guessed pairs, in German order.
    ///
    /// - Complexity: O(n·m·w) for n German and m English sentences of w words.
    func match(german: [[TermOccurrence]], english: [[TermOccurrence]]) -> [(Int, Int)] {
        let englishIDs: [Set<Int32>] = english.map { Set(words($0).compactMap { lexicon.targetID(ofStem: $0.stem) }) }
        let englishWords: [Set<String>] = english.map { Set(words($0).map(\.word)) }
        var result: [(Int, Int)] = []
        for (g, occurrences) in german.enumerated() {
            let germanWords = words(occurrences)
            let translations = germanWords.map { lexicon.translations(ofStem: $0.stem) }
            var best = (score: 0, index: -1)
            for e in english.indices {
                var score = 0
                for (k, word) in germanWords.enumerated() {
                    if englishWords[e].contains(word.word) || translations[k].contains(where: englishIDs[e].contains) { score += 1 }
                }
                if score > best.score { best = (score, e) }
            }
            if best.score >= minimumShared { result.append((g, best.index)) }
        }
        return result
    }

    /// The distinct single words (with stems) of a sentence's candidates.
    private func words(_ occurrences: [TermOccurrence]) -> [(word: String, stem: String)] {
        var seen = Set<String>()
        var result: [(String, String)] = []
        for occurrence in occurrences {
            for (word, stem) in zip(occurrence.words, occurrence.stems) where seen.insert(word).inserted {
                result.append((word, stem))
            }
        }
        return result
    }
}
