/// A further term of a glossary entry: another way to say the same concept in one of its languages
/// (TBX: another `termSec` in the language's `langSec`).
public struct TermVariant: Sendable, Equatable, Codable {
    /// What kind of variant, with the TBX-Basic `termType` values where TBX has one.
    public enum Kind: String, Sendable, CaseIterable, Codable {
        /// An abbreviation made of initials ("EU" for "Europäische Union"): TBX `acronym`.
        case acronym
        /// Another spelling of the same word ("Medwedew"/"Medvedev" style transliterations, "Dialog"/"Dialogue"): TBX `variant`.
        case variant
        /// A different word the text pairs with the same term ("Vereinbarung" beside "Abkommen"); no TBX termType.
        case synonym

        /// The TBX-Basic `termType` picklist value, nil for synonyms (TBX lists them as plain termSecs).
        public var tbxTermType: String? { self == .synonym ? nil : rawValue }
    }

    public var language: Language
    public var term: String
    public var kind: Kind

    public init(language: Language, term: String, kind: Kind) {
        self.language = language
        self.term = term
        self.kind = kind
    }

    /// The kind of `variant` beside the entry's `main` term of the same language: initials of the
    /// main term's words → acronym; a similar spelling → variant; else synonym.
    static func kind(of variant: String, beside main: String, cognates: Cognates) -> Kind {
        let letters = variant.filter(\.isLetter)
        let initials = String(main.split(whereSeparator: { $0 == " " || $0 == "-" }).compactMap(\.first)).uppercased()
        if letters.count >= 2, letters.allSatisfy(\.isUppercase), letters == initials { return .acronym }
        if cognates.similarity(variant, main) >= Cognates.threshold { return .variant }
        return .synonym
    }

    /// The glossary table's `variants` field: "de:Vereinbarung=synonym; en:EU=acronym".
    static func field(_ variants: [TermVariant]) -> String {
        variants.map { "\($0.language.rawValue):\($0.term)=\($0.kind.rawValue)" }.joined(separator: "; ")
    }

    /// Parses a `variants` field; nil when an item is not "lang:term=kind".
    static func parse(_ field: String) -> [TermVariant]? {
        guard !field.isEmpty else { return [] }
        var result: [TermVariant] = []
        for item in field.components(separatedBy: "; ") {
            guard let colon = item.firstIndex(of: ":"), let equals = item.lastIndex(of: "="), colon < equals,
                  let language = Language(rawValue: String(item[..<colon])),
                  let kind = Kind(rawValue: String(item[item.index(after: equals)...])) else { return nil }
            let term = String(item[item.index(after: colon)..<equals])
            guard !term.isEmpty else { return nil }
            result.append(TermVariant(language: language, term: term, kind: kind))
        }
        return result
    }
}
