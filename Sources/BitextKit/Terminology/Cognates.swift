/// String similarity of a German and an English word after folding what regularly differs between
/// the two spellings of a borrowed word (k/c, z/c, ph/f, umlauts, final -e): Konferenz/conference,
/// Diplomat/diplomat, NATO/NATO.
enum Cognates {
    /// Similarity from which two words count as cognates.
    static let threshold = 0.8

    /// 1 − edit distance / longer length, over folded spellings; words shorter than 4 letters only
    /// match when identical (short words are similar by accident).
    ///
    /// - Complexity: that of `EditDistance.distance`.
    static func similarity(_ german: String, _ english: String) -> Double {
        let a = fold(german)
        let b = fold(english)
        guard !a.isEmpty, !b.isEmpty else { return 0 }
        if a == b { return 1 }
        guard min(a.count, b.count) >= 4 else { return 0 }
        return 1 - Double(EditDistance.distance(a, b)) / Double(max(a.count, b.count))
    }

    private static func fold(_ word: String) -> [UInt8] {
        var out: [UInt8] = []
        var bytes = Array(word.lowercased().unicodeScalars)
        if bytes.last == "e" { bytes.removeLast() }
        var k = 0
        while k < bytes.count {
            let s = bytes[k]
            switch s {
            case "ä": out.append(UInt8(ascii: "a"))
            case "ö": out.append(UInt8(ascii: "o"))
            case "ü": out.append(UInt8(ascii: "u"))
            case "ß": out += [UInt8(ascii: "s"), UInt8(ascii: "s")]
            case "k", "z", "c": out.append(UInt8(ascii: "c"))
            case "p" where k + 1 < bytes.count && bytes[k + 1] == "h":
                out.append(UInt8(ascii: "f"))
                k += 1
            default:
                if s.isASCII, s.properties.isAlphabetic || s.properties.numericType != nil { out.append(UInt8(s.value)) }
            }
            k += 1
        }
        return out
    }
}
