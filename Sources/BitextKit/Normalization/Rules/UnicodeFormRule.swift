/// Brings each line into NFC (or NFKC on request) with ICU, recording only the span that changed, so an
/// edit reads "a + ◌̈ → ä" rather than a whole rewritten line.
struct UnicodeFormRule: NormalizationRule {
    let form: UnicodeNormalizer.Form
    var id: String { form.rawValue }

    func replacements(in buffer: NormalizationBuffer) throws -> [NormalizationBuffer.Replacement] {
        var result: [NormalizationBuffer.Replacement] = []
        for line in buffer.lineRanges where !line.isEmpty {
            // Below U+0300 (Latin-1, Latin Extended A/B) every character is already in NFC, and so is
            // general punctuation from U+2010 to U+2027 (dashes, quotes, ellipsis): skip the ICU call for
            // such lines. NFKC folds some of them (², ½, …), so it always asks ICU.
            if form == .nfc, buffer.scalars[line].allSatisfy({ $0.value < 0x300 || (0x2010...0x2027).contains($0.value) }) { continue }
            let original = buffer.scalars[line]
            let normalized = Array(try UnicodeNormalizer.normalize(buffer.string(line), to: form).unicodeScalars)
            if normalized.elementsEqual(original) { continue }
            var prefix = 0
            while prefix < min(original.count, normalized.count), original[line.lowerBound + prefix] == normalized[prefix] { prefix += 1 }
            var suffix = 0
            while suffix < min(original.count, normalized.count) - prefix,
                  original[line.upperBound - 1 - suffix] == normalized[normalized.count - 1 - suffix] { suffix += 1 }
            let changed = (line.lowerBound + prefix)..<(line.upperBound - suffix)
            result.append(.init(changed, with: Array(normalized[prefix..<(normalized.count - suffix)])))
        }
        return result
    }
}
