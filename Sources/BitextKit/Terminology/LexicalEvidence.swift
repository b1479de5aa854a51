/// Evidence that two terms translate each other from what is known about words, independent of
/// where they occur: a lexicon entry, a German compound whose parts translate, one name in two
/// spellings, or cognates.
///
/// The knowledge sources besides the lexicon are closures so that the pairer does not depend on
/// how they are built: `decompose` is the lexicon's compound splitter, `nameKey` the aligner's
/// name folder. Absent sources give no evidence.
///
/// What the evidence needs of one term, whatever the other term is, is its side (`germanSide`,
/// `englishSide`): a term meets many terms of the other language, and `TermEvidenceSides` derives
/// each side once per term.
struct LexicalEvidence {
    /// What matched and how completely (0…1: the share of words on both sides that are accounted for).
    struct Match {
        let kind: TermEvidence
        let strength: Double
    }

    /// What the evidence uses of a German term: its stems' translations, its compound parts'
    /// translations, its words and their cognate spellings.
    final class GermanSide {
        /// Per stem, the target ids it translates to (`translations`).
        let translations: [[Int32]]
        /// Per part, when the words the lexicon lacks split into more parts than there are stems,
        /// the parts' translations; else nil (no compound evidence).
        let partTranslations: [[Int32]]?
        let words: [String]
        /// The words' spellings as cognates are compared (`Cognates.fold`).
        let spellings: [[UInt8]]
        /// The words' name keys (`nameKey`); nil without a name folder.
        let nameKeys: [String]?
        /// `LexicalEvidence.bits` of every id in `translations` and `partTranslations`.
        let targetBits: UInt64

        init(translations: [[Int32]], partTranslations: [[Int32]]?, words: [String], spellings: [[UInt8]], nameKeys: [String]?) {
            self.translations = translations
            self.partTranslations = partTranslations
            self.words = words
            self.spellings = spellings
            self.nameKeys = nameKeys
            targetBits = LexicalEvidence.bits(translations.joined()) | LexicalEvidence.bits((partTranslations ?? []).joined())
        }
    }

    /// What the evidence uses of an English term: its stems' target ids, its words and their cognate spellings.
    final class EnglishSide {
        /// Per stem, its id among the lexicon's targets, nil when the lexicon lacks it.
        let targetIDs: [Int32?]
        let words: [String]
        /// The words' spellings as cognates are compared (`Cognates.fold`).
        let spellings: [[UInt8]]
        /// The words' name keys (`nameKey`); nil without a name folder.
        let nameKeys: [String]?
        /// `LexicalEvidence.bits` of the ids in `targetIDs`.
        let targetBits: UInt64

        init(targetIDs: [Int32?], words: [String], spellings: [[UInt8]], nameKeys: [String]?) {
            self.targetIDs = targetIDs
            self.words = words
            self.spellings = spellings
            self.nameKeys = nameKeys
            targetBits = LexicalEvidence.bits(targetIDs.compactMap { $0 })
        }
    }

    let lexicon: Lexicon
    /// Snowball stems of a German compound's parts ("botschaftsbeamter" → ["botschaft", "beamt"]), or nil.
    let decompose: ((String) -> [String]?)?
    /// A word's name key: two words are one name when their keys are equal and not empty.
    let nameKey: ((String) -> String)?
    let cognates: Cognates

    /// A word's own entries, not every phrase it occurs in ("Verbindung" is no evidence for "lows"
    /// because some idiom lists both); words found only in phrases keep those.
    private func translations(_ stem: String) -> [Int32] {
        let direct = lexicon.primaryTranslations(ofStem: stem)
        return direct.isEmpty ? lexicon.translations(ofStem: stem) : direct
    }

    /// The side of the German term first met as `occurrence`.
    func germanSide(_ occurrence: TermOccurrence) -> GermanSide {
        let translations = occurrence.stems.map { self.translations($0) }
        var partTranslations: [[Int32]]?
        if let decompose {
            // Only words the lexicon lacks are decomposed: a known compound has its own entry.
            var parts: [[Int32]] = []
            for (word, known) in zip(occurrence.words, translations) {
                if known.isEmpty, let split = decompose(word) {
                    parts += split.map { self.translations($0) }
                } else {
                    parts.append(known)
                }
            }
            if parts.count > translations.count { partTranslations = parts }
        }
        return GermanSide(translations: translations, partTranslations: partTranslations, words: occurrence.words,
                          spellings: occurrence.words.map(cognates.fold), nameKeys: nameKey.map { occurrence.words.map($0) })
    }

    /// The side of the English term first met as `occurrence`.
    func englishSide(_ occurrence: TermOccurrence) -> EnglishSide {
        EnglishSide(targetIDs: occurrence.stems.map { lexicon.targetID(ofStem: $0) }, words: occurrence.words,
                    spellings: occurrence.words.map(cognates.fold), nameKeys: nameKey.map { occurrence.words.map($0) })
    }

    /// All kinds of evidence for the pair, strongest first.
    func matches(german: GermanSide, english: EnglishSide) -> [Match] {
        var result: [Match] = []
        // Sides whose bits do not meet share no target id, so neither the lexicon nor compound parts
        // cover anything: most comparable pairs, each of whose coverage took the lists' scans.
        if german.targetBits & english.targetBits != 0 {
            if let strength = Self.coverage(german.translations, english.targetIDs), strength > 0 {
                result.append(Match(kind: .lexicon, strength: strength))
            } else if let parts = german.partTranslations, let strength = Self.coverage(parts, english.targetIDs), strength > 0 {
                result.append(Match(kind: .compound, strength: strength))
            }
        }
        if let germanKeys = german.nameKeys, let englishKeys = english.nameKeys, german.words.count == english.words.count,
           !german.words.isEmpty, zip(germanKeys, englishKeys).allSatisfy({ !$0.isEmpty && $0 == $1 }) {
            result.append(Match(kind: .name, strength: 1))
        } else if german.words.count == english.words.count, !german.words.isEmpty {
            // The least similar word pair decides; below the threshold, the others need no comparing.
            var similarity: Double? = 1
            for (a, b) in zip(german.spellings, english.spellings) {
                guard let least = similarity else { break }
                similarity = cognates.similarity(folded: a, b, atLeast: Cognates.threshold).map { min(least, $0) }
            }
            if let similarity { result.append(Match(kind: .cognate, strength: similarity)) }
        }
        return result.sorted { $0.strength > $1.strength }
    }

    /// One bit per target id (bit `id` mod 64): two sets of ids whose bits do not meet are disjoint.
    static func bits(_ ids: some Sequence<Int32>) -> UInt64 {
        ids.reduce(0) { $0 | 1 << UInt64(UInt32(bitPattern: $1) & 63) }
    }

    /// min(share of English stems translated by some German stem, share of German stems with a
    /// translation among the English stems), from each German stem's `translations` and each English
    /// stem's target id; nil when a side has no stems.
    private static func coverage(_ translations: [[Int32]], _ englishIDs: [Int32?]) -> Double? {
        guard !translations.isEmpty, !englishIDs.isEmpty else { return nil }
        // The English stems' marks on the stack: this runs for every term pair judged.
        return withUnsafeTemporaryAllocation(of: Bool.self, capacity: englishIDs.count) { englishCovered in
            englishCovered.initialize(repeating: false)
            var germanCovered = 0
            for targets in translations {
                var covered = false
                for (k, id) in englishIDs.enumerated() {
                    if let id, targets.contains(id) {
                        englishCovered[k] = true
                        covered = true
                    }
                }
                if covered { germanCovered += 1 }
            }
            return min(Double(englishCovered.count(where: \.self)) / Double(englishIDs.count), Double(germanCovered) / Double(translations.count))
        }
    }
}
