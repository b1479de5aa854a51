/// Splits a German word the spelling dictionary rejects into parts it accepts:
/// "Handelskriegsängste" → Handel + Krieg + Ängste (with the linking "s" dropped).
///
/// The search is the one compound search (`CompoundSearch`); a part counts as known in lower case or
/// capitalized, since compound parts change case, and the last part may carry the inflection of the
/// whole word (`final-part-endings` in `de/compounds.txt`). The fewest parts win: "Kaltkrieg" +
/// "tiefern" over three parts if Hunspell knows "Kaltkrieg"; callers that need finer parts (to
/// translate them) split a part again.
struct CompoundDecomposer {
    /// Words longer than this are not split: each part is a Hunspell question, and the questions grow
    /// with the square of the length.
    static let maximumLength = 40

    let speller: Hunspell
    let search: CompoundSearch
    /// Endings the last part may shed, longest first.
    let finalPartEndings: [String]
    /// Rules out parts that start or end as no listed word does before Hunspell is asked: most of the
    /// quadratically many substrings ("nsthor") are not words (nil: every part is asked).
    var letterRuns: LetterGrams? = nil

    init(speller: Hunspell, compounds: LanguageDataFile, letterRuns: LetterGrams? = nil) {
        self.speller = speller
        search = CompoundSearch(linkingElements: compounds.section("linking-elements"))
        finalPartEndings = compounds.section("final-part-endings")
        self.letterRuns = letterRuns
    }

    /// The parts of `word` (at least two), or nil when it does not split into known words.
    ///
    /// - Complexity: that of `CompoundSearch.parts` (Hunspell's answers are cached by `Hunspell`).
    func parts(of word: String) -> [String]? {
        let scalars = Array(word.unicodeScalars)
        guard scalars.count <= Self.maximumLength, scalars.allSatisfy({ $0.properties.isAlphabetic }) else { return nil }
        return search.parts(of: scalars, isKnown: isKnown)?.map { UTF8Scalars.string(scalars[$0]) }
    }

    private func isKnown(_ part: String, last: Bool) -> Bool {
        let lower = part.lowercased()
        if let letterRuns, !letterRuns.allowsEdges(Array(lower.unicodeScalars)) {
            // A part that ends in an inflection no listed word has may still be known without it.
            return last && isKnownInflected(lower)
        }
        return isKnownAsIs(lower) || (last && isKnownInflected(lower))
    }

    private func isKnownAsIs(_ lower: String) -> Bool {
        speller.acceptsCapitalized(lower)
    }

    /// The last part carries the inflection of the whole word ("tiefern" → "tiefer").
    private func isKnownInflected(_ lower: String) -> Bool {
        // Counted once: a count of characters walks the whole word.
        let length = lower.count
        for ending in finalPartEndings where length - ending.count >= CompoundSearch.minimumPart && lower.hasSuffix(ending) {
            let stripped = String(lower.dropLast(ending.count))
            if let letterRuns, !letterRuns.allowsEdges(Array(stripped.unicodeScalars)) { continue }
            if isKnownAsIs(stripped) { return true }
        }
        return false
    }
}
