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

    /// Whether the source has the word as it stands: a name or term carried over ("Johnston",
    /// "Cumbernauld"), not a German rendering, whatever German words its letters happen to spell.
    /// A linear scan: it runs only for the few words no dictionary knows.
    private static func isCopied(_ word: String, from source: QAText?) -> Bool {
        source?.words.contains(word) ?? false
    }

    let spelling: QASpelling
    let lexicon: QALexiconAnswers

    init(spelling: QASpelling, lexicon: QALexiconAnswers) {
        self.spelling = spelling
        self.lexicon = lexicon
    }

    func findings(in input: QAInput) -> [QAFinding] {
        let text = input.target
        var result: [QAFinding] = []
        for index in text.tokens.indices where text.tokens[index].kind == .word {
            let word = text.words[index]
            guard text.tokens[index].scalars.count >= Self.minimumLength, text.isAnalysable(index),
                  !spelling.isTargetWord(word, capitalizedByPosition: text.startsSentence[index]),
                  !Self.isCopied(word, from: input.source),
                  let parts = spelling.compoundParts(word) else { continue }
            let range = text.tokens[index].scalars
            if let source = input.source, lexicon.hasLexicon, text.isCapitalized(index), let evidence = evidence(for: parts, in: source) {
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

    /// The source phrases that the parts translate, when they show a calque: every part (three or
    /// more) found close together in one source sentence, in two or more separate runs of words
    /// ("lows" … "Cold War"). One contiguous English compound rendered as one German compound
    /// ("nectar tube" → "Nektarröhre") is ordinary German word formation, not evidence.
    ///
    /// - Complexity: O(s · p) for s source tokens and p parts.
    private func evidence(for parts: [String], in source: QAText) -> [String]? {
        let units = translationUnits(parts)
        guard units.count >= 3 else { return nil }
        for sentence in source.sentences.indices {
            // Each source word that translates some part, with the parts it translates.
            var matches: [(token: Int, units: Set<Int>)] = []
            for token in source.tokenRange(ofSentence: sentence) where source.tokens[token].kind == .word {
                guard let id = lexicon.lexiconID(ofSource: source.words[token]) else { continue }
                let hits = Set(units.indices.filter { units[$0].contains(id) })
                if !hits.isEmpty { matches.append((token, hits)) }
            }
            // Every window of matches covering every part from each first match (O(m²) for m
            // matches, a handful). A window whose words form one phrase ("death-god-y dagger") is
            // the sentence's own compound, rendered as one: no calque there. Otherwise the narrowest
            // is the evidence.
            var evidence: (width: Int, phrases: [String])?
            var contiguous = false
            for first in matches.indices {
                var covered = Set<Int>()
                for last in first..<matches.count {
                    covered.formUnion(matches[last].units)
                    guard covered.count == units.count else { continue }
                    let width = matches[last].token - matches[first].token
                    if width <= Self.phraseWindow {
                        // Matched words right next to the window belong to its phrases ("Cold" + "War").
                        var window = first..<(last + 1)
                        while window.upperBound < matches.count, matches[window.upperBound].token == matches[window.upperBound - 1].token + 1 { window = window.lowerBound..<(window.upperBound + 1) }
                        while window.lowerBound > 0, matches[window.lowerBound - 1].token == matches[window.lowerBound].token - 1 { window = (window.lowerBound - 1)..<window.upperBound }
                        let phrases = runs(matches[window].map(\.token), in: source)
                        if phrases.count < 2 { contiguous = true }
                        if evidence.map({ width < $0.width }) ?? true { evidence = (width, phrases) }
                    }
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
