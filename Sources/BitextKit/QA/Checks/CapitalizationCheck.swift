/// `capitalization`: an adjective capitalized inside a sentence before its noun ("Schwarze Löcher")
/// where the English source writes the phrase in lower case ("black holes"), so it is no name.
///
/// German capitalizes adjectives only in names and fixed terms ("Europäische Union", "Rotes Kreuz");
/// English capitalizes those too ("European Union"). A lower-case English phrase is therefore
/// evidence that the German capital is a spelling error. Needs a source and the lexicon.
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

    init(resources: QAResources) {
        self.resources = resources
    }

    func findings(in input: QAInput) -> [QAFinding] {
        guard let source = input.source, resources.hasLexicon else { return [] }
        let text = input.target
        var result: [QAFinding] = []
        for index in text.tokens.indices.dropLast()
        where text.isCapitalized(index) && !text.startsSentence[index] && text.isCapitalized(index + 1) {
            let word = text.words[index]
            let lower = word.lowercased()
            // An inflected adjective: the dictionary knows the lower-case form.
            guard lower != word, ["e", "en", "es", "er", "em"].contains(where: { lower.hasSuffix($0) }),
                  resources.targetSpeller.accepts(lower) else { continue }
            let adjective = Set(resources.translations(ofTarget: lower))
            let noun = Set(resources.translations(ofTarget: text.words[index + 1]))
            guard !adjective.isEmpty, !noun.isEmpty else { continue }
            let scope = input.sourceTokens(comparedWithTargetSentence: text.sentenceOfToken[index])
            guard let phrase = lowerCasePhrase(in: source, scope: scope, adjective: adjective, noun: noun) else { continue }
            result.append(text.finding(Self.check, text.tokens[index].scalars,
                                       message: "\"\(word)\" is not part of a name (the source writes \"\(phrase)\"); write \"\(lower)\"",
                                       suggestion: lower))
        }
        return result
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
