/// The English possessive ending of a word: "Norway’s", "Norway's", "states’".
///
/// Why: ICU keeps the apostrophe inside the word, so without this "Norway’s" is a word of its own that
/// neither the stemmer (which knows only the straight apostrophe) nor name folding (which drops the
/// apostrophe and makes "norways") relates to "Norway" or "Norwegen".
enum PossessiveEnding {
    /// `word` without a possessive ending ("’s", "'s", or a lone apostrophe after "s"), or `word` itself.
    static func stripped(_ word: String) -> String {
        let scalars = word.unicodeScalars
        guard let last = scalars.last else { return word }
        if isApostrophe(last), scalars.count > 2 {
            return String(String.UnicodeScalarView(scalars.dropLast()))
        }
        guard last == "s" || last == "S", scalars.count > 3 else { return word }
        let beforeS = scalars[scalars.index(scalars.endIndex, offsetBy: -2)]
        return isApostrophe(beforeS) ? String(String.UnicodeScalarView(scalars.dropLast(2))) : word
    }

    private static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "'" || scalar == "\u{2019}"
    }
}
