/// Reduces English nouns to their singular for grouping: embassies → embassy, expulsions →
/// expulsion, crises → crisis is not attempted. Suffix rules only, applied to the last word of a
/// phrase (the head noun of "embassy officials"); words that merely end in "s" (news, status,
/// analysis, process) keep it. Keys built from these lemmas group inflected forms; the surface
/// form shown is chosen by frequency elsewhere.
enum EnglishLemmatizer {
    /// The singular of a lower-cased word.
    static func singular(_ word: String) -> String {
        guard word.count > 3, word.hasSuffix("s") else { return word }
        for keep in ["ss", "us", "is", "ws", "ous", "sis"] where word.hasSuffix(keep) { return word }
        if word.hasSuffix("ies"), word.count > 4 { return String(word.dropLast(3)) + "y" }
        for suffix in ["sses", "shes", "ches", "xes", "zes"] where word.hasSuffix(suffix) { return String(word.dropLast(2)) }
        return String(word.dropLast())
    }

    /// The key of a phrase: lower-cased words, the last one singular.
    static func key(_ words: [String]) -> String {
        guard let last = words.last else { return "" }
        return (words.dropLast() + [singular(last)]).joined(separator: " ")
    }
}
