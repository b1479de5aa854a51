/// A bilingual word lexicon: source-language stems → target-language stems.
///
/// Both sides are Snowball stems of lower-cased words, so "Botschaften" finds the entry of
/// "Botschaft" and "embassies" matches "embassy". Target stems are interned to dense ids, which
/// lets the aligner use them directly as match keys (see `AlignmentKeySpace`). Built by
/// `LexiconBuilder` (or `LexiconLoader` from files).
///
/// ```swift
/// let builder = try LexiconBuilder(source: .de, target: .en)
/// builder.add(german: "Botschaft", other: "embassy")
/// let lexicon = builder.finish()
/// lexicon.translations(ofStem: "botschaft").map { lexicon.targetStems[Int($0)] }  // ["embassi"]
/// ```
public struct Lexicon: Sendable {
    public let source: Language
    public let target: Language
    /// The interned target stems; a target id indexes this array.
    public let targetStems: [String]
    /// Target stem → its id (a one-id list).
    let targetIndex: StemTable
    /// Source stem → sorted, unique target ids.
    let table: StemTable
    /// The subset of `table` that comes from entries whose German side is one word.
    let directTable: StemTable
    /// Every German word the dictionaries list in current spelling, lower-cased ("kalben", "gekalbt"):
    /// evidence for the spelling check that a word Hunspell lacks is German all the same.
    public let germanWordForms: WordList
    /// The five-letter runs of `germanWordForms`, which the typo search checks before asking Hunspell.
    /// Kept with the lexicon (and its cache) because building it takes longer than a QA session's
    /// set-up.
    let germanLetterRuns: LetterGrams

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

    /// A lexicon from its tables as they are kept (`Lexicon+Serialization`, `merging`).
    init(source: Language, target: Language, targetStems: [String], targetIndex: StemTable, table: StemTable,
         directTable: StemTable, germanWordForms: WordList, germanLetterRuns: LetterGrams) {
        self.source = source
        self.target = target
        self.targetStems = targetStems
        self.targetIndex = targetIndex
        self.table = table
        self.directTable = directTable
        self.germanWordForms = germanWordForms
        self.germanLetterRuns = germanLetterRuns
    }

    /// The number of source stems with at least one translation.
    public var count: Int { table.count }
    public var isEmpty: Bool { table.count == 0 }

    /// The id of a target stem, if the lexicon knows it.
    public func targetID(ofStem stem: String) -> Int32? { targetIndex.ids(of: stem)?.first }

    /// The target ids a source stem translates to (sorted, unique), or [] when unknown.
    public func translations(ofStem stem: String) -> [Int32] { table.ids(of: stem).map(Array.init) ?? [] }

    /// The translations a source stem has as a word of its own: those of entries whose German side is
    /// that one word ("Krieg :: war"), none when it only occurs inside longer German phrases.
    /// Multi-word entries pair every word with every word ("kalter Krieg :: cold war" also gives
    /// Krieg → cold), which is harmless inside one sentence pair but lets unrelated articles share
    /// vocabulary when whole documents are compared.
    public func primaryTranslations(ofStem stem: String) -> [Int32] { directTable.ids(of: stem).map(Array.init) ?? [] }

    public func contains(sourceStem stem: String) -> Bool { table.contains(stem) }
}
