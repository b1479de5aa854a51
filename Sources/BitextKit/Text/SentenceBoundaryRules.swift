/// The language data that corrects ICU's sentence boundaries: abbreviations, ordinal contexts, month
/// names and common sentence starters, loaded from `Resources/LanguageData/<lang>/`.
///
/// Entries are kept as UTF-8 bytes so that the splitter looks tokens up without building strings.
public struct SentenceBoundaryRules: Sendable {
    /// A multi-part abbreviation such as "z. B.", as its parts.
    struct MultiPart: Sendable {
        let parts: [[UInt8]]
        /// Whether it may end a sentence (section `sentence-final`).
        let sentenceFinal: Bool
    }

    /// Abbreviations after which a capitalized word still continues the sentence ("Dr. Meyer").
    let always: ByteStringSet
    /// Abbreviations only before a number ("No. 5").
    let beforeNumber: ByteStringSet
    /// Abbreviations that often end a sentence ("usw."): continue only if no sentence starter follows.
    let sentenceFinal: ByteStringSet
    /// Multi-part abbreviations, and for each part text where it occurs (entry, part index).
    let multiPart: [MultiPart]
    let multiPartIndex: [[UInt8]: [(entry: Int, part: Int)]]
    /// Words before "<number>." that make the number an ordinal ("am 27.", "der 3.").
    let ordinalContext: ByteStringSet
    /// Month names: "14. März" is a date, not a sentence end.
    let months: ByteStringSet
    /// Words that typically begin a sentence, to resolve ambiguous periods.
    let sentenceStarters: ByteStringSet

    public let language: Language

    /// Loads the bundled data for `language`.
    public init(language: Language) throws {
        self.language = language
        let abbreviations = try LanguageDataFile.load("abbreviations", language: language)
        var always: [[UInt8]] = [], beforeNumber: [[UInt8]] = [], sentenceFinal: [[UInt8]] = []
        var multiPart: [MultiPart] = []
        var index: [[UInt8]: [(entry: Int, part: Int)]] = [:]
        for entry in abbreviations.entries {
            let parts = entry.text.split(separator: " ").map { Array($0.utf8) }
            if parts.count > 1 {
                for (position, part) in parts.enumerated() {
                    index[part, default: []].append((multiPart.count, position))
                }
                multiPart.append(MultiPart(parts: parts, sentenceFinal: entry.section == "sentence-final"))
                continue
            }
            switch entry.section {
            case "before-number": beforeNumber.append(parts[0])
            case "sentence-final": sentenceFinal.append(parts[0])
            default: always.append(parts[0])
            }
        }
        self.always = ByteStringSet(always)
        self.beforeNumber = ByteStringSet(beforeNumber)
        self.sentenceFinal = ByteStringSet(sentenceFinal)
        self.multiPart = multiPart
        multiPartIndex = index
        func words(_ name: String) throws -> ByteStringSet {
            ByteStringSet(try LanguageDataFile.loadIfPresent(name, language: language).entries.map { Array($0.text.utf8) })
        }
        ordinalContext = try words("ordinal-context")
        months = ByteStringSet(try DateWords(language: language).names(of: "month").map { Array($0.utf8) })
        sentenceStarters = try words("sentence-starters")
    }
}
