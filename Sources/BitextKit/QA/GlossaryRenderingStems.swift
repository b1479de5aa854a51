/// The stem phrases under which a glossary's German rendering is looked for in a translation
/// (`term-consistency`, `inconsistent-term`): the Snowball stems of its words, and for a lower-case
/// word in the infinitive also the stems of its regular forms (`WeakVerbForms`).
///
/// Why: Snowball brings "unterzeichne", "unterzeichnest" and "unterzeichnen" to one stem but leaves
/// "unterzeichnet", "unterzeichnete" and "angemeldet" each their own, so a translation that says
/// "hat … unterzeichnet" for "signed" was told it lacks the glossary's "unterzeichnen". Irregular
/// (strong) forms ("unterschrieben") are not derived.
struct GlossaryRenderingStems {
    private let verbForms: WeakVerbForms
    private let stem: (String) -> String

    /// - Parameter stem: the Snowball stem of a word of the target language.
    init(language: Language, stem: @escaping (String) -> String) throws {
        verbForms = WeakVerbForms(morphology: try LanguageDataFile.loadIfPresent("spelling-morphology", language: language),
                                  lemmaRules: try LanguageDataFile.loadIfPresent("lemma-rules", language: language))
        self.stem = stem
    }

    /// The stem phrases of `german`, the written words' own first; one per combination of its words'
    /// distinct stems.
    func phrases(of german: String) -> [[String]] {
        var phrases: [[String]] = [[]]
        for word in german.split(separator: " ").map(String.init) {
            var stems = [stem(word)]
            if word.first?.isLowercase == true {
                for form in verbForms.forms(ofInfinitive: word) where !stems.contains(stem(form)) { stems.append(stem(form)) }
            }
            phrases = phrases.flatMap { phrase in stems.map { phrase + [$0] } }
        }
        return phrases
    }
}
