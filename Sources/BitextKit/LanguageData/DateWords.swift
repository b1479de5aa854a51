/// Month and weekday names of a language with their numbers (`<lang>/date-words.txt`), so that
/// "Donnerstag" and "Thursday" compare equal and "Mittwoch" against "Thursday" does not. The one home
/// of month names: QA's date check, pairing's month keys and the sentence splitter's ordinal dates
/// ("am 14. März") all read them here.
///
/// A name the file writes with a final period ("Jan. 1") is an abbreviation: a date only where the
/// period or a day number follows it ("Jan. 6", "Jan 6"), since "Jan" alone is also a first name.
/// Abbreviations are looked up with their context (`value(of:before:)`) and are not among `names(of:)`.
public struct DateWords: Sendable {
    /// A date word's kind (the file's section, "month" or "weekday") and number.
    public struct Value: Sendable, Hashable {
        public let kind: String
        public let number: Int
    }

    private let values: [String: Value]
    /// Abbreviations without their period.
    private let abbreviations: [String: Value]
    /// The names of each kind, in file order.
    private let names: [String: [String]]
    /// Whether some name or abbreviation starts with each byte: the date checks ask about every word
    /// of a text, and a word whose first byte starts none (most: date words are capitalized) is
    /// answered without hashing it.
    private let firstBytes: [Bool]

    public init(language: Language) throws {
        var values: [String: Value] = [:]
        var abbreviations: [String: Value] = [:]
        var names: [String: [String]] = [:]
        for entry in try LanguageDataFile.loadIfPresent("date-words", language: language).entries {
            let fields = entry.text.split(separator: " ")
            guard fields.count == 2, let number = Int(fields[1]) else {
                throw LanguageDataError.invalid(file: "\(language.rawValue)/date-words.txt", line: entry.line, message: "expected NAME NUMBER")
            }
            let value = Value(kind: entry.section, number: number)
            if fields[0].count > 1, fields[0].hasSuffix(".") {
                abbreviations[String(fields[0].dropLast())] = value
                continue
            }
            values[String(fields[0])] = value
            names[entry.section, default: []].append(String(fields[0]))
        }
        self.values = values
        self.abbreviations = abbreviations
        self.names = names
        var firstBytes = [Bool](repeating: false, count: 256)
        for word in Array(values.keys) + Array(abbreviations.keys) {
            if let first = word.utf8.first { firstBytes[Int(first)] = true }
        }
        self.firstBytes = firstBytes
    }

    /// Whether `word` can be a date word or abbreviation at all.
    private func mayBeDateWord(_ word: String) -> Bool {
        word.utf8.first.map { firstBytes[Int($0)] } ?? false
    }

    /// The value of a date word written as the file writes it (capitalized in German and English), or nil.
    public func value(of word: String) -> Value? { mayBeDateWord(word) ? values[word] : nil }

    /// The value of a date word, or of an abbreviation followed by its period or a day number:
    /// `next` is the token after `word`, if any (a period only when it touches the word).
    public func value(of word: String, before next: String?) -> Value? {
        guard mayBeDateWord(word) else { return nil }
        if let value = values[word] { return value }
        guard let next, next == "." || next.first?.isNumber == true else { return nil }
        return abbreviations[word]
    }

    /// The month's number (1…12) of a month name, or nil.
    public func month(_ word: String) -> Int? {
        guard mayBeDateWord(word), let value = values[word], value.kind == "month" else { return nil }
        return value.number
    }

    /// Every name of one kind ("month", "weekday").
    public func names(of kind: String) -> [String] { names[kind] ?? [] }
}
