/// The infinitives a German word could be a regular (weak) form of: "blaffte" → "blaffen",
/// "angefühlt" → "anfühlen", "geschindelt" → "schindeln".
///
/// Why: Hunspell's German dictionary lists many verbs without all their forms, and the dictionary
/// (Ding) lists infinitives only, so correct past tenses and participles of rarer verbs were reported
/// as unknown words, and as typos when a known word was one letter away ("blaffte" / "bluffte").
/// Only the regular pattern is undone: the past tense, stem + -te/-ten/-test/-tet, and the participle,
/// ge + stem + -t (after a separable prefix too, with adjective endings). Not the present tense: a slip
/// in a short word too often makes one ("linst" for "linkst" is a form of "linsen"). Strong verbs
/// ("striff") are not derived. The endings are the language's (`spelling-morphology.txt`).
struct WeakVerbForms: Sendable {
    private let finiteEndings: [String]
    /// The bare participle ("") and its adjective endings.
    private let adjectiveEndings: [String]

    /// From `weak-past-endings` (`spelling-morphology.txt`) and `adjective-endings` (`lemma-rules.txt`);
    /// empty sections derive no forms.
    init(morphology: LanguageDataFile, lemmaRules: LanguageDataFile) {
        finiteEndings = morphology.section("weak-past-endings")
        let participle = lemmaRules.section("adjective-endings")
        adjectiveEndings = finiteEndings.isEmpty ? [] : [""] + participle
    }

    /// Candidate infinitives of a lower-case `word`, longest stems first; the caller checks which exist.
    func infinitives(of word: String) -> [String] {
        let letters = Array(word)
        var result: [String] = []
        func add(prefix: ArraySlice<Character>, stem: ArraySlice<Character>) {
            guard stem.count >= 2 else { return }
            let base = String(prefix) + String(stem)
            // Verbs in -eln and -ern take only -n ("schindeln"); others -en, or -n after a stem in e ("outen").
            if base.hasSuffix("el") || base.hasSuffix("er") || base.hasSuffix("e") { result.append(base + "n") }
            if !base.hasSuffix("e") { result.append(base + "en") }
        }
        for ending in finiteEndings where letters.count > ending.count + 2 && word.hasSuffix(ending) {
            add(prefix: [], stem: letters[..<(letters.count - ending.count)])
        }
        // Participles: ge + stem + t, after a separable prefix of two letters or more ("an", "auf").
        for adjective in adjectiveEndings where word.hasSuffix("t" + adjective) {
            let end = letters.count - adjective.count - 1
            var start = 0
            while start + 2 < end {
                if letters[start] == "g", letters[start + 1] == "e", start == 0 || start >= 2 {
                    add(prefix: letters[..<start], stem: letters[(start + 2)..<end])
                }
                start += 1
            }
        }
        return result
    }
}
