/// `addition`: a target sentence the aligner pairs with no source sentence (a 0-1 bead): text the
/// source does not have.
struct AdditionCheck: QARule {
    static let check = QACheck(
        id: "addition",
        title: "Sentence without a source",
        explanation: """
            A sentence of the translation has no counterpart in the source according to the sentence \
            alignment: it was added, or it translates something the alignment could not match. Very \
            short sentences (headings, bylines) are not reported.
            """,
        severity: .warning,
        needsSource: true)

    func findings(in input: QAInput) -> [QAFinding] {
        let text = input.target
        var result: [QAFinding] = []
        for bead in input.beads where bead.source.isEmpty && !bead.target.isEmpty {
            let words = bead.target.flatMap { text.tokenRange(ofSentence: $0) }.filter { text.tokens[$0].kind == .word }.count
            guard words >= OmissionCheck.minimumWords else { continue }
            let range = text.sentences[bead.target.lowerBound].scalars.lowerBound..<text.sentences[bead.target.upperBound - 1].scalars.upperBound
            result.append(text.finding(Self.check, range, message: "this sentence has no counterpart in the source"))
        }
        return result
    }
}
