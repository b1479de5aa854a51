/// German endings of abstract nouns derived from adjectives ("Empfindlichkeit", "Gewissheit",
/// "Elektrizität"). A capitalized unknown word with such an ending is a misspelt noun, not a name:
/// names are not built this way, so `spelling` looks for its typing slip as for a lower-case word.
/// "-ung" is not among them: Hunspell lacks many correct "-ung" nouns ("Listung"), one slip from a
/// word it knows.
enum AbstractNounSuffix {
    static let endings = ["keit", "heit", "ität"]

    /// Whether `word` ends in one of `endings` with at least four letters before it.
    static func matches(_ word: String) -> Bool {
        endings.contains { word.hasSuffix($0) && word.count >= $0.count + 4 }
    }
}
