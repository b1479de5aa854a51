/// Finds German term candidates in a sentence: nouns and compounds, names, adjective + noun
/// ("maritime Sicherheit") and noun + genitive noun ("Öffnung der Häfen").
///
/// German capitalizes nouns, so a capitalized word inside a sentence is a noun or a name unless it
/// is a function word ("Sie", "Ihnen"). At the start of a sentence capitalization says nothing; the
/// word counts as a noun only when the corpus never writes it in lower case and, when a word
/// checker is given (Hunspell), the checker rejects its lower-case form ("Wenn" → "wenn" is a word,
/// "Botschaft" → "botschaft" is not). Inflected forms share a key of `GermanLemmatizer` lemmas, so
/// Botschaft/Botschaften are one term, shown in its base form ("diplomatische Beziehung" for
/// "diplomatischen Beziehungen").
///
/// Words come from the analysis every stage shares (`TextAnalyzer`): tokens, stems.
///
/// Not thread-safe (owns a `TextAnalyzer`).
final class GermanTermExtractor {
    private let analyzer: TextAnalyzer
    private let functionWords: FunctionWords
    private let acceptsLowercase: ((String) -> Bool)?
    private let lemmatizer: GermanLemmatizer
    /// What the corpus taught: its lower-case words and how often each capitalized word heads its phrase.
    var vocabulary = TermVocabulary()

    /// From `de/lemma-rules.txt`: the endings of declined adjectives, those of capitalized adjectives
    /// inside names, and the articles that link a noun to its genitive attribute.
    private let adjectiveEndings: [String]
    private let nameAdjectiveEndings: [String]
    private let genitiveArticles: Set<String>

    /// What shape a candidate has, which decides how its base form is made.
    enum Shape {
        /// A noun or name on its own.
        case noun
        /// Attributive adjective + noun.
        case adjectiveNoun
        /// Two capitalized nouns: title + name, first + last name.
        case nounNoun
        /// Head noun + genitive article + (adjective) + noun: only the head is inflected for the citation form.
        case genitive
    }

    init(functionWords: FunctionWords, acceptsLowercase: ((String) -> Bool)?, lemmatizer: GermanLemmatizer) throws {
        analyzer = try TextAnalyzer(language: .de)
        self.functionWords = functionWords
        self.acceptsLowercase = acceptsLowercase
        self.lemmatizer = lemmatizer
        let rules = try LanguageDataFile.load("lemma-rules", language: .de)
        adjectiveEndings = rules.section("adjective-endings")
        nameAdjectiveEndings = rules.section("name-adjective-endings")
        genitiveArticles = Set(rules.section("genitive-articles"))
    }

    /// Records which words the corpus writes in lower case, and which capitalized words only occur
    /// before another capitalized word, as "Europäischen" in "Europäischen Union" (call with all
    /// German sentences before extracting, or learn chunks into separate vocabularies and merge them).
    func learn(_ sentences: [String], into vocabulary: inout TermVocabulary) throws {
        for sentence in sentences {
            let words = try TermWord.words(in: sentence, analyzer: analyzer)
            for (k, word) in words.enumerated() {
                guard word.isCapitalized else {
                    vocabulary.germanLowercase.insert(word.lower)
                    continue
                }
                let next = k + 1 < words.count ? words[k + 1] : nil
                let modifies = next.map { $0.isCapitalized && !$0.followsBreak && !functionWords.contains($0.lower) } ?? false
                vocabulary.germanHeads[word.lower, default: TermVocabulary.HeadCount()].all += 1
                if !modifies { vocabulary.germanHeads[word.lower, default: TermVocabulary.HeadCount()].head += 1 }
            }
        }
    }

    /// The candidates of one sentence (a term occurring twice is listed twice).
    func candidates(in sentence: String) throws -> [TermOccurrence] {
        let words = try TermWord.words(in: sentence, analyzer: analyzer)
        var result: [TermOccurrence] = []
        let nouns = words.map(isNoun)
        for (k, word) in words.enumerated() where nouns[k] {
            if isStandalone(word) { result.append(occurrence([word], shape: .noun)) }
            // Adjective + noun.
            if k >= 1, !word.followsBreak, isAdjective(words[k - 1]) {
                result.append(occurrence([words[k - 1], word], shape: .adjectiveNoun))
            }
            // A run of capitalized nouns inside a sentence is a name or a title + name ("Olaf Scholz").
            if k >= 1, !word.followsBreak, nouns[k - 1], !words[k - 1].isSentenceInitial || words[k - 1].isAcronym {
                result.append(occurrence([words[k - 1], word], shape: .nounNoun))
            }
            // Noun + genitive article + (adjective) + noun.
            if k + 2 < words.count, genitiveArticles.contains(words[k + 1].lower), !words[k + 1].followsBreak {
                var n = k + 2
                if n + 1 < words.count, isAdjective(words[n]), !words[n].followsBreak { n += 1 }
                if nouns[n], !words[n].followsBreak {
                    result.append(occurrence(Array(words[k...n]), shape: .genitive))
                }
            }
        }
        return result
    }

    /// The lemma key of a term written out ("Diplomatische Beziehungen" → "diplomatisch beziehung"),
    /// to find a curated entry among the candidates.
    func key(of term: String) throws -> String {
        try TermWord.words(in: term, analyzer: analyzer).filter { !functionWords.contains($0.lower) }
            .map(lemmaKey).joined(separator: " ")
    }

    /// Whether a capitalized word is a term on its own. A capitalized adjective that mostly stands
    /// before another capitalized word is part of a name ("Europäischen" in "Europäischen Union");
    /// nouns before names are titles ("Außenminister Medwedew") and stay terms.
    private func isStandalone(_ word: TermWord) -> Bool {
        guard nameAdjectiveEndings.contains(where: { word.lower.hasSuffix($0) }), let counts = vocabulary.germanHeads[word.lower] else { return true }
        return 2 * counts.head >= counts.all
    }

    private func isNoun(_ word: TermWord) -> Bool {
        guard word.isCapitalized, word.hasLetters(2), !functionWords.contains(word.lower) else { return false }
        if word.isAcronym { return true }
        guard word.hasLetters(3) else { return false }
        if word.isSentenceInitial {
            if vocabulary.germanLowercase.contains(word.lower) { return false }
            if let acceptsLowercase, acceptsLowercase(word.lower) { return false }
        }
        return true
    }

    /// A declined attributive adjective: lower case inside the sentence (or capitalized in a name,
    /// "Tschechische Republik"), not a function word, with an adjective ending.
    private func isAdjective(_ word: TermWord) -> Bool {
        guard word.hasLetters(4), !functionWords.contains(word.lower), !word.isAcronym else { return false }
        guard adjectiveEndings.contains(where: { word.lower.hasSuffix($0) }) else { return false }
        if !word.isCapitalized { return true }
        return !word.isSentenceInitial && vocabulary.germanLowercase.contains(word.lower)
    }

    private func occurrence(_ words: [TermWord], shape: Shape) -> TermOccurrence {
        let content = words.filter { !functionWords.contains($0.lower) }
        let stems = content.map(\.stem)
        let surface = words.map(\.text).joined(separator: " ")
        let head = shape == .genitive || shape == .noun ? words[0] : words[words.count - 1]
        let headLemma = lemmatizer.noun(head.text)
        let gender = head.isAcronym ? nil : lemmatizer.gender(ofNoun: headLemma)
        return TermOccurrence(
            key: keyWords(words, shape: shape).joined(separator: " "), surface: surface,
            base: baseForm(words, shape: shape, headLemma: headLemma, gender: gender) ?? surface,
            stems: stems, words: content.map(\.lower), partOfSpeech: .noun, gender: gender)
    }

    /// The lemma key's words of a candidate: nouns' lemmas and adjectives' stems, lower case,
    /// function words left out.
    private func keyWords(_ words: [TermWord], shape: Shape) -> [String] {
        let adjectivePosition: Int? = switch shape {
        case .adjectiveNoun: 0
        case .genitive where words.count == 4: 2
        default: nil
        }
        return words.indices.compactMap { k in
            let word = words[k]
            guard !functionWords.contains(word.lower) else { return nil }
            return k == adjectivePosition ? lemmatizer.adjective(word.lower) : lemmaKey(word)
        }
    }

    /// A word's part of the lemma key outside a known shape: a capitalized word's noun lemma, a
    /// lower-case word's adjective stem.
    private func lemmaKey(_ word: TermWord) -> String {
        if word.isAcronym { return word.lower }
        return word.isCapitalized ? lemmatizer.nounKey(word.text) : lemmatizer.adjective(word.lower)
    }

    /// The citation form of a candidate, or nil when it is kept as met (a name with a capitalized
    /// adjective, "Europäischen Union"; an adjective + noun whose gender is unknown).
    private func baseForm(_ words: [TermWord], shape: Shape, headLemma: String, gender: GrammaticalGender?) -> String? {
        switch shape {
        case .noun:
            return headLemma
        case .nounNoun:
            // A name with an adjective ("Europäischen Union") keeps its form; title + name and
            // first + last name take each noun's base form.
            if lemmatizer.isCapitalizedAdjective(words[0].text) { return nil }
            return words.map { lemmatizer.noun($0.text) }.joined(separator: " ")
        case .genitive:
            return ([headLemma] + words.dropFirst().map(\.text)).joined(separator: " ")
        case .adjectiveNoun:
            let adjective = words[0]
            if adjective.isCapitalized, !adjective.isSentenceInitial { return nil }
            let stem = lemmatizer.adjective(adjective.lower)
            if lemmatizer.isPluralOnly(headLemma) { return lemmatizer.attributive(stem, gender: nil) + " " + headLemma }
            guard let gender else { return nil }
            return lemmatizer.attributive(stem, gender: gender) + " " + headLemma
        }
    }
}
