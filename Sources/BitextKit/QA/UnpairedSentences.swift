/// The sentences of one side that the sentence alignment pairs with nothing and whose content the
/// other side around their place lacks: what `omission` reports on the source side and `addition`
/// on the target side. One home for the rule both follow, so that the two checks stay mirror images.
///
/// A sentence split in two or merged into its neighbour is unpaired too, but its words are rendered
/// by the sentences next to its place; one left out or added shares few of them.
///
/// One case is the source side's alone: a source sentence left out that the aligner paired, with its
/// neighbour, to the neighbour's translation (`unrendered(in:joinedTo:…)`), as when a sentence-level
/// system drops sentences of a paragraph. Its mirror, a target sentence paired with its neighbour to
/// one source sentence, is mostly a translator's split, in words the dictionary does not link: tried
/// in session 18, it gave 16 false alarms on the development halves of the clean human translations
/// (one on their test half with the test of lengths) for 3 findings on WMT23's MT development half.
struct UnpairedSentences {
    /// Which side's unpaired sentences are looked for.
    enum Side {
        case source
        case target
    }

    /// Sentences with fewer words are headings or bylines, whose omission or addition is usually deliberate.
    static let minimumWords = 4

    /// How many of the other side's sentences before and after a bead's place a sentence merged into
    /// the bead is looked for in.
    static let mergedRadius = 5

    let links: LexicalLinks

    /// The unpaired sentence groups of `side` that carry content of their own, each with the other
    /// side's sentence index where it stands (the sentences before it on the other side end there).
    /// Without a dictionary, every unpaired group long enough counts.
    ///
    /// - Complexity: O(b + s + t) for b beads and s and t words on the two sides: each unpaired
    ///   group is compared with at most four sentences around its place, each sentence of a bead that
    ///   joins several source sentences with at most ten.
    func find(in input: QAInput, side: Side) -> [(sentences: Range<Int>, otherPosition: Int)] {
        guard let source = input.source else { return [] }
        let (text, other) = side == .source ? (source, input.target) : (input.target, source)
        var result: [(sentences: Range<Int>, otherPosition: Int)] = []
        var otherPosition = 0
        var windows: [Range<Int>: LexicalLinks.OtherSideWindow] = [:]
        /// Whether `sentences` are long enough and say what the other side's sentences `around` lack
        /// (`carriesOwnContent`, or with `strictly`, none of it rendered).
        func standsAlone(_ sentences: Range<Int>, around: Range<Int>, strictly: Bool = false) -> Bool {
            let words = sentences.flatMap { text.tokenRange(ofSentence: $0) }.filter { text.tokens[$0].kind == .word }.count
            guard words >= Self.minimumWords else { return false }
            guard links.lexicon.hasLexicon else { return true }
            let window = windows[around] ?? links.window(other, sentences: around, textIsTarget: side == .target)
            windows[around] = window
            let (linked, content) = links.linkedContent(of: text, sentences: sentences, textIsTarget: side == .target, against: window)
            return strictly ? content >= 2 && linked == 0 : Self.carriesOwnContent(linked: linked, content: content)
        }
        for bead in input.beads {
            let (own, others) = side == .source ? (bead.source, bead.target) : (bead.target, bead.source)
            defer { otherPosition = max(otherPosition, others.upperBound) }
            if others.isEmpty, !own.isEmpty {
                if standsAlone(own, around: LexicalLinks.window(around: otherPosition, in: other.sentences.count)) {
                    result.append((own, otherPosition))
                }
            } else if side == .source, own.count >= 2, links.lexicon.hasLexicon {
                // Rendered nowhere near: the translation of a merged sentence may also stand a few
                // sentences away, where the aligner did not pair it. The aligner paired it with the
                // others, which is evidence against an omission: only a sentence of which nothing is
                // rendered counts.
                let around = LexicalLinks.window(around: others.lowerBound, in: other.sentences.count, radius: Self.mergedRadius)
                result += Self.unrendered(in: own, joinedTo: others, standsAlone: { standsAlone($0, around: around, strictly: true) },
                                          fitsRenderedOnly: { Self.fitsRenderedOnly($0, of: own, source: text, translation: others, target: other) })
            }
        }
        return result
    }

    /// The sentences of a bead that joins several of this side's sentences to the other side's whose
    /// content the other side lacks, while at least one of them is not (rendered, or too short to
    /// judge: counted as rendered), and whose other side is as short as those alone would make it
    /// (`fitsRenderedOnly`, given them): the aligner
    /// pairs a sentence left out with its neighbour when no better pairing is left (a paragraph of
    /// three sentences rendered as one short sentence). A translator who joins or splits sentences
    /// renders them all, at their full length, in words the dictionary may not link: the lengths
    /// tell the two apart where the words do not. A sentence before the rendered ones stands where
    /// the bead's other side starts, any other where it ends. When none is rendered, the bead's
    /// translation renders nothing of it: `non-translation`'s case, not this.
    static func unrendered(in own: Range<Int>, joinedTo others: Range<Int>, standsAlone: (Range<Int>) -> Bool,
                           fitsRenderedOnly: ([Int]) -> Bool) -> [(sentences: Range<Int>, otherPosition: Int)] {
        let alone = own.filter { standsAlone($0..<($0 + 1)) }
        let rendered = own.filter { !alone.contains($0) }
        guard !alone.isEmpty, let firstRendered = rendered.first, fitsRenderedOnly(rendered) else { return [] }
        return alone.map { ($0..<($0 + 1), $0 < firstRendered ? others.lowerBound : others.upperBound) }
    }

    /// Whether the translation's length (`translation` of `target`) is nearer what the `rendered` source
    /// sentences alone would give than what all of `own` would, at the language pair's ratio
    /// (`LengthDiagonal`), not the texts' own, which a sentence left out skews.
    static func fitsRenderedOnly(_ rendered: [Int], of own: Range<Int>, source: QAText, translation: Range<Int>, target: QAText) -> Bool {
        let length = { (sentences: [Int], text: QAText) in sentences.reduce(0) { $0 + text.sentences[$1].scalars.count } }
        let renderedOnly = LengthDiagonal.germanPerEnglish * Double(length(rendered, source))
        let all = LengthDiagonal.germanPerEnglish * Double(length(Array(own), source))
        return Double(length(Array(translation), target)) < (renderedOnly + all) / 2
    }

    /// Whether an unpaired sentence says something the other side around it lacks: two content
    /// words or more, fewer than half of them rendered there. A sentence of one content word or
    /// none ("Yes, it is.") carries too little to tell.
    static func carriesOwnContent(linked: Int, content: Int) -> Bool {
        content >= 2 && 2 * linked < content
    }
}
