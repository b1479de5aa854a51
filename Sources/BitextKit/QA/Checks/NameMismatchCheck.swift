/// `name-mismatch`: in an aligned sentence pair, a source name the target does not render, where the
/// target has exactly one unexplained name-like word in its place ("Brüssel" for "Berlin").
///
/// Source names are capitalized words inside an English sentence (English capitalizes little else:
/// months and weekdays are left out). A name is rendered when the target has a word with the same folded
/// spelling ("Lawrow" = "Lavrov"), the same word with a German genitive "s" ("Trumps"), or a lexicon
/// translation ("Russland" for "Russia"). Target words are explained the same way in reverse.
/// Needs a sentence alignment; conservative by design (one unmatched name on each side).
struct NameMismatchCheck: QARule {
    static let check = QACheck(
        id: "name-mismatch",
        title: "Name differs from the source",
        explanation: """
            A name in the source does not appear in the aligned translation, which has a different name \
            in its place ("Brüssel" for "Berlin"). Different spellings of one name across languages \
            ("Lavrov" / "Lawrow") are accepted.
            """,
        severity: .warning,
        needsSource: true)

    let resources: QAResources

    init(resources: QAResources) {
        self.resources = resources
    }

    func findings(in input: QAInput) -> [QAFinding] {
        guard let source = input.source, !input.beads.isEmpty else { return [] }
        let text = input.target
        var result: [QAFinding] = []
        for bead in input.beads where !bead.source.isEmpty && !bead.target.isEmpty {
            let sourceTokens = source.tokenRange(ofSentence: bead.source.lowerBound).lowerBound..<source.tokenRange(ofSentence: bead.source.upperBound - 1).upperBound
            let targetTokens = text.tokenRange(ofSentence: bead.target.lowerBound).lowerBound..<text.tokenRange(ofSentence: bead.target.upperBound - 1).upperBound
            let targetWords = targetTokens.filter { text.tokens[$0].kind == .word }
            let sourceWords = sourceTokens.filter { source.tokens[$0].kind == .word }
            let unmatchedSource = sourceWords.filter { token in
                isName(token, source) && !targetWords.contains { renders(text.words[$0], source.words[token]) }
            }
            guard unmatchedSource.count == 1 else { continue }
            let unexplained = targetWords.filter { token in
                text.isCapitalized(token) && !text.startsSentence[token] && !isNumberWord(text.words[token])
                    && !sourceWords.contains { renders(text.words[token], source.words[$0]) }
            }.filter(isNameLike(text))
            guard unexplained.count == 1, let token = unexplained.first else { continue }
            let name = source.words[unmatchedSource[0]]
            result.append(text.finding(Self.check, text.tokens[token].scalars,
                                       message: "\"\(text.words[token])\" does not match the source's name \"\(name)\""))
        }
        return result
    }

    private func isName(_ token: Int, _ source: QAText) -> Bool {
        let word = source.words[token]
        // "I", "I'd", "I'm" are capitalized pronouns, not names.
        let pronoun = word.hasPrefix("I'") || word.hasPrefix("I\u{2019}")
        return source.isCapitalized(token) && !source.startsSentence[token] && word.unicodeScalars.count >= 3
            && !pronoun && resources.sourceDates.value(of: word) == nil
    }

    /// Whether a target word renders a source word: same name when folded, possibly with a genitive
    /// "s", or a lexicon translation.
    private func renders(_ target: String, _ source: String) -> Bool {
        if resources.names.sameName(target, source) { return true }
        if target.hasSuffix("s"), resources.names.sameName(String(target.dropLast()), source) { return true }
        guard resources.hasLexicon, let id = resources.lexiconID(ofSource: source) else { return false }
        return resources.translations(ofTarget: target).contains(id)
    }

    /// A target word that can stand for a name: unknown to the dictionary (most foreign names), or
    /// known to the lexicon (so that its translations, checked above, were looked for). A known
    /// German noun the lexicon lacks ("Mond" without a dictionary) proves nothing.
    private func isNameLike(_ text: QAText) -> (Int) -> Bool {
        { token in
            let word = text.words[token]
            return !resources.targetSpeller.accepts(word) || (resources.hasLexicon && !resources.translations(ofTarget: word).isEmpty)
        }
    }

    private func isNumberWord(_ word: String) -> Bool {
        word.unicodeScalars.contains { $0.properties.numericType != nil }
    }
}
