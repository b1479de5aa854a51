/// `encoding-damage`: characters lost or garbled between encoders ("Ã¤" for "ä", "Ver‰nderungen"
/// for "Veränderungen", "⁇ rzte" for "Ärzte"; see `EncodingDamageDetector`). A reader sees broken
/// text, so it is an error. German text that lost every umlaut and ß ("Lebensqualitt",
/// `LostLetters`) is a warning per word: each word alone might be a name.
struct EncodingDamageCheck: QARule {
    static let check = QACheck(
        id: "encoding-damage",
        title: "Garbled or lost characters",
        explanation: """
            UTF-8 text read in the wrong encoding ("fÃ¼r" → "für", "â€žJaâ€œ" → "„Ja“"), Latin-1 text read as \
            Mac Roman ("Ver‰nderungen" → "Veränderungen"), or a mark standing \
            for a character the translation system or a decoder could not produce ("⁇ rzte", "Stra�e"). \
            The repaired text is suggested where the damage can be undone. German text without a \
            single umlaut or ß in which two words or more become words of the dictionary when one is put \
            back ("Lebensqualitt", "knnen") lost them all: each such word is a warning.
            """,
        severity: .error)

    let spelling: QASpelling
    private let detector: EncodingDamageDetector
    private let lostLetters: LostLetters

    init(spelling: QASpelling, languages: Sides<Language>) throws {
        self.spelling = spelling
        let letters = try LetterFolding(language: languages.target)
        detector = EncodingDamageDetector(macRoman: MacRomanMisreading(letters: letters))
        lostLetters = LostLetters(letters: letters)
    }

    func findings(in input: QAInput) -> [QAFinding] {
        let text = input.target
        return damages(text) + lostLetterWords(input)
    }

    private func damages(_ text: QAText) -> [QAFinding] {
        detector.damages(in: text.scalars).map { damage in
            let written = text.string(damage.range)
            switch (damage.kind, damage.repair) {
            case (.misreadUTF8, let repair?):
                return text.finding(Self.check, damage.range, message: "UTF-8 read in the wrong encoding: \"\(written)\" stands for \"\(repair)\"",
                                    suggestion: repair)
            case (.misreadLatin1, let repair?):
                return text.finding(Self.check, damage.range, message: "Latin-1 read as Mac Roman: \"\(written)\" stands for \"\(repair)\"",
                                    suggestion: repair)
            default:
                return text.finding(Self.check, damage.range, message: "a character was lost here (a decoder's or translation system's stand-in mark)")
            }
        }
    }

    private func lostLetterWords(_ input: QAInput) -> [QAFinding] {
        guard spelling.languages.target == .de else { return [] }
        let text = input.target
        var sourceWords: Set<String>?
        let repairs = lostLetters.repairs(in: text, isUnknown: {
            !spelling.isTargetWord(text.words[$0], capitalizedByPosition: text.startsSentence[$0])
        }, isCopied: { index in
            let words = sourceWords ?? Set(input.source?.lowercasedVocabulary ?? [])
            sourceWords = words
            return words.contains(text.lowercased(index))
        }, isListed: spelling.isListedForm)
        return repairs.map { index, repair in
            text.finding(Self.check, text.tokens[index].scalars, severity: .warning,
                         message: "\"\(text.words[index])\" lost a letter, as has every umlaut and ß of this text: \"\(repair)\"",
                         suggestion: repair)
        }
    }
}
