/// Whether words of one side of a translation render words of the other: the same form, the same
/// name (through name folding), a dictionary translation, or a translated part of a German compound
/// ("Korkunterlage": cork). One home for the evidence `non-translation`, `omission` and `addition`
/// weigh: a sentence that shares none of it with the text around its place says something else.
struct LexicalLinks {
    let spelling: QASpelling
    let lexicon: QALexiconAnswers
    let names: any QANameMatching
    let targetStopWords: StopWords
    let sourceStopWords: StopWords

    /// The session's spelling, lexicon answers and name matching, and each side's stop words.
    init(resources: QAResources) throws {
        spelling = resources.spelling
        lexicon = resources.lexicon
        names = resources.names
        targetStopWords = try StopWords.load(resources.languages.target)
        sourceStopWords = try StopWords.load(resources.languages.source)
    }

    /// The content words among `tokens` of a text: no punctuation, no stop word, three letters or
    /// more, not inside a loop.
    func content(_ text: QAText, _ tokens: some Sequence<Int>, stopWords: StopWords) -> [Int] {
        tokens.filter { index in
            guard text.tokens[index].kind != .punctuation, text.isAnalysable(index) else { return false }
            return text.tokens[index].scalars.count >= 3 && !stopWords.contains(text.lowercased(index))
        }
    }

    /// `tokens` parted into those that can be evidence of a link and the function words
    /// (`WordAnalysis.isFunctionWord`: stop words and term stop words). A frequent adverb or light
    /// verb has so many translations that it meets one of them in any text ("etwa" gives such,
    /// "vielleicht" somehow, "kommen" come), so a link through it is weak evidence that two texts
    /// are related.
    func evidence(_ text: QAText, _ tokens: [Int]) -> (evidence: [Int], functionWords: [Int]) {
        var evidence: [Int] = []
        var functionWords: [Int] = []
        for token in tokens {
            if text.analysis.analysis(ofToken: token).isFunctionWord { functionWords.append(token) } else { evidence.append(token) }
        }
        return (evidence, functionWords)
    }

    /// The tokens of a range of sentences.
    static func tokens(of text: QAText, sentences: Range<Int>) -> Range<Int> {
        guard !sentences.isEmpty else { return 0..<0 }
        return text.tokenRange(ofSentence: sentences.lowerBound).lowerBound..<text.tokenRange(ofSentence: sentences.upperBound - 1).upperBound
    }

    /// The source words `tokens` as lexicon ids, name keys and forms, so that asking whether a
    /// target word renders one of them is a set look-up.
    func sourceKeys(_ source: QAText, _ tokens: some Sequence<Int>) -> SourceKeys {
        var keys = SourceKeys()
        for token in tokens {
            let (word, lower) = Self.withoutPossessive(source, token)
            if let id = lexicon.lexiconID(ofSource: word) { keys.ids.insert(id) }
            // Same forms count for numbers, capitalized words and words of five letters or more: a
            // short word both languages spell alike ("also", "will", "war") is a coincidence more
            // often than a link.
            if source.tokens[token].kind == .number || word.unicodeScalars.count >= 5 { keys.words.insert(lower) }
            if let digits = Self.numberKey(word) { keys.words.insert(digits) }
            guard source.isCapitalized(token) else { continue }
            keys.words.insert(lower)
            let key = nameKey(source, token, word)
            if !key.isEmpty { keys.nameKeys.insert(key) }
        }
        return keys
    }

    /// A German word with more translations than this (own entries: "Art" has 25, "weit" 77) is
    /// likely to meet one of them in any English text, like a function word. Chosen on the
    /// development halves of the degenerate set and of the clean human translations
    /// (`docs/results/qa.md`).
    static let chanceTranslationCount = 40
    /// An English word that more German words than this render in their own entries ("hand", "round",
    /// "like") is likely to be met by chance by one of a text's German words (chosen likewise).
    static let chanceRenderingCount = 300

    /// Whether a target word renders something of `keys`. Compounds are split (Hunspell questions)
    /// only with `splittingCompounds`, so callers can try the cheap links first. With `ownEntries`,
    /// only translations of dictionary entries of the word alone count (`primaryTranslations`): the
    /// question is then whether two texts are related at all, and a word's share in multi-word
    /// entries links it to half the language. With `excludingChance`, a dictionary link counts only
    /// when it is unlikely by chance: the German word (or compound part) has at most
    /// `chanceTranslationCount` translations, and the English word is rendered by at most
    /// `chanceRenderingCount` German words (`QALexiconAnswers.germanWordCount(renderingAs:)`).
    func links(_ text: QAText, _ token: Int, to keys: SourceKeys, splittingCompounds: Bool, ownEntries: Bool = false,
               excludingChance: Bool = false) -> Bool {
        let word = text.words[token]
        if keys.words.contains(text.lowercased(token)) { return true }
        if let digits = Self.numberKey(word), keys.words.contains(digits) { return true }
        if word.unicodeScalars.first?.properties.isUppercase == true {
            let key = nameKey(text, token, word)
            if !key.isEmpty, keys.nameKeys.contains(key) { return true }
        }
        let renders = { (word: String) -> Bool in
            let ids = ownEntries ? self.lexicon.primaryTranslations(ofTarget: word) : self.lexicon.translations(ofTarget: word)
            guard excludingChance else { return ids.contains(where: keys.ids.contains) }
            return ids.count <= Self.chanceTranslationCount && ids.contains {
                keys.ids.contains($0) && self.lexicon.germanWordCount(renderingAs: $0) <= Self.chanceRenderingCount
            }
        }
        if renders(word) { return true }
        guard splittingCompounds, let parts = spelling.compoundParts(word) else { return false }
        return parts.contains(where: renders)
    }

    /// The other side's sentences that unpaired sentences are measured against, their keys built once:
    /// a bead that joins many sentences to one long one measures each of them against the same window,
    /// and building its keys per sentence would cost their product.
    final class OtherSideWindow {
        /// Keys of the window's content words: as a source (when the measured text is the target), or
        /// as a target with its compounds whole.
        let keys: SourceKeys
        /// The target window's keys with its compounds split, built when first asked.
        private(set) lazy var splitKeys: SourceKeys = buildSplitKeys()
        private let buildSplitKeys: () -> SourceKeys

        fileprivate init(keys: SourceKeys, buildSplitKeys: @escaping () -> SourceKeys) {
            self.keys = keys
            self.buildSplitKeys = buildSplitKeys
        }
    }

    /// `other`'s `sentences` as a window for `linkedContent`; `textIsTarget` says which side the
    /// measured text is (the window is then the source).
    func window(_ other: QAText, sentences: Range<Int>, textIsTarget: Bool) -> OtherSideWindow {
        if textIsTarget {
            return OtherSideWindow(keys: sourceKeys(other, content(other, Self.tokens(of: other, sentences: sentences), stopWords: sourceStopWords)),
                                   buildSplitKeys: { SourceKeys() })
        }
        let words = content(other, Self.tokens(of: other, sentences: sentences), stopWords: targetStopWords)
        return OtherSideWindow(keys: targetKeys(other, words, splittingCompounds: false),
                               buildSplitKeys: { self.targetKeys(other, words, splittingCompounds: true) })
    }

    /// How many of the content words of `sentences` of `text` render something of the other side's
    /// `window`, and how many content words there are. `text` is the target when `textIsTarget`, else
    /// the source (a source word is then rendered when a target word of the window links to it).
    ///
    /// - Complexity: O(a) set look-ups for the a words of `sentences` (lexicon answers are cached),
    ///   with the window's compounds split only when the cheap links leave most of the content
    ///   unrendered, once per window.
    func linkedContent(of text: QAText, sentences: Range<Int>, textIsTarget: Bool, against window: OtherSideWindow) -> (linked: Int, content: Int) {
        if textIsTarget {
            let words = content(text, Self.tokens(of: text, sentences: sentences), stopWords: targetStopWords)
            var linked = 0
            for token in words where links(text, token, to: window.keys, splittingCompounds: false)
                || links(text, token, to: window.keys, splittingCompounds: true) {
                linked += 1
            }
            return (linked, words.count)
        }
        let words = content(text, Self.tokens(of: text, sentences: sentences), stopWords: sourceStopWords)
        var linked = words.filter { renders(text, $0, window.keys) }.count
        if 2 * linked < words.count {
            linked = words.filter { renders(text, $0, window.splitKeys) }.count
        }
        return (linked, words.count)
    }

    /// Target words as the English lexicon ids they translate to (and, with `splittingCompounds`,
    /// those of their compound parts), lower-case forms and name keys.
    private func targetKeys(_ text: QAText, _ tokens: [Int], splittingCompounds: Bool) -> SourceKeys {
        var keys = SourceKeys()
        for token in tokens {
            let word = text.words[token]
            keys.words.insert(text.lowercased(token))
            if let digits = Self.numberKey(word) { keys.words.insert(digits) }
            keys.ids.formUnion(lexicon.translations(ofTarget: word))
            if word.unicodeScalars.first?.properties.isUppercase == true {
                let key = nameKey(text, token, word)
                if !key.isEmpty { keys.nameKeys.insert(key) }
            }
            if splittingCompounds, let parts = spelling.compoundParts(word) {
                for part in parts { keys.ids.formUnion(lexicon.translations(ofTarget: part)) }
            }
        }
        return keys
    }

    /// Whether source token `token` is rendered by target words collected in `keys`: the same form
    /// (numbers, capitalized words, words of five letters or more), the same name, or a translation.
    private func renders(_ source: QAText, _ token: Int, _ keys: SourceKeys) -> Bool {
        let (word, lower) = Self.withoutPossessive(source, token)
        let capitalized = source.isCapitalized(token)
        if source.tokens[token].kind == .number || capitalized || word.unicodeScalars.count >= 5, keys.words.contains(lower) { return true }
        if let digits = Self.numberKey(word), keys.words.contains(digits) { return true }
        if capitalized {
            let key = nameKey(source, token, word)
            if !key.isEmpty, keys.nameKeys.contains(key) { return true }
        }
        return lexicon.lexiconID(ofSource: word).map(keys.ids.contains) ?? false
    }

    /// The digits a word begins with, as a key that no word's form can be ("#1970" for "1970s" and
    /// "1970er", "#90" for "90s" and "90er"): a decade or an ordinal keeps its number across the
    /// languages and changes its ending.
    static func numberKey(_ word: String) -> String? {
        let digits = word.utf8.prefix { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
        guard !digits.isEmpty else { return nil }
        return "#" + String(decoding: digits, as: UTF8.self)
    }

    /// Source token `token` without an English possessive ending ("Norway’s" → "Norway"), as written
    /// and lower-cased: an English word's analysis has both (`WordAnalysis.base` and `lower`).
    private static func withoutPossessive(_ source: QAText, _ token: Int) -> (word: String, lower: String) {
        if source.language == .en, source.tokens[token].kind == .word {
            let analysis = source.analysis.analysis(ofToken: token)
            return (analysis.base, analysis.lower)
        }
        let word = PossessiveEnding.stripped(source.words[token])
        return (word, word.lowercased())
    }

    /// The name key of `word`, which is token `token` of `text` or that token without its possessive
    /// ending: the token's analysis has it when `word` is the analysis's base (folded once per distinct
    /// word by the analyzer's `NameFolder`, the one `names` is), else it is folded here.
    private func nameKey(_ text: QAText, _ token: Int, _ word: String) -> String {
        guard text.tokens[token].kind == .word else { return names.nameKey(word) }
        let analysis = text.analysis.analysis(ofToken: token)
        return analysis.base == word ? analysis.nameKey : names.nameKey(word)
    }

    /// The source words of a stretch as lexicon ids, name keys and forms.
    struct SourceKeys {
        var ids: Set<Int32> = []
        var nameKeys: Set<String> = []
        var words: Set<String> = []
    }

    /// The sentences of the other side around the place of an unpaired sentence: `radius` before and
    /// after `position` (the other side's sentence index where it stands). A sentence the translator
    /// split off or merged lies next to it.
    static func window(around position: Int, in count: Int, radius: Int = 2) -> Range<Int> {
        max(0, min(count, position - radius))..<max(0, min(count, position + radius))
    }
}
