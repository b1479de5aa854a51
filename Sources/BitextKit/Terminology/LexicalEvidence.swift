/// Evidence that two terms translate each other from what is known about words, independent of
/// where they occur: a lexicon entry, a German compound whose parts translate, one name in two
/// spellings, or cognates.
///
/// The knowledge sources besides the lexicon are closures so that the pairer does not depend on
/// how they are built: `decompose` is the lexicon's compound splitter, `sameName` the aligner's
/// name folder. Absent sources give no evidence.
struct LexicalEvidence {
    /// What matched and how completely (0…1: the share of words on both sides that are accounted for).
    struct Match {
        let kind: TermEvidence
        let strength: Double
    }

    let lexicon: Lexicon
    /// Snowball stems of a German compound's parts ("botschaftsbeamter" → ["botschaft", "beamt"]), or nil.
    let decompose: ((String) -> [String]?)?
    let sameName: ((String, String) -> Bool)?
    let cognates: Cognates
    /// The lexicon's answers per stem, remembered: the pairer asks about the same stems for every
    /// candidate pair they occur in, and each lexicon lookup is a binary search.
    private let lookups = StemLookups()

    private final class StemLookups {
        var targetIDs: [String: Int32?] = [:]
        var evidence: [String: [Int32]] = [:]
    }

    private func targetID(_ stem: String) -> Int32? {
        if let known = lookups.targetIDs[stem] { return known }
        let id = lexicon.targetID(ofStem: stem)
        lookups.targetIDs[stem] = id
        return id
    }

    /// A word's own entries, not every phrase it occurs in ("Verbindung" is no evidence for "lows"
    /// because some idiom lists both); words found only in phrases keep those.
    private func translations(_ stem: String) -> [Int32] {
        if let known = lookups.evidence[stem] { return known }
        let direct = lexicon.primaryTranslations(ofStem: stem)
        let translations = direct.isEmpty ? lexicon.translations(ofStem: stem) : direct
        lookups.evidence[stem] = translations
        return translations
    }

    /// All kinds of evidence for the pair, strongest first.
    func matches(german: TermOccurrence, english: TermOccurrence) -> [Match] {
        var result: [Match] = []
        if let strength = lexiconCoverage(germanStems: german.stems, englishStems: english.stems), strength > 0 {
            result.append(Match(kind: .lexicon, strength: strength))
        } else if let decompose {
            // Only words the lexicon lacks are decomposed: a known compound has its own entry.
            var parts: [String] = []
            for (word, stem) in zip(german.words, german.stems) {
                if !translations(stem).isEmpty {
                    parts.append(stem)
                } else if let split = decompose(word) {
                    parts += split
                } else {
                    parts.append(stem)
                }
            }
            if parts.count > german.stems.count, let strength = lexiconCoverage(germanStems: parts, englishStems: english.stems), strength > 0 {
                result.append(Match(kind: .compound, strength: strength))
            }
        }
        if let sameName, german.words.count == english.words.count, !german.words.isEmpty,
           zip(german.words, english.words).allSatisfy({ sameName($0, $1) }) {
            result.append(Match(kind: .name, strength: 1))
        } else if german.words.count == english.words.count, !german.words.isEmpty {
            let similarity = zip(german.words, english.words).map { cognates.similarity($0, $1) }.min() ?? 0
            if similarity >= Cognates.threshold { result.append(Match(kind: .cognate, strength: similarity)) }
        }
        return result.sorted { $0.strength > $1.strength }
    }

    /// min(share of English stems translated by some German stem, share of German stems with a
    /// translation among the English stems); nil when a side has no stems.
    private func lexiconCoverage(germanStems: [String], englishStems: [String]) -> Double? {
        guard !germanStems.isEmpty, !englishStems.isEmpty else { return nil }
        let englishIDs = englishStems.map(targetID)
        var englishCovered = Set<Int>()
        var germanCovered = 0
        for stem in germanStems {
            let translations = translations(stem)
            var covered = false
            for (k, id) in englishIDs.enumerated() {
                if let id, translations.contains(id) {
                    englishCovered.insert(k)
                    covered = true
                }
            }
            if covered { germanCovered += 1 }
        }
        return min(Double(englishCovered.count) / Double(englishStems.count), Double(germanCovered) / Double(germanStems.count))
    }
}
