/// Which runs of five and of four letters a language's words contain, word boundaries included: a
/// test that costs a few bit look-ups and rules out most of the spelling candidates `TypoCorrector`
/// generates before Hunspell is asked about them (runs of five), and most of the would-be compound
/// parts `CompoundDecomposer` tries (runs of four at a part's edges).
///
/// Why: a one-slip search tries about sixty candidates per letter, and Hunspell needs microseconds to
/// reject each one (its German compound rules try every split), which made the correction search most
/// of the QA pass on text with many rare words. A candidate whose changed letters form a run that no
/// listed German word has ("Empfinqlichkeit": "finql") is not a word either. Built from the
/// dictionary's word forms, compounds included, so the runs across a compound's seam are known too.
/// Measured on the unknown words of the MQM, WMT24 paragraph and WMT23 terminology records: 5 % of
/// the candidates pass (23 % with runs of four letters, 58 % with three); Hunspell accepts 198 of all
/// candidates, and the 9 of those the table rules out are no plausible corrections ("dase" → "döse",
/// "inotropen" → "Kinotropen"). WMT23's medical abstracts took 5.5 CPU seconds before this table and
/// `unknownRuns`, 3.0 after. The table takes 4 MB (2^25 bits). A compound part's edges are tested with runs of four: a part of three letters
/// ("Mix" in "Duftstoffmix") has no run of five inside one word at its edge.
///
/// Letters outside a–z, ä, ö, ü and ß map to one "other" symbol that always passes: the table says
/// nothing about them.
struct LetterGrams: Sendable {
    /// Letters per run of the candidate test (`allows`, `unknownRuns`).
    static let order = 5
    /// Letters per run of the edge test (`allowsEdges`).
    static let edgeOrder = 4
    /// The fewest words a table must come from to be trusted: a whole dictionary's word list (Ding
    /// lists about 330,000 German forms). A glossary's few hundred words would rule out real words.
    static let minimumWordList = 100_000
    private static let boundary = 30
    private static let other = 31

    /// How many 64-bit words each table has.
    static let wordCount = (1 << (5 * order)) / 64
    static let edgeWordCount = (1 << (5 * edgeOrder)) / 64

    /// One bit per possible run, indexed by its symbols in base 32: runs of `order` and of `edgeOrder`.
    private(set) var bits: [UInt64]
    private(set) var edgeBits: [UInt64]
    /// Runs added after the table was built (`adding(words:)`), by index as in `bits` and `edgeBits`:
    /// a glossary's few words join a dictionary's table without a copy of its 4 MB. Not serialized
    /// (the cache stores tables as built).
    private var addedRuns: Set<Int> = []
    private var addedEdgeRuns: Set<Int> = []

    /// A table read back from its bits (`Lexicon+Serialization`); nil when a count is wrong.
    init?(bits: [UInt64], edgeBits: [UInt64]) {
        guard bits.count == Self.wordCount, edgeBits.count == Self.edgeWordCount else { return nil }
        self.bits = bits
        self.edgeBits = edgeBits
    }

    /// The runs of `words` (any case).
    init<Words: Sequence>(words: Words) where Words.Element == String {
        bits = [UInt64](repeating: 0, count: Self.wordCount)
        edgeBits = [UInt64](repeating: 0, count: Self.edgeWordCount)
        for word in words {
            let symbols = Self.symbols(of: word)
            for index in Self.runs(symbols, order: Self.order) { bits[index >> 6] |= 1 << UInt64(index & 63) }
            for index in Self.runs(symbols, order: Self.edgeOrder) { edgeBits[index >> 6] |= 1 << UInt64(index & 63) }
        }
    }

    /// Whether every run of `word` (padded with boundaries) that covers a letter in `changed` is a
    /// known one. Positions are indices into `word`; an empty `changed` marks a deletion point, and the
    /// runs across that seam are tested.
    func allows(_ word: [Unicode.Scalar], changed: Range<Int>) -> Bool {
        Self.allows(word, changed: changed, order: Self.order, in: bits, added: addedRuns)
    }

    /// The padded start positions of the runs of `word` (padded with boundaries) that no listed word
    /// has, in order. A single slip changes one place, so a correction must repair all of them there.
    func unknownRuns(in word: [Unicode.Scalar]) -> [Int] {
        let padded = word.count + 2
        guard padded >= Self.order else { return [] }
        return (0...(padded - Self.order)).filter { !Self.passes(word, runAt: $0, order: Self.order, in: bits, added: addedRuns) }
    }

    /// Whether `word` starts as some listed word starts and ends as some listed word ends: its first
    /// and last run of four, boundaries included, are known. A weaker test than `allows(_:changed:)`
    /// over the whole word, and one that compounds pass (they start with their first part and end with
    /// their last), whatever the seams in between.
    func allowsEdges(_ word: [Unicode.Scalar]) -> Bool {
        Self.allows(word, changed: 0..<0, order: Self.edgeOrder, in: edgeBits, added: addedEdgeRuns)
            && Self.allows(word, changed: word.count..<word.count, order: Self.edgeOrder, in: edgeBits, added: addedEdgeRuns)
    }

    /// This table with the runs of `words` added: the same answers as a table built from both word
    /// lists, sharing this one's bits.
    ///
    /// - Complexity: O(total length of `words`).
    func adding<Words: Sequence>(words: Words) -> LetterGrams where Words.Element == String {
        var result = self
        for word in words {
            let symbols = Self.symbols(of: word)
            for index in Self.runs(symbols, order: Self.order) where !Self.isSet(index, in: bits) { result.addedRuns.insert(index) }
            for index in Self.runs(symbols, order: Self.edgeOrder) where !Self.isSet(index, in: edgeBits) { result.addedEdgeRuns.insert(index) }
        }
        return result
    }

    private static func allows(_ word: [Unicode.Scalar], changed: Range<Int>, order: Int, in table: [UInt64], added: Set<Int>) -> Bool {
        // Padded coordinates: word[k] is at k + 1, the boundaries at 0 and word.count + 1. Runs that
        // cover padded positions lowerBound + 1 ..< upperBound + 1 (or span the seam before
        // lowerBound + 1) start from lowerBound + 2 - order up to upperBound.
        let padded = word.count + 2
        let first = max(0, changed.lowerBound + 2 - order)
        let last = min(padded - order, changed.upperBound)
        guard first <= last else { return true }
        for start in first...last where !passes(word, runAt: start, order: order, in: table, added: added) { return false }
        return true
    }

    /// Whether the run at padded position `start` is a known one, or has a letter the table says
    /// nothing about.
    private static func passes(_ word: [Unicode.Scalar], runAt start: Int, order: Int, in table: [UInt64], added: Set<Int>) -> Bool {
        let padded = word.count + 2
        var index = 0
        for offset in 0..<order {
            let position = start + offset
            let symbol = position == 0 || position == padded - 1 ? boundary : Self.symbol(word[position - 1])
            if symbol == other { return true }
            index = index << 5 | symbol
        }
        return isSet(index, in: table) || (!added.isEmpty && added.contains(index))
    }

    private static func isSet(_ index: Int, in table: [UInt64]) -> Bool {
        table[index >> 6] & (1 << UInt64(index & 63)) != 0
    }

    /// A word's symbols between two boundaries.
    private static func symbols(of word: String) -> [Int] {
        [boundary] + word.unicodeScalars.map(symbol) + [boundary]
    }

    /// The table indices of the runs of `order` symbols in `symbols` that have no "other" symbol.
    private static func runs(_ symbols: [Int], order: Int) -> [Int] {
        guard symbols.count >= order else { return [] }
        return (0...(symbols.count - order)).compactMap { start in
            let run = symbols[start..<(start + order)]
            return run.contains(other) ? nil : run.reduce(0) { $0 << 5 | $1 }
        }
    }

    private static func symbol(_ scalar: Unicode.Scalar) -> Int {
        switch scalar.value {
        case 0x61...0x7A: return Int(scalar.value - 0x61)
        case 0x41...0x5A: return Int(scalar.value - 0x41)
        case 0xE4, 0xC4: return 26
        case 0xF6, 0xD6: return 27
        case 0xFC, 0xDC: return 28
        case 0xDF: return 29
        default: return other
        }
    }
}
