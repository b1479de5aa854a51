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
            let word = text.words[index]
            return word.unicodeScalars.count >= 3 && !stopWords.contains(word.lowercased())
        }
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
            let word = PossessiveEnding.stripped(source.words[token])
            if let id = lexicon.lexiconID(ofSource: word) { keys.ids.insert(id) }
            // Same forms count for numbers, capitalized words and words of five letters or more: a
            // short word both languages spell alike ("also", "will", "war") is a coincidence more
            // often than a link.
            if source.tokens[token].kind == .number || word.unicodeScalars.count >= 5 { keys.words.insert(word.lowercased()) }
            guard source.isCapitalized(token) else { continue }
            keys.words.insert(word.lowercased())
            let key = names.nameKey(word)
            if !key.isEmpty { keys.nameKeys.insert(key) }
        }
        return keys
    }

    /// Whether a target word renders something of `keys`. Compounds are split (Hunspell questions)
    /// only with `splittingCompounds`, so callers can try the cheap links first. With `ownEntries`,
    /// only translations of dictionary entries of the word alone count (`primaryTranslations`): the
    /// question is then whether two texts are related at all, and a word's share in multi-word
    /// entries links it to half the language.
    func links(_ word: String, to keys: SourceKeys, splittingCompounds: Bool, ownEntries: Bool = false) -> Bool {
        if keys.words.contains(word.lowercased()) { return true }
        if word.unicodeScalars.first?.properties.isUppercase == true {
            let key = names.nameKey(word)
            if !key.isEmpty, keys.nameKeys.contains(key) { return true }
        }
        let translations = { (word: String) in ownEntries ? self.lexicon.primaryTranslations(ofTarget: word) : self.lexicon.translations(ofTarget: word) }
        if translations(word).contains(where: keys.ids.contains) { return true }
        guard splittingCompounds, let parts = spelling.compoundParts(word) else { return false }
        return parts.contains { translations($0).contains(where: keys.ids.contains) }
    }

    /// How many of the content words of `sentences` of `text` render something of `other`'s
    /// `otherSentences`, and how many content words there are. `text` is the target when
    /// `textIsTarget`, else the source (then a source word is rendered when the other side, the
    /// target, has a word that links to it).
    ///
    /// - Complexity: O(a · b) link tests for a and b content words on the two sides in the source
    ///   direction (sentence-sized), O(a + b) in the target direction; lexicon answers are cached.
    func linkedContent(of text: QAText, sentences: Range<Int>, textIsTarget: Bool,
                       in other: QAText, sentences otherSentences: Range<Int>) -> (linked: Int, content: Int) {
        if textIsTarget {
            let words = content(text, Self.tokens(of: text, sentences: sentences), stopWords: targetStopWords)
            let keys = sourceKeys(other, content(other, Self.tokens(of: other, sentences: otherSentences), stopWords: sourceStopWords))
            let linked = words.filter { links(text.words[$0], to: keys, splittingCompounds: false) || links(text.words[$0], to: keys, splittingCompounds: true) }
            return (linked.count, words.count)
        }
        let words = content(text, Self.tokens(of: text, sentences: sentences), stopWords: sourceStopWords)
        let targetWords = content(other, Self.tokens(of: other, sentences: otherSentences), stopWords: targetStopWords).map { other.words[$0] }
        var linked = 0
        for token in words {
            let keys = sourceKeys(text, [token])
            if targetWords.contains(where: { links($0, to: keys, splittingCompounds: false) })
                || targetWords.contains(where: { links($0, to: keys, splittingCompounds: true) }) {
                linked += 1
            }
        }
        return (linked, words.count)
    }

    /// The source words of a stretch as lexicon ids, name keys and forms.
    struct SourceKeys {
        var ids: Set<Int32> = []
        var nameKeys: Set<String> = []
        var words: Set<String> = []
    }

    /// The sentences of one side around an unpaired bead: from the nearest bead before it that pairs
    /// sentences on both sides to the nearest such bead after it, with any unpaired sentences between
    /// (a sentence the translator split or merged lies there). `sourceSide`: the source's sentences
    /// (for a target sentence without a source), else the target's.
    ///
    /// - Complexity: O(k) in the number of beads up to the paired ones.
    static func neighbourhood(ofBead index: Int, in beads: [QABead], sourceSide: Bool) -> Range<Int> {
        let side = { (bead: QABead) in sourceSide ? bead.source : bead.target }
        let paired = { (bead: QABead) in !bead.source.isEmpty && !bead.target.isEmpty }
        var lower = index
        while lower > 0 {
            lower -= 1
            if paired(beads[lower]) { break }
        }
        var upper = index
        while upper + 1 < beads.count {
            upper += 1
            if paired(beads[upper]) { break }
        }
        let ranges = beads[lower...upper].map(side).filter { !$0.isEmpty }
        guard let first = ranges.map(\.lowerBound).min(), let last = ranges.map(\.upperBound).max() else { return 0..<0 }
        return first..<last
    }
}
