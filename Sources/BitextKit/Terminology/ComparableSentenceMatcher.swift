/// Guesses sentence pairs between two articles on the same events (comparable, not translations),
/// so that term pairing can count co-occurrences there as in aligned text.
///
/// Each German sentence is paired with the `candidatesPerSentence` English sentences sharing the most
/// evidence: German words the lexicon translates into one of its words, plus words written
/// identically (names, acronyms). Pairs with less than `minimumShared` are dropped. Comparable
/// articles spread one fact over different sentences, so one best match misses too much; the
/// pairer's requirement of lexical evidence keeps the extra pairs from inventing term pairs.
///
/// A stand-in until term extraction consumes the sentence aligner's comparable mode directly.
struct ComparableSentenceMatcher {
    /// Shared words a guessed pair needs.
    var minimumShared = 2
    /// English sentences kept per German sentence.
    var candidatesPerSentence = 3
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
            var scored: [(score: Int, index: Int)] = []
            for e in english.indices {
                var score = 0
                for (k, word) in germanWords.enumerated() {
                    if englishWords[e].contains(word.word) || translations[k].contains(where: englishIDs[e].contains) { score += 1 }
                }
                if score >= minimumShared { scored.append((score, e)) }
            }
            scored.sort { $0.score != $1.score ? $0.score > $1.score : $0.index < $1.index }
            for best in scored.prefix(candidatesPerSentence) { result.append((g, best.index)) }
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
