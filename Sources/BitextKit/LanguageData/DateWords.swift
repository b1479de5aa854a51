/// Month and weekday names of a language with their numbers (`<lang>/date-words.txt`), so that
/// "Donnerstag" and "Thursday" compare equal and "Mittwoch" against "Thursday" does not. The one home
/// of month names: QA's date check, pairing's month keys and the sentence splitter's ordinal dates
/// ("am 14. März") all read them here.
public struct DateWords: Sendable {
    /// A date word's kind (the file's section, "month" or "weekday") and number.
    public struct Value: Sendable, Hashable {
        public let kind: String
        public let number: Int
    }

    private let values: [String: Value]
    /// The names of each kind, in file order.
    private let names: [String: [String]]

    public init(language: Language) throws {
        var values: [String: Value] = [:]
        var names: [String: [String]] = [:]
        for entry in try LanguageDataFile.loadIfPresent("date-words", language: language).entries {
            let fields = entry.text.split(separator: " ")
            guard fields.count == 2, let number = Int(fields[1]) else {
                throw LanguageDataError.invalid(file: "\(language.rawValue)/date-words.txt", line: entry.line, message: "expected NAME NUMBER")
            }
            values[String(fields[0])] = Value(kind: entry.section, number: number)
            names[entry.section, default: []].append(String(fields[0]))
        }
        self.values = values
        self.names = names
    }

    /// The value of a date word written as the file writes it (capitalized in German and English), or nil.
    public func value(of word: String) -> Value? { values[word] }

    /// The month's number (1…12) of a month name, or nil.
    public func month(_ word: String) -> Int? {
        guard let value = values[word], value.kind == "month" else { return nil }
        return value.number
    }

    /// Every name of one kind ("month", "weekday").
    public func names(of kind: String) -> [String] { names[kind] ?? [] }
}
