/// The sentences of one side that the sentence alignment pairs with nothing and whose content the
/// other side around their place lacks: what `omission` reports on the source side and `addition`
/// on the target side. One home for the rule both follow, so that the two checks stay mirror images.
///
/// A sentence split in two or merged into its neighbour is unpaired too, but its words are rendered
/// by the sentences next to its place; one left out or added shares few of them.
struct UnpairedSentences {
    /// Which side's unpaired sentences are looked for.
    enum Side {
        case source
        case target
    }

    /// Sentences with fewer words are headings or bylines, whose omission or addition is usually deliberate.
    static let minimumWords = 4

    let links: LexicalLinks

    /// The unpaired sentence groups of `side` that carry content of their own, each with the other
    /// side's sentence index where it stands (the sentences before it on the other side end there).
    /// Without a dictionary, every unpaired group long enough counts.
    ///
    /// - Complexity: O(b + s + t) for b beads and s and t words on the two sides: each unpaired
    ///   group is compared with at most four sentences around its place.
    func find(in input: QAInput, side: Side) -> [(sentences: Range<Int>, otherPosition: Int)] {
        guard let source = input.source else { return [] }
        let (text, other) = side == .source ? (source, input.target) : (input.target, source)
        var result: [(sentences: Range<Int>, otherPosition: Int)] = []
        var otherPosition = 0
        for bead in input.beads {
            let (own, others) = side == .source ? (bead.source, bead.target) : (bead.target, bead.source)
            defer { otherPosition = max(otherPosition, others.upperBound) }
            guard others.isEmpty, !own.isEmpty else { continue }
            let words = own.flatMap { text.tokenRange(ofSentence: $0) }.filter { text.tokens[$0].kind == .word }.count
            guard words >= Self.minimumWords else { continue }
            if links.lexicon.hasLexicon {
                let around = LexicalLinks.window(around: otherPosition, in: other.sentences.count)
                let (linked, content) = links.linkedContent(of: text, sentences: own, textIsTarget: side == .target, in: other, sentences: around)
                guard Self.carriesOwnContent(linked: linked, content: content) else { continue }
            }
            result.append((own, otherPosition))
        }
        return result
    }

    /// Whether an unpaired sentence says something the other side around it lacks: two content
    /// words or more, fewer than half of them rendered there. A sentence of one content word or
    /// none ("Yes, it is.") carries too little to tell.
    static func carriesOwnContent(linked: Int, content: Int) -> Bool {
        content >= 2 && 2 * linked < content
    }
}
