/// String similarity of a German and an English word after folding what regularly differs between
/// the two spellings of a borrowed word (k/c, z/c, ph/f, umlauts, final -e): Konferenz/conference,
/// Diplomat/diplomat, NATO/NATO.
struct Cognates: Sendable {
    /// Similarity from which two words count as cognates.
    static let threshold = 0.8

    private let letters: LetterFolding
    private let droppedFinal: [String]
    private let rewrites: RewriteRules

    /// The German-English spelling differences (`de/ascii-letters.txt`, `de/cognate-folding.txt`).
    init() throws {
        letters = try LetterFolding(language: .de)
        let data = try LanguageDataFile.loadIfPresent("cognate-folding", language: .de)
        droppedFinal = data.section("dropped-final-letters")
        rewrites = try RewriteRules(data.entries.filter { $0.section == "rewrites" }, name: "de/cognate-folding.txt")
    }

    /// 1 − edit distance / longer length, over folded spellings; words shorter than 4 letters only
    /// match when identical (short words are similar by accident).
    ///
    /// - Complexity: that of `EditDistance.distance`.
    func similarity(_ german: String, _ english: String) -> Double {
        similarity(folded: fold(german), fold(english))
    }

    /// `similarity` of two words given as their folded spellings (`fold`): lexical evidence folds
    /// each term's words once, not once per term pair (`LexicalEvidence.GermanSide`).
    func similarity(folded a: [UInt8], _ b: [UInt8]) -> Double {
        guard !a.isEmpty, !b.isEmpty else { return 0 }
        if a == b { return 1 }
        guard min(a.count, b.count) >= 4 else { return 0 }
        return 1 - Double(EditDistance.distance(a, b)) / Double(max(a.count, b.count))
    }

    /// `similarity(folded:_:)` when it is at least `minimum`, else nil. The edit distance is at least
    /// the difference in length, so words whose lengths alone keep them below `minimum` are not
    /// compared letter by letter: the glossary asks this for millions of word pairs, most unlike.
    func similarity(folded a: [UInt8], _ b: [UInt8], atLeast minimum: Double) -> Double? {
        let longer = max(a.count, b.count), shorter = min(a.count, b.count)
        if shorter >= 4, longer > shorter, 1 - Double(longer - shorter) / Double(longer) < minimum { return nil }
        let similarity = similarity(folded: a, b)
        return similarity >= minimum ? similarity : nil
    }

    /// Lower case, a dropped final letter removed, German letters in ASCII, the rewrites applied, and
    /// only ASCII letters and digits kept.
    func fold(_ word: String) -> [UInt8] {
        var lower = word.lowercased()
        if let final = droppedFinal.first(where: { lower.hasSuffix($0) }) { lower.removeLast(final.count) }
        let ascii = letters.asciiSpelling(lower) ?? Array(lower.unicodeScalars.filter(\.isASCII).map { UInt8($0.value) })
        return rewrites.apply(to: ascii).filter { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) }
    }
}
