/// Pairs German and English term candidates over sentence pairs and ranks the pairs.
///
/// Every pair of terms that co-occur in a sentence pair is scored from two independent kinds of
/// evidence: association (Dice, with Dunning's log-likelihood ratio as the significance test) and
/// lexical evidence (lexicon, compound parts, names, cognates). Their combination is a noisy-or,
/// `1 − (1 − dice)(1 − w·lexical)`, so either kind alone can make a pair and both together make it
/// confident. Pairs are then linked competitively (Melamed 2000): best first, each German and each
/// English term used once, which removes the indirect associations co-occurrence alone produces
/// (Botschaft with "staffing" because embassies are staffed). The raw score becomes a calibrated
/// confidence (`GlossaryConfidenceCalibration`), and the glossary is ordered by confidence times
/// termhood (`Termhood`).
struct TermPairer {
    struct Parameters {
        /// Co-occurrences a pair needs without lexical evidence.
        var minimumJoint = 2
        /// Log-likelihood a pair needs without lexical evidence (p < 0.001).
        var minimumLogLikelihood = 10.83
        /// Lexical evidence that admits a pair on its own.
        var minimumLexical = 0.5
        /// Weight of lexical evidence in the noisy-or.
        var lexicalWeight = 0.85
        /// Comparable pairs' co-occurrence comes from guessed sentence pairs, so it admits nothing alone.
        var requireLexicalEvidence = false
        /// The curve from raw score to confidence: the parallel one for sentence pairs, the comparable
        /// one for article pairs, whose counts are of article pairs and guessed sentence pairs.
        var calibration: GlossaryConfidenceCalibration
        /// Whether the glossary is ordered by the confidence. Comparable builds are ordered by the raw
        /// score and support, the order their bars were measured with; their curve changes only the
        /// confidence written (`docs/results/glossary.md`).
        var ordersByConfidence = true

        init(calibration: GlossaryConfidenceCalibration) {
            self.calibration = calibration
        }
    }

    /// A scored candidate pair.
    struct Candidate {
        let german: Int
        let english: Int
        let joint: Int
        /// The strongest lexical evidence (0…1; 1: every word on both sides accounted for).
        let lexical: Double
        /// The noisy-or of association and lexical evidence (0…1), uncalibrated.
        let score: Double
        /// How often a pair like this one is right (`Parameters.calibration`), rounded.
        let confidence: Double
        /// The linking order: `score` weighted by how often the pair was seen (`support`) and by how
        /// much the lexicon files the German term under a special field (`Termhood.linkingFactor`).
        let rank: Double
        /// The glossary's order: how likely the pair is right (the confidence; in comparable builds
        /// `score` times `support`, `Parameters.ordersByConfidence`) times its termhood
        /// (`Termhood.factor`), so that right terms come first, then right everyday pairs.
        let termRank: Double
        let evidence: [TermEvidence]
    }

    let parameters: Parameters
    let evidence: LexicalEvidence
    /// Orders the pairs so that terms come before everyday words (nil: no termhood).
    let termhood: Termhood?

    /// Scores every co-occurring pair and returns those that pass the thresholds, best first (ties
    /// by longer terms, then by the keys, so the order never depends on how the counts were merged).
    ///
    /// - Complexity: O(p log p) for the p co-occurring pairs of `statistics`.
    func candidates(_ statistics: GlossaryStatistics) -> [Candidate] {
        let german = statistics.german.terms, english = statistics.english.terms
        // Termhood and the confidence judge the forms a termbase holds: the base forms' words, each
        // term's taken and judged once (a term is in many pairs).
        var germanForms = [(words: Int, termhood: Termhood.GermanWords?)?](repeating: nil, count: german.count)
        var englishForms = [(words: Int, termhood: Termhood.EnglishWords?)?](repeating: nil, count: english.count)
        func words(_ term: GlossaryStatistics.Term) -> [String] { term.baseForm.lowercased().split(separator: " ").map(String.init) }
        var result: [Candidate] = []
        let sides = TermEvidenceSides(evidence: evidence)
        for (code, cooccurrence) in statistics.pairs {
            let g = Int(code >> 32)
            let e = Int(code & 0xFFFF_FFFF)
            let count = cooccurrence.joint
            let matches = sides.matches(german: g, english: e, in: statistics)
            let lexical = matches.first?.strength ?? 0
            let llr = AssociationMeasures.logLikelihood(joint: count, german: german[g].units, english: english[e].units, total: statistics.units)
            let associated = !parameters.requireLexicalEvidence && count >= parameters.minimumJoint && llr >= parameters.minimumLogLikelihood
            guard lexical >= parameters.minimumLexical || associated else { continue }
            let dice = AssociationMeasures.dice(joint: count, german: german[g].units, english: english[e].units)
            let raw = 1 - (1 - dice) * (1 - parameters.lexicalWeight * lexical)
            let support = Self.support(count)
            var kinds = matches.map(\.kind)
            if llr >= parameters.minimumLogLikelihood, count >= parameters.minimumJoint { kinds.append(.cooccurrence) }
            if germanForms[g] == nil {
                let words = words(german[g])
                germanForms[g] = (words.count, termhood?.german(words))
            }
            if englishForms[e] == nil {
                let words = words(english[e])
                englishForms[e] = (words.count, termhood?.english(words))
            }
            let germanForm = germanForms[g]!, englishForm = englishForms[e]!
            let confidence = parameters.calibration.confidence(score: raw, joint: count, evidence: kinds, words: germanForm.words + englishForm.words)
            var factor = 1.0, linkingFactor = 1.0
            if let termhood, let germanWords = germanForm.termhood, let englishWords = englishForm.termhood {
                factor = termhood.factor(germanWords, englishWords)
                linkingFactor = termhood.linkingFactor(germanWords)
            }
            result.append(Candidate(german: g, english: e, joint: count, lexical: lexical, score: Self.rounded(raw),
                                    confidence: Self.rounded(confidence), rank: raw * support * linkingFactor,
                                    termRank: (parameters.ordersByConfidence ? confidence : raw * support) * factor, evidence: kinds))
        }
        // Sorted as plain keys, then gathered: sorting the candidates themselves copied each one's
        // evidence list into every comparison (4.8 % of the corpus glossary step).
        struct SortKey {
            let rank: Double
            let words: Int
            let german: Int
            let english: Int
            let index: Int
        }
        var keys = result.indices.map { k in
            SortKey(rank: result[k].rank, words: german[result[k].german].occurrence.words.count + english[result[k].english].occurrence.words.count,
                    german: result[k].german, english: result[k].english, index: k)
        }
        keys.sort { a, b in
            if a.rank != b.rank { return a.rank > b.rank }
            if a.words != b.words { return a.words > b.words }
            if a.german != b.german { return german[a.german].key < german[b.german].key }
            return english[a.english].key < english[b.english].key
        }
        return keys.map { result[$0.index] }
    }

    /// Whether any counts could make the pair of German term `german` and English term `english` of
    /// `statistics` a candidate: always, unless the pair needs lexical evidence
    /// (`requireLexicalEvidence`), which depends only on the two terms (their first occurrences), never
    /// on counts. The corpus-scale glossary stage drops the counts of pairs this rejects while it
    /// merges chunks (`GlossaryBuilder.rankReads`).
    ///
    /// - Parameter sides: the terms' sides of lexical evidence, kept from call to call (`statistics`' terms only).
    func canAdmit(german: Int, english: Int, in statistics: GlossaryStatistics, sides: TermEvidenceSides) -> Bool {
        guard parameters.requireLexicalEvidence else { return true }
        return (sides.matches(german: german, english: english, in: statistics).first?.strength ?? 0) >= parameters.minimumLexical
    }

    /// `value` rounded to `GlossaryEntry.confidenceDecimals`, so every format writes and reads back the same value.
    static func rounded(_ value: Double) -> Double {
        (value * 1000).rounded() / 1000
    }

    /// How much `count` co-occurrences make a pair worth a glossary line, with diminishing returns:
    /// √(c/(c+1)) is 0.71 for a single sighting, 0.82 for two, 0.91 for five.
    static func support(_ count: Int) -> Double {
        (Double(count) / Double(count + 1)).squareRoot()
    }

    /// Competitive linking: walks the ranked candidates and keeps a pair only when neither term is
    /// linked yet. `taken` holds terms already claimed (by curated entries).
    static func link(_ candidates: [Candidate], takenGerman: Set<Int>, takenEnglish: Set<Int>) -> [Candidate] {
        var usedGerman = takenGerman
        var usedEnglish = takenEnglish
        var linked: [Candidate] = []
        for candidate in candidates where !usedGerman.contains(candidate.german) && !usedEnglish.contains(candidate.english) {
            usedGerman.insert(candidate.german)
            usedEnglish.insert(candidate.english)
            linked.append(candidate)
        }
        return linked
    }
}
