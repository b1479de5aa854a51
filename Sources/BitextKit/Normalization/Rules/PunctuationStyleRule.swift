/// Brings quotes, apostrophes and dashes to one convention per language, so that matching and QA see one
/// form: German „…“ and ‚…‘, English and French “…” and ‘…’ (guillemets are left alone: they are
/// correct in all three); the typographic apostrophe ’ inside words; an en dash for a spaced hyphen or
/// a double hyphen between words.
struct PunctuationStyleRule: NormalizationRule {
    let id = "punctuation-style"
    let language: Language

    func replacements(in buffer: NormalizationBuffer) -> [NormalizationBuffer.Replacement] {
        var result: [NormalizationBuffer.Replacement] = []
        let scalars = buffer.scalars
        let (open, close, openSingle, closeSingle): (Unicode.Scalar, Unicode.Scalar, Unicode.Scalar, Unicode.Scalar) =
            language == .de ? ("\u{201E}", "\u{201C}", "\u{201A}", "\u{2018}") : ("\u{201C}", "\u{201D}", "\u{2018}", "\u{2019}")
        for index in scalars.indices {
            let scalar = scalars[index]
            let before: Unicode.Scalar? = index > 0 ? scalars[index - 1] : nil
            let after: Unicode.Scalar? = index + 1 < scalars.count ? scalars[index + 1] : nil
            let opening = before.map { ScalarClass.isBlank($0) || $0 == "\n" || $0 == "(" || $0 == "[" || $0 == "\u{2013}" || $0 == "\u{2014}" } ?? true
            var replacement: Unicode.Scalar?
            switch scalar {
            case "\"":
                replacement = opening ? open : close
            case "\u{201C}" where language == .de:
                // English-style opening mark in German text becomes „; in closing position “ is already German.
                replacement = opening ? open : nil
            case "\u{201D}" where language == .de:
                replacement = opening ? open : close
            case "\u{201E}" where language != .de:
                replacement = open
            case "'", "\u{2018}", "\u{2019}", "`", "\u{00B4}":
                let inWord = before.map(ScalarClass.isLetterOrDigit) ?? false
                if inWord {
                    // Apostrophe ("Macron’s", "geht’s") or a closing single quote: both are ’ in English;
                    // in German ’ is the apostrophe and ‘ closes a quote, told apart by what follows.
                    let wordFollows = after.map(ScalarClass.isLetter) ?? false
                    replacement = wordFollows || language != .de ? "\u{2019}" : (scalar == "'" ? "\u{2019}" : nil)
                } else if opening {
                    replacement = openSingle
                } else if scalar == "'" || scalar == "`" || scalar == "\u{00B4}" {
                    replacement = closeSingle
                }
            case "-":
                if let before, let after, ScalarClass.isBlank(before), ScalarClass.isBlank(after),
                   index >= 2, ScalarClass.isLetterOrDigit(scalars[index - 2]) || ScalarClass.isPunctuationMark(scalars[index - 2]) {
                    replacement = "\u{2013}"
                }
            default:
                break
            }
            if let replacement, replacement != scalar {
                result.append(.init(index..<(index + 1), with: [replacement]))
            }
        }
        return result + doubleHyphens(in: scalars)
    }

    /// "word -- word" → "word – word".
    private func doubleHyphens(in scalars: [Unicode.Scalar]) -> [NormalizationBuffer.Replacement] {
        var result: [NormalizationBuffer.Replacement] = []
        var index = 1
        while index + 2 < scalars.count {
            if scalars[index] == "-", scalars[index + 1] == "-", ScalarClass.isBlank(scalars[index - 1]), ScalarClass.isBlank(scalars[index + 2]) {
                result.append(.init(index..<(index + 2), with: "\u{2013}"))
                index += 2
            } else {
                index += 1
            }
        }
        return result
    }
}
