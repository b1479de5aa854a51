import CHunspell

extension Hunspell {
    /// The dictionary stems Hunspell finds for `word` by stripping its affix rules
    /// (`Hunspell_stem`): "Botschaften" → ["botschaft", "Botschaft"], "diplomats" → ["diplomat"].
    ///
    /// These are affix-rule stems, not lemmas: Debian's de_DE derives "-ung" nouns from verbs
    /// ("Beziehungen" → "beziehen") and en_US strips prefixes ("injuries" → "jury"), and neither
    /// analyses compounds (empty list). `GermanLemmatizer` and `EnglishLemmatizer` decide which
    /// stem is an inflectional base. Not cached: the lemmatizers cache their own answers.
    public func stems(_ word: String) -> [String] {
        handles.use { handle in
            var list: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
            let count = Int(Hunspell_stem(handle, &list, word))
            defer { if count > 0 { Hunspell_free_list(handle, &list, Int32(count)) } }
            guard count > 0, let words = list else { return [] }
            return (0..<count).compactMap { words[$0].map { String(cString: $0) } }
        }
    }
}
