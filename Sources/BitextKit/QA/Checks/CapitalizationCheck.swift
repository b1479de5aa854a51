/// `capitalization`: German capitals in the wrong place or missing, by four rules of different confidence.
///
/// - After a semicolon the sentence goes on, so a capitalized function word there ("; Es gibt")
///   is an error (warning). Only closed-class words (the stop-word list) are judged: a noun or a
///   name after a semicolon is capitalized anyway.
/// - An adjective in -es after "etwas", "nichts", "viel" … with no noun after it is a noun and is
///   capitalized ("etwas Poetisches"); written in lower case it is an error (warning).
/// - An adjective capitalized before its noun ("Schwarze Löcher") where the English source writes
///   the phrase in lower case ("black holes"). The official rules allow the capital in fixed terms
///   with a meaning of their own (Amtliche Regelung § 63: "das Schwarze Brett"), and on MQM-annotated
///   TED output only one rater in four marks it (precision 0.20), so this is a note (info).
/// - The nouns of a sentence written in lower case throughout (warning): see `lowerCaseNouns`.
///
/// English capitalizes names and fixed terms too ("European Union"), so for the third rule a
/// lower-case English phrase is the evidence. With the lexicon the phrase itself is found; without
/// it, a source passage with no two capitalized words in a row (no multi-word name) is the evidence.
struct CapitalizationCheck: QARule {
    static let check = QACheck(
        id: "capitalization",
        title: "Capital letter misplaced",
        explanation: """
            A function word capitalized after a semicolon ("; Es gibt" → "; es gibt"), or an adjective \
            used as a noun written in lower case ("etwas poetisches" → "etwas Poetisches"), or the nouns \
            of a sentence written in lower case throughout where the source is not ("die qualität der \
            studien"): warnings. \
            An adjective capitalized inside a sentence ("Schwarze Löcher") although the source writes \
            the phrase in lower case ("black holes") is a note (info): German allows the capital in \
            fixed terms, so it is a matter of house style.
            """,
        severity: .warning,
        targetLanguages: [.de])

    let spelling: QASpelling
    let lexicon: QALexiconAnswers
    private let exemptWords: Set<String>
    private let nominalizers: Set<String>
    private let quantifiers: Set<String>
    private let indefinites: Set<String>
    /// Words that join adjectives of one noun phrase ("invasives und sicheres Verfahren").
    private let coordinators: Set<String>
    private let functionWords: StopWords
    /// Endings of an inflected adjective, longest first (`adjective-endings` in `lemma-rules.txt`).
    private let adjectiveEndings: [String]

    init(spelling: QASpelling, lexicon: QALexiconAnswers, languages: Sides<Language>) throws {
        self.spelling = spelling
        self.lexicon = lexicon
        let exempt = try LanguageDataFile.loadIfPresent("capitalization-exempt", language: languages.target)
        exemptWords = Set(exempt.section("polite-pronouns") + exempt.section("numerals"))
        nominalizers = Set(exempt.section("nominalizing-words"))
        quantifiers = Set(exempt.section("quantifiers"))
        indefinites = Set(exempt.section("indefinite-adjectives"))
        coordinators = Set(exempt.section("coordinators"))
        functionWords = try StopWords.load(languages.target)
        adjectiveEndings = try LanguageDataFile.loadIfPresent("lemma-rules", language: languages.target).section("adjective-endings")
    }

    /// The fewest words of a sentence with no capital after its first word that count as a sentence
    /// written in lower case: a German sentence that long without a noun is rare.
    static let lowerCaseSentenceWords = 6
    /// The fewest different nouns such a sentence must have in lower case to be reported.
    static let lowerCaseNounsInSentence = 2

    func findings(in input: QAInput) -> [QAFinding] {
        var result = capitalsAfterSemicolon(input.target) + lowerCaseNominalizations(input.target) + lowerCaseNouns(input)
        if let source = input.source { result += capitalizedAdjectives(input, source: source) }
        return result
    }

    /// "; Es gibt": a capitalized function word right after a semicolon.
    private func capitalsAfterSemicolon(_ text: QAText) -> [QAFinding] {
        var result: [QAFinding] = []
        for index in text.tokens.indices.dropFirst()
        where text.isCapitalized(index) && !text.startsSentence[index] && text.words[index - 1] == ";" {
            let word = text.words[index]
            let lower = word.lowercased()
            guard !exemptWords.contains(word), functionWords.contains(lower) else { continue }
            result.append(text.finding(Self.check, text.tokens[index].scalars,
                                       message: "after a semicolon the sentence goes on: write \"\(lower)\"", suggestion: lower))
        }
        return result
    }

    /// The nouns of sentences written in lower case: machine translation that lower-cases its output
    /// ("die methodische qualität der in den artikeln berichteten studien") leaves every noun small.
    /// A sentence of `lowerCaseSentenceWords` words or more with no capital after its first word has
    /// lost them, unless the source sentence it renders has no capital at all (a chat, a forum post:
    /// the style is the writer's). Its nouns are the words Hunspell knows only with a capital, two
    /// different ones at least; words that stand in the source are copied English, `untranslated`'s.
    /// Single small nouns in otherwise capitalized text are left alone: the lexicon knows many nouns
    /// in lower case, and asking Hunspell about every lower-case word would cost more than all other
    /// checks.
    ///
    /// - Complexity: O(t + s) for t target and s source tokens; Hunspell is asked only inside such sentences.
    private func lowerCaseNouns(_ input: QAInput) -> [QAFinding] {
        let text = input.target
        var result: [QAFinding] = []
        var sourceWords: Set<String>?
        // Per compared source scope, whether it is written in lower case: a comparable source is one
        // scope for every sentence, and looking at it per sentence would be quadratic.
        var lowerCaseScopes: [Range<Int>: Bool] = [:]
        for sentence in text.sentences.indices {
            let words = text.tokenRange(ofSentence: sentence).filter { text.tokens[$0].kind == .word }
            guard words.count >= Self.lowerCaseSentenceWords, !words.dropFirst().contains(where: text.isCapitalized) else { continue }
            if let source = input.source {
                let scope = input.sourceTokens(comparedWithTargetSentence: sentence)
                let lowerCase = lowerCaseScopes[scope] ?? (scope.contains { source.tokens[$0].kind == .word }
                                                           && !scope.contains { source.tokens[$0].kind == .word && source.isCapitalized($0) })
                lowerCaseScopes[scope] = lowerCase
                if lowerCase { continue }
            }
            var nouns: [Int] = []
            for index in words.dropFirst() where text.isAnalysable(index) {
                let word = text.words[index]
                guard word.unicodeScalars.count >= 3, word.unicodeScalars.allSatisfy(\.properties.isAlphabetic),
                      !spelling.target.accepts(word), spelling.target.acceptsCapitalized(word) else { continue }
                let known = sourceWords ?? Set(input.source?.lowercasedVocabulary ?? [])
                sourceWords = known
                if !known.contains(text.lowercased(index)) { nouns.append(index) }
            }
            // One such word is no evidence: an adverb the dictionary lacks in lower case ("zuhause")
            // stands in many a sentence without a noun.
            guard Set(nouns.map { text.words[$0] }).count >= Self.lowerCaseNounsInSentence else { continue }
            for index in nouns {
                let word = text.words[index]
                let capitalized = Hunspell.capitalized(word)
                result.append(text.finding(Self.check, text.tokens[index].scalars,
                                           message: "\"\(word)\" is a noun in a sentence written in lower case: write \"\(capitalized)\"",
                                           suggestion: capitalized))
            }
        }
        return result
    }

    /// "etwas poetisches enthalten": an adjective in -es after a quantifier, with no noun after it,
    /// is a noun. One lower-case word may stand between ("etwas sehr interessantes").
    private func lowerCaseNominalizations(_ text: QAText) -> [QAFinding] {
        var result: [QAFinding] = []
        for index in text.tokens.indices.dropFirst() where text.tokens[index].kind == .word {
            let word = text.words[index]
            guard word.hasSuffix("es"), word.unicodeScalars.count >= 5, word.unicodeScalars.first?.properties.isLowercase == true,
                  !indefinites.contains(word), follows(quantifierBefore: index, text) else { continue }
            // A noun after it makes it an attribute ("etwas kaltes Wasser"), also after more adjectives
            // of the same ending ("viel größeres emotionales Gewicht"), joined by a conjunction or a
            // comma, in quotation marks or not ("ein wenig invasives und sicheres Verfahren",
            // "wenig strukturiertes, „synzytiales“ Wachstumsmuster").
            var next = index + 1
            while next < text.tokens.count, joinsAdjectives(next, text) { next += 1 }
            if next < text.tokens.count, text.tokens[next].kind == .word, text.isCapitalized(next) { continue }
            let capitalized = Hunspell.capitalized(word)
            guard spelling.target.accepts(word), spelling.target.accepts(capitalized) else { continue }
            result.append(text.finding(Self.check, text.tokens[index].scalars,
                                       message: "\"\(word)\" is used as a noun here (after \"\(text.words[index - 1])\"): write \"\(capitalized)\"",
                                       suggestion: capitalized))
        }
        return result
    }

    /// Whether token `index` may stand between an adjective in -es and its noun: another such
    /// adjective, a conjunction between them, a comma or a quotation mark.
    private func joinsAdjectives(_ index: Int, _ text: QAText) -> Bool {
        let word = text.words[index]
        if text.tokens[index].kind == .punctuation { return word == "," || word.unicodeScalars.allSatisfy(\.properties.isQuotationMark) }
        return text.tokens[index].kind == .word && !text.isCapitalized(index) && (word.hasSuffix("es") || coordinators.contains(word))
    }

    /// Whether the word before `index`, or the one before that with a lower-case word between, is
    /// a quantifier ("etwas", "nichts" …), with only spaces between the words.
    private func follows(quantifierBefore index: Int, _ text: QAText) -> Bool {
        func isWord(_ i: Int) -> Bool {
            i >= 0 && text.tokens[i].kind == .word
                && text.scalars[text.tokens[i].scalars.upperBound..<text.tokens[i + 1].scalars.lowerBound].allSatisfy { $0 == " " }
        }
        guard isWord(index - 1) else { return false }
        if quantifiers.contains(text.words[index - 1].lowercased()) { return true }
        let between = text.words[index - 1]
        return isWord(index - 2) && quantifiers.contains(text.words[index - 2].lowercased())
            && between.unicodeScalars.first?.properties.isLowercase == true && !between.hasSuffix("es")
    }

    /// "Schwarze Löcher" for "black holes": info, see the type's comment.
    ///
    /// - Complexity: O(t + s) look-ups for t target and s source tokens: each compared source scope is
    ///   indexed once (`ScopeIndex`), however many capitalized pairs of a long sentence ask about it.
    private func capitalizedAdjectives(_ input: QAInput, source: QAText) -> [QAFinding] {
        let text = input.target
        var result: [QAFinding] = []
        var indexes: [Range<Int>: ScopeIndex] = [:]
        for index in text.tokens.indices.dropLast()
        where text.isCapitalized(index) && !text.startsSentence[index] && text.isCapitalized(index + 1) {
            let word = text.words[index]
            let lower = word.lowercased()
            // An inflected adjective: the dictionary knows the lower-case form and, without its ending,
            // the lower-case base ("schwarzen" → "schwarz"; not "Menge" → "meng").
            guard lower != word, !exemptWords.contains(word), index == 0 || !nominalizers.contains(text.words[index - 1].lowercased()),
                  let ending = adjectiveEndings.first(where: { lower.hasSuffix($0) }),
                  spelling.target.accepts(lower), spelling.target.accepts(String(lower.dropLast(ending.count))) else { continue }
            let scope = input.sourceTokens(comparedWithTargetSentence: text.sentenceOfToken[index])
            guard !scope.isEmpty else { continue }
            let adjective = Set(lexicon.hasLexicon ? lexicon.translations(ofTarget: lower) : [])
            let noun = Set(lexicon.hasLexicon ? lexicon.translations(ofTarget: text.words[index + 1]) : [])
            let scopeIndex = indexes[scope] ?? ScopeIndex(source, scope, lexicon: lexicon)
            indexes[scope] = scopeIndex
            let evidence: String
            if !adjective.isEmpty, !noun.isEmpty {
                guard let token = scopeIndex.firstPair(adjective: adjective, noun: noun) else { continue }
                evidence = "the source writes \"\(source.string(source.tokens[token].scalars.lowerBound..<source.tokens[token + 1].scalars.upperBound))\""
            } else {
                guard !scopeIndex.hasMultiWordName else { continue }
                evidence = "the source has no name here"
            }
            result.append(text.finding(Self.check, text.tokens[index].scalars, severity: .info,
                                       message: "\"\(word)\" is not part of a name (\(evidence)); unless it is a fixed term, write \"\(lower)\"",
                                       suggestion: lower))
        }
        return result
    }

    /// What a compared source scope offers as evidence, gathered in one pass: its lower-case
    /// adjective-noun candidates (two words in a row, the first in lower case) by the lexicon ids of
    /// the two words, with the first token of each, and whether it has two capitalized words in a
    /// row anywhere ("European Union", "Black Sea"), which could be the name the German capitals render.
    private struct ScopeIndex {
        private var pairs: [Int32: [Int32: Int]] = [:]
        private(set) var hasMultiWordName = false

        init(_ source: QAText, _ scope: Range<Int>, lexicon: QALexiconAnswers) {
            for token in scope.dropLast() {
                if source.isCapitalized(token) && source.isCapitalized(token + 1) { hasMultiWordName = true }
                guard source.tokens[token].kind == .word, source.tokens[token + 1].kind == .word,
                      source.words[token].unicodeScalars.first?.properties.isLowercase == true,
                      let a = lexicon.lexiconID(ofSource: source.words[token]),
                      let b = lexicon.lexiconID(ofSource: source.words[token + 1]), pairs[a]?[b] == nil else { continue }
                pairs[a, default: [:]][b] = token
            }
        }

        /// The first token of the scope's first pair that translates the German pair, or nil.
        ///
        /// - Complexity: O(a · min(f, n)) for a adjective translations, n noun translations and f
        ///   words following one adjective in the scope.
        func firstPair(adjective: Set<Int32>, noun: Set<Int32>) -> Int? {
            var first: Int?
            for a in adjective {
                guard let followers = pairs[a] else { continue }
                if followers.count < noun.count {
                    for (b, token) in followers where noun.contains(b) { first = min(first ?? token, token) }
                } else {
                    for b in noun { if let token = followers[b] { first = min(first ?? token, token) } }
                }
            }
            return first
        }
    }
}
