/// Whether a word the spelling dictionary rejects renders a word of the source by the German–English
/// dictionary: it is a declined form of a dictionary word ("kongenital" + "en") whose translation the
/// source has ("congenital"). Hunspell lacks most terms of a field, and the one-slip correction it
/// would offer is another word ("kongenialen"); the source and the dictionary together show the word
/// was meant.
///
/// A slip is no declined form of a listed word ("europäschen", "weitern": "n" is no adjective
/// ending), so it stays a slip. Distance to the source word cannot tell the two apart: a correction
/// one letter away is at most one letter nearer to any source word.
struct SourceTermMatch {
    let lexicon: QALexiconAnswers
    /// The source's words by lexicon id, the first of each.
    private var sourceWords: [Int32: String] = [:]

    /// - Complexity: O(s) lexicon look-ups (cached) for s source tokens.
    init(_ source: QAText, lexicon: QALexiconAnswers) {
        self.lexicon = lexicon
        for token in source.tokens.indices where source.tokens[token].kind == .word {
            if let id = lexicon.lexiconID(ofSource: source.words[token]), sourceWords[id] == nil { sourceWords[id] = source.words[token] }
        }
    }

    /// The source word that `word` renders as `base` + one of `endings` (adjective endings, longest
    /// first), where `isListed(base)` and an entry of `base` alone translates the source word.
    func renderedWord(_ word: String, endings: [String], isListed: (String) -> Bool) -> String? {
        for ending in endings where word.hasSuffix(ending) {
            let base = String(word.dropLast(ending.count))
            guard base.unicodeScalars.count >= 4, isListed(base) else { continue }
            for id in lexicon.primaryTranslations(ofTarget: base) {
                if let source = sourceWords[id] { return source }
            }
        }
        return nil
    }
}
