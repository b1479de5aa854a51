/// `term-consistency`: terminology against the glossary and within the document.
///
/// Three cases, all matched on Snowball stems so that inflected forms count:
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

    init(lexicon: QALexiconAnswers) {
        self.lexicon = lexicon
    }

    func findings(in input: QAInput) -> [QAFinding] {
        guard !input.glossary.isEmpty else { return [] }
        let text = input.target
        let target = StemPhraseIndex(tokenStems: text.tokens.indices.map { text.tokens[$0].kind == .word ? lexicon.targetStem(text.words[$0]) : "" })
        let source = input.source.flatMap { source in
            input.beads.isEmpty ? nil : (text: source, index: StemPhraseIndex(tokenStems: source.tokens.indices.map {
                source.tokens[$0].kind == .word ? lexicon.sourceStem(source.words[$0]) : ""
            }))
        }
        var result: [QAFinding] = []
        var byEnglish: [String: [QAGlossary.Entry]] = [:]
        for entry in input.glossary.entries { byEnglish[entry.english.lowercased(), default: []].append(entry) }

        for (english, entries) in byEnglish.sorted(by: { $0.key < $1.key }) {
            let preferred = entries.first { $0.status == .preferred } ?? entries.first { !$0.isDiscouraged }
            let usesPreferred = entries.contains { entry in entry.status == .preferred && !matches(of: entry.german, in: target, text: text).isEmpty }
            var occurrences: [(range: Range<Int>, entry: QAGlossary.Entry)] = []
            for entry in entries {
                for range in matches(of: entry.german, in: target, text: text) { occurrences.append((range, entry)) }
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
            if let source {
                result.append(contentsOf: missingRenderings(english: english, entries: entries, source: source.text, sourceIndex: source.index,
                                                            input: input, target: target))
            }
        }
        return result
    }

    /// Source sentences using the term whose aligned target sentences contain none of its renderings.
    private func missingRenderings(english: String, entries: [QAGlossary.Entry], source: QAText, sourceIndex: StemPhraseIndex,
                                   input: QAInput, target: StemPhraseIndex) -> [QAFinding] {
        let phrase = english.split(separator: " ").map { lexicon.sourceStem(String($0)) }
        // Most glossary terms are not in a given source at all.
        guard !sourceIndex.occurrences(of: phrase).isEmpty else { return [] }
        let text = input.target
        let renderings = entries.filter { !$0.isDiscouraged }.map { $0.german.split(separator: " ").map { lexicon.targetStem(String($0)) } }
        var result: [QAFinding] = []
        for bead in input.beads where !bead.source.isEmpty && !bead.target.isEmpty {
            let sourceRange = source.tokenRange(ofSentence: bead.source.lowerBound).lowerBound..<source.tokenRange(ofSentence: bead.source.upperBound - 1).upperBound
            guard sourceIndex.contains(phrase, within: sourceRange) else { continue }
            let targetRange = text.tokenRange(ofSentence: bead.target.lowerBound).lowerBound..<text.tokenRange(ofSentence: bead.target.upperBound - 1).upperBound
            let rendered = renderings.contains { target.contains($0, within: targetRange) }
            guard !rendered, let first = text.sentences[bead.target.lowerBound].scalars.first,
                  let last = text.sentences[bead.target.upperBound - 1].scalars.last,
                  let preferred = entries.first(where: { !$0.isDiscouraged }) else { continue }
            result.append(text.finding(Self.check, first..<(last + 1),
                                       message: "the source says \"\(english)\" but the translation lacks the glossary's \"\(preferred.german)\""))
        }
        return result
    }

    /// Scalar ranges of the target where the stems of `german` occur as consecutive words.
    private func matches(of german: String, in index: StemPhraseIndex, text: QAText) -> [Range<Int>] {
        let phrase = german.split(separator: " ").map { lexicon.targetStem(String($0)) }
        return index.occurrences(of: phrase).map { start in
            text.tokens[index.words[start]].scalars.lowerBound..<text.tokens[index.words[start + phrase.count - 1]].scalars.upperBound
        }
    }
}
