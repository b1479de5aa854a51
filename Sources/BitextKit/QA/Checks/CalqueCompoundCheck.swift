/// `calque-compound`: a German compound no dictionary knows, built from known words, which machine
/// translation made by gluing the translations of an English phrase together ("Kaltkriegstiefern"
/// from "Cold War lows").
///
/// Without a source, such a compound is only noted (info): German coins compounds freely. With a
/// source and a lexicon, the English words its parts translate are searched in the source; when at
/// least two parts are found in one source sentence, they are shown as evidence and the finding
/// becomes a warning.
struct CalqueCompoundCheck: QARule {
    static let check = QACheck(
        id: "calque-compound",
        title: "Word-by-word compound (calque)",
        explanation: """
            A compound the dictionary does not know, made of words it does know. Machine translation \
            builds such words by translating an English phrase part by part ("Cold War lows" → \
            "Kaltkriegstiefern"); a German writer would rephrase ("Tiefpunkt seit dem Kalten Krieg"). \
            With a source, the English words behind the parts are shown and the finding is a warning; \
            without one it is a note (info), since German coins compounds freely.
            """,
        severity: .warning,
        targetLanguages: [.de])

    /// Words shorter than this are left to the spelling check.
    static let minimumLength = 8

    let resources: QAResources

    init(resources: QAResources) {
        self.resources = resources
    }

    func findings(in input: QAInput) -> [QAFinding] {
        let text = input.target
        var result: [QAFinding] = []
        for index in text.tokens.indices where text.tokens[index].kind == .word {
            let word = text.words[index]
            guard word.unicodeScalars.count >= Self.minimumLength,
                  !resources.targetAccepts(word, capitalizedByPosition: text.startsSentence[index]),
                  let parts = resources.compoundParts(word) else { continue }
            let range = text.tokens[index].scalars
            if let source = input.source, resources.hasLexicon, let evidence = evidence(for: parts, in: source) {
                let phrases = evidence.map { "\"\($0)\"" }.joined(separator: " + ")
                result.append(text.finding(Self.check, range, message:
                    "\"\(word)\" is not a German word: it renders \(phrases) from the source word by word; rephrase it"))
            } else {
                result.append(text.finding(Self.check, range, severity: .info, message:
                    "unknown compound \"\(word)\" (\(parts.joined(separator: " + "))): check that it is idiomatic German"))
            }
        }
        return result
    }

    /// The source phrases (runs of adjacent source words) that the parts translate, from the source
    /// sentence matching the most parts; nil unless at least two parts are found.
    ///
    /// - Complexity: O(s · p) for s source tokens and p parts.
    private func evidence(for parts: [String], in source: QAText) -> [String]? {
        let units = translationUnits(parts)
        guard units.count >= 2 else { return nil }
        var best: (matched: Int, tokens: [Int])? = nil
        for sentence in source.sentences.indices {
            var matchedUnits = Set<Int>()
            var tokens: [Int] = []
            for token in source.tokenRange(ofSentence: sentence) where source.tokens[token].kind == .word {
                guard let id = resources.lexiconID(ofSource: source.words[token]) else { continue }
                let hits = units.indices.filter { units[$0].contains(id) }
                if !hits.isEmpty {
                    tokens.append(token)
                    matchedUnits.formUnion(hits)
                }
            }
            if matchedUnits.count >= 2, matchedUnits.count > (best?.matched ?? 0) { best = (matchedUnits.count, tokens) }
        }
        guard let best else { return nil }
        // Group matched tokens into phrases of adjacent words ("Cold War", "lows").
        var phrases: [String] = []
        var runStart = best.tokens[0]
        var runEnd = best.tokens[0]
        for token in best.tokens.dropFirst() {
            if token == runEnd + 1 {
                runEnd = token
            } else {
                phrases.append(source.string(source.tokens[runStart].scalars.lowerBound..<source.tokens[runEnd].scalars.upperBound))
                runStart = token
                runEnd = token
            }
        }
        phrases.append(source.string(source.tokens[runStart].scalars.lowerBound..<source.tokens[runEnd].scalars.upperBound))
        return phrases
    }

    /// For each part, the lexicon ids of its English translations; a part the lexicon does not know
    /// is split again ("Kaltkrieg" → "Kalt" + "Krieg").
    private func translationUnits(_ parts: [String]) -> [Set<Int32>] {
        var units: [Set<Int32>] = []
        for part in parts {
            let ids = resources.translations(ofTarget: part)
            if !ids.isEmpty {
                units.append(Set(ids))
            } else if let finer = resources.compoundParts(part) {
                units.append(contentsOf: finer.map { Set(resources.translations(ofTarget: $0)) }.filter { !$0.isEmpty })
            }
        }
        return units
    }
}
