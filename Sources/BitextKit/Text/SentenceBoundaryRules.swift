/// The language data that corrects ICU's sentence boundaries: abbreviations, ordinal contexts, month
/// names and common sentence starters, loaded from `Resources/LanguageData/<lang>/`.
///
/// Entries are kept as UTF-8 byte arrays so that the splitter compares tokens without building strings.
public struct SentenceBoundaryRules: Sendable {
    /// Abbreviations after which a capitalized word still continues the sentence ("Dr. Meyer").
    let always: Set<[UInt8]>
    /// Abbreviations only before a number ("No. 5").
    let beforeNumber: Set<[UInt8]>
    /// Abbreviations that often end a sentence ("usw."): continue only if no sentence starter follows.
    let sentenceFinal: Set<[UInt8]>
    /// Multi-part abbreviations ("z. B."), as their parts, with whether they may end a sentence.
    let multiPart: [(parts: [[UInt8]], sentenceFinal: Bool)]
    /// Words before "<number>." that make the number an ordinal ("am 27.", "der 3.").
    let ordinalContext: Set<[UInt8]>
    /// Month names: "27. Februar" is a date, not a sentence end.
    let months: Set<[UInt8]>
    /// Words that typically begin a sentence, to resolve ambiguous periods.
    let sentenceStarters: Set<[UInt8]>

    public let language: Language

    /// Loads the bundled data for `language`.
    public init(language: Language) throws {
        self.language = language
        let abbreviations = try LanguageDataFile.load("abbreviations", language: language)
        var always = Set<[UInt8]>(), beforeNumber = Set<[UInt8]>(), sentenceFinal = Set<[UInt8]>()
        var multiPart: [(parts: [[UInt8]], sentenceFinal: Bool)] = []
        for entry in abbreviations.entries {
            let parts = entry.text.split(separator: " ").map { Array($0.utf8) }
            if parts.count > 1 {
                multiPart.append((parts, entry.section == "sentence-final"))
                continue
            }
            switch entry.section {
            case "before-number": beforeNumber.insert(parts[0])
            case "sentence-final": sentenceFinal.insert(parts[0])
            default: always.insert(parts[0])
            }
        }
        self.always = always
        self.beforeNumber = beforeNumber
        self.sentenceFinal = sentenceFinal
        self.multiPart = multiPart
        func words(_ name: String) throws -> Set<[UInt8]> {
            Set(try LanguageDataFile.loadIfPresent(name, language: language).entries.map { Array($0.text.utf8) })
        }
        ordinalContext = try words("ordinal-context")
        months = try words("months")
        sentenceStarters = try words("sentence-starters")
    }
}
