/// A configured QA run over any number of texts: resources, selected checks, glossary and aligner,
/// built once (loading dictionaries takes a moment) and applied to each target in turn. Used by
/// `bitext qa` for single files and batches, and by `bitext bench qa`.
///
/// Not thread-safe: one per thread.
public final class QASession {
    public let resources: QAResources
    public let runner: QARunner
    public let glossary: QAGlossary
    /// Nil for comparable sources: checks then compare with the whole source.
    private let aligner: (any QASentenceAligning)?

    /// - Parameters:
    ///   - comparable: the sources are comparable articles, not translations (no sentence alignment).
    ///   - useInstalledLexicon: read the installed dictionaries (Ding) into the lexicon.
    public init(checks: [QACheck], source: Language, target: Language, glossary: QAGlossary,
                comparable: Bool = false, useInstalledLexicon: Bool = true) throws {
        let lexicon = try QALexicon.load(glossary: glossary, source: source, target: target, useInstalled: useInstalledLexicon)
        resources = try QAResources(target: target, source: source, lexicon: lexicon)
        runner = try QARunner(checks: checks, resources: resources)
        self.glossary = glossary
        if comparable {
            aligner = nil
        } else if source == .en && target == .de {
            aligner = try LexicalSentenceAligner(lexicon: lexicon)
        } else {
            aligner = IndexSentencePairing()
        }
    }

    /// Checks one target (UTF-8 bytes, valid), with its source if there is one.
    public func check(name: String, recordID: [UInt8]? = nil, target: [UInt8], source: (name: String, bytes: [UInt8])?) throws -> QAReportDocument {
        let targetText = try resources.text(name: name, language: resources.targetLanguage, bytes: target)
        let sourceText = try source.map { try resources.text(name: $0.name, language: resources.sourceLanguage, bytes: $0.bytes) }
        let beads = try sourceText.flatMap { text in try aligner.map { try $0.align(source: text, target: targetText) } } ?? []
        let input = QAInput(target: targetText, source: sourceText, glossary: glossary, beads: beads)
        return QAReportDocument(name: name, recordID: recordID, input: input, findings: runner.run(input))
    }
}
