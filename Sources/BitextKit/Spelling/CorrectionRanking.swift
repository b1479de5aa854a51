/// Orders the single-slip corrections of an unknown word by how likely the slip is, so that the
/// spelling check can offer one without asking Hunspell's suggestion search.
///
/// Why not Hunspell: `Hunspell_suggest` takes tens of milliseconds per German word (its n-gram
/// search checks a clock as it goes) and was, on terminology-heavy text, the largest single cost of
/// a QA batch. The slips `TypoCorrector` finds are few and of known kinds, and typists' slips have
/// a known order of likelihood: a doubled or transposed letter before a dropped one, a dropped one
/// before a wrong one, and a wrong letter next to the right one on the (German) keyboard before any
/// other.
enum CorrectionRanking {
    /// Neighbouring keys on a German QWERTZ keyboard, row by row.
    private static let rows = ["qwertzuiopü", "asdfghjklöä", "yxcvbnm"].map { Array($0.unicodeScalars) }

    /// The corrections, most likely first; ties keep the order given.
    static func ranked(_ corrections: [String], for word: String) -> [String] {
        let typed = Array(word.lowercased().unicodeScalars)
        return corrections.enumerated()
            .map { (rank: rank(typed, Array($0.element.lowercased().unicodeScalars)), order: $0.offset, word: $0.element) }
            .sorted { ($0.rank, $0.order) < ($1.rank, $1.order) }
            .map(\.word)
    }

    /// 0 for the likeliest kind of slip, larger for less likely ones.
    static func rank(_ typed: [Unicode.Scalar], _ meant: [Unicode.Scalar]) -> Int {
        if typed.count == meant.count {
            let differing = typed.indices.filter { typed[$0] != meant[$0] }
            if differing.count == 2, differing[1] == differing[0] + 1,
               typed[differing[0]] == meant[differing[1]], typed[differing[1]] == meant[differing[0]] { return 1 }  // transposed
            guard differing.count == 1, let i = differing.first else { return 6 }
            if isUmlautPair(typed[i], meant[i]) { return 2 }
            return areNeighbours(typed[i], meant[i]) ? 3 : 5
        }
        if typed.count == meant.count + 1, let i = firstDifference(meant, typed) {
            // A letter typed twice ("begonnnen") or one extra key.
            return i > 0 && typed[i] == typed[i - 1] ? 0 : (i + 1 < typed.count && areNeighbours(typed[i], typed[i + 1]) ? 3 : 4)
        }
        if meant.count == typed.count + 1, let i = firstDifference(typed, meant) {
            // A letter dropped: a doubled one ("komen") or any.
            return i > 0 && meant[i] == meant[i - 1] ? 1 : 3
        }
        return 6  // "ss" for "ß" and the like are matched by their own rules before ranking matters
    }

    /// Where `shorter` and `longer` first differ (the position of the extra letter in `longer`).
    private static func firstDifference(_ shorter: [Unicode.Scalar], _ longer: [Unicode.Scalar]) -> Int? {
        for i in longer.indices where i >= shorter.count || shorter[i] != longer[i] { return i }
        return nil
    }

    private static func isUmlautPair(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> Bool {
        let pairs: Set<String> = ["aä", "äa", "oö", "öo", "uü", "üu"]
        return pairs.contains(String(a) + String(b))
    }

    private static func areNeighbours(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> Bool {
        for (r, row) in rows.enumerated() {
            guard let i = row.firstIndex(of: a) else { continue }
            if (i > 0 && row[i - 1] == b) || (i + 1 < row.count && row[i + 1] == b) { return true }
            // Keys above and below, offset by half a key.
            for other in [r - 1, r + 1] where rows.indices.contains(other) {
                let near = rows[other]
                if let j = near.firstIndex(of: b), abs(j - i) <= 1 { return true }
            }
            return false
        }
        return false
    }
}
