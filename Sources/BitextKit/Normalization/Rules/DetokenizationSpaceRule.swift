/// Finds the stray space a machine-translation detokenizer leaves before a hyphen: "EU -Kommission",
/// "Nord -Irland", "Hafen -Behörde". Used by the normalizer (to repair) and by QA (to report), so the
/// rule lives here once.
///
/// A space, a hyphen and a letter, after a word: the space goes. Correct German keeps a leading hyphen
/// after a conjunction ("Haupt- und -nebensatz"), so words from `suspended-hyphen-words.txt` before the
/// space exempt it; a spaced dash ("Wien - Delegationen") has a space after the hyphen and never matches.
public struct DetokenizationSpaceDetector: Sendable {
    private let exemptWords: Set<String>

    public init(language: Language) throws {
        exemptWords = Set(try LanguageDataFile.loadIfPresent("suspended-hyphen-words", language: language).entries.map { $0.text.lowercased() })
    }

    /// The indices of the stray spaces in `scalars`.
    ///
    /// - Complexity: O(n).
    public func straySpaces(in scalars: [Unicode.Scalar]) -> [Int] {
        var result: [Int] = []
        var index = 1
        while index + 2 < scalars.count {
            defer { index += 1 }
            guard scalars[index] == " ", scalars[index + 1] == "-" || scalars[index + 1] == "\u{2010}",
                  ScalarClass.isLetter(scalars[index + 2]) else { continue }
            let previous = scalars[index - 1]
            guard ScalarClass.isLetterOrDigit(previous) || previous == ")" || previous == "." else { continue }
            var wordStart = index - 1
            while wordStart > 0, !ScalarClass.isBlank(scalars[wordStart - 1]), scalars[wordStart - 1] != "\n" { wordStart -= 1 }
            var word = String.UnicodeScalarView()
            word.append(contentsOf: scalars[wordStart..<index])
            // "und/oder -parva-Typ": of words joined by a slash, the last is the one before the hyphen.
            let last = String(word).split(separator: "/").last.map(String.init) ?? ""
            if exemptWords.contains(last.lowercased()) { continue }
            // "Vor- und -nach": a word that itself ends in a hyphen is part of the same construction.
            if previous == "-" { continue }
            result.append(index)
        }
        return result
    }
}

struct DetokenizationSpaceRule: NormalizationRule {
    let id = "detokenization-space"
    let detector: DetokenizationSpaceDetector

    func replacements(in buffer: NormalizationBuffer) -> [NormalizationBuffer.Replacement] {
        detector.straySpaces(in: buffer.scalars).map { .init($0..<($0 + 1)) }
    }
}
