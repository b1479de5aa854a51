/// `calque-compound`: a German compound no dictionary knows, built from known words, which machine
/// translation made by gluing the translations of an English phrase together ("Eisbergspitze"
/// from "tip of the iceberg").
///
/// Without a source, such a compound is only noted (info): German coins compounds freely. With a
/// source and a lexicon, the English words its parts translate are searched in the source; when
/// all parts (three or more) are found close together in one sentence but not as one contiguous
/// phrase, they are shown as evidence and the finding becomes a warning.
///
/// Only nouns (capitalized) can be warnings: calques render English noun phrases, while the
/// lower-case compounds Hunspell lacks are mostly regular verbs with a particle ("hineinzufallen",
/// "hereinfällt") and adjectives ("mineralstoffreiches"), whose parts also turn up in the source
/// (on MQM-annotated TED output 4 of 23 such warnings were marked).
struct CalqueCompoundCheck: QARule {
    static let check = QACheck(
        id: "calque-compound",
        title: "Word-by-word compound (calque)",
        explanation: """
            A compound the dictionary does not know, made of words it does know. Machine translation \
            builds such words by translating an English phrase part by part ("tip of the iceberg" → \
            "Eisbergspitze"); a German writer would rephrase ("die Spitze des Eisbergs"). \
            With a source, the English words behind a noun's parts are shown and the finding is a warning; \
            otherwise it is a note (info), since German coins compounds freely.
            """,
        severity: .warning,
        targetLanguages: [.de])

    /// Words shorter than this are left to the spelling check.
    static let minimumLength = 8

    let spelling: QASpelling
    let lexicon: QALexiconAnswers

    init(spelling: QASpelling, lexicon: QALexiconAnswers) {
        self.spelling = spelling
        self.lexicon = lexicon
    }

    /// - Complexity: O(t + s) look-ups for t target and s source tokens, plus, per distinct unknown
    ///   compound noun, the source tokens that translate one of its parts (`SourceIndex`).
    func findings(in input: QAInput) -> [QAFinding] {
        let text = input.target
        var result: [QAFinding] = []
        // Built on the first unknown compound: most texts have few.
        var sourceWords: Set<String>?
        var sourceIndex: SourceIndex?
        var evidenceOf: [String: [String]?] = [:]
        for index in text.tokens.indices where text.tokens[index].kind == .word {
            let word = text.words[index]
            guard text.tokens[index].scalars.count >= Self.minimumLength, text.isAnalysable(index),
                  !spelling.isTargetWord(word, capitalizedByPosition: text.startsSentence[index]) else { continue }
            if let source = input.source, sourceWords == nil { sourceWords = Set(source.words) }
            // A word the source has as it stands is a name or term carried over ("Johnston",
            // "Cumbernauld"), not a German rendering, whatever German words its letters spell.
            guard sourceWords?.contains(word) != true, let parts = spelling.compoundParts(word) else { continue }
            let range = text.tokens[index].scalars
            var evidence: [String]?
            if let source = input.source, lexicon.hasLexicon, text.isCapitalized(index) {
                let index = sourceIndex ?? SourceIndex(source, lexicon: lexicon)
                sourceIndex = index
                evidence = evidenceOf[word] ?? self.evidence(for: parts, in: source, index)
                evidenceOf[word] = .some(evidence)
            }
            if let evidence {
                let phrases = evidence.map { "\"\($0)\"" }.joined(separator: " + ")
                // A phrase the source itself hyphenates into a word ("death-god-y") is the source's
                // own coinage: a compound rendering it follows the author, only a note.
                let coined = evidence.contains { $0.contains("-") }
                result.append(text.finding(Self.check, range, severity: coined ? .info : nil, message:
                    "\"\(word)\" is not a German word: it renders \(phrases) from the source word by word"
                        + (coined ? " (the source coins a compound too)" : "; rephrase it")))
            } else {
                result.append(text.finding(Self.check, range, severity: .info, message:
                    "unknown compound \"\(word)\" (\(parts.joined(separator: " + "))): check that it is idiomatic German"))
            }
        }
        return result
    }

    /// Source words further apart than this do not form one phrase.
    static let phraseWindow = 8

    /// The tokens of the source's words by their lexicon ids: where the translations of a compound's
    /// parts stand is a look-up, not a scan of the source per compound. Function words ("my", "out",
    /// "per") are left out: one of a compound part's many translations meets them in any text, so they
    /// are no evidence of a phrase rendered word by word ("Wegzugsrate" from "My" + "out").
    private struct SourceIndex {
        private var tokens: [Int32: [Int]] = [:]

        init(_ source: QAText, lexicon: QALexiconAnswers) {
            for token in source.tokens.indices where source.tokens[token].kind == .word
                && !source.analysis.analysis(ofToken: token).isFunctionWord {
                if let id = lexicon.lexiconID(ofSource: source.words[token]) { tokens[id, default: []].append(token) }
            }
        }

        /// The tokens whose word translates one of `units`, in text order, each with the units it translates.
        func matches(_ units: [Set<Int32>]) -> [(token: Int, units: Set<Int>)] {
            var byToken: [Int: Set<Int>] = [:]
            for (unit, ids) in units.enumerated() {
                for id in ids {
                    for token in tokens[id] ?? [] { byToken[token, default: []].insert(unit) }
                }
            }
            return byToken.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
        }
    }

    /// The source phrases that the parts translate, when they show a calque: every part (three or
    /// more) found close together in one source sentence, in two or more separate runs of words
    /// ("officials" … "White House"). One contiguous English compound rendered as one German compound
    /// ("nectar tube" → "Nektarröhre") is ordinary German word formation, not evidence.
    ///
    /// - Complexity: O(m log m) for the m source tokens that translate a part, whatever the source's length.
    private func evidence(for parts: [String], in source: QAText, _ index: SourceIndex) -> [String]? {
        let units = translationUnits(parts)
        guard units.count >= 3 else { return nil }
        let all = index.matches(units)
        var start = 0
        while start < all.count {
            // The matches of one sentence, sentences in text order.
            let sentence = source.sentenceOfToken[all[start].token]
            var end = start
            while end < all.count, source.sentenceOfToken[all[end].token] == sentence { end += 1 }
            let matches = Array(all[start..<end])
            start = end
            // Every window of matches covering every part from each first match, no wider than
            // `phraseWindow` (O(m · w) for m matches). A window whose words form one phrase
            // ("death-god-y dagger") is the sentence's own compound, rendered as one: no calque
            // there. Otherwise the narrowest is the evidence.
            var evidence: (width: Int, phrases: [String])?
            var contiguous = false
            for first in matches.indices {
                var covered = Set<Int>()
                for last in first..<matches.count {
                    let width = matches[last].token - matches[first].token
                    if width > Self.phraseWindow { break }
                    covered.formUnion(matches[last].units)
                    guard covered.count == units.count else { continue }
                    // Matched words right next to the window belong to its phrases ("White" + "House"),
                    // up to a phrase's length on each side (a bound on the cost of a long run).
                    var window = first..<(last + 1)
                    let widest = window.count + 2 * Self.phraseWindow
                    while window.upperBound < matches.count, window.count < widest,
                          matches[window.upperBound].token == matches[window.upperBound - 1].token + 1 { window = window.lowerBound..<(window.upperBound + 1) }
                    while window.lowerBound > 0, window.count < widest,
                          matches[window.lowerBound - 1].token == matches[window.lowerBound].token - 1 { window = (window.lowerBound - 1)..<window.upperBound }
                    let phrases = runs(matches[window].map(\.token), in: source)
                    if phrases.count < 2 { contiguous = true }
                    if evidence.map({ width < $0.width }) ?? true { evidence = (width, phrases) }
                    break
                }
            }
            if !contiguous, let evidence { return evidence.phrases }
        }
        return nil
    }

    /// Matched tokens grouped into phrases of adjacent words; a hyphen between words joins them
    /// ("near-death"), and a hyphenated word counts as one with what is attached to it ("death-god-y
    /// dagger" is one phrase: the source coined the compound itself).
    private func runs(_ tokens: [Int], in source: QAText) -> [String] {
        var phrases: [String] = []
        var runStart = tokens[0]
        var runEnd = tokens[0]
        func flush() {
            phrases.append(source.string(source.tokens[runStart].scalars.lowerBound..<source.tokens[runEnd].scalars.upperBound))
        }
        // The last token of the hyphenated word that `token` ends: pieces joined to it by a hyphen
        // with no space between.
        func wordEnd(_ token: Int) -> Int {
            var end = token
            while end + 1 < source.tokens.count, source.tokens[end].scalars.upperBound == source.tokens[end + 1].scalars.lowerBound,
                  source.words[end] == "-" || source.words[end + 1] == "-" {
                end += 1
            }
            return end
        }
        for token in tokens.dropFirst() {
            let end = wordEnd(runEnd)
            let joined = token <= end + 1 || (token == end + 2 && source.words[end + 1] == "-")
            if joined {
                runEnd = token
            } else {
                flush()
                runStart = token
                runEnd = token
            }
        }
        flush()
        return phrases
    }

    /// For each part, the lexicon ids of its English translations; a part the lexicon does not know
    /// is split again ("Kaltkrieg" → "Kalt" + "Krieg").
    private func translationUnits(_ parts: [String]) -> [Set<Int32>] {
        var units: [Set<Int32>] = []
        for part in parts {
            let ids = lexicon.translations(ofTarget: part)
            if !ids.isEmpty {
                units.append(Set(ids))
            } else if let finer = spelling.compoundParts(part) {
                units.append(contentsOf: finer.map { Set(lexicon.translations(ofTarget: $0)) }.filter { !$0.isEmpty })
            }
        }
        return units
    }
}
