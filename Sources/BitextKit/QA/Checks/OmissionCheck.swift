/// `omission`: a source sentence the aligner pairs with no target sentence (a 1-0 bead) and whose
/// content the translation around its place does not render: left out of the translation. The
/// finding is a zero-width mark where the sentence would have been.
struct OmissionCheck: QARule {
    static let check = QACheck(
        id: "omission",
        title: "Source sentence not translated",
        explanation: """
            A sentence of the source has no counterpart in the translation according to the sentence \
            alignment, and most of its content words are rendered nowhere in the translated sentences \
            around its place (by the dictionary, a shared name or number): it was probably left out. \
            A sentence whose words the neighbouring translation does render was merged into another \
            one, which is no omission. The finding marks the place in the target where it belongs. \
            Very short sentences (headings, bylines) are not reported.
            """,
        severity: .warning,
        needsSource: true)

    let unpaired: UnpairedSentences

    init(links: LexicalLinks) {
        unpaired = UnpairedSentences(links: links)
    }

    /// - Complexity: O(b + s + t) for b beads and s and t words on the two sides (`UnpairedSentences`).
    func findings(in input: QAInput) -> [QAFinding] {
        guard let source = input.source else { return [] }
        let text = input.target
        return unpaired.find(in: input, side: .source).map { sentences, targetPosition in
            // The gap: after the last target sentence of the beads before.
            let position = targetPosition > 0 ? text.sentences[targetPosition - 1].scalars.upperBound : 0
            let sentence = source.string(source.sentences[sentences.lowerBound].scalars.lowerBound..<source.sentences[sentences.upperBound - 1].scalars.upperBound)
            return text.finding(Self.check, position..<position, message: "the source sentence \"\(sentence)\" has no translation here")
        }
    }
}
