/// `spacing-artifact`: the stray space a machine-translation detokenizer leaves before a hyphen
/// ("EU -Kommission"). The detection is the normalizer's `DetokenizationSpaceDetector`, so that
/// what `bitext normalize` repairs is exactly what QA reports.
struct SpacingArtifactCheck: QARule {
    static let check = QACheck(
        id: "spacing-artifact",
        title: "Stray space before a hyphen",
        explanation: """
            A space between a word and a hyphenated continuation ("EU -Kommission", "Nord -Irland") \
            is left by machine-translation detokenizers; the word must be joined. Suspended compounds after \
            a conjunction ("Haupt- und -nebensatz") are correct and not reported.
            """,
        severity: .error)

    let detector: DetokenizationSpaceDetector

    init(spacing: DetokenizationSpaceDetector) {
        detector = spacing
    }

    func findings(in input: QAInput) -> [QAFinding] {
        let text = input.target
        let scalars = text.scalars
        return detector.straySpaces(in: scalars).map { space in
            var start = space
            while start > 0, !scalars[start - 1].properties.isWhitespace { start -= 1 }
            while start < space, !ScalarClass.isLetterOrDigit(scalars[start]) { start += 1 }
            var end = space + 2
            while end < scalars.count, ScalarClass.isLetterOrDigit(scalars[end]) || scalars[end] == "-" { end += 1 }
            let joined = text.string(start..<space) + text.string((space + 1)..<end)
            return text.finding(Self.check, start..<end, message: "stray space before the hyphen; write \"\(joined)\"",
                                suggestion: joined)
        }
    }
}
