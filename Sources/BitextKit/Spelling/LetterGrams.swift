/// Which runs of four letters a language's words contain, word boundaries included: a test that costs
/// a few bit look-ups and rules out most of the spelling candidates `TypoCorrector` generates before
/// Hunspell is asked about them.
///
/// Why: a one-slip search tries about sixty candidates per letter, and Hunspell needs microseconds to
/// reject each one (its German compound rules try every split), which made the correction search most
/// of the QA pass on text with many rare words. A candidate whose changed letters form a four-letter run
/// that no listed German word has ("Empfinqlichkeit": "inql") is not a word either. Built from the
/// dictionary's word forms, compounds included, so the runs across a compound's seam are known too.
/// Measured on the unknown words of the WMT23 terminology and WMT24 sets: 23 % of the candidates pass,
/// and all 73 that Hunspell accepts are among them (three letters let 58 % pass).
///
/// Letters outside a–z, ä, ö, ü and ß map to one "other" symbol that always passes: the table says
/// nothing about them.
struct LetterGrams: Sendable {
    /// Letters per run.
    static let order = 4
    /// The fewest words a table must come from to be trusted: a whole dictionary's word list (Ding
    /// lists about 330,000 German forms). A glossary's few hundred words would rule out real words.
    static let minimumWordList = 100_000
    private static let boundary = 30
    private static let other = 31
    private static let symbols = 32

    /// How many 64-bit words the table has.
    static let wordCount = (1 << (5 * order)) / 64

    /// One bit per possible run, indexed by its symbols in base 32.
    private(set) var bits: [UInt64]

    /// A table read back from `bits` (`Lexicon+Serialization`); nil when the count is wrong.
    init?(bits: [UInt64]) {
        guard bits.count == Self.wordCount else { return nil }
        self.bits = bits
    }

    /// The runs of `words` (any case).
    init<Words: Sequence>(words: Words) where Words.Element == String {
        bits = [UInt64](repeating: 0, count: Self.wordCount)
        var symbols: [Int] = []
        for word in words {
            symbols.removeAll(keepingCapacity: true)
            symbols.append(Self.boundary)
            for scalar in word.unicodeScalars { symbols.append(Self.symbol(scalar)) }
            symbols.append(Self.boundary)
            guard symbols.count >= Self.order else { continue }
            for start in 0...(symbols.count - Self.order) { insert(symbols[start..<(start + Self.order)]) }
        }
    }

    /// Whether every run of `word` (padded with boundaries) that covers a letter in `changed` is a
    /// known one. Positions are indices into `word`; an empty `changed` marks a deletion point, and the
    /// runs across that seam are tested.
    func allows(_ word: [Unicode.Scalar], changed: Range<Int>) -> Bool {
        // Padded coordinates: word[k] is at k + 1, the boundaries at 0 and word.count + 1. Runs that
        // cover padded positions lowerBound + 1 ..< upperBound + 1 (or span the seam before
        // lowerBound + 1) start from lowerBound + 2 - order up to upperBound.
        let padded = word.count + 2
        let first = max(0, changed.lowerBound + 2 - Self.order)
        let last = min(padded - Self.order, changed.upperBound)
        guard first <= last else { return true }
        for start in first...last where !passes(word, runAt: start) { return false }
        return true
    }

    /// The padded start positions of the runs of `word` (padded with boundaries) that no listed word
    /// has, in order. A single slip changes one place, so a correction must repair all of them there.
    func unknownRuns(in word: [Unicode.Scalar]) -> [Int] {
        let padded = word.count + 2
        guard padded >= Self.order else { return [] }
        return (0...(padded - Self.order)).filter { !passes(word, runAt: $0) }
    }

    /// Whether the run at padded position `start` is a known one, or has a letter the table says
    /// nothing about.
    private func passes(_ word: [Unicode.Scalar], runAt start: Int) -> Bool {
        let padded = word.count + 2
        var index = 0
        for offset in 0..<Self.order {
            let position = start + offset
            let symbol = position == 0 || position == padded - 1 ? Self.boundary : Self.symbol(word[position - 1])
            if symbol == Self.other { return true }
            index = index << 5 | symbol
        }
        return bits[index >> 6] & (1 << UInt64(index & 63)) != 0
    }

    /// Whether `word` starts as some listed word starts and ends as some listed word ends: its first
    /// and last run, boundaries included, are known. A weaker test than `allows(_:changed:)` over the
    /// whole word, and one that compounds pass (they start with their first part and end with their
    /// last), whatever the seams in between.
    func allowsEdges(_ word: [Unicode.Scalar]) -> Bool {
        allows(word, changed: 0..<0) && allows(word, changed: word.count..<word.count)
    }

    /// The runs of both tables.
    func union(_ other: LetterGrams) -> LetterGrams {
        var result = self
        for index in bits.indices { result.bits[index] |= other.bits[index] }
        return result
    }

    private mutating func insert(_ run: ArraySlice<Int>) {
        guard !run.contains(Self.other) else { return }
        let index = run.reduce(0) { $0 << 5 | $1 }
        bits[index >> 6] |= 1 << UInt64(index & 63)
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
