/// Turns one document into evidence units: German content words translated through the lexicon (each
/// compound part a unit when the whole word is unknown), English content words as lexicon stems, names
/// folded across spellings, numbers and months in canonical form.
///
/// Not thread-safe (owns ICU and Snowball handles and caches): use one per thread.
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
    private let tokenizer: WordTokenizer
    private let stemmer: Stemmer
    private let functionWords: FunctionWords
    private let dates: DateWords
    private let names: NameFolder
    private let compounds: CompoundSplitter?

    init(language: Language, lexicon: Lexicon) throws {
        self.language = language
        self.lexicon = lexicon
        tokenizer = try WordTokenizer(language: language)
        stemmer = try Stemmer(language: language)
        functionWords = try FunctionWords.load(language)
        dates = try DateWords(language: language)
        names = try NameFolder()
        compounds = language == lexicon.source && language == .de ? try CompoundSplitter(lexicon: lexicon) : nil
    }

    /// The units of a UTF-8 text and its number of word tokens.
    ///
    /// - Complexity: O(n) tokens; each unknown German word costs one cached compound split.
    func units(of bytes: [UInt8]) throws -> (units: [FoundUnit], words: Int) {
        var found: [FoundUnit] = []
        var words = 0
        for token in try tokenizer.tokenize(bytes: bytes) {
            let surface = String(decoding: bytes[token.bytes], as: UTF8.self)
            switch token.kind {
            case .number:
                if let number = canonicalNumber(surface) { found.append(FoundUnit(keys: [.number(number)], surface: surface)) }
            case .word:
                words += 1
                addWord(language == .en ? PossessiveEnding.stripped(surface) : surface, to: &found)
            case .punctuation:
                break
            }
        }
        return (found, words)
    }

    private func addWord(_ surface: String, to found: inout [FoundUnit]) {
        // Month names before function words: English "May" is a month when written capitalized.
        if let month = dates.month(surface) {
            found.append(FoundUnit(keys: [.month(month)], surface: surface))
            return
        }
        let lower = surface.lowercased()
        if functionWords.contains(lower) { return }
        // A capitalized word may be a name in both languages ("Trump", "Genf"), whatever else it is;
        // an unknown word may be a name or a cognate.
        let capitalized = surface.unicodeScalars.first?.properties.isUppercase ?? false
        let longEnough = surface.unicodeScalars.count >= Self.minimumNameLength
        let name: [PairingKey] = longEnough ? [.name(names.fold(surface))] : []
        let stem = stemmer.stem(lower)
        if language == lexicon.source {
            let translations = lexicon.primaryTranslations(ofStem: stem).map(PairingKey.term)
            if !translations.isEmpty {
                found.append(FoundUnit(keys: translations + (capitalized ? name : []), surface: surface))
            } else if let parts = compounds?.split(lower) {
                for part in parts {
                    let partKeys = lexicon.primaryTranslations(ofStem: part).map(PairingKey.term)
                    if !partKeys.isEmpty { found.append(FoundUnit(keys: partKeys, surface: surface)) }
                }
            } else if !name.isEmpty {
                found.append(FoundUnit(keys: name, surface: surface))
            }
        } else if let id = lexicon.targetID(ofStem: stem) {
            found.append(FoundUnit(keys: [.term(id)] + (capitalized ? name : []), surface: surface))
        } else if !name.isEmpty {
            found.append(FoundUnit(keys: name, surface: surface))
        }
    }

    /// "1.000" (German) and "1,000" (English) → "1000"; "7,5" / "7.5" → "7.5" (`NumberReader.key`).
    /// Lone digits are too common to pin anything down and are skipped.
    func canonicalNumber(_ text: String) -> String? {
        guard let key = NumberReader.key(of: text, language: language), key.count >= 2,
              key.allSatisfy({ $0.isASCIIDigitCharacter || $0 == "." }) else { return nil }
        return key
    }
}
