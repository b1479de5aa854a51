/// `addition`: a target sentence the aligner pairs with no source sentence (a 0-1 bead) whose content
/// the source around its place lacks: text the source does not have.
struct AdditionCheck: QARule {
    static let check = QACheck(
        id: "addition",
        title: "Sentence without a source",
        explanation: """
            A sentence of the translation has no counterpart in the source according to the sentence \
            alignment, and most of its content words render nothing in the source sentences around its \
            place (by the dictionary, a shared name or number): it was added. A sentence whose words \
            the neighbouring source does have is a source sentence the translator split, which is no \
            addition. Very short sentences (headings, bylines) are not reported.
            """,
        severity: .warning,
        needsSource: true)

    let unpaired: UnpairedSentences

    init(links: LexicalLinks) {
        unpaired = UnpairedSentences(links: links)
    }

    /// - Complexity: O(b + s + t) for b beads and s and t words on the two sides (`UnpairedSentences`).
    func findings(in input: QAInput) -> [QAFinding] {
        let text = input.target
        return unpaired.find(in: input, side: .target).map { sentences, _ in
            let range = text.sentences[sentences.lowerBound].scalars.lowerBound..<text.sentences[sentences.upperBound - 1].scalars.upperBound
            return text.finding(Self.check, range, message: "this sentence has no counterpart in the source")
        }
    }
}
