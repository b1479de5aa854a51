/// `non-translation`: a translation that shares nothing with its source: a fluent sentence that
/// renders something else (a hallucination, or the translation of another sentence), or a whole
/// segment unrelated to its source.
struct NonTranslationCheck: QARule {
    static let check = QACheck(
        id: "non-translation",
        title: "Not a translation of the source",
        explanation: """
            The translation is not linked to its source, by the dictionary or by a shared name or \
            number: a whole segment (five content words or more on each side) of which at most one \
            content word in ten (or one word) is linked, or one sentence with no linked word of eight content words or more whose aligned source \
            sentence it does not render while the sentences around it are linked. Machine \
            translation produces fluent text that says something else. Needs the German–English \
            dictionary.
            """,
        severity: .warning,
        targetLanguages: [.de],
        needsSource: true)

    static let minimumSegmentWords = 5
    /// The largest share of linked content words a segment that translates something else has
    /// (tuned on the development half of the degenerate set; human translations link far more).
    static let maximumLinkedShare = 0.1
    static let minimumSentenceWords = 8

    let spelling: QASpelling
    let lexicon: QALexiconAnswers
    let names: any QANameMatching
    private let targetStopWords: StopWords
    private let sourceStopWords: StopWords

    init(spelling: QASpelling, lexicon: QALexiconAnswers, names: any QANameMatching, languages: Sides<Language>) throws {
        self.spelling = spelling
        self.lexicon = lexicon
        self.names = names
        targetStopWords = try StopWords.load(languages.target)
        sourceStopWords = try StopWords.load(languages.source)
    }

    /// - Complexity: O(t + s) lexicon look-ups (cached) for t target and s source tokens.
    func findings(in input: QAInput) -> [QAFinding] {
        guard let source = input.source, lexicon.hasLexicon, !input.sourceIsComparable else { return [] }
        let text = input.target
        let sourceContent = content(source, stopWords: sourceStopWords)
        let targetContent = content(text, stopWords: targetStopWords)
        guard sourceContent.count >= Self.minimumSegmentWords, targetContent.count >= Self.minimumSegmentWords else { return [] }
        let whole = Keys(source: source, tokens: sourceContent, names: names, lexicon: lexicon)
        // A broad dictionary links a common word or two of any two texts ("sehen" / "look"): a share
        // of linked words this low is no translation. Counting stops once a translation is certain,
        // and compounds are split (Hunspell questions) only when the cheap links do not decide.
        let allowed = max(1, Int(Self.maximumLinkedShare * Double(targetContent.count)))
        var linked = 0
        for splitting in [false, true] where linked <= allowed {
            linked = 0
            for token in targetContent where whole.links(text.words[token], names: names, lexicon: lexicon, spelling: spelling, splittingCompounds: splitting) {
                linked += 1
                if linked > allowed { break }
            }
        }
        if linked <= allowed {
            let range = text.tokens[targetContent.first!].scalars.lowerBound..<text.tokens[targetContent.last!].scalars.upperBound
            return [text.finding(Self.check, range, message: "\(linked) of \(targetContent.count) content words of the translation render a word of the source: is it a translation of something else?")]
        }
        return unlinkedSentences(input, source: source)
    }

    /// Sentences of a parallel text whose aligned source sentences they share nothing with, between
    /// sentences that are linked to theirs.
    private func unlinkedSentences(_ input: QAInput, source: QAText) -> [QAFinding] {
        let text = input.target
        let beads = input.beads.filter { !$0.source.isEmpty && !$0.target.isEmpty }
        guard beads.count >= 3 else { return [] }
        let states: [(tokens: [Int], linked: Bool)] = beads.map { bead in
            let sourceTokens = (source.tokenRange(ofSentence: bead.source.lowerBound).lowerBound..<source.tokenRange(ofSentence: bead.source.upperBound - 1).upperBound)
                .filter { isContent(source, $0, stopWords: sourceStopWords) }
            let targetTokens = (text.tokenRange(ofSentence: bead.target.lowerBound).lowerBound..<text.tokenRange(ofSentence: bead.target.upperBound - 1).upperBound)
                .filter { isContent(text, $0, stopWords: targetStopWords) }
            let keys = Keys(source: source, tokens: sourceTokens, names: names, lexicon: lexicon)
            let linked = sourceTokens.count < Self.minimumSentenceWords / 2
                || targetTokens.contains { keys.links(text.words[$0], names: names, lexicon: lexicon, spelling: spelling, splittingCompounds: false) }
                || targetTokens.contains { keys.links(text.words[$0], names: names, lexicon: lexicon, spelling: spelling, splittingCompounds: true) }
            return (targetTokens, linked)
        }
        var result: [QAFinding] = []
        for index in 1..<(states.count - 1) where !states[index].linked && states[index].tokens.count >= Self.minimumSentenceWords
            && states[index - 1].linked && states[index + 1].linked {
            let tokens = states[index].tokens
            let range = text.tokens[tokens.first!].scalars.lowerBound..<text.tokens[tokens.last!].scalars.upperBound
            result.append(text.finding(Self.check, range, message: "no word of this sentence renders a word of its source sentence"))
        }
        return result
    }

    private func content(_ text: QAText, stopWords: StopWords) -> [Int] {
        text.tokens.indices.filter { isContent(text, $0, stopWords: stopWords) }
    }

    private func isContent(_ text: QAText, _ index: Int, stopWords: StopWords) -> Bool {
        guard text.tokens[index].kind != .punctuation, text.isAnalysable(index) else { return false }
        let word = text.words[index]
        return word.unicodeScalars.count >= 3 && !stopWords.contains(word.lowercased())
    }

    /// The source side as lexicon ids, name keys and words, so that asking whether a target word
    /// renders something of it is a set look-up.
    private struct Keys {
        var ids: Set<Int32> = []
        var nameKeys: Set<String> = []
        var words: Set<String> = []

        /// Same forms count for numbers, capitalized words and words of five letters or more: a
        /// short word both languages spell alike ("also", "will", "war") is a coincidence more
        /// often than a link.
        init(source: QAText, tokens: [Int], names: any QANameMatching, lexicon: QALexiconAnswers) {
            for token in tokens {
                let word = PossessiveEnding.stripped(source.words[token])
                if let id = lexicon.lexiconID(ofSource: word) { ids.insert(id) }
                if source.tokens[token].kind == .number || word.unicodeScalars.count >= 5 { words.insert(word.lowercased()) }
                guard source.isCapitalized(token) else { continue }
                words.insert(word.lowercased())
                let key = names.nameKey(word)
                if !key.isEmpty { nameKeys.insert(key) }
            }
        }

        /// Whether a target word renders something of the source: the same form, the same name, a
        /// dictionary translation, or one of a compound's parts translated ("Korkunterlage": cork).
        func links(_ word: String, names: any QANameMatching, lexicon: QALexiconAnswers, spelling: QASpelling, splittingCompounds: Bool) -> Bool {
            if words.contains(word.lowercased()) { return true }
            if word.unicodeScalars.first?.properties.isUppercase == true {
                let key = names.nameKey(word)
                if !key.isEmpty, nameKeys.contains(key) { return true }
            }
            if lexicon.translations(ofTarget: word).contains(where: ids.contains) { return true }
            guard splittingCompounds, let parts = spelling.compoundParts(word) else { return false }
            return parts.contains { lexicon.translations(ofTarget: $0).contains(where: ids.contains) }
        }
    }
}
