/// Month and weekday names of a language with their numbers (`<lang>/date-words.txt`), so that
/// "Donnerstag" and "Thursday" compare equal and "Mittwoch" against "Thursday" does not.
public struct DateWords: Sendable {
    /// A date word's kind (the file's section, "month" or "weekday") and number.
    public struct Value: Sendable, Hashable {
        public let kind: String
        public let number: Int
    }

    private let values: [String: Value]

    public init(language: Language) throws {
        var values: [String: Value] = [:]
        for entry in try LanguageDataFile.loadIfPresent("date-words", language: language).entries {
            let fields = entry.text.split(separator: " ")
            guard fields.count == 2, let number = Int(fields[1]) else {
                throw LanguageDataError.invalid(file: "\(language.rawValue)/date-words.txt", line: entry.line, message: "expected NAME NUMBER")
            }
            values[String(fields[0])] = Value(kind: entry.section, number: number)
        }
        self.values = values
    }

    /// The value of a capitalized date word, or nil.
    public func value(of word: String) -> Value? { values[word] }
}
