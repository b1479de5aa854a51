/// A bilingual word lexicon: source-language stems → target-language stems.
///
/// Both sides are Snowball stems of lower-cased words, so "Botschaften" finds the entry of
/// "Botschaft" and "embassies" matches "embassy". Target stems are interned to dense ids, which
/// lets the aligner use them directly as match keys (see `AlignmentKeys`).
///
/// ```swift
/// var lexicon = Lexicon(source: .de, target: .en)
/// lexicon.add(sourceStem: "botschaft", targetStem: "embassi")
/// lexicon.translations(ofStem: "botschaft")  // [0]
/// ```
public struct Lexicon: Sendable {
    public let source: Language
    public let target: Language
    /// The interned target stems; a target id indexes this array.
    public private(set) var targetStems: [String] = []
    private var targetIDs: [String: Int32] = [:]
    private var table: [String: [Int32]] = [:]

    public init(source: Language, target: Language) {
        self.source = source
        self.target = target
    }

    /// A lexicon from interned target stems and sorted, unique translation lists (`LexiconBuilder`).
    init(source: Language, target: Language, targetStems: [String], translations: [String: [Int32]]) {
        self.source = source
        self.target = target
        self.targetStems = targetStems
        var ids: [String: Int32] = [:]
        ids.reserveCapacity(targetStems.count)
        for (id, stem) in targetStems.enumerated() { ids[stem] = Int32(id) }
        targetIDs = ids
        table = translations
    }

    /// The number of source stems with at least one translation.
    public var count: Int { table.count }
    public var isEmpty: Bool { table.isEmpty }

    /// The id of a target stem, if the lexicon knows it.
    public func targetID(ofStem stem: String) -> Int32? { targetIDs[stem] }

    /// The target ids a source stem translates to (sorted, unique), or [] when unknown.
    public func translations(ofStem stem: String) -> [Int32] { table[stem] ?? [] }

    public func contains(sourceStem stem: String) -> Bool { table[stem] != nil }

    /// Records that `sourceStem` may translate as `targetStem`. Call `compact()` after a batch.
    public mutating func add(sourceStem: String, targetStem: String) {
        let id: Int32
        if let known = targetIDs[targetStem] {
            id = known
        } else {
            id = Int32(targetStems.count)
            targetStems.append(targetStem)
            targetIDs[targetStem] = id
        }
        table[sourceStem, default: []].append(id)
    }

    /// Adds every entry of `other` (same language pair).
    public mutating func merge(_ other: Lexicon) {
        for (stem, ids) in other.table {
            for id in ids { add(sourceStem: stem, targetStem: other.targetStems[Int(id)]) }
        }
        compact()
    }

    /// Sorts and de-duplicates each translation list.
    ///
    /// - Complexity: O(n log n) in the number of entries.
    public mutating func compact() {
        for key in table.keys {
            table[key] = Array(Set(table[key] ?? [])).sorted()
        }
    }
}
