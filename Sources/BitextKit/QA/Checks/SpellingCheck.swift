/// `spelling`: words the target language's Hunspell dictionary does not know.
///
/// Accepted without asking the dictionary: words that also occur in the source or the glossary
/// (names, terms, titles), numbers and words with digits, acronyms, web addresses, and parts of
/// hyphenated compounds the dictionary knows on their own. Unknown compounds of known words are
/// left to `calque-compound`; words inside HTML tags to `markup-remnant`. A capitalized unknown word inside a sentence is most likely a name
/// and reported as info only.
struct SpellingCheck: QARule {
    static let check = QACheck(
        id: "spelling",
        title: "Unknown word",
        explanation: """
            The spelling dictionary (Hunspell) does not know the word: a typo, a wrong form, or a word \
            the machine translation invented. Names and terms found in the source or the glossary are \
            accepted; unknown capitalized words inside a sentence are probably names and only noted (info).
            """,
        severity: .warning)

    let resources: QAResources
    private let decomposer: CompoundDecomposer

    init(resources: QAResources) {
        self.resources = resources
        decomposer = CompoundDecomposer(speller: resources.targetSpeller)
    }

    func findings(in input: QAInput) -> [QAFinding] {
        let text = input.target
        let speller = resources.targetSpeller
        var known = input.source.map { Set($0.words.map { $0.lowercased() }) } ?? []
        for entry in input.glossary.entries {
            for word in entry.german.split(whereSeparator: { $0 == " " || $0 == "-" }) { known.insert(word.lowercased()) }
        }
        // Capitalized words used inside sentences are names wherever they stand, also first in a sentence.
        let names = Set(text.tokens.indices.filter { text.isCapitalized($0) && !text.startsSentence[$0] }.map { text.words[$0] })
        let markup = HTMLTagDetector().tags(in: text.scalars).map(\.range)
        var result: [QAFinding] = []
        for index in text.tokens.indices where text.tokens[index].kind == .word {
            let word = text.words[index]
            guard isCandidate(word), !known.contains(word.lowercased()) else { continue }
            let range = text.tokens[index].scalars
            if markup.contains(where: { $0.overlaps(range) }) { continue }
            if resources.targetAccepts(word, capitalizedByPosition: text.startsSentence[index]) { continue }
            if isInsideAddress(range, text.scalars) || isKnownCompoundPart(index, text) { continue }
            if decomposer.parts(of: word) != nil { continue }
            let probablyName = text.isCapitalized(index) && (!text.startsSentence[index] || names.contains(word))
            let suggestion = probablyName ? nil : speller.suggestions(word).first
            let english = resources.sourceLanguage != text.language && resources.sourceSpeller.accepts(word)
            let message = probablyName
                ? "unknown word \"\(word)\" (a name? check its spelling)"
                : "unknown word \"\(word)\"" + (english ? " (an English word?)" : "") + (suggestion.map { "; did you mean \"\($0)\"?" } ?? "")
            result.append(text.finding(Self.check, range, severity: probablyName ? .info : .warning,
                                       message: message, suggestion: suggestion))
        }
        return result
    }

    /// Words worth a dictionary lookup: letters only (no digits, no dots), not an acronym.
    private func isCandidate(_ word: String) -> Bool {
        var letters = 0
        var upper = 0
        for scalar in word.unicodeScalars {
            if scalar.properties.isAlphabetic {
                letters += 1
                if scalar.properties.isUppercase { upper += 1 }
            } else if scalar != "'" && scalar != "\u{2019}" {
                return false
            }
        }
        return letters >= 2 && upper < 2
    }

    /// A token inside a web or mail address ("www.krone.at", "info@example.org").
    private func isInsideAddress(_ range: Range<Int>, _ scalars: [Unicode.Scalar]) -> Bool {
        var start = range.lowerBound
        while start > 0, !scalars[start - 1].properties.isWhitespace { start -= 1 }
        var end = range.upperBound
        while end < scalars.count, !scalars[end].properties.isWhitespace { end += 1 }
        let chunk = scalars[start..<end]
        if chunk.contains("@") || chunk.contains("/") { return true }
        // A dot between letters ("krone.at") marks a host name, not a sentence end.
        return zip(chunk, chunk.dropFirst().dropFirst()).enumerated().contains { offset, pair in
            let middle = chunk[chunk.startIndex + offset + 1]
            return middle == "." && pair.0.properties.isAlphabetic && pair.1.properties.isAlphabetic
        }
    }

    /// A part of a hyphenated compound ("Ex-Agenten", "Nah-Tod-Erfahrung") the dictionary knows as a
    /// prefix ("Ex-") or in the other case.
    private func isKnownCompoundPart(_ index: Int, _ text: QAText) -> Bool {
        let range = text.tokens[index].scalars
        let hyphenBefore = range.lowerBound > 0 && text.scalars[range.lowerBound - 1] == "-"
        let hyphenAfter = range.upperBound < text.scalars.count && text.scalars[range.upperBound] == "-"
        guard hyphenBefore || hyphenAfter else { return false }
        let word = text.words[index]
        let speller = resources.targetSpeller
        let lower = word.lowercased()
        let capitalized = lower.prefix(1).uppercased() + lower.dropFirst()
        return speller.accepts(lower) || speller.accepts(capitalized) || (hyphenAfter && speller.accepts(word + "-"))
    }
}
