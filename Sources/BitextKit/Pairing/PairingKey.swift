/// One piece of cross-language evidence a document carries, in a form both languages share.
///
/// German words are translated into the pivot (English) through the lexicon before they become keys,
/// so "Botschaft" and "embassy" both give `.term(id of "embassi")`; names meet through `NameFolder`
/// ("Medwedew" and "Medvedev" give the same `.name` key); numbers and months are written in one canonical form.
public enum PairingKey: Hashable, Sendable {
    /// A pivot-language stem id of the lexicon.
    case term(Int32)
    /// A folded name or unknown word.
    case name(String)
    /// A canonical number ("27", "7.5", "2019").
    case number(String)
    /// A month, 1…12.
    case month(Int)

    /// Evidence weight relative to a plain term: names, numbers and dates pin events down better than
    /// vocabulary, so they count more (a fixed prior, on top of the rarity weighting).
    var kindWeight: Double {
        switch self {
        case .term: return 1.0
        case .name: return 1.5
        case .number: return 1.5
        case .month: return 1.0
        }
    }
}

/// A document as pairing sees it: its evidence units and the union of their keys.
///
/// A unit is one word (or number) with the keys it may match on the other side: a German word has
/// one key per candidate translation (and a name key when capitalized), an English word its own stem
/// (and name). Coverage counts a unit once if any of its keys is found, so a word with many dictionary
/// senses is not worth more than a word with one.
public struct DocumentFeatures: Sendable {
    /// Sorted, unique key ids of all units (for the inverted index and coverage look-ups).
    public internal(set) var keys: [Int32] = []
    /// The text behind each key, parallel to `keys`, as an index into the pairer's surface table
    /// (words repeat across articles; storing each once keeps 10,000-article runs small).
    var keySurfaces: [Int32] = []
    /// Units in CSR layout: unit i has the keys at positions `unitKeys[unitStarts[i]..<unitStarts[i + 1]]`
    /// of `keys` (positions, not ids, so coverage can use a per-position match mask).
    var unitStarts: [Int32] = [0]
    var unitKeys: [Int32] = []
    /// How many word tokens the document has.
    public internal(set) var wordCount = 0

    var unitCount: Int { unitStarts.count - 1 }

    /// The positions in `keys` of unit `index`'s keys.
    func unit(_ index: Int) -> ArraySlice<Int32> {
        unitKeys[Int(unitStarts[index])..<Int(unitStarts[index + 1])]
    }
}
