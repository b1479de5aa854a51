/// The currencies a language names beside an amount: signs and ISO codes, which every language
/// shares (`common/currency-signs.txt`: "€", "$", "EUR"), and the language's own words
/// (`currency-words.txt`: "Euro", "Pfund"; "dollars", "sterling"), each to an ISO code, so that "$5m"
/// and "5 Millionen Dollar" name one currency and "5 Millionen Euro" another.
struct CurrencyNames: Sendable {
    private let codes: [String: String]

    init(language: Language) throws {
        var codes: [String: String] = [:]
        for (file, name) in [(try LanguageDataFile.load("currency-signs", language: nil), "common/currency-signs.txt"),
                             (try LanguageDataFile.loadIfPresent("currency-words", language: language), "\(language.rawValue)/currency-words.txt")] {
            for entry in file.entries {
                let fields = entry.text.split(separator: " ")
                guard fields.count == 2 else { throw LanguageDataError.invalid(file: name, line: entry.line, message: "expected NAME CODE") }
                codes[fields[0].lowercased()] = String(fields[1])
            }
        }
        self.codes = codes
    }

    /// The ISO code of a sign or currency word ("€" → "EUR", "Pfund" → "GBP"); nil for other tokens.
    func code(of token: String) -> String? {
        codes[token.lowercased()]
    }
}
