/// Orders the single-slip corrections of an unknown word by how likely the slip is, so that the
/// spelling check can offer one without asking Hunspell's suggestion search.
///
/// Why not Hunspell: `Hunspell_suggest` takes tens of milliseconds per German word (its n-gram
/// search checks a clock as it goes) and was, on terminology-heavy text, the largest single cost of
/// a QA batch. The slips `TypoCorrector` finds are few and of known kinds, and typists' slips have
/// a known order of likelihood: a doubled or transposed letter before a dropped one, a dropped one
/// before a wrong one, and a wrong letter next to the right one on the keyboard before any other.
/// The keyboard and the umlaut pairs are the language's (`spelling-morphology.txt`).
struct CorrectionRanking: Sendable {
    /// The keyboard's letter rows, top to bottom.
    private let rows: [[Unicode.Scalar]]
    /// Vowels and their umlauts, both ways round.
    private let umlautPairs: Set<[Unicode.Scalar]>

    init(keyboardRows: [String], umlautPairs: [String]) {
        rows = keyboardRows.map { Array($0.unicodeScalars) }
        let pairs = umlautPairs.map { Array($0.unicodeScalars) }.filter { $0.count == 2 }
        self.umlautPairs = Set(pairs + pairs.map { [$0[1], $0[0]] })
    }

    /// The ranking with the language's keyboard, read from its `spelling-morphology` data (no
    /// neighbour or umlaut preference for a language without one).
    init(language: Language) throws {
        let data = try LanguageDataFile.loadIfPresent("spelling-morphology", language: language)
        self.init(keyboardRows: data.section("keyboard-rows"), umlautPairs: data.section("vowel-umlaut-pairs"))
    }

    /// The corrections, most likely first; ties keep the order given.
    func ranked(_ corrections: [String], for word: String) -> [String] {
        let typed = Array(word.lowercased().unicodeScalars)
        return corrections.enumerated()
            .map { (rank: rank(typed, Array($0.element.lowercased().unicodeScalars)), order: $0.offset, word: $0.element) }
            .sorted { ($0.rank, $0.order) < ($1.rank, $1.order) }
            .map(\.word)
    }

    /// 0 for the likeliest kind of slip, larger for less likely ones.
    func rank(_ typed: [Unicode.Scalar], _ meant: [Unicode.Scalar]) -> Int {
        if typed.count == meant.count {
            let differing = typed.indices.filter { typed[$0] != meant[$0] }
            if differing.count == 2, differing[1] == differing[0] + 1,
               typed[differing[0]] == meant[differing[1]], typed[differing[1]] == meant[differing[0]] { return 1 }  // transposed
            guard differing.count == 1, let i = differing.first else { return 6 }
            if umlautPairs.contains([typed[i], meant[i]]) { return 2 }
            return areNeighbours(typed[i], meant[i]) ? 3 : 5
        }
        if typed.count == meant.count + 1, let i = Self.firstDifference(meant, typed) {
            // A letter typed twice ("begonnnen") or one extra key.
            return i > 0 && typed[i] == typed[i - 1] ? 0 : (i + 1 < typed.count && areNeighbours(typed[i], typed[i + 1]) ? 3 : 4)
        }
        if meant.count == typed.count + 1, let i = Self.firstDifference(typed, meant) {
            // A letter dropped: a doubled one ("komen") or any.
            return i > 0 && meant[i] == meant[i - 1] ? 1 : 3
        }
        return 6
    }

    /// Where `shorter` and `longer` first differ (the position of the extra letter in `longer`).
    private static func firstDifference(_ shorter: [Unicode.Scalar], _ longer: [Unicode.Scalar]) -> Int? {
        for i in longer.indices where i >= shorter.count || shorter[i] != longer[i] { return i }
        return nil
    }

    /// Whether two keys touch: side by side in a row, or in the rows above and below, offset by at
    /// most one key.
    private func areNeighbours(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> Bool {
        for (r, row) in rows.enumerated() {
            guard let i = row.firstIndex(of: a) else { continue }
            if (i > 0 && row[i - 1] == b) || (i + 1 < row.count && row[i + 1] == b) { return true }
            for other in [r - 1, r + 1] where rows.indices.contains(other) {
                if let j = rows[other].firstIndex(of: b), abs(j - i) <= 1 { return true }
            }
            return false
        }
        return false
    }
}
