/// The words a language's abbreviation list (`abbreviations.txt`, the sentence splitter's data)
/// writes with a period: "bzw", "ca", "Chr" (from "n. Chr."). A word of this list followed by its
/// period is an abbreviation, not an unknown word: spelling dictionaries lack most of them.
struct AbbreviationWords: Sendable {
    private let words: Set<String>

    init(language: Language) throws {
        let file = try LanguageDataFile.loadIfPresent("abbreviations", language: language)
        var words = Set<String>()
        for entry in file.entries {
            // "Dipl.-Ing." and "z. B." give each part that ends in a period.
            for part in entry.text.split(whereSeparator: { $0 == " " || $0 == "-" }) where part.hasSuffix(".") && part.count > 1 {
                words.insert(String(part.dropLast()))
            }
        }
        self.words = words
    }

    /// Whether the word at `index` is a listed abbreviation with its period right after it (case matters:
    /// "Chr." is one, "chr." is not).
    func isAbbreviation(at index: Int, in text: QAText) -> Bool {
        let next = index + 1
        return next < text.tokens.count && text.words[next] == "."
            && text.tokens[index].scalars.upperBound == text.tokens[next].scalars.lowerBound
            && words.contains(text.words[index])
    }
}
