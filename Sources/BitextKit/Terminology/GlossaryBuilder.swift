/// Builds a ranked bilingual glossary from German-English text: the `bitext glossary build` pipeline.
///
/// Input is aligned sentence pairs, or article pairs that the sentence aligner turns into sentence
/// pairs (`ArticleSentencePairer`). Then term candidates are extracted on both sides,
/// curated glossary entries found in the text are placed first and claim their terms (curated
/// entries take precedence), and the remaining candidates are paired by `TermPairer`.
///
/// ```swift
/// let builder = try GlossaryBuilder(knowledge: TermKnowledge(lexicon: lexicon))
/// let glossary = try builder.build(pairs: [SentencePair(german: "Die Botschaft …", english: "The embassy …")])
/// ```
///
/// Not thread-safe (owns the extractors' text analyzers).
public final class GlossaryBuilder {
    private let knowledge: TermKnowledge
    private let german: GermanTermExtractor
    private let english: EnglishTermExtractor
    /// The lemma keys of each curated entry's German and English term, in the order of the entries.
    private let curatedKeys: [(german: String, english: String)]
    private let maxContexts: Int
    private let cognates: Cognates
    private let rawConfidence: Bool
    private let parallelCalibration: GlossaryConfidenceCalibration
    private let comparableCalibration: GlossaryConfidenceCalibration

    /// - Parameter rawConfidence: give each entry its raw score as confidence instead of the calibrated
    ///   confidence (`GlossaryConfidenceCalibration`): what the calibration is fitted on.
    public init(knowledge: TermKnowledge, maxContexts: Int = 3, rawConfidence: Bool = false) throws {
        self.knowledge = knowledge
        self.rawConfidence = rawConfidence
        parallelCalibration = try GlossaryConfidenceCalibration.bundled(for: .parallel)
        comparableCalibration = try GlossaryConfidenceCalibration.bundled(for: .comparable)
        let german = try GermanTermExtractor(
            functionWords: try FunctionWords.load(.de), acceptsLowercase: knowledge.acceptsLowercaseGerman,
            lemmatizer: try GermanLemmatizer(hunspell: knowledge.germanDictionary, grammar: knowledge.nounGrammar))
        let english = try EnglishTermExtractor(
            functionWords: try FunctionWords.load(.en), lemmatizer: try EnglishLemmatizer(hunspell: knowledge.englishDictionary, grammar: knowledge.nounGrammar))
        self.german = german
        self.english = english
        self.maxContexts = maxContexts
        cognates = try Cognates()
        curatedKeys = try knowledge.curated.entries.map { (try german.key(of: $0.german), try english.key(of: $0.english)) }
    }

    /// A glossary from aligned sentence pairs, best pairs first.
    ///
    /// - Throws: what the artifact screen's QA pass throws (`knowledge.screen`).
    public func build(pairs: [SentencePair]) throws -> Glossary {
        var vocabulary = TermVocabulary()
        try learn(sentencePairs: pairs, into: &vocabulary)
        use(vocabulary)
        return rank(try statistics(sentencePairs: pairs.enumerated().map { (GlossaryStatistics.order(item: $0.offset, sentence: 0), $0.element) },
                                   mode: .parallel))
    }

    /// A glossary from article pairs: translations (`.parallel`), reports of the same events
    /// (`.comparable`), or decided per article pair (`.auto`, as `bitext run` does: translations and
    /// comparable pairs are built apart and merged, translations first), aligned into sentence pairs
    /// by `ArticleSentencePairer`.
    ///
    /// Comparable reports share only some sentences, and a term often occurs in a sentence without a
    /// counterpart ("gemeinsame Kontrollen" in a background paragraph). So in comparable mode
    /// each article pair also counts as one unit of co-occurrence, and term pairs need lexical
    /// evidence; aligned sentence pairs add to the association and supply the contexts, falling
    /// back to the first sentence of each article that contains the term.
    public func build(articles: [ArticlePair], mode: TextRelation) throws -> Glossary {
        let pairer = try ArticleSentencePairer(lexicon: knowledge.lexicon)
        if mode == .auto {
            var byRelation: [TextRelation: [ArticlePair]] = [:]
            for article in articles { byRelation[try pairer.decide(article).relation, default: []].append(article) }
            if byRelation.count == 1, let (relation, group) = byRelation.first {
                return try build(articles: group, mode: relation)
            }
            let translations = try build(articles: byRelation[.parallel] ?? [], mode: .parallel)
            let comparable = try GlossaryBuilder(knowledge: knowledge, maxContexts: maxContexts, rawConfidence: rawConfidence)
                .build(articles: byRelation[.comparable] ?? [], mode: .comparable)
            return translations.adding(comparable)
        }
        var pairs: [(order: UInt64, pair: SentencePair)] = []
        for (item, article) in articles.enumerated() {
            for (k, pair) in try pairer.pairs(article, mode: mode).enumerated() {
                pairs.append((GlossaryStatistics.order(item: item, sentence: k), pair))
            }
        }
        var vocabulary = TermVocabulary()
        try learn(articles: articles, into: &vocabulary)
        use(vocabulary)
        return rank(try statistics(sentencePairs: pairs,
                                   articles: mode == .comparable ? articles.enumerated().map { (GlossaryStatistics.articleOrder(item: $0.offset), $0.element) } : [],
                                   mode: mode))
    }

    /// The corpus-wide pass over aligned sentence pairs (parallel mode): what the term extractors
    /// learn before they extract. Vocabularies of chunks merge (`TermVocabulary.merge`).
    public func learn(sentencePairs: [SentencePair], into vocabulary: inout TermVocabulary) throws {
        try german.learn(sentencePairs.map(\.german), into: &vocabulary)
        try english.learn(sentencePairs.map(\.english), into: &vocabulary)
    }

    /// The corpus-wide pass over article pairs (comparable mode: every sentence of the articles).
    public func learn(articles: [ArticlePair], into vocabulary: inout TermVocabulary) throws {
        try german.learn(articles.flatMap(\.german), into: &vocabulary)
        try english.learn(articles.flatMap(\.english), into: &vocabulary)
    }

    /// Sets what the extractors know about the corpus (the merged vocabulary of all its chunks)
    /// before `statistics` extracts terms.
    public func use(_ vocabulary: TermVocabulary) {
        german.vocabulary = vocabulary
        english.vocabulary = vocabulary
    }

    /// Counts the terms of one chunk of units: sentence pairs, and in comparable mode the article
    /// pairs as units of their own, each with its place in the whole corpus (`GlossaryStatistics.order`).
    ///
    /// With an artifact screen (`knowledge.screen`), the QA pass runs once per item: over each
    /// article unit (comparable mode, all of the articles' sentences, as `bitext qa` would see them),
    /// else over the sentence pairs of one item (one article pair's aligned pairs, or one lone
    /// sentence pair); so what it flags does not depend on how the corpus is chunked.
    ///
    /// - Parameter onlyRankedPairs: leave out the term pairs `rank` never reads (`rankReads`) as
    ///   they are met (`GlossaryStatistics.PairFilter`): the same glossary from far fewer counts in
    ///   comparable mode. Only when the units are the whole corpus, in order (as `bitext run` counts).
    /// - Throws: what the artifact screen's QA pass throws.
    public func statistics(sentencePairs: [(order: UInt64, pair: SentencePair)], articles: [(order: UInt64, article: ArticlePair)] = [],
                           mode: TextRelation, onlyRankedPairs: Bool = false) throws -> GlossaryStatistics {
        var statistics = GlossaryStatistics(mode: mode, maxContexts: maxContexts)
        var filter = onlyRankedPairs ? GlossaryStatistics.PairFilter(keeps: rankReads(mode)) : nil
        if let screen = knowledge.screen {
            for (order, article) in articles {
                statistics.flag(try screen.flaggedWords(german: article.german, english: article.english), order: order)
            }
            var start = sentencePairs.startIndex
            while articles.isEmpty, start < sentencePairs.endIndex {
                let item = GlossaryStatistics.item(of: sentencePairs[start].order)
                var end = start + 1
                while end < sentencePairs.endIndex, GlossaryStatistics.item(of: sentencePairs[end].order) == item { end += 1 }
                let group = sentencePairs[start..<end]
                statistics.flag(try screen.flaggedWords(german: group.map(\.pair.german), english: group.map(\.pair.english)), order: group[start].order)
                start = end
            }
        }
        for (order, pair) in sentencePairs {
            statistics.addSentencePair(pair, order: order, german: try german.candidates(in: pair.german), english: try english.candidates(in: pair.english),
                                       filter: &filter)
        }
        for (order, article) in articles {
            statistics.addArticle(article, order: order, german: try article.german.map { try german.candidates(in: $0) },
                                  english: try article.english.map { try english.candidates(in: $0) }, filter: &filter)
        }
        return statistics
    }

    /// Ranks the term pairs of `statistics` (the merged counts of a whole corpus) into a glossary.
    public func rank(_ statistics: GlossaryStatistics) -> Glossary {
        let pairer = pairer(for: statistics.mode)
        let germanTerms = statistics.german.terms, englishTerms = statistics.english.terms

        // Curated entries found on both sides claim their terms before any extracted pair.
        var ranked: [(rank: Double, entry: GlossaryEntry)] = []
        // Entry index in `ranked` of each term that heads an entry, for attaching variants.
        var entryOfGerman: [Int: Int] = [:]
        var entryOfEnglish: [Int: Int] = [:]
        var takenGerman = Set<Int>()
        var takenEnglish = Set<Int>()
        for (curated, keys) in zip(knowledge.curated.entries, curatedKeys) {
            guard let gid = statistics.german.id(ofKey: keys.german), let eid = statistics.english.id(ofKey: keys.english),
                  !takenGerman.contains(gid), !takenEnglish.contains(eid) else { continue }
            takenGerman.insert(gid)
            takenEnglish.insert(eid)
            let gTerm = germanTerms[gid]
            let eTerm = englishTerms[eid]
            let cooccurrence = statistics.cooccurrence(german: gid, english: eid)
            let joint = cooccurrence?.joint ?? 0
            var entry = curated
            entry.confidence = 1
            entry.frequency = joint > 0 ? joint : min(gTerm.units, eTerm.units)
            entry.evidence = [.curated]
            entry.contexts = Self.contexts(cooccurrence)
            // Above every extracted pair (ranks ≤ 1): curated entries come first, ordered like
            // extracted ones by how strongly the text pairs them.
            let dice = AssociationMeasures.dice(joint: joint, german: gTerm.units, english: eTerm.units)
            entryOfGerman[gid] = ranked.count
            entryOfEnglish[eid] = ranked.count
            ranked.append((1 + (0.5 + 0.5 * dice) * TermPairer.support(entry.frequency ?? 0), entry))
        }
        let flagged = statistics.flaggedWords
        let candidates = pairer.candidates(statistics).filter {
            !knowledge.decisions.isRejected(german: germanTerms[$0.german].baseForm, english: englishTerms[$0.english].baseForm)
        }
        var suspects: [GlossaryEntry] = []
        let linked = TermPairer.link(candidates, takenGerman: takenGerman, takenEnglish: takenEnglish)
        var usedGerman = takenGerman.union(linked.map(\.german))
        var usedEnglish = takenEnglish.union(linked.map(\.english))
        for candidate in linked {
            let gTerm = germanTerms[candidate.german]
            let eTerm = englishTerms[candidate.english]
            let entry = GlossaryEntry(
                german: gTerm.baseForm, english: eTerm.baseForm, partOfSpeech: gTerm.occurrence.partOfSpeech, gender: gTerm.occurrence.gender,
                confidence: rawConfidence ? candidate.score : candidate.confidence, frequency: candidate.joint, evidence: candidate.evidence,
                contexts: Self.contexts(statistics.cooccurrence(german: candidate.german, english: candidate.english)))
            if let finding = Self.finding(gTerm, flagged: flagged) {
                var suspect = entry
                suspect.note = finding
                suspects.append(suspect)
                continue
            }
            entryOfGerman[candidate.german] = ranked.count
            entryOfEnglish[candidate.english] = ranked.count
            ranked.append((candidate.termRank, entry))
        }
        // A term competitive linking left over whose best pair, by a full lexical match, is a term of
        // an entry is a further term of that entry: a synonym, spelling variant or acronym.
        var consideredGerman = Set<Int>()
        var consideredEnglish = Set<Int>()
        for candidate in candidates {
            let bestOfGerman = consideredGerman.insert(candidate.german).inserted
            let bestOfEnglish = consideredEnglish.insert(candidate.english).inserted
            guard candidate.lexical >= 1, candidate.score >= Self.minimumVariantConfidence else { continue }
            let gTerm = germanTerms[candidate.german]
            let eTerm = englishTerms[candidate.english]
            if bestOfGerman, !usedGerman.contains(candidate.german), let k = entryOfEnglish[candidate.english], Self.finding(gTerm, flagged: flagged) == nil,
               Self.isSeparateTerm(gTerm.baseForm, beside: ranked[k].entry.german) {
                usedGerman.insert(candidate.german)
                ranked[k].entry.variants.append(TermVariant(language: .de, term: gTerm.baseForm, kind: TermVariant.kind(of: gTerm.baseForm, beside: ranked[k].entry.german, cognates: cognates)))
            } else if bestOfEnglish, !usedEnglish.contains(candidate.english), let k = entryOfGerman[candidate.german],
                      Self.isSeparateTerm(eTerm.baseForm, beside: ranked[k].entry.english) {
                usedEnglish.insert(candidate.english)
                ranked[k].entry.variants.append(TermVariant(language: .en, term: eTerm.baseForm, kind: TermVariant.kind(of: eTerm.baseForm, beside: ranked[k].entry.english, cognates: cognates)))
            }
        }
        // German variants before English ones, the order every format keeps (TBX groups them by language).
        for k in ranked.indices where ranked[k].entry.variants.count > 1 {
            ranked[k].entry.variants = ranked[k].entry.variants.filter { $0.language == .de } + ranked[k].entry.variants.filter { $0.language != .de }
        }
        // Stable order: rank, then the German term, so equal ranks never reorder between runs.
        ranked.sort { $0.rank != $1.rank ? $0.rank > $1.rank : $0.entry.german < $1.entry.german }
        return Glossary(entries: ranked.map(\.entry), suspects: suspects)
    }

    /// The pairer that ranks statistics of `mode`.
    private func pairer(for mode: TextRelation) -> TermPairer {
        var parameters = TermPairer.Parameters(calibration: parallelCalibration)
        if mode == .comparable {
            // Without sentence-level association, half-translated phrases ("gemeinsame Kontrollen" ↔
            // "joint venture" through one shared word) are mostly wrong: require two thirds.
            parameters.requireLexicalEvidence = true
            parameters.minimumLexical = 0.66
            parameters.calibration = comparableCalibration
            parameters.ordersByConfidence = false
        }
        let evidence = LexicalEvidence(lexicon: knowledge.lexicon, decompose: knowledge.decompose, nameKey: knowledge.nameKey,
                                       cognates: cognates)
        let decompose = knowledge.decompose
        let termhood = Termhood(vocabulary: knowledge.generalVocabulary, subjectFields: knowledge.subjectFields,
                                isCompound: { word in (decompose?(word)?.count ?? 0) >= 2 })
        return TermPairer(parameters: parameters, evidence: evidence, termhood: termhood)
    }

    /// Which term pairs' counts `rank` reads from statistics of `mode`: the pairs its pairer can admit
    /// (`TermPairer.canAdmit`) and the pairs a curated entry names. Merging only these
    /// (`GlossaryStatistics.StoredMerge`) gives the same glossary, and bounds the corpus-scale
    /// ranking step: in comparable mode every German term of an article pair co-occurs with every
    /// English term, and most such pairs lack the lexical evidence the mode requires.
    ///
    /// The rule keeps each term's side of lexical evidence (`TermEvidenceSides`): give it the pairs of
    /// one statistics only.
    func rankReads(_ mode: TextRelation) -> GlossaryStatistics.PairRule {
        let pairer = pairer(for: mode)
        let sides = TermEvidenceSides(evidence: pairer.evidence)
        var curated: [String: Set<String>] = [:]
        for keys in curatedKeys { curated[keys.german, default: []].insert(keys.english) }
        // Per German term id, the English keys curated entries pair its key with, looked up at its
        // first pair: hashing the German key for every pair was 2 % of the glossary step.
        var curatedEnglish: [Set<String>?] = []
        // `canAdmit` first: it admits every pair at once unless the mode needs lexical evidence.
        return { german, english, statistics in
            if pairer.canAdmit(german: german, english: english, in: statistics, sides: sides) { return true }
            if german >= curatedEnglish.count { curatedEnglish += repeatElement(nil, count: german + 1 - curatedEnglish.count) }
            if curatedEnglish[german] == nil { curatedEnglish[german] = curated[statistics.german.terms[german].key] ?? [] }
            return curatedEnglish[german]!.contains(statistics.english.terms[english].key)
        }
    }

    /// Raw score (`TermPairer.Candidate.score`) a left-over pair needs to make a variant: a dictionary
    /// entry alone (0.85) pairs too many loosely related words ("Land" with "State"); association must add to it.
    static let minimumVariantConfidence = 0.9

    /// Whether `variant` is another term than `main`, not a longer or shorter phrase around the same
    /// words ("frühe Abfahrt" is no variant of "Abfahrt"), nor a compound on it
    /// ("Angriffskrieg" is a kind of "Krieg", not another word for it).
    static func isSeparateTerm(_ variant: String, beside main: String) -> Bool {
        let v = variant.lowercased()
        let m = main.lowercased()
        let a = Set(v.split(separator: " "))
        let b = Set(m.split(separator: " "))
        return !a.isSubset(of: b) && !b.isSubset(of: a) && !v.hasSuffix(m) && !m.hasSuffix(v)
    }

    /// The QA finding on a word of any form the term was met in, if one is flagged.
    private static func finding(_ term: GlossaryStatistics.Term, flagged: [String: String]) -> String? {
        guard !flagged.isEmpty else { return nil }
        for form in term.forms.keys.sorted() {
            for word in form.split(separator: " ") {
                if let finding = flagged[word.lowercased()] { return finding }
            }
        }
        return nil
    }

    /// The first sentence pairs that show both terms, or when no aligned pair does (comparable
    /// mode), the first German and English sentences of the first article pair that has both.
    private static func contexts(_ cooccurrence: GlossaryStatistics.Cooccurrence?) -> [SentencePair] {
        guard let cooccurrence else { return [] }
        if !cooccurrence.contexts.isEmpty { return cooccurrence.contexts.map(\.pair) }
        return cooccurrence.articleContext.map { [$0.pair] } ?? []
    }
}
