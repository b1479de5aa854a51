/// `name-mismatch`: in an aligned sentence pair, a source name the target does not render, where the
/// target has exactly one unexplained name-like word in its place ("Brüssel" for "Berlin").
///
/// Source names are capitalized words inside an English sentence (English capitalizes little else:
/// months and weekdays are left out). A name is rendered when the target has a word with the same folded
/// spelling ("Medwedew" = "Medvedev"), the same word with a German genitive "s" ("Macrons"), or a lexicon
/// translation ("Norwegen" for "Norway"). Target words are explained the same way in reverse.
/// Needs a sentence alignment; conservative by design (one unmatched name on each side, and the two
/// not similar enough to be spellings of one name). A note (info): on annotated MT output and on
/// clean human translations most of its findings are spellings or renderings of one name, not
/// errors (see `docs/results/qa.md`).
struct NameMismatchCheck: QARule {
    static let check = QACheck(
        id: "name-mismatch",
        title: "Name differs from the source",
        explanation: """
            A name in the source does not appear in the aligned translation, which has a different name \
            in its place ("Brüssel" for "Berlin"). Different spellings of one name across languages \
            ("Medvedev" / "Medwedew") are accepted. Only a word that is a name in the translation too \
            counts: capitalized German nouns ("Fall", "Stärke") are not names. Only a note: names are \
            rendered, transcribed and replaced by descriptions in good translations too.
            """,
        severity: .info,
        needsSource: true)

    let spelling: QASpelling
    let lexicon: QALexiconAnswers
    let names: any QANameMatching
    let dates: Sides<DateWords>
    private let stopWords: StopWords

    init(spelling: QASpelling, lexicon: QALexiconAnswers, names: any QANameMatching, dates: Sides<DateWords>, languages: Sides<Language>) throws {
        self.spelling = spelling
        self.lexicon = lexicon
        self.names = names
        self.dates = dates
        stopWords = try StopWords.load(languages.source)
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
            guard sourceWords.contains(where: { isName($0, source) }) else { continue }
            let targetSide = Side(words: targetWords.map { text.words[$0] }, names: names, german: true)
            let unmatchedSource = sourceWords.filter { isName($0, source) && !targetSide.renders(PossessiveEnding.stripped(source.words[$0]), names: names, lexicon: lexicon) }
            guard unmatchedSource.count == 1 else { continue }
            let sourceSide = Side(words: sourceWords.map { source.words[$0] }, names: names, german: false)
            let unexplained = targetWords.filter { token in
                text.isCapitalized(token) && !text.startsSentence[token] && !isNumberWord(text.words[token])
                    && !sourceSide.renders(text.words[token], names: names, lexicon: lexicon)
            }.filter(isNameLike(text))
            guard unexplained.count == 1, let token = unexplained.first else { continue }
            let name = PossessiveEnding.stripped(source.words[unmatchedSource[0]])
            // Spellings of one name that folding does not join ("Antarktis" / "Antarctica") stay similar.
            if Self.similar(names.nameKey(text.words[token]), names.nameKey(name)) { continue }
            result.append(text.finding(Self.check, text.tokens[token].scalars,
                                       message: "\"\(text.words[token])\" does not match the source's name \"\(name)\""))
        }
        return result
    }

    /// Whether two name keys differ in at most half of their letters (edit distance).
    ///
    /// - Complexity: that of `EditDistance.distance`.
    static func similar(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard !x.isEmpty, !y.isEmpty else { return false }
        return 2 * EditDistance.distance(x, y) <= max(x.count, y.count)
    }

    /// The cheap tests come first: most source words are lower-case, and lower-casing a word for the
    /// stop-word test costs an allocation.
    private func isName(_ token: Int, _ source: QAText) -> Bool {
        guard source.isCapitalized(token), !source.startsSentence[token] else { return false }
        let word = source.words[token]
        guard word.unicodeScalars.count >= 3, !Self.isFirstPersonPronoun(word), !Self.isAcronym(word) else { return false }
        // Capitalized function words ("And" after a dash) are no names, nor capitalized common nouns
        // of a title ("House of Representatives"): English writes names alone in capitals.
        let lower = word.lowercased()
        return !stopWords.contains(lower) && dates.source.value(of: word) == nil
            && !spelling.source.accepts(PossessiveEnding.stripped(lower))
    }

    /// One side of a sentence pair as name keys and lexicon ids, so that asking whether a word of the
    /// other side is rendered here is a set lookup.
    /// The lexicon ids are collected on the first lookup a name key does not answer: most names
    /// match by key, and translating every word of a sentence is the costly part.
    private final class Side {
        let words: [String]
        let german: Bool
        var keys: Set<String> = []
        private var ids: Set<Int32>?

        init(words: [String], names: any QANameMatching, german: Bool) {
            self.words = words
            self.german = german
            keys.reserveCapacity(german ? 2 * words.count : words.count)
            for word in words {
                // An English possessive ("Nemic’s") names the same as the word without it.
                keys.insert(names.nameKey(german ? word : PossessiveEnding.stripped(word)))
                // A German genitive "s" ("Macrons") still names Macron.
                if german, word.hasSuffix("s") { keys.insert(names.nameKey(String(word.dropLast()))) }
            }
            keys.remove("")
        }

        private func lexiconIDs(_ lexicon: QALexiconAnswers) -> Set<Int32> {
            if let ids { return ids }
            var collected = Set<Int32>()
            for word in words {
                if german {
                    collected.formUnion(lexicon.translations(ofTarget: word))
                } else if let id = lexicon.lexiconID(ofSource: word) {
                    collected.insert(id)
                }
            }
            ids = collected
            return collected
        }

        /// Whether `word` of the other side is rendered on this side: same name key, or a lexicon
        /// translation.
        func renders(_ word: String, names: any QANameMatching, lexicon: QALexiconAnswers) -> Bool {
            let key = names.nameKey(word)
            if !key.isEmpty, keys.contains(key) { return true }
            if !german, word.hasSuffix("s"), keys.contains(names.nameKey(String(word.dropLast()))) { return true }
            guard lexicon.hasLexicon else { return false }
            if german { return lexicon.lexiconID(ofSource: word).map { lexiconIDs(lexicon).contains($0) } ?? false }
            return !lexiconIDs(lexicon).isDisjoint(with: lexicon.translations(ofTarget: word))
        }
    }

    /// A target word that is a name, as the source word is: unknown to the German dictionary (most
    /// foreign names), or a German word the English dictionary has only as a name ("Berlin", not
    /// "berlin"). A German common noun ("Fall", "Zuge", "Stärke") is never taken for a name, whatever
    /// its translations: capitalized, it stood for any source name it did not translate.
    /// A word the dictionary lacks is no name either when it is a German compound ("Kryptowährung")
    /// or a word form Ding lists; acronyms ("GOP", "RSC") are expanded and abbreviated freely in
    /// translation and are left out on both sides.
    private func isNameLike(_ text: QAText) -> (Int) -> Bool {
        { token in
            let word = text.words[token]
            guard !Self.isAcronym(word), text.isAnalysable(token) else { return false }
            guard spelling.target.accepts(word) else {
                return !spelling.isTargetWord(word, capitalizedByPosition: false) && spelling.compoundParts(word) == nil
            }
            return spelling.source.accepts(word) && !spelling.source.accepts(word.lowercased())
        }
    }

    /// "I", "I'd", "I'm": capitalized pronouns, not names.
    static func isFirstPersonPronoun(_ word: String) -> Bool {
        word == "I" || word.hasPrefix("I'") || word.hasPrefix("I\u{2019}")
    }

    /// A word in capitals throughout but for a plural "s" ("NATO", "MPs"), as also every word of a
    /// sentence written in capitals is: two capital letters or more, and no other letter than a last
    /// "s". One pass that stops at the first lower-case letter (most words are asked about their
    /// second letter), and ASCII letters are told without a Unicode property look-up.
    static func isAcronym(_ word: String) -> Bool {
        var capitals = 0
        var plural = false
        for scalar in word.unicodeScalars {
            let upper = scalar.isASCII ? ("A"..."Z").contains(scalar) : scalar.properties.isUppercase
            let letter = scalar.isASCII ? upper || ("a"..."z").contains(scalar) : scalar.properties.isAlphabetic
            guard letter else { continue }
            if plural { return false }
            if upper {
                capitals += 1
            } else if scalar == "s" {
                plural = true
            } else {
                return false
            }
        }
        return capitals >= 2
    }

    private func isNumberWord(_ word: String) -> Bool {
        word.unicodeScalars.contains { $0.properties.numericType != nil }
    }
}
