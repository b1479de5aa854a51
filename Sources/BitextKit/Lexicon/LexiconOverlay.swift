/// A small lexicon's pairs laid over a dictionary's lexicon (`Lexicon.layering(_:)`): the curated
/// glossary's terms over Ding.
///
/// Why not one merged lexicon: merging copied every table of the dictionary (about 40 MB for Ding),
/// while `LexiconCache` keeps the dictionary's own lexicon for the whole process, so a `bitext run`
/// held the dictionary twice. The overlay holds only what the small lexicon changes; lookups ask it
/// first and fall back to the shared dictionary tables.
///
/// The layered lexicon answers as one built from both sets of entries would: a source stem the
/// overlay has maps to the union of both lexicons' translations, so asking the overlay first is the
/// whole answer; new target stems get ids after the dictionary's, in the small lexicon's order.
struct LexiconOverlay: Sendable {
    /// Target stems the dictionary lacks; the first has the id after the dictionary's last.
    let targetStems: [String]
    /// Each of `targetStems` → its id.
    let targetIndex: StemTable
    /// Source stem → its translations in both lexicons (sorted, unique), for each stem of the small lexicon.
    let table: StemTable
    /// The same for translations from one-word German entries (`Lexicon.directTable`).
    let directTable: StemTable
    /// The small lexicon's German word forms that the dictionary does not list.
    let germanWordForms: WordList
    /// The dictionary's letter runs with those of the small lexicon's word forms (sharing the
    /// dictionary's table, `LetterGrams.adding(words:)`).
    let germanLetterRuns: LetterGrams
    /// How many of `table`'s source stems the dictionary does not have.
    let newSourceStemCount: Int

    /// The overlay of `small`'s pairs on `base` (both as built: neither has an overlay).
    ///
    /// - Complexity: O(s log s) for the s stems and word forms of `small`.
    init(laying small: Lexicon, over base: Lexicon) {
        var stems: [String] = []
        var added: [String: [Int32]] = [:]
        let mapped: [Int32] = small.targetStems.map { stem in
            if let known = base.targetIndex.ids(of: stem)?.first ?? added[stem]?.first { return known }
            let id = Int32(base.targetStems.count + stems.count)
            stems.append(stem)
            added[stem] = [id]
            return id
        }
        func layered(_ smallTable: StemTable, over baseTable: StemTable) -> [String: [Int32]] {
            var result: [String: [Int32]] = [:]
            for stem in smallTable.stems {
                let ids = (smallTable.ids(of: stem) ?? []).map { mapped[Int($0)] }
                result[stem] = Set(baseTable.ids(of: stem) ?? []).union(ids).sorted()
            }
            return result
        }
        targetStems = stems
        targetIndex = StemTable(added)
        table = StemTable(layered(small.table, over: base.table))
        directTable = StemTable(layered(small.directTable, over: base.directTable))
        germanWordForms = WordList(small.germanWordForms.filter { !base.germanWordForms.contains($0) })
        germanLetterRuns = base.germanLetterRuns.adding(words: germanWordForms)
        newSourceStemCount = small.table.stems.count { !base.table.contains($0) }
    }
}
