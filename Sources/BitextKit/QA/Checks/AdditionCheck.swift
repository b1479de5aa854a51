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

    let links: LexicalLinks

    /// - Complexity: O(b + s + t) for b beads and s and t words on the two sides: each unpaired
    ///   sentence is compared with at most four sentences around its place.
    func findings(in input: QAInput) -> [QAFinding] {
        guard let source = input.source else { return [] }
        let text = input.target
        var result: [QAFinding] = []
        // The source sentence index where the next unpaired target sentence stands.
        var sourcePosition = 0
        for bead in input.beads {
            defer { sourcePosition = max(sourcePosition, bead.source.upperBound) }
            guard bead.source.isEmpty, !bead.target.isEmpty else { continue }
            let words = bead.target.flatMap { text.tokenRange(ofSentence: $0) }.filter { text.tokens[$0].kind == .word }.count
            guard words >= OmissionCheck.minimumWords else { continue }
            if links.lexicon.hasLexicon {
                let around = LexicalLinks.window(around: sourcePosition, in: source.sentences.count)
                let (linked, content) = links.linkedContent(of: text, sentences: bead.target, textIsTarget: true, in: source, sentences: around)
                guard OmissionCheck.carriesOwnContent(linked: linked, content: content) else { continue }
            }
            let range = text.sentences[bead.target.lowerBound].scalars.lowerBound..<text.sentences[bead.target.upperBound - 1].scalars.upperBound
            result.append(text.finding(Self.check, range, message: "this sentence has no counterpart in the source"))
        }
        return result
    }
}
