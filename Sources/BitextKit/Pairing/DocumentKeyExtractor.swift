/// Turns one document into evidence units: German content words translated through the lexicon (each
/// compound part a unit when the whole word is unknown), English content words as lexicon stems, names
/// folded across spellings, numbers and months in canonical form.
///
/// Not thread-safe (owns a `TextAnalyzer`): use one per thread.
final class DocumentKeyExtractor {
    /// A unit as found in the text, before interning: the keys it may match and the word behind it.
    struct FoundUnit {
        let keys: [PairingKey]
        let surface: String
    }

    /// Words shorter than this are never names: initials and abbreviations match too much by chance.
    static let minimumNameLength = 3

    let language: Language
    private let lexicon: Lexicon
    private let analyzer: TextAnalyzer

    init(language: Language, lexicon: Lexicon) throws {
        self.language = language
        self.lexicon = lexicon
        analyzer = try TextAnalyzer(language: language, lexicon: language == lexicon.source ? lexicon : nil)
    }

    /// The units of a UTF-8 text and its number of word tokens (pairing reads words, not sentences:
    /// the text is not split).
    ///
    /// - Complexity: O(n) tokens; each distinct word is analysed once (`WordAnalyzer`).
    func units(of bytes: [UInt8]) throws -> (units: [FoundUnit], words: Int) {
        units(of: try analyzer.analyse(name: "", bytes: bytes, sentences: []))
    }

    /// The units of an analysed text and its number of word tokens.
    func units(of text: AnalysedText) -> (units: [FoundUnit], words: Int) {
        var found: [FoundUnit] = []
        var words = 0
        for index in text.tokens.indices {
            let word = text.analysis(ofToken: index)
            switch text.tokens[index].kind {
            case .number:
                if let number = canonicalNumber(word) { found.append(FoundUnit(keys: [.number(number)], surface: word.text)) }
            case .word:
                words += 1
                addWord(word, to: &found)
            case .punctuation:
                break
            }
        }
        return (found, words)
    }

    private func addWord(_ word: WordAnalysis, to found: inout [FoundUnit]) {
        let surface = word.base
        // Month names before function words: English "May" is a month when written capitalized.
        if let month = word.month {
            found.append(FoundUnit(keys: [.month(month)], surface: surface))
            return
        }
        if word.isFunctionWord { return }
        // A capitalized word may be a name in both languages ("Macron", "Genf"), whatever else it is;
        // an unknown word may be a name or a cognate.
        let longEnough = surface.unicodeScalars.count >= Self.minimumNameLength
        let name: [PairingKey] = longEnough ? [.name(word.nameKey)] : []
        if language == lexicon.source {
            let translations = lexicon.primaryTranslations(ofStem: word.stem).map(PairingKey.term)
            if !translations.isEmpty {
                found.append(FoundUnit(keys: translations + (word.isCapitalized ? name : []), surface: surface))
            } else if let parts = word.compoundParts {
                for part in parts {
                    let partKeys = lexicon.primaryTranslations(ofStem: part).map(PairingKey.term)
                    if !partKeys.isEmpty { found.append(FoundUnit(keys: partKeys, surface: surface)) }
                }
            } else if !name.isEmpty {
                found.append(FoundUnit(keys: name, surface: surface))
            }
        } else if let id = lexicon.targetID(ofStem: word.stem) {
            found.append(FoundUnit(keys: [.term(id)] + (word.isCapitalized ? name : []), surface: surface))
        } else if !name.isEmpty {
            found.append(FoundUnit(keys: name, surface: surface))
        }
    }

    /// "1.000" (German) and "1,000" (English) → "1000"; "7,5" / "7.5" → "7.5" (`WordAnalysis.number`).
    /// Lone digits are too common to pin anything down and are skipped.
    private func canonicalNumber(_ word: WordAnalysis) -> String? {
        guard let key = word.number, key.count >= 2,
              key.allSatisfy({ $0.isASCIIDigitCharacter || $0 == "." }) else { return nil }
        return key
    }
}
