/// The two conventions that spell a word with "ss" where standard German since the 1996 reform
/// writes the other: Swiss German never writes "ß" ("grosse" for "große"), and the spelling before
/// the reform wrote "ß" after a short vowel at the end of a word or before a consonant ("daß" for
/// "dass"). Both are correct German in their place, so `spelling` tells them apart from slips.
enum SharpSVariant: Hashable, Sendable {
    case swiss
    case preReform

    /// The convention `word` follows when `correction` is the dictionary's spelling of it, or nil
    /// when the two differ by more than one "ss" against "ß".
    init?(_ word: String, correction: String) {
        if Self.oneReplaced(word, "ss", by: "ß").contains(correction) {
            self = .swiss
        } else if Self.oneReplaced(word, "ß", by: "ss").contains(correction) {
            self = .preReform
        } else {
            return nil
        }
    }

    /// Each way of replacing one occurrence of `target` in `word` ("Strassenmasse" has two).
    private static func oneReplaced(_ word: String, _ target: String, by replacement: String) -> [String] {
        word.ranges(of: target).map { word.replacingCharacters(in: $0, with: replacement) }
    }

    /// Whether the text also uses the standard spelling the convention avoids: any "ß" for Swiss
    /// spelling; for the old spelling, "ss" at a word's end or before a consonant ("dass", "lässt"),
    /// judged by the language's `vowels` (`spelling-morphology.txt`).
    func standardSpellingOccurs(in scalars: [Unicode.Scalar], vowels: Set<Unicode.Scalar>) -> Bool {
        switch self {
        case .swiss:
            return scalars.contains("ß")
        case .preReform:
            for i in scalars.indices.dropLast() where scalars[i] == "s" && scalars[i + 1] == "s" {
                let next = i + 2 < scalars.count ? scalars[i + 2] : " "
                if !vowels.contains(next) { return true }
            }
            return false
        }
    }

    func message(word: String, correction: String, throughout: Bool) -> String {
        switch self {
        case .swiss:
            return throughout
                ? "\"\(word)\" is Swiss spelling (ss for ß), as throughout this text; Germany and Austria write \"\(correction)\""
                : "\"\(word)\": ss for ß, Swiss spelling among standard spellings; write \"\(correction)\""
        case .preReform:
            return throughout
                ? "\"\(word)\" is the spelling before the 1996 reform, as throughout this text; today: \"\(correction)\""
                : "\"\(word)\" is the spelling before the 1996 reform; write \"\(correction)\""
        }
    }
}
