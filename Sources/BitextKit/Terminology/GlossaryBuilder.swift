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
        german = try GermanTermExtractor(
            functionWords: try FunctionWords.load(.de), acceptsLowercase: knowledge.acceptsLowercaseGerman,
            lemmatizer: try GermanLemmatizer(hunspell: knowledge.germanDictionary, grammar: knowledge.nounGrammar))
        english = try EnglishTermExtractor(
            functionWords: try FunctionWords.load(.en), lemmatizer: try EnglishLemmatizer(hunspell: knowledge.englishDictionary, grammar: knowledge.nounGrammar))
        self.maxContexts = maxContexts
        cognates = try Cognates()
    }

    /// A glossary from aligned sentence pairs, best pairs first.
    ///
    /// - Throws: what the artifact screen's QA pass throws (`knowledge.screen`).
    public func build(pairs: [SentencePair]) throws -> Glossary {
        german.learn(pairs.map(\.german))
        english.learn(pairs.map(\.english))
        let germanOccurrences = pairs.map { german.candidates(in: $0.german) }
        let englishOccurrences = pairs.map { english.candidates(in: $0.english) }
        let flagged = try knowledge.screen?.flaggedWords(german: pairs.map(\.german), english: pairs.map(\.english)) ?? [:]
        return pairTerms(pairs: pairs, german: germanOccurrences, english: englishOccurrences, mode: .parallel, flagged: flagged)
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
        var pairs: [SentencePair] = []
        for article in articles { pairs += try pairer.pairs(article, mode: mode) }
        german.learn(articles.flatMap(\.german))
        english.learn(articles.flatMap(\.english))
        var germanOccurrences = pairs.map { german.candidates(in: $0.german) }
        var englishOccurrences = pairs.map { english.candidates(in: $0.english) }
        var articleSentences: [ArticleOccurrences] = []
        if mode == .comparable {
            for article in articles {
                let g = article.german.map { german.candidates(in: $0) }
                let e = article.english.map { english.candidates(in: $0) }
                germanOccurrences.append(g.flatMap { $0 })
                englishOccurrences.append(e.flatMap { $0 })
                articleSentences.append(ArticleOccurrences(article: article, german: g, english: e))
            }
        }
        var flagged: [String: String] = [:]
        if let screen = knowledge.screen {
            for article in articles {
                flagged.merge(try screen.flaggedWords(german: article.german, english: article.english)) { first, _ in first }
            }
        }
        return pairTerms(pairs: pairs, german: germanOccurrences, english: englishOccurrences, mode: mode, articles: articleSentences, flagged: flagged)
    }

    /// Pairs the terms of `german` and `english` occurrences per unit: the sentence pairs `pairs`,
    /// then (comparable mode) one unit per article pair, which never serves as a context.
    ///
    /// Pairs the terminologist rejected are not offered; candidates with a `flagged` German word
    /// (lower case → the QA finding) go to the suspects with the finding as their note.
    private func pairTerms(
        pairs: [SentencePair], german g: [[TermOccurrence]], english e: [[TermOccurrence]], mode: TextRelation, articles: [ArticleOccurrences] = [],
        flagged: [String: String] = [:]
    ) -> Glossary {
        var germanIndex = TermIndex()
        var englishIndex = TermIndex()
        for i in g.indices {
            germanIndex.add(g[i], sentence: i)
            englishIndex.add(e[i], sentence: i)
        }
        var parameters = TermPairer.Parameters()
        if mode == .comparable {
            // Without sentence-level association, half-translated phrases ("gegenseitige Ausweisungen" ↔
            // "Federal Security" through one shared word) are mostly wrong: require two thirds.
            parameters.requireLexicalEvidence = true
            parameters.minimumLexical = 0.66
        }
        parameters.maxContexts = maxContexts
        let evidence = LexicalEvidence(lexicon: knowledge.lexicon, decompose: knowledge.decompose, sameName: knowledge.sameName,
                                       cognates: cognates)
        let pairer = TermPairer(parameters: parameters, evidence: evidence)

        // Curated entries found on both sides claim their terms before any extracted pair.
        var ranked: [(rank: Double, entry: GlossaryEntry)] = []
        // Entry index in `ranked` of each term that heads an entry, for attaching variants.
        var entryOfGerman: [Int: Int] = [:]
        var entryOfEnglish: [Int: Int] = [:]
        var takenGerman = Set<Int>()
        var takenEnglish = Set<Int>()
        for curated in knowledge.curated.entries {
            guard let gid = germanIndex.id(ofKey: germanKey(curated.german)), let eid = englishIndex.id(ofKey: englishKey(curated.english)),
                  !takenGerman.contains(gid), !takenEnglish.contains(eid) else { continue }
            takenGerman.insert(gid)
            takenEnglish.insert(eid)
            let contexts = Self.contexts(pairer.contexts(german: germanIndex.terms[gid], english: englishIndex.terms[eid], pairs: pairs),
                                         germanKey: germanIndex.terms[gid].key, englishKey: englishIndex.terms[eid].key, articles: articles)
            let gTerm = germanIndex.terms[gid]
            let eTerm = englishIndex.terms[eid]
            let joint = Self.joint(gTerm, eTerm)
            var entry = curated
            entry.confidence = 1
            entry.frequency = joint > 0 ? joint : min(gTerm.sentences.count, eTerm.sentences.count)
            entry.evidence = [.curated]
            entry.contexts = contexts
            // Above every extracted pair (ranks ≤ 1): curated entries come first, ordered like
            // extracted ones by how strongly the text pairs them.
            let dice = AssociationMeasures.dice(joint: joint, german: gTerm.sentences.count, english: eTerm.sentences.count)
            entryOfGerman[gid] = ranked.count
            entryOfEnglish[eid] = ranked.count
            ranked.append((1 + (0.5 + 0.5 * dice) * TermPairer.support(entry.frequency ?? 0), entry))
        }
        let candidates = pairer.candidates(german: germanIndex, english: englishIndex, total: g.count).filter {
            !knowledge.decisions.isRejected(german: germanIndex.terms[$0.german].baseForm, english: englishIndex.terms[$0.english].baseForm)
        }
        var suspects: [GlossaryEntry] = []
        let linked = TermPairer.link(candidates, takenGerman: takenGerman, takenEnglish: takenEnglish)
        var usedGerman = takenGerman.union(linked.map(\.german))
        var usedEnglish = takenEnglish.union(linked.map(\.english))
        for candidate in linked {
            let gTerm = germanIndex.terms[candidate.german]
            let eTerm = englishIndex.terms[candidate.english]
            let entry = GlossaryEntry(
                german: gTerm.baseForm, english: eTerm.baseForm, partOfSpeech: gTerm.occurrence.partOfSpeech, gender: gTerm.occurrence.gender,
                confidence: candidate.confidence, frequency: candidate.joint, evidence: candidate.evidence,
                contexts: Self.contexts(pairer.contexts(german: gTerm, english: eTerm, pairs: pairs), germanKey: gTerm.key, englishKey: eTerm.key, articles: articles))
            if let finding = Self.finding(gTerm, flagged: flagged) {
                var suspect = entry
                suspect.note = finding
                suspects.append(suspect)
                continue
            }
            entryOfGerman[candidate.german] = ranked.count
            entryOfEnglish[candidate.english] = ranked.count
            ranked.append((candidate.rank, entry))
        }
        // A term competitive linking left over whose best pair, by a full lexical match, is a term of
        // an entry is a further term of that entry: a synonym, spelling variant or acronym.
        var consideredGerman = Set<Int>()
        var consideredEnglish = Set<Int>()
        for candidate in candidates {
            let gTerm = germanIndex.terms[candidate.german]
            let eTerm = englishIndex.terms[candidate.english]
            let bestOfGerman = consideredGerman.insert(candidate.german).inserted
            let bestOfEnglish = consideredEnglish.insert(candidate.english).inserted
            guard candidate.lexical >= 1, candidate.confidence >= Self.minimumVariantConfidence else { continue }
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

    /// Confidence a left-over pair needs to make a variant: a dictionary entry alone (0.85) pairs too
    /// many loosely related words ("Land" with "State"); association must add to it.
    static let minimumVariantConfidence = 0.9

    /// Whether `variant` is another term than `main`, not a longer or shorter phrase around the same
    /// words ("gegenseitige Vertreibung" is no variant of "Vertreibung"), nor a compound on it
    /// ("Angriffskrieg" is a kind of "Krieg", not another word for it).
    static func isSeparateTerm(_ variant: String, beside main: String) -> Bool {
        let v = variant.lowercased()
        let m = main.lowercased()
        let a = Set(v.split(separator: " "))
        let b = Set(m.split(separator: " "))
        return !a.isSubset(of: b) && !b.isSubset(of: a) && !v.hasSuffix(m) && !m.hasSuffix(v)
    }

    /// The QA finding on a word of any form the term was met in, if one is flagged.
    private static func finding(_ term: TermIndex.Term, flagged: [String: String]) -> String? {
        guard !flagged.isEmpty else { return nil }
        for form in term.forms.keys.sorted() {
            for word in form.split(separator: " ") {
                if let finding = flagged[word.lowercased()] { return finding }
            }
        }
        return nil
    }

    /// `aligned` contexts, or when there are none, the first German and English sentences of an
    /// article pair that contain the terms.
    private static func contexts(_ aligned: [SentencePair], germanKey: String, englishKey: String, articles: [ArticleOccurrences]) -> [SentencePair] {
        guard aligned.isEmpty else { return aligned }
        for article in articles {
            if let g = article.german.firstIndex(where: { $0.contains { $0.key == germanKey } }),
               let e = article.english.firstIndex(where: { $0.contains { $0.key == englishKey } }) {
                return [SentencePair(german: article.article.german[g], english: article.article.english[e])]
            }
        }
        return []
    }

    /// The number of sentence pairs both terms occur in.
    private static func joint(_ a: TermIndex.Term, _ b: TermIndex.Term) -> Int {
        Set(a.sentences).intersection(b.sentences).count
    }

    private func germanKey(_ term: String) -> String { german.key(of: term) }
    private func englishKey(_ term: String) -> String { english.key(of: term) }
}

/// The term candidates of each sentence of an article pair, for contexts outside aligned pairs.
struct ArticleOccurrences {
    let article: ArticlePair
    let german: [[TermOccurrence]]
    let english: [[TermOccurrence]]
}
