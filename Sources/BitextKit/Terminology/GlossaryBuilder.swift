/// Builds a ranked bilingual glossary from German-English text: the `bitext glossary build` pipeline.
///
/// Input is aligned sentence pairs, or article pairs that the sentence aligner turns into sentence
/// pairs (`ArticleSentencePairer`). Then term candidates are extracted on both sides,
/// curated glossary entries found in the text are placed first and claim their terms (curated
/// entries take precedence), and the remaining candidates are paired by `TermPairer`.
///
/// ```swift
/// let builder = try GlossaryBuilder(knowledge: TermKnowledge(lexicon: lexicon))
/// let glossary = builder.build(pairs: [SentencePair(german: "Die Botschaft …", english: "The embassy …")])
/// ```
///
/// Not thread-safe (owns tokenizers and stemmers).
public final class GlossaryBuilder {
    private let knowledge: TermKnowledge
    private let german: GermanTermExtractor
    private let english: EnglishTermExtractor
    private let maxContexts: Int
    private let cognates: Cognates

    public init(knowledge: TermKnowledge, maxContexts: Int = 3) throws {
        self.knowledge = knowledge
        german = try GermanTermExtractor(functionWords: try FunctionWords.load(.de), acceptsLowercase: knowledge.acceptsLowercaseGerman)
        english = try EnglishTermExtractor(functionWords: try FunctionWords.load(.en))
        self.maxContexts = maxContexts
        cognates = try Cognates()
    }

    /// A glossary from aligned sentence pairs, best pairs first.
    public func build(pairs: [SentencePair]) -> Glossary {
        var vocabulary = TermVocabulary()
        learn(sentencePairs: pairs, into: &vocabulary)
        use(vocabulary)
        return rank(statistics(sentencePairs: pairs.enumerated().map { (GlossaryStatistics.order(item: $0.offset, sentence: 0), $0.element) },
                               mode: .parallel))
    }

    /// A glossary from article pairs: translations (`.parallel`), reports of the same events
    /// (`.comparable`), or decided per article pair (`.auto`, as `bitext run` does: translations and
    /// comparable pairs are built apart and merged, translations first), aligned into sentence pairs
    /// by `ArticleSentencePairer`.
    ///
    /// Comparable reports share only some sentences, and a term often occurs in a sentence without a
    /// counterpart ("gegenseitige Ausweisungen" in a background paragraph). So in comparable mode
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
            let comparable = try GlossaryBuilder(knowledge: knowledge, maxContexts: maxContexts)
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
        learn(articles: articles, into: &vocabulary)
        use(vocabulary)
        return rank(statistics(sentencePairs: pairs,
                               articles: mode == .comparable ? articles.enumerated().map { (GlossaryStatistics.articleOrder(item: $0.offset), $0.element) } : [],
                               mode: mode))
    }

    /// The corpus-wide pass over aligned sentence pairs (parallel mode): what the term extractors
    /// learn before they extract. Vocabularies of chunks merge (`TermVocabulary.merge`).
    public func learn(sentencePairs: [SentencePair], into vocabulary: inout TermVocabulary) {
        german.learn(sentencePairs.map(\.german), into: &vocabulary)
        english.learn(sentencePairs.map(\.english), into: &vocabulary)
    }

    /// The corpus-wide pass over article pairs (comparable mode: every sentence of the articles).
    public func learn(articles: [ArticlePair], into vocabulary: inout TermVocabulary) {
        german.learn(articles.flatMap(\.german), into: &vocabulary)
        english.learn(articles.flatMap(\.english), into: &vocabulary)
    }

    /// Sets what the extractors know about the corpus (the merged vocabulary of all its chunks)
    /// before `statistics` extracts terms.
    public func use(_ vocabulary: TermVocabulary) {
        german.vocabulary = vocabulary
        english.vocabulary = vocabulary
    }

    /// Counts the terms of one chunk of units: sentence pairs, and in comparable mode the article
    /// pairs as units of their own, each with its place in the whole corpus (`GlossaryStatistics.order`).
    public func statistics(sentencePairs: [(order: UInt64, pair: SentencePair)], articles: [(order: UInt64, article: ArticlePair)] = [],
                           mode: TextRelation) -> GlossaryStatistics {
        var statistics = GlossaryStatistics(mode: mode, maxContexts: maxContexts)
        for (order, pair) in sentencePairs {
            statistics.addSentencePair(pair, order: order, german: german.candidates(in: pair.german), english: english.candidates(in: pair.english))
        }
        for (order, article) in articles {
            statistics.addArticle(article, order: order, german: article.german.map { german.candidates(in: $0) },
                                  english: article.english.map { english.candidates(in: $0) })
        }
        return statistics
    }

    /// Ranks the term pairs of `statistics` (the merged counts of a whole corpus) into a glossary.
    public func rank(_ statistics: GlossaryStatistics) -> Glossary {
        var parameters = TermPairer.Parameters()
        if statistics.mode == .comparable {
            // Without sentence-level association, half-translated phrases ("gegenseitige Ausweisungen" ↔
            // "Federal Security" through one shared word) are mostly wrong: require two thirds.
            parameters.requireLexicalEvidence = true
            parameters.minimumLexical = 0.66
        }
        let evidence = LexicalEvidence(lexicon: knowledge.lexicon, decompose: knowledge.decompose, sameName: knowledge.sameName,
                                       cognates: cognates)
        let pairer = TermPairer(parameters: parameters, evidence: evidence)
        let germanTerms = statistics.german.terms, englishTerms = statistics.english.terms

        // Curated entries found on both sides claim their terms before any extracted pair.
        var ranked: [(rank: Double, entry: GlossaryEntry)] = []
        var takenGerman = Set<Int>()
        var takenEnglish = Set<Int>()
        for curated in knowledge.curated.entries {
            guard let gid = statistics.german.id(ofKey: germanKey(curated.german)), let eid = statistics.english.id(ofKey: englishKey(curated.english)),
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
            ranked.append((1 + (0.5 + 0.5 * dice) * TermPairer.support(entry.frequency ?? 0), entry))
        }
        for candidate in TermPairer.link(pairer.candidates(statistics), takenGerman: takenGerman, takenEnglish: takenEnglish) {
            let gTerm = germanTerms[candidate.german]
            let eTerm = englishTerms[candidate.english]
            let entry = GlossaryEntry(
                german: gTerm.displayForm(isBase: Self.isGermanBaseForm), english: eTerm.displayForm(isBase: Self.isEnglishBaseForm),
                partOfSpeech: gTerm.occurrence.partOfSpeech, confidence: candidate.confidence, frequency: candidate.joint,
                evidence: candidate.evidence, contexts: Self.contexts(statistics.cooccurrence(german: candidate.german, english: candidate.english)))
            ranked.append((candidate.rank, entry))
        }
        // Stable order: rank, then the German term, so equal ranks never reorder between runs.
        ranked.sort { $0.rank != $1.rank ? $0.rank > $1.rank : $0.entry.german < $1.entry.german }
        return Glossary(entries: ranked.map(\.entry))
    }

    /// A German form whose last word has no inflection ending to strip ("Botschaft", not "Botschaften").
    static func isGermanBaseForm(_ form: String) -> Bool {
        guard let last = form.split(separator: " ").last?.lowercased() else { return false }
        return GermanLemmatizer.key(last) == last
    }

    /// An English form whose head is singular ("embassy official", not "embassy officials").
    static func isEnglishBaseForm(_ form: String) -> Bool {
        guard let last = form.split(separator: " ").last?.lowercased() else { return false }
        return EnglishLemmatizer.singular(last) == last
    }

    /// The first sentence pairs that show both terms, or when no aligned pair does (comparable
    /// mode), the first German and English sentences of the first article pair that has both.
    private static func contexts(_ cooccurrence: GlossaryStatistics.Cooccurrence?) -> [SentencePair] {
        guard let cooccurrence else { return [] }
        if !cooccurrence.contexts.isEmpty { return cooccurrence.contexts.map(\.pair) }
        return cooccurrence.articleContext.map { [$0.pair] } ?? []
    }

    private func germanKey(_ term: String) -> String { german.key(of: term) }
    private func englishKey(_ term: String) -> String { english.key(of: term) }
}
