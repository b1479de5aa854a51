/// A configured QA run over any number of texts: resources, selected checks, glossary and aligner,
/// built once (loading dictionaries takes a moment) and applied to each target in turn. Used by
/// `bitext qa` for single files and batches, and by `bitext bench qa`.
///
/// Not thread-safe: one per thread.
public final class QASession {
    public let resources: QAResources
    public let runner: QARunner
    public let glossary: QAGlossary
    public let relation: TextRelation
    /// Nil when sources are only ever comparable: checks then compare with the whole source.
    private let aligner: (any QASentenceAligning)?
    /// Decides `.auto` sources (German → English lexicon), nil unless needed.
    private let relationTest: (extractor: FeatureExtractor, lexicon: Lexicon)?
    /// The source last analysed: batches check the translations of one source in a row (`QABatch.groups`),
    /// and the analysis (tokens, sentences) is a pure function of the name and bytes.
    private var lastSource: QAText?

    /// - Parameters:
    ///   - relation: whether sources are translations of their targets, comparable articles (no sentence
    ///     alignment, no omission/addition), or to be decided per document (`.auto`).
    ///   - useInstalledLexicon: read the installed dictionaries (Ding) into the lexicon, and Ding's verb
    ///     forms into the glossary (`QALexicon.withVerbForms`).
    public convenience init(checks: [QACheck], source: Language, target: Language, glossary: QAGlossary,
                            relation: TextRelation = .parallel, useInstalledLexicon: Bool = true) throws {
        let lexicon = try HunspellHandles.opening([target, source]) {
            try QALexicon.load(glossary: glossary, source: source, target: target, useInstalled: useInstalledLexicon)
        }
        try self.init(checks: checks, source: source, target: target,
                      glossary: try QALexicon.withVerbForms(glossary, target: target, useInstalled: useInstalledLexicon),
                      relation: relation, lexicon: lexicon)
    }

    /// A session over a lexicon loaded already (`QALexicon.load`), so that parallel sessions share one,
    /// and optionally their word-level answers (`QAWordMemos`).
    public init(checks: [QACheck], source: Language, target: Language, glossary: QAGlossary,
                relation: TextRelation, lexicon: Lexicon, memos: QAWordMemos? = nil) throws {
        // One name folding for the checks and the aligner: both fold the same words.
        let folder = try NameFolder()
        resources = try QAResources(target: target, source: source, lexicon: lexicon, names: folder, memos: memos)
        runner = try QARunner(checks: checks, resources: resources)
        self.glossary = glossary
        self.relation = relation
        if relation == .comparable {
            aligner = nil
        } else if source == .en && target == .de {
            aligner = try QASentenceAlignment(lexicon: lexicon, memos: memos, folder: folder)
        } else {
            aligner = IndexSentencePairing()
        }
        relationTest = relation == .auto && lexicon.source == target ? (try FeatureExtractor(lexicon: lexicon, shared: nil, splitsOnDemand: true), lexicon) : nil
    }

    /// Checks one target whose sentences, and whose alignment with its source, were decided before QA
    /// (`bitext run` aligns each pair once; its omissions and additions are then exactly the 1-0 and
    /// 0-1 beads of the run's alignment files).
    package func check(name: String, target: [UInt8], source: (name: String, bytes: [UInt8])?, prepared: QAPreparedAlignment) throws -> QAReportDocument {
        let targetText = try resources.text(name: name, language: resources.targetLanguage, bytes: target, sentences: prepared.targetSentences)
        let sourceText = try source.map {
            try resources.text(name: $0.name, language: resources.sourceLanguage, bytes: $0.bytes, sentences: prepared.sourceSentences)
        }
        let input = QAInput(target: targetText, source: sourceText, glossary: glossary, beads: prepared.beads ?? [],
                            sourceIsComparable: sourceText != nil && prepared.beads == nil)
        return QAReportDocument(name: name, input: input, findings: runner.run(input))
    }

    /// Checks one target, with its source if there is one; findings are named by `target.name`.
    public func check(_ target: TextFile, source: TextFile?) throws -> QAReportDocument {
        try check(name: target.name, target: target.bytes, source: source.map { (name: $0.name, bytes: $0.bytes) })
    }

    /// Checks one target given as bytes that must be well-formed UTF-8 (a `TextFile`'s, or a JSON
    /// string's as `JSONLRecords` decodes it): the analysis decodes them unchecked.
    package func check(name: String, recordID: [UInt8]? = nil, target: [UInt8], source: (name: String, bytes: [UInt8])?) throws -> QAReportDocument {
        let targetText = try resources.text(name: name, language: resources.targetLanguage, bytes: target)
        let sourceText = try source.map { try analysedSource(name: $0.name, bytes: $0.bytes) }
        var decision: RelationDecision?
        if let sourceText, relation == .auto {
            decision = try decide(source: sourceText, target: targetText)
        }
        let aligned = relation == .parallel || decision?.relation == .parallel
        let beads = try sourceText.flatMap { text in aligned ? try aligner.map { try $0.align(source: text, target: targetText) } : nil } ?? []
        let input = QAInput(target: targetText, source: sourceText, glossary: glossary, beads: beads,
                            sourceIsComparable: sourceText != nil && !aligned)
        return QAReportDocument(name: name, recordID: recordID, input: input, findings: runner.run(input), relation: decision)
    }

    /// The analysis of a source text, reused when the previous record had the same source.
    private func analysedSource(name: String, bytes: [UInt8]) throws -> QAText {
        if let lastSource, lastSource.name == name, lastSource.bytes == bytes { return lastSource }
        let text = try resources.text(name: name, language: resources.sourceLanguage, bytes: bytes)
        lastSource = text
        return text
    }

    /// Translation or comparable, from the share of sentences the comparable matcher links (as `bitext run`
    /// decides, `TranslationTest`). Without a German → English lexicon every source counts as a translation.
    private func decide(source: QAText, target: QAText) throws -> RelationDecision {
        guard let (extractor, _) = relationTest else {
            return RelationDecision(relation: .parallel, matchedShare: nil)
        }
        let german = extractor.sourceSide(target.analysis)
        let english = extractor.targetSide(source.analysis)
        let matches = ComparableMatcher().match(source: german, target: english, keyCount: extractor.keyCount)
        return TranslationTest.decide(matches, sourceCount: target.sentences.count, targetCount: source.sentences.count)
    }
}

/// Sentences and beads decided before QA (by `bitext run`), used instead of QA's own split and
/// alignment.
public struct QAPreparedAlignment: Sendable {
    /// The target's sentences as Unicode scalar ranges of its original text.
    public let targetSentences: [Range<Int>]
    /// The source's sentences likewise; nil without a source.
    public let sourceSentences: [Range<Int>]?
    /// The beads (source and target sentence indices) when the source is the text translated; nil
    /// when it is only comparable (checks then compare with the whole source).
    public let beads: [QABead]?

    public init(targetSentences: [Range<Int>], sourceSentences: [Range<Int>]?, beads: [QABead]?) {
        self.targetSentences = targetSentences
        self.sourceSentences = sourceSentences
        self.beads = beads
    }
}
