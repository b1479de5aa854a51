/// A bilingual word lexicon: source-language stems → target-language stems.
///
/// Both sides are Snowball stems of lower-cased words, so "Botschaften" finds the entry of
/// "Botschaft" and "embassies" matches "embassy". Target stems are interned to dense ids, which
/// lets the aligner use them directly as match keys (see `AlignmentKeySpace`). Built by
/// `LexiconBuilder` (or `LexiconLoader` from files). A curated glossary's pairs are laid over a
/// dictionary's lexicon (`LexiconOverlay`, `layering(_:)`), not merged into a copy of it: the
/// dictionary's tables stay shared with the copy `LexiconCache` keeps for the process.
///
/// ```swift
/// let builder = try LexiconBuilder(source: .de, target: .en)
/// builder.add(german: "Botschaft", other: "embassy")
/// let lexicon = builder.finish()
/// lexicon.translations(ofStem: "botschaft").map(lexicon.targetStem(ofID:))  // ["embassi"]
/// ```
public struct Lexicon: Sendable {
    public let source: Language
    public let target: Language
    /// The dictionaries' interned target stems; a target id below their count indexes this array
    /// (the overlay's own stems follow).
    let targetStems: [String]
    /// Target stem → its id (a one-id list).
    let targetIndex: StemTable
    /// Source stem → sorted, unique target ids.
    let table: StemTable
    /// The subset of `table` that comes from entries whose German side is one word.
    let directTable: StemTable
    /// Every German word the dictionaries list in current spelling, lower-cased ("kalben", "gekalbt"):
    /// evidence for the spelling check that a word Hunspell lacks is German all the same.
    let germanWordForms: WordList
    /// The five-letter runs of `germanWordForms`, which the typo search checks before asking Hunspell.
    /// Kept with the lexicon (and its cache) because building it takes longer than a QA session's
    /// set-up. With an overlay, ask `letterRuns`, which adds the overlay's words.
    let germanLetterRuns: LetterGrams
    /// Pairs laid over the tables above (a curated glossary's), asked first; nil for a lexicon as
    /// built or cached.
    let overlay: LexiconOverlay?

    /// An empty lexicon (alignment then relies on names, numbers and cognates).
    public init(source: Language, target: Language) {
        self.init(source: source, target: target, targetStems: [], translations: [:], direct: [:], germanWordForms: WordList([]))
    }

    /// A lexicon from interned target stems and sorted, unique translation lists (`LexiconBuilder`);
    /// `direct` holds, per source stem, the translations taken from entries whose German side is one word.
    init(source: Language, target: Language, targetStems: [String], translations: [String: [Int32]],
         direct: [String: [Int32]], germanWordForms: WordList, germanLetterRuns: LetterGrams? = nil) {
        var ids: [String: [Int32]] = [:]
        ids.reserveCapacity(targetStems.count)
        for (id, stem) in targetStems.enumerated() { ids[stem] = [Int32(id)] }
        self.init(source: source, target: target, targetStems: targetStems, targetIndex: StemTable(ids),
                  table: StemTable(translations), directTable: StemTable(direct), germanWordForms: germanWordForms,
                  germanLetterRuns: germanLetterRuns ?? LetterGrams(words: germanWordForms))
    }

    /// A lexicon from its tables as they are kept (`Lexicon+Serialization`), with `overlay` laid over them.
    init(source: Language, target: Language, targetStems: [String], targetIndex: StemTable, table: StemTable,
         directTable: StemTable, germanWordForms: WordList, germanLetterRuns: LetterGrams, overlay: LexiconOverlay? = nil) {
        self.source = source
        self.target = target
        self.targetStems = targetStems
        self.targetIndex = targetIndex
        self.table = table
        self.directTable = directTable
        self.germanWordForms = germanWordForms
        self.germanLetterRuns = germanLetterRuns
        self.overlay = overlay
    }

    /// This lexicon with the pairs of `other` (same direction, as built: no overlay of its own) laid
    /// over it: what one builder fed with both sets of entries would give, up to the numbering of
    /// target stems (the dictionaries' ids stay, `other`'s new stems follow). Lets a small glossary
    /// join a large cached dictionary without reading the dictionary again, and without copying it.
    ///
    /// - Complexity: O(o log o) for the o entries of `other` (the dictionary's tables are shared).
    public func layering(_ other: Lexicon) -> Lexicon {
        guard !other.isEmpty else { return self }
        precondition(overlay == nil && other.overlay == nil, "only a lexicon as built takes an overlay")
        return Lexicon(source: source, target: target, targetStems: targetStems, targetIndex: targetIndex, table: table,
                       directTable: directTable, germanWordForms: germanWordForms, germanLetterRuns: germanLetterRuns,
                       overlay: LexiconOverlay(laying: other, over: self))
    }

    /// The number of source stems with at least one translation.
    public var count: Int { table.count + (overlay?.newSourceStemCount ?? 0) }
    public var isEmpty: Bool { count == 0 }

    /// The number of target stems; ids run from 0 below it.
    public var targetStemCount: Int { targetStems.count + (overlay?.targetStems.count ?? 0) }

    /// The target stem with id `id` (below `targetStemCount`).
    public func targetStem(ofID id: Int32) -> String {
        let index = Int(id)
        guard index >= targetStems.count, let overlay else { return targetStems[index] }
        return overlay.targetStems[index - targetStems.count]
    }

    /// The id of a target stem, if the lexicon knows it.
    public func targetID(ofStem stem: String) -> Int32? {
        targetIndex.ids(of: stem)?.first ?? overlay?.targetIndex.ids(of: stem)?.first
    }

    /// The target ids a source stem translates to (sorted, unique), or [] when unknown.
    public func translations(ofStem stem: String) -> [Int32] {
        (overlay?.table.ids(of: stem) ?? table.ids(of: stem)).map(Array.init) ?? []
    }

    /// The translations a source stem has as a word of its own: those of entries whose German side is
    /// that one word ("Krieg :: war"), none when it only occurs inside longer German phrases.
    /// Multi-word entries pair every word with every word ("kalter Krieg :: cold war" also gives
    /// Krieg → cold), which is harmless inside one sentence pair but lets unrelated articles share
    /// vocabulary when whole documents are compared.
    public func primaryTranslations(ofStem stem: String) -> [Int32] {
        (overlay?.directTable.ids(of: stem) ?? directTable.ids(of: stem)).map(Array.init) ?? []
    }

    public func contains(sourceStem stem: String) -> Bool {
        (overlay?.table.contains(stem) ?? false) || table.contains(stem)
    }

    /// The number of German word forms the lexicon lists.
    public var germanWordFormCount: Int { germanWordForms.count + (overlay?.germanWordForms.count ?? 0) }

    /// Whether the lexicon lists `word` (lower case) as a German word form.
    public func isGermanWordForm(_ word: String) -> Bool {
        germanWordForms.contains(word) || (overlay?.germanWordForms.contains(word) ?? false)
    }

    /// The letter runs of the German word forms, the overlay's included (see `germanLetterRuns`).
    var letterRuns: LetterGrams { overlay?.germanLetterRuns ?? germanLetterRuns }

    /// Per target id, how many source stems have it among their primary translations
    /// (`primaryTranslations(ofStem:)`).
    ///
    /// - Complexity: O(T + P) for T target stems and P primary translations.
    func primaryTranslationCounts() -> [Int32] {
        var counts = [Int32](repeating: 0, count: targetStemCount)
        for id in directTable.ids { counts[Int(id)] += 1 }
        guard let overlay else { return counts }
        // The overlay's lists replace the dictionaries' for its stems.
        for stem in overlay.directTable.stems {
            for id in directTable.ids(of: stem) ?? [] { counts[Int(id)] -= 1 }
            for id in overlay.directTable.ids(of: stem) ?? [] { counts[Int(id)] += 1 }
        }
        return counts
    }
}
