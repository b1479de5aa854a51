/// `omission`: a source sentence the aligner pairs with no target sentence (a 1-0 bead), or pairs
/// with its neighbour to the neighbour's translation alone, and whose content the translation around
/// its place does not render: left out of the translation (`UnpairedSentences`). The finding is a
/// zero-width mark where the sentence would have been.
struct OmissionCheck: QARule {
    static let check = QACheck(
        id: "omission",
        title: "Source sentence not translated",
        explanation: """
            A sentence of the source has no counterpart in the translation according to the sentence \
            alignment, and most of its content words are rendered nowhere in the translated sentences \
            around its place (by the dictionary, a shared name or number): it was probably left out. \
            A sentence whose words the neighbouring translation does render was merged into another \
            one, which is no omission. A sentence the alignment pairs, with its neighbour, to the \
            neighbour's translation counts too when none of its content is rendered nearby and the \
            translation is about as long as the neighbour's alone would be. \
            The finding marks the place in the target where it belongs; \
            sentences left out one after another are one finding that counts them. \
            Very short sentences (headings, bylines) are not reported.
            """,
        severity: .warning,
        needsSource: true)

    let unpaired: UnpairedSentences

    init(links: LexicalLinks) {
        unpaired = UnpairedSentences(links: links)
    }

    /// Sentences left out one after another stand at one place of the target: they are one finding
    /// that names how many there are and quotes the first and the last (one finding per sentence
    /// would share a span, and the runner keeps one finding per span).
    ///
    /// - Complexity: O(b + s + t) for b beads and s and t words on the two sides (`UnpairedSentences`).
    func findings(in input: QAInput) -> [QAFinding] {
        guard let source = input.source else { return [] }
        let text = input.target
        // No target sentence lies between groups at one place, so every source sentence between
        // them is unpaired too.
        var runs: [(sentences: Range<Int>, targetPosition: Int)] = []
        for (sentences, targetPosition) in unpaired.find(in: input, side: .source) {
            if let run = runs.last, run.targetPosition == targetPosition {
                runs[runs.count - 1].sentences = run.sentences.lowerBound..<sentences.upperBound
            } else {
                runs.append((sentences, targetPosition))
            }
        }
        func quote(_ sentence: Int) -> String {
            source.string(source.sentences[sentence].scalars)
        }
        return runs.map { run in
            // The gap: after the last target sentence of the beads before.
            let position = run.targetPosition > 0 ? text.sentences[run.targetPosition - 1].scalars.upperBound : 0
            let (first, last) = (run.sentences.lowerBound, run.sentences.upperBound - 1)
            let message = first == last ? "the source sentence \"\(quote(first))\" has no translation here"
                : "\(run.sentences.count) source sentences, from \"\(quote(first))\" to \"\(quote(last))\", have no translation here"
            return text.finding(Self.check, position..<position, message: message)
        }
    }
}
