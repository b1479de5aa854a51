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

    /// Sentences with fewer words are headings or bylines whose omission is usually deliberate.
    static let minimumWords = 4

    let links: LexicalLinks

    /// - Complexity: O(b + s + t) for b beads and s and t words on the two sides: each unpaired
    ///   sentence is compared with at most four sentences around its place.
    func findings(in input: QAInput) -> [QAFinding] {
        guard let source = input.source else { return [] }
        let text = input.target
        var result: [QAFinding] = []
        // The target sentence index where the next unpaired source sentence stands.
        var targetPosition = 0
        for bead in input.beads {
            defer { targetPosition = max(targetPosition, bead.target.upperBound) }
            guard bead.target.isEmpty, !bead.source.isEmpty else { continue }
            let words = bead.source.flatMap { source.tokenRange(ofSentence: $0) }.filter { source.tokens[$0].kind == .word }.count
            guard words >= Self.minimumWords else { continue }
            if links.lexicon.hasLexicon {
                let around = LexicalLinks.window(around: targetPosition, in: text.sentences.count)
                let (linked, content) = links.linkedContent(of: source, sentences: bead.source, textIsTarget: false, in: text, sentences: around)
                guard Self.carriesOwnContent(linked: linked, content: content) else { continue }
            }
            // The gap: after the last target sentence of the previous beads.
            let position = targetPosition > 0 ? text.sentences[targetPosition - 1].scalars.upperBound : 0
            let sentence = source.string(source.sentences[bead.source.lowerBound].scalars.lowerBound..<source.sentences[bead.source.upperBound - 1].scalars.upperBound)
            result.append(text.finding(Self.check, position..<position, message: "the source sentence \"\(sentence)\" has no translation here"))
        }
        return result
    }

    /// Whether an unpaired sentence says something the other side around it lacks: two content
    /// words or more, fewer than half of them rendered there. A sentence split in two or merged
    /// into its neighbour shares most of its words with the sentences around it; one left out or
    /// added shares few. A sentence of one content word or none ("Yes, it is.") carries too little
    /// to tell.
    static func carriesOwnContent(linked: Int, content: Int) -> Bool {
        content >= 2 && 2 * linked < content
    }
}
