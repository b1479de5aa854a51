/// The false friends of English→German translation, read from `de/false-friends.txt`: German words
/// that look like the English word they render but mean something else ("Operationen" for
/// "operations" of an embassy, "eventuell" for "eventually").
struct FalseFriends: Sendable {
    struct Entry: Sendable {
        /// English words whose presence in the aligned source is the evidence.
        let triggers: Set<String>
        /// Whether the word is reported without a source too.
        let reportedAlone: Bool
        /// Word beginnings that show the German word's own, correct sense.
        let senseWords: [String]
        let suggestion: String
        let reason: String

        /// Whether a lower-case word of the sentence or its source shows the German word's own sense.
        func showsOwnSense(_ word: String) -> Bool {
            senseWords.contains { word.hasPrefix($0) }
        }
    }

    /// Entries by lower-case German word form.
    let entries: [String: Entry]

    init(language: Language) throws {
        var entries: [String: Entry] = [:]
        for line in try LanguageDataFile.loadIfPresent("false-friends", language: language).entries {
            let fields = line.text.components(separatedBy: " | ")
            guard fields.count == 6, fields[2] == "alone" || fields[2] == "source" else {
                throw LanguageDataError.invalid(file: "\(language.rawValue)/false-friends.txt", line: line.line,
                                                message: "expected FORMS | TRIGGERS | alone or source | SENSE WORDS | SUGGESTION | REASON")
            }
            let words = { (field: String) in field.split(separator: " ").map { String($0) } }
            let entry = Entry(triggers: Set(words(fields[1])), reportedAlone: fields[2] == "alone",
                              senseWords: fields[3] == "-" ? [] : words(fields[3]), suggestion: fields[4], reason: fields[5])
            for form in words(fields[0]) { entries[form] = entry }
        }
        self.entries = entries
    }
}
