/// `capitalization`: an adjective capitalized inside a sentence before its noun ("Schwarze Löcher")
/// where the English source writes the phrase in lower case ("black holes"), so it is no name.
///
/// German capitalizes adjectives only in names and fixed terms ("Europäische Union", "Rotes Kreuz");
/// English capitalizes those too ("European Union"). A lower-case English phrase is therefore
/// evidence that the German capital is a spelling error. With the lexicon, the phrase itself is
/// found; without it, a source passage with no two capitalized words in a row (so no multi-word
/// name at all) is the evidence.
struct CapitalizationCheck: QARule {
    static let check = QACheck(
        id: "capitalization",
        title: "Adjective capitalized",
        explanation: """
            An adjective is capitalized inside a sentence ("Schwarze Löcher") although the source writes \
            the phrase in lower case ("black holes"): it is not a name, so German writes the adjective \
            in lower case ("schwarze Löcher").
            """,
        severity: .warning,
        targetLanguages: [.de],
        needsSource: true)

    let resources: QAResources
    private let exemptWords: Set<String>
    private let nominalizers: Set<String>

    init(resources: QAResources) throws {
        self.resources = resources
        let exempt = try LanguageDataFile.loadIfPresent("capitalization-exempt", language: resources.targetLanguage)
        exemptWords = Set(exempt.section("polite-pronouns") + exempt.section("numerals"))
        nominalizers = Set(exempt.section("nominalizing-words"))
    }

    func findings(in input: QAInput) -> [QAFinding] {
        guard let source = input.source else { return [] }
        let text = input.target
        var result: [QAFinding] = []
        for index in text.tokens.indices.dropLast()
        where text.isCapitalized(index) && !text.startsSentence[index] && text.isCapitalized(index + 1) {
            let word = text.words[index]
            let lower = word.lowercased()
            // An inflected adjective: the dictionary knows the lower-case form and, without its ending,
            // the lower-case base ("schwarzen" → "schwarz"; not "Menge" → "meng").
            guard lower != word, !exemptWords.contains(word), index == 0 || !nominalizers.contains(text.words[index - 1].lowercased()),
                  let ending = ["en", "es", "er", "em", "e"].first(where: { lower.hasSuffix($0) }),
                  resources.targetSpeller.accepts(lower), resources.targetSpeller.accepts(String(lower.dropLast(ending.count))) else { continue }
            let scope = input.sourceTokens(comparedWithTargetSentence: text.sentenceOfToken[index])
            guard !scope.isEmpty else { continue }
            let adjective = Set(resources.hasLexicon ? resources.translations(ofTarget: lower) : [])
            let noun = Set(resources.hasLexicon ? resources.translations(ofTarget: text.words[index + 1]) : [])
            let evidence: String
            if !adjective.isEmpty, !noun.isEmpty {
                guard let phrase = lowerCasePhrase(in: source, scope: scope, adjective: adjective, noun: noun) else { continue }
                evidence = "the source writes \"\(phrase)\""
            } else {
                guard !hasMultiWordName(source, scope) else { continue }
                evidence = "the source has no name here"
            }
            result.append(text.finding(Self.check, text.tokens[index].scalars,
                                       message: "\"\(word)\" is not part of a name (\(evidence)); write \"\(lower)\"", suggestion: lower))
        }
        return result
    }

    /// Whether the source passage has two capitalized words in a row anywhere ("European Union",
    /// "Black Sea"), which could be the name the German capitals render.
    private func hasMultiWordName(_ source: QAText, _ scope: Range<Int>) -> Bool {
        scope.dropLast().contains { source.isCapitalized($0) && source.isCapitalized($0 + 1) }
    }

    /// A lower-case adjective-noun pair in the source that translates the German pair.
    private func lowerCasePhrase(in source: QAText, scope: Range<Int>, adjective: Set<Int32>, noun: Set<Int32>) -> String? {
        guard scope.count >= 2 else { return nil }
        for token in scope.dropLast() where source.tokens[token].kind == .word && source.tokens[token + 1].kind == .word {
            let first = source.words[token]
            guard first.unicodeScalars.first?.properties.isLowercase == true,
                  let a = resources.lexiconID(ofSource: first), adjective.contains(a),
                  let b = resources.lexiconID(ofSource: source.words[token + 1]), noun.contains(b) else { continue }
            return source.string(source.tokens[token].scalars.lowerBound..<source.tokens[token + 1].scalars.upperBound)
        }
        return nil
    }
}
