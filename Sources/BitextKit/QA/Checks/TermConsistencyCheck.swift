/// `term-consistency`: terminology against the glossary and within the document.
///
/// Three cases, all matched on Snowball stems so that inflected forms count (and a verb's forms as
/// Ding lists them or the regular pattern makes them, a separable one's split with its particle
/// closing the clause: `GlossaryRenderingStems`):
/// - a German rendering the glossary marks as deprecated or forbidden (error);
/// - a glossary term in the aligned source sentence whose glossary rendering is missing from the
///   target sentence (warning, on the target sentence);
/// - one English term rendered both by its preferred glossary rendering and by an admitted one
///   within the document (warning, on the admitted one). Two preferred renderings (gender forms such
///   as "Botschafter"/"Botschafterin") are not a conflict.
struct TermConsistencyCheck: QARule {
    static let check = QACheck(
        id: "term-consistency",
        title: "Terminology",
        explanation: """
            The translation does not follow the glossary: it uses a rendering the glossary forbids, \
            leaves out the glossary's rendering of a source term, or mixes the preferred rendering of a \
            term with an admitted alternative within the document.
            """,
        severity: .warning)

    let lexicon: QALexiconAnswers
    private let renderingStems: GlossaryRenderingStems

    init(lexicon: QALexiconAnswers, language: Language) throws {
        self.lexicon = lexicon
        renderingStems = try GlossaryRenderingStems(language: language, stem: lexicon.targetStem)
    }

    func findings(in input: QAInput) -> [QAFinding] {
        guard !input.glossary.isEmpty else { return [] }
        let text = input.target
        let target = StemPhraseIndex(tokenStems: text.tokens.indices.map { text.tokens[$0].kind == .word ? lexicon.targetStem(text.words[$0]) : "" },
                                     tokens: text.tokens, sentenceOfToken: text.sentenceOfToken)
        let source = input.source.flatMap { source in
            input.beads.isEmpty ? nil : (text: source, index: StemPhraseIndex(tokenStems: source.tokens.indices.map {
                source.tokens[$0].kind == .word ? lexicon.sourceTermStem(source.words[$0]) : ""
            }, tokens: source.tokens, sentenceOfToken: source.sentenceOfToken))
        }
        var result: [QAFinding] = []
        var byEnglish: [String: [QAGlossary.Entry]] = [:]
        for entry in input.glossary.entries { byEnglish[entry.english.lowercased(), default: []].append(entry) }

        for (english, entries) in byEnglish.sorted(by: { $0.key < $1.key }) {
            let preferred = entries.first { $0.status == .preferred } ?? entries.first { !$0.isDiscouraged }
            let usesPreferred = entries.contains { entry in
                entry.status == .preferred && !matches(of: entry.german, in: target, text: text, verbForms: input.glossary.verbForms).isEmpty
            }
            var occurrences: [(range: Range<Int>, entry: QAGlossary.Entry)] = []
            for entry in entries {
                for range in matches(of: entry.german, in: target, text: text, verbForms: input.glossary.verbForms) { occurrences.append((range, entry)) }
            }
            occurrences.sort { $0.range.lowerBound < $1.range.lowerBound }
            for (range, entry) in occurrences {
                if entry.isDiscouraged {
                    let advice = preferred.map { "; use \"\($0.german)\"" } ?? ""
                    result.append(text.finding(Self.check, range, severity: .error,
                                               message: "the glossary marks \"\(entry.german)\" as \(entry.status?.rawValue ?? "discouraged") for \"\(entry.english)\"\(advice)",
                                               suggestion: preferred?.german))
                    continue
                }
                if usesPreferred, entry.status == .admitted, let preferred = entries.first(where: { $0.status == .preferred }) {
                    result.append(text.finding(Self.check, range,
                                               message: "\"\(english)\" is rendered \"\(preferred.german)\" (preferred) elsewhere in this document and \"\(entry.german)\" here",
                                               suggestion: preferred.german))
                }
            }
        }
        if let source {
            // Terms whose English words stem alike ("sign", "signing"; "negotiation", "negotiator") are
            // one word of the source as the stems see it: a rendering of any of them renders it.
            var byStems: [[String]: [QAGlossary.Entry]] = [:]
            for entry in input.glossary.entries where !entry.isDiscouraged {
                byStems[entry.english.split(separator: " ").map { lexicon.sourceTermStem(String($0)) }, default: []].append(entry)
            }
            for (phrase, entries) in byStems.sorted(by: { $0.key.lexicographicallyPrecedes($1.key) }) where !phrase.isEmpty {
                result.append(contentsOf: missingRenderings(phrase: phrase, entries: entries, source: source.text, sourceIndex: source.index,
                                                            input: input, target: target))
            }
        }
        return result
    }

    /// Source sentences using the term (`phrase`: its English stems) whose aligned target sentences
    /// contain none of the renderings of `entries`.
    private func missingRenderings(phrase: [String], entries: [QAGlossary.Entry], source: QAText, sourceIndex: StemPhraseIndex,
                                   input: QAInput, target: StemPhraseIndex) -> [QAFinding] {
        let starts = sourceIndex.occurrences(of: phrase)
        // Most glossary terms are not in a given source at all.
        guard !starts.isEmpty else { return [] }
        let text = input.target
        let renderings = entries.flatMap { renderingStems.phrases(of: $0.german, verbForms: input.glossary.verbForms) }
        var german: [String] = []
        for entry in entries.filter({ $0.status == .preferred }) + entries.filter({ $0.status != .preferred }) where !german.contains(entry.german) {
            german.append(entry.german)
        }
        let wanted = german.map { "\"\($0)\"" }.joined(separator: " or ")
        var result: [QAFinding] = []
        for bead in input.beads where !bead.source.isEmpty && !bead.target.isEmpty {
            let sourceRange = source.tokenRange(ofSentence: bead.source.lowerBound).lowerBound..<source.tokenRange(ofSentence: bead.source.upperBound - 1).upperBound
            guard let start = starts.first(where: { sourceRange.contains(sourceIndex.words[$0]) && sourceRange.contains(sourceIndex.words[$0 + phrase.count - 1]) }) else { continue }
            let targetRange = text.tokenRange(ofSentence: bead.target.lowerBound).lowerBound..<text.tokenRange(ofSentence: bead.target.upperBound - 1).upperBound
            let rendered = renderings.contains { target.contains($0.stems, closedBy: $0.particle, within: targetRange) }
            guard !rendered, let first = text.sentences[bead.target.lowerBound].scalars.first,
                  let last = text.sentences[bead.target.upperBound - 1].scalars.last else { continue }
            let said = source.string(source.tokens[sourceIndex.words[start]].scalars.lowerBound..<source.tokens[sourceIndex.words[start + phrase.count - 1]].scalars.upperBound)
            result.append(text.finding(Self.check, first..<(last + 1),
                                       message: "the source says \"\(said)\" but the translation lacks the glossary's \(wanted)"))
        }
        return result
    }

    /// Scalar ranges of the target where `german` occurs (its stems, or a form's, as consecutive words;
    /// a split form up to its particle), in text order.
    private func matches(of german: String, in index: StemPhraseIndex, text: QAText, verbForms: GermanVerbForms) -> [Range<Int>] {
        renderingStems.phrases(of: german, verbForms: verbForms).flatMap { phrase in
            index.spans(of: phrase.stems, closedBy: phrase.particle).map { span in
                text.tokens[index.words[span.lowerBound]].scalars.lowerBound..<text.tokens[index.words[span.upperBound - 1]].scalars.upperBound
            }
        }.sorted { $0.lowerBound < $1.lowerBound }
    }
}
