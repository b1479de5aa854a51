/// The sides of lexical evidence (`LexicalEvidence.GermanSide`, `.EnglishSide`) of one statistics'
/// terms, by term id, each derived when a pair of the term is first judged.
///
/// Why: a term is judged against many terms of the other language. The corpus-scale glossary step
/// on 3,000 articles per side judges 1.7 million comparable pair lines between 5,656 German and 8,096
/// English terms; deriving both sides anew for every pair (lexicon lookups, compound splits, cognate
/// spellings, and a copy of the whole `LexicalEvidence` per pair for the English stems) took 37 %
/// of the step's CPU time.
///
/// A side is derived from the term's first occurrence, which must be final when a pair of the term
/// is first judged: as it is in merged statistics (`TermPairer.candidates`, the second pass of
/// `GlossaryStatistics.StoredMerge`) and in counts made in corpus order (`GlossaryStatistics.PairFilter`).
final class TermEvidenceSides {
    let evidence: LexicalEvidence
    private var german: [LexicalEvidence.GermanSide?] = []
    private var english: [LexicalEvidence.EnglishSide?] = []

    init(evidence: LexicalEvidence) {
        self.evidence = evidence
    }

    /// `LexicalEvidence.matches` of German term `g` and English term `e` of `statistics`.
    func matches(german g: Int, english e: Int, in statistics: GlossaryStatistics) -> [LexicalEvidence.Match] {
        evidence.matches(german: Self.side(g, in: &german) { evidence.germanSide(statistics.german.terms[g].occurrence) },
                         english: Self.side(e, in: &english) { evidence.englishSide(statistics.english.terms[e].occurrence) })
    }

    /// Term `id`'s side from `sides`, or `derive`d when not there yet. The terms are read only then:
    /// handing their table to every call retained its storage twice per pair.
    private static func side<Side>(_ id: Int, in sides: inout [Side?], derive: () -> Side) -> Side {
        if id < sides.count, let known = sides[id] { return known }
        if id >= sides.count { sides += repeatElement(nil, count: id + 1 - sides.count) }
        let side = derive()
        sides[id] = side
        return side
    }
}
