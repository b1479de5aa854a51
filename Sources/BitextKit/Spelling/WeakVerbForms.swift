/// The regular (weak) forms of German verbs, both ways: the infinitives a word could be a form of
/// ("blaffte" → "blaffen", "angefühlt" → "anfühlen", "geschindelt" → "schindeln"), and the forms of
/// an infinitive ("melden" → "meldet", "meldete", "gemeldet").
///
/// Why: Hunspell's German dictionary lists many verbs without all their forms, and the dictionary
/// (Ding) lists forms for some 9,000 verbs only (`GermanVerbForms`), rarer ones as infinitives, so
/// correct past tenses and participles of rarer verbs were reported as unknown words, and as typos
/// when a known word was one letter away ("blaffte" / "bluffte").
/// Only the regular pattern is undone: the past tense, stem + -te/-ten/-test/-tet, and the participle,
/// ge + stem + -t (after a separable prefix too, with adjective endings). Not the present tense: a slip
/// in a short word too often makes one ("linst" for "linkst" is a form of "linsen"). Strong verbs
/// ("striff") are not derived (glossary matching takes theirs from Ding, `GlossaryRenderingStems`).
/// The endings are the language's (`spelling-morphology.txt`).
struct WeakVerbForms: Sendable {
    private let finiteEndings: [String]
    /// The bare participle ("") and its adjective endings.
    private let adjectiveEndings: [String]
    private let participlePrefix: [Character]
    /// What a stem takes in the present and past tense, and in the participle.
    private let formEndings: [String]
    private let participleEndings: [String]
    private let separablePrefixes: [String]

    /// From `weak-past-endings`, `weak-form-endings`, `participle-prefix`, `participle-endings` and
    /// `separable-verb-prefixes` (`spelling-morphology.txt`) and `adjective-endings` (`lemma-rules.txt`);
    /// empty sections derive no forms.
    init(morphology: LanguageDataFile, lemmaRules: LanguageDataFile) {
        finiteEndings = morphology.section("weak-past-endings")
        participlePrefix = Array(morphology.section("participle-prefix").first ?? "")
        let participle = lemmaRules.section("adjective-endings")
        adjectiveEndings = finiteEndings.isEmpty || participlePrefix.isEmpty ? [] : [""] + participle
        formEndings = morphology.section("weak-form-endings")
        participleEndings = participlePrefix.isEmpty ? [] : morphology.section("participle-endings")
        separablePrefixes = morphology.section("separable-verb-prefixes")
    }

    /// The present and past forms of a lower-case `infinitive` if it were a regular verb ("melden":
    /// "meldet", "meldete", "meldeten"). Some are no words ("meldt"): callers look for them in a text,
    /// where those match nothing. Empty for a word that is no infinitive.
    func finiteForms(ofInfinitive infinitive: String) -> [String] {
        guard let stem = Self.stem(ofInfinitive: infinitive) else { return [] }
        return formEndings.map { stem + $0 }
    }

    /// The participles of a lower-case `infinitive` if it were a regular verb ("melden": "gemeldet";
    /// "anmelden": also "angemeldet", after each separable particle it starts with). Empty for a word
    /// that is no infinitive.
    func participles(ofInfinitive infinitive: String) -> [String] {
        guard let stem = Self.stem(ofInfinitive: infinitive) else { return [] }
        let prefix = String(participlePrefix)
        var result: [String] = []
        for ending in participleEndings {
            result.append(prefix + stem + ending)
            for particle in separablePrefixes where stem.count > particle.count + 1 && stem.hasPrefix(particle) {
                result.append(particle + prefix + stem.dropFirst(particle.count) + ending)
            }
        }
        return result
    }

    /// "melden" → "meld", "sammeln" → "sammel", "ändern" → "änder"; nil for a word that is no infinitive.
    private static func stem(ofInfinitive word: String) -> String? {
        if word.hasSuffix("eln") || word.hasSuffix("ern") { return String(word.dropLast()) }
        if word.hasSuffix("en"), word.count > 4 { return String(word.dropLast(2)) }
        return nil
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
            while start + participlePrefix.count < end {
                if letters[start...].starts(with: participlePrefix), start == 0 || start >= 2 {
                    add(prefix: letters[..<start], stem: letters[(start + participlePrefix.count)..<end])
                }
                start += 1
            }
        }
        return result
    }
}
