/// `inconsistent-term`: one source term rendered two ways across a job (all files checked together).
///
/// `term-consistency` judges each unit alone; a job's units are short, so a term rendered
/// "Fähre" in one unit and "Fährschiff" in the next passes it. Here every unit's source terms are
/// followed to the rendering its target uses, and units whose rendering differs from the job's are
/// flagged on that rendering:
/// - terms of the glossary (`--glossary`): a warning where the glossary's preferred rendering is used
///   elsewhere in the job and an admitted one here, or, without a preferred one, where the job's most
///   used rendering differs from this one;
/// - other source words the lexicon translates: information only, because ordinary words have senses
///   a lexicon does not tell apart. A rendering counts when it is a capitalized German word (a noun:
///   senses of nouns are far steadier than those of verbs and adjectives), the only word of the target
///   that the lexicon gives for the source word, and translates no other word of that source; a
///   rendering is the job's once two units use it, and a compound of it or a part of it ("Armut",
///   "Armutsbekämpfung") is not another rendering.
enum TermConsistencyAcrossJob {
    static let check = QACheck(
        id: "inconsistent-term",
        title: "Same term, different renderings",
        explanation: """
            A source term is rendered one way in some units of the job (all files checked together) and \
            another way here. For glossary terms this is a warning (the preferred rendering, or the one \
            the job uses most, is the suggestion); for other words the lexicon translates, information.
            """,
        severity: .warning, needsSource: true)

    /// One unit's rendering of one source term: where it stands in the unit's target (plain text).
    private struct Use {
        let unit: Int
        let range: Range<Int>
        let written: String
    }

    /// A unit's words: scalar ranges in the plain text, their analyses, and where each stem stands.
    private struct Words {
        let ranges: [Range<Int>]
        let analyses: [WordAnalysis]
        let index: StemPhraseIndex
    }

    /// - Complexity: O(total text × translations per word in the lexicon + glossary terms × units whose
    ///   source has the term's first word).
    static func findings(_ units: [(file: String, unit: BilingualUnit)], glossary: QAGlossary, lexicon: QALexiconAnswers,
                         analyzers: Sides<TextAnalyzer>) throws -> [SegmentFinding] {
        let renderingStems = try GlossaryRenderingStems(language: analyzers.target.language, stem: lexicon.targetStem)
        var sources: [Words] = []
        var targets: [Words] = []
        for (_, unit) in units {
            sources.append(try words(unit.source.plain, analyzer: analyzers.source) { lexicon.sourceTermStem($0.text) })
            targets.append(try words(unit.target.plain, analyzer: analyzers.target))
        }
        var flagged: [(unit: Int, finding: QAFinding)] = []
        let glossaryStems = glossaryFindings(units, sources: sources, targets: targets, glossary: glossary, lexicon: lexicon,
                                             renderingStems: renderingStems, into: &flagged)
        if lexicon.hasLexicon {
            lexiconFindings(units, sources: sources, targets: targets, skipping: glossaryStems, lexicon: lexicon, into: &flagged)
        }
        return flagged.sorted { $0.unit != $1.unit ? $0.unit < $1.unit : $0.finding.start < $1.finding.start }.map {
            SegmentFinding(file: units[$0.unit].file, unit: units[$0.unit].unit, finding: $0.finding)
        }
    }

    /// - Parameter stem: a word's stem in the index (a source's meets the glossary's terms by
    ///   `QALexiconAnswers.sourceTermStem`).
    private static func words(_ text: String, analyzer: TextAnalyzer, stem: (WordAnalysis) -> String = \.stem) throws -> Words {
        let analysed = try analyzer.analyse(name: "", bytes: Array(text.utf8), sentences: [])
        let analyses = analysed.tokens.indices.map { analysed.analysis(ofToken: $0) }
        var sentenceOfToken = [Int](repeating: 0, count: analysed.tokens.count)
        for (sentence, tokens) in analysed.sentenceTokens.enumerated() {
            for token in tokens { sentenceOfToken[token] = sentence }
        }
        return Words(ranges: analysed.tokens.map(\.scalars), analyses: analyses,
                     index: StemPhraseIndex(tokenStems: analysed.tokens.indices.map { analysed.tokens[$0].kind == .word ? stem(analyses[$0]) : "" },
                                            tokens: analysed.tokens, sentenceOfToken: sentenceOfToken))
    }

    /// Glossary terms; returns the source stems of single-word glossary terms, which the lexicon pass
    /// leaves to this one.
    private static func glossaryFindings(_ units: [(file: String, unit: BilingualUnit)], sources: [Words], targets: [Words],
                                         glossary: QAGlossary, lexicon: QALexiconAnswers, renderingStems: GlossaryRenderingStems,
                                         into flagged: inout [(unit: Int, finding: QAFinding)]) -> Set<String> {
        var byEnglish: [String: [QAGlossary.Entry]] = [:]
        for entry in glossary.entries where !entry.isDiscouraged { byEnglish[entry.english.lowercased(), default: []].append(entry) }
        // Units by the stems of their sources, so that each term visits only the units that may hold it.
        var unitsWithStem: [String: [Int]] = [:]
        for (index, source) in sources.enumerated() {
            for stem in Set(source.index.stems) { unitsWithStem[stem, default: []].append(index) }
        }
        var covered: Set<String> = []
        for (english, entries) in byEnglish.sorted(by: { $0.key < $1.key }) {
            let phrase = english.split(separator: " ").map { lexicon.sourceTermStem(String($0)) }
            guard !phrase.isEmpty else { continue }
            if phrase.count == 1 { covered.insert(phrase[0]) }
            let renderings = entries.map { renderingStems.phrases(of: $0.german, verbForms: glossary.verbForms) }
            // Per rendering (entry index), the units that use it and no other rendering of the term.
            var uses: [Int: [Use]] = [:]
            for index in unitsWithStem[phrase[0], default: []] where !sources[index].index.occurrences(of: phrase).isEmpty {
                let target = targets[index]
                let found = renderings.indices.compactMap { r in
                    renderings[r].lazy.compactMap { phrase in
                        target.index.spans(of: phrase.stems, closedBy: phrase.particle).first.map { (rendering: r, span: $0) }
                    }.first
                }
                guard found.count == 1, let (rendering, span) = found.first else { continue }
                let first = target.index.words[span.lowerBound], last = target.index.words[span.upperBound - 1]
                uses[rendering, default: []].append(Use(unit: index, range: target.ranges[first].lowerBound..<target.ranges[last].upperBound,
                                                        written: entries[rendering].german))
            }
            guard uses.count > 1 else { continue }
            let preferred = uses.keys.filter { entries[$0].status == .preferred }
            let chosen = preferred.count == 1 ? preferred[0] : mostUsed(uses)
            for (rendering, list) in uses where rendering != chosen && !(preferred.count > 1 && preferred.contains(rendering)) {
                let why = entries[chosen].status == .preferred ? "the glossary's preferred rendering" : "its most frequent rendering in this job"
                for use in list {
                    let message = "\"\(english)\" is rendered \"\(entries[chosen].german)\" (\(why)) in \(places(uses[chosen]!, of: units, besides: use.unit)) and \"\(use.written)\" here"
                    flagged.append((use.unit, finding(use, in: units[use.unit].unit, message: message, suggestion: entries[chosen].german, severity: .warning)))
                }
            }
        }
        return covered
    }

    /// Single source words and the capitalized target words the lexicon gives for them.
    private static func lexiconFindings(_ units: [(file: String, unit: BilingualUnit)], sources: [Words], targets: [Words],
                                        skipping covered: Set<String>, lexicon: QALexiconAnswers,
                                        into flagged: inout [(unit: Int, finding: QAFinding)]) {
        // Per source stem, per rendering stem, the units that use it.
        var renderings: [String: [String: [Use]]] = [:]
        var order: [String] = []
        for index in units.indices {
            let source = sources[index], target = targets[index]
            // Per lexicon id, the capitalized target words translating it (stem → first token), built once per
            // unit so that the cost stays linear in the unit's length.
            var byID: [Int32: [String: Int]] = [:]
            for (position, targetStem) in target.index.stems.enumerated() {
                let token = target.index.words[position]
                let written = target.analyses[token].text
                guard written.unicodeScalars.first?.properties.isUppercase == true else { continue }
                for id in Set(lexicon.translations(ofTarget: written)) where byID[id]?[targetStem] == nil {
                    byID[id, default: [:]][targetStem] = token
                }
            }
            // The lexicon ids of the unit's source words: a rendering counts only when it translates one
            // of them (one-to-one), not a word that happens to share a sense with another source word.
            var sourceIDs: [Int32: String] = [:]
            for (position, stem) in source.index.stems.enumerated() where !covered.contains(stem) {
                let word = source.analyses[source.index.words[position]]
                guard word.text.unicodeScalars.count >= 4, !word.isStopWord, let id = lexicon.lexiconID(ofSource: word.text) else { continue }
                sourceIDs[id] = stem
            }
            for (id, stem) in sourceIDs.sorted(by: { $0.key < $1.key }) {
                guard let found = byID[id], found.count == 1, let (renderingStem, token) = found.first,
                      Set(lexicon.translations(ofTarget: target.analyses[token].text)).allSatisfy({ $0 == id || sourceIDs[$0] == nil }) else { continue }
                if renderings[stem] == nil { order.append(stem) }
                renderings[stem, default: [:]][renderingStem, default: []].append(
                    Use(unit: index, range: target.ranges[token], written: target.analyses[token].text))
            }
        }
        for stem in order {
            guard let uses = renderings[stem], uses.count > 1 else { continue }
            let chosen = mostUsed(uses)
            // A rendering is the job's only after two units; one unit against another is no pattern.
            guard uses[chosen]!.count >= 2 else { continue }
            let chosenWord = uses[chosen]![0].written
            // A compound and its part ("Armut", "Armutsbekämpfung") are a choice of detail, not of term.
            for (rendering, list) in uses where rendering != chosen && !sharesCompoundPart(rendering, chosen) {
                for use in list {
                    let sourceWord = sourceWord(stem, in: sources[use.unit])
                    let message = "\"\(sourceWord)\" is rendered \"\(chosenWord)\" in \(places(uses[chosen]!, of: units, besides: use.unit)) and \"\(use.written)\" here"
                    flagged.append((use.unit, finding(use, in: units[use.unit].unit, message: message, suggestion: chosenWord, severity: .info)))
                }
            }
        }
    }

    private static func sharesCompoundPart(_ a: String, _ b: String) -> Bool {
        a.hasPrefix(b) || a.hasSuffix(b) || b.hasPrefix(a) || b.hasSuffix(a)
    }

    /// The rendering used in most units; ties go to the one used first.
    private static func mostUsed<Key: Hashable>(_ uses: [Key: [Use]]) -> Key {
        uses.max { a, b in
            a.value.count != b.value.count ? a.value.count < b.value.count : a.value[0].unit > b.value[0].unit
        }!.key
    }

    private static func sourceWord(_ stem: String, in words: Words) -> String {
        let position = words.index.stems.firstIndex(of: stem) ?? 0
        return words.analyses[words.index.words[position]].text
    }

    /// "unit 4", "units 4, 9 and 2 more", "units 4, 9 of other.po": at most three ids, each file named once
    /// after its ids when it is not the flagged unit's file.
    private static func places(_ uses: [Use], of units: [(file: String, unit: BilingualUnit)], besides unit: Int) -> String {
        var groups: [(file: String, ids: [String])] = []
        for use in uses.prefix(3) {
            let (file, item) = units[use.unit]
            if groups.last?.file == file { groups[groups.count - 1].ids.append(item.id) } else { groups.append((file, [item.id])) }
        }
        let shown = groups.map { group in
            group.ids.joined(separator: ", ") + (group.file == units[unit].file ? "" : " of \(group.file)")
        }.joined(separator: ", ")
        let more = uses.count > 3 ? " and \(uses.count - 3) more" : ""
        return (uses.count == 1 ? "unit " : "units ") + shown + more
    }

    private static func finding(_ use: Use, in unit: BilingualUnit, message: String, suggestion: String, severity: QASeverity) -> QAFinding {
        unit.target.finding(check, unit.target.displayRange(ofPlain: use.range), severity: severity, message: message, suggestion: suggestion)
    }
}
