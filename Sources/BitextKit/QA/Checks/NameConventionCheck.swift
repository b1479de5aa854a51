/// `name-convention`: a Russian or Ukrainian name left in its English transliteration inside German
/// text ("Dmitry Medvedev" where the German press writes "Dmitri Medwedew"), respelled by the rules of
/// `de/transliteration-from-english.txt`.
struct NameConventionCheck: QARule {
    static let check = QACheck(
        id: "name-convention",
        title: "Name in English transliteration",
        explanation: """
            A Russian or Ukrainian name is spelled as English transliterates it ("Dmitry Medvedev", \
            "Mikhail Khodorkovsky") where German texts write it by the German transcription ("Dmitri \
            Medwedew", "Michail Chodorkowski"); machine translation copies the English spelling. A run of \
            capitalized words the German dictionary does not know counts as such a name when one of \
            them ends like a Russian or Ukrainian surname (-ov, -eva, -sky, -enko …); the suggestion \
            applies the transcription rules to the whole name. A note: news raters mark few such \
            names as errors (machine translation and many editors keep the English spelling).
            """,
        severity: .info,
        targetLanguages: [.de])

    let transliteration: NameTransliteration
    let spelling: QASpelling

    init(spelling: QASpelling, languages: Sides<Language>) throws {
        self.spelling = spelling
        transliteration = try NameTransliteration(language: languages.target)
    }

    /// - Complexity: O(t) for t tokens (each name word is respelled once per occurrence).
    func findings(in input: QAInput) -> [QAFinding] {
        let text = input.target
        var result: [QAFinding] = []
        /// Whether tokens `token - 1` and `token` are separated by a single space or hyphen.
        func joined(_ token: Int) -> Bool {
            text.tokens[token].scalars.lowerBound - text.tokens[token - 1].scalars.upperBound == 1
                && [" ", "-"].contains(text.scalars[text.tokens[token - 1].scalars.upperBound])
        }
        var index = 0
        while index < text.tokens.count {
            // A run of capitalized words the German dictionary lacks, separated by single spaces or
            // hyphens, is reported only when one of them ends like a name (`isCue`): runs are found
            // around such a word, so the dictionary is asked only about words next to one.
            guard isNameShaped(index, text), transliteration.isCue(text.words[index]), isForeignName(index, text) else {
                index += 1
                continue
            }
            var start = index
            while start > 0, joined(start), isForeignName(start - 1, text) { start -= 1 }
            var end = index + 1
            while end < text.tokens.count, joined(end), isForeignName(end, text) { end += 1 }
            defer { index = end }
            // "Maglev-Strecke": the first part of a hyphenated compound is a term more often than a name.
            let last = text.tokens[end - 1].scalars.upperBound
            if last < text.scalars.count, text.scalars[last] == "-" { continue }
            let changed = (start..<end).filter { transliteration.german(text.words[$0]) != text.words[$0] }
            guard let first = changed.first, let last = changed.last else { continue }
            let range = text.tokens[first].scalars.lowerBound..<text.tokens[last].scalars.upperBound
            var suggestion = text.string(range)
            for token in changed.reversed() {
                let scalars = text.tokens[token].scalars
                let offset = scalars.lowerBound - range.lowerBound
                var view = Array(suggestion.unicodeScalars)
                view.replaceSubrange(offset..<(offset + scalars.count), with: transliteration.german(text.words[token]).unicodeScalars)
                suggestion = String(String.UnicodeScalarView(view))
            }
            result.append(text.finding(Self.check, range, message:
                "\"\(text.string(range))\" is the English transliteration; German texts write \"\(suggestion)\"", suggestion: suggestion))
        }
        return result
    }

    /// A capitalized word of three letters or more with no other capital letter, which the German
    /// dictionary does not know.
    private func isForeignName(_ index: Int, _ text: QAText) -> Bool {
        isNameShaped(index, text) && !spelling.target.accepts(text.words[index])
    }

    /// A capitalized word of three letters or more with no other capital letter (no dictionary asked).
    /// Every capitalized word is asked (a German noun is one), so ASCII letters are told without a
    /// Unicode property look-up.
    private func isNameShaped(_ index: Int, _ text: QAText) -> Bool {
        guard text.tokens[index].kind == .word, text.isCapitalized(index), text.isAnalysable(index) else { return false }
        let word = text.words[index]
        return word.unicodeScalars.count >= 3
            && word.unicodeScalars.dropFirst().allSatisfy { $0.isASCII ? !("A"..."Z").contains($0) : !$0.properties.isUppercase }
    }
}
