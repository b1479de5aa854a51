/// Finds English term candidates in a sentence: noun phrases approximated, without a tagger, as
/// runs of one to three content words (no function word, no punctuation between them), and
/// "noun of noun" ("inspection of vessels"). Words such as reporting verbs and adverbs end a run
/// (`term-stopwords.txt`). Keys are lower-case with the head noun singular, so embassy/embassies
/// are one term.
///
/// Words come from the analysis every stage shares (`TextAnalyzer`): tokens, stems.
///
/// Not thread-safe (owns a `TextAnalyzer`).
final class EnglishTermExtractor {
    /// Longest run of content words taken as one phrase.
    static let maxPhraseWords = 3

    private let analyzer: TextAnalyzer
    private let functionWords: FunctionWords
    private let lemmatizer: EnglishLemmatizer
    /// What the corpus taught: per lower-cased word, its occurrences as the head of a run and all occurrences.
    var vocabulary = TermVocabulary()

    init(functionWords: FunctionWords, lemmatizer: EnglishLemmatizer) throws {
        analyzer = try TextAnalyzer(language: .en)
        self.functionWords = functionWords
        self.lemmatizer = lemmatizer
    }

    /// Learns which words head noun phrases (call with all English sentences before extracting, or
    /// learn chunks into separate vocabularies and merge them): a word that is
    /// mostly followed by another content word ("foreign" in "foreign minister", "Norwegian" in
    /// "Norwegian fishermen") is a modifier, and is not a term on its own.
    func learn(_ sentences: [String], into vocabulary: inout TermVocabulary) throws {
        for sentence in sentences {
            let words = try TermWord.words(in: sentence, analyzer: analyzer)
            let content = words.map(isContent)
            for k in words.indices where content[k] {
                // A name followed by a lower-case word ("Medvedev met") heads its phrase: the next
                // word is a verb, not a noun it modifies as in "Foreign Minister".
                let nameBeforeVerb = words[k].isCapitalized && !words[k].isSentenceInitial && k + 1 < words.count && !words[k + 1].isCapitalized
                let isHead = k + 1 == words.count || !content[k + 1] || words[k + 1].followsBreak || nameBeforeVerb
                vocabulary.englishHeads[words[k].lower, default: TermVocabulary.HeadCount()].all += 1
                if isHead { vocabulary.englishHeads[words[k].lower, default: TermVocabulary.HeadCount()].head += 1 }
            }
        }
    }

    /// The candidates of one sentence.
    func candidates(in sentence: String) throws -> [TermOccurrence] {
        let words = try TermWord.words(in: sentence, analyzer: analyzer)
        let content = words.map(isContent)
        var result: [TermOccurrence] = []
        for end in words.indices where content[end] && isHead(words[end]) {
            var start = end
            while true {
                if start < end || isStandaloneHead(words[end]) { result.append(occurrence(Array(words[start...end]))) }
                guard end - start + 1 < Self.maxPhraseWords, start > 0, content[start - 1], !words[start].followsBreak else { break }
                start -= 1
            }
            // noun "of" noun
            if end + 2 < words.count, words[end + 1].lower == "of", !words[end + 1].followsBreak, !words[end + 2].followsBreak,
               content[end + 2], isHead(words[end + 2]) {
                result.append(occurrence([words[end], words[end + 1], words[end + 2]]))
            }
        }
        return result
    }

    /// The key of a term written out ("Foreign Ministers" → "foreign minister"), to find a curated
    /// entry among the candidates.
    func key(of term: String) throws -> String {
        lemmatizer.key(try TermWord.words(in: term, analyzer: analyzer).map(\.lower))
    }

    /// Whether a word can end a noun phrase: not an adverb (-ly) or a participle (-ed).
    private func isHead(_ word: TermWord) -> Bool {
        word.isAcronym || !(word.lower.hasSuffix("ly") || word.lower.hasSuffix("ed"))
    }

    /// Whether a word is a term on its own: it heads its phrase at least half the time it occurs.
    private func isStandaloneHead(_ word: TermWord) -> Bool {
        guard !word.isAcronym, let counts = vocabulary.englishHeads[word.lower] else { return true }
        return 2 * counts.head >= counts.all
    }

    private func isContent(_ word: TermWord) -> Bool {
        guard word.hasLetters(2), !functionWords.contains(word.lower) else { return false }
        return word.isAcronym || word.hasLetters(3)
    }

    private func occurrence(_ words: [TermWord]) -> TermOccurrence {
        let lower = words.map(\.lower)
        let contentWords = words.filter { !functionWords.contains($0.lower) }
        let content = contentWords.map(\.lower)
        let stems = contentWords.map(\.stem)
        // A capitalized first word at the start of a sentence is shown in lower case unless it is an acronym.
        var surfaceWords = words.map(\.text)
        if let first = words.first, first.isSentenceInitial, !first.isAcronym { surfaceWords[0] = first.lower }
        return TermOccurrence(
            key: lemmatizer.key(lower), surface: surfaceWords.joined(separator: " "), base: lemmatizer.baseForm(surfaceWords),
            stems: stems, words: content, partOfSpeech: .noun)
    }
}
