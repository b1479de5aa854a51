/// The stem phrases under which a glossary's German rendering is looked for in a translation
/// (`term-consistency`, `inconsistent-term`): the Snowball stems of its words, and for a lower-case
/// word in the infinitive also the stems of its forms, those the dictionary lists (`GermanVerbForms`,
/// the glossary's `verbForms`) and the regular ones (`WeakVerbForms`) of what it does not list.
///
/// Why: Snowball brings "unterzeichne", "unterzeichnest" and "unterzeichnen" to one stem but leaves
/// "unterzeichnet", "unterzeichnete" and "angemeldet" each their own, and no form of a strong verb
/// ("getroffen", "traf", "trifft" of "treffen") stems like its infinitive, so a translation that says
/// "hat … unterzeichnet" for "signed" or "traf" for "met" was told it lacks the glossary's rendering.
/// Ding's forms replace the regular ones kind by kind (its participles the regular participles, its
/// present and past the regular finite forms): the regular pattern, applied to a strong verb, makes
/// words of other verbs ("gesteht" of "stehen", "gelegt" of "liegen"). Where Ding lists a verb's
/// participle only ("unterzeichnen"), the regular pattern still gives its finite forms.
///
/// A separable verb in a main clause is split ("Russland wies zwei Diplomaten aus."): its finite
/// form ("wies") counts only with its particle ("aus") later in the same sentence as the last word
/// before a punctuation mark or the sentence's end, where German puts it. The finite part alone is
/// mostly another verb: in 18,008 sentences of human German translations of news (PUD, WMT21–24
/// references, NTREX), the median of Ding's separable verbs (419 with a finite part seen 20 times or
/// more) had its own particle anywhere later in the sentence in 2% of its finite part's occurrences
/// ("wies" is "wies … zurück" and "wies … hin" more often than "wies … aus"); of 25 sampled with the
/// particle closing a clause, 23 were the verb. Split forms count for a one-word rendering only (a
/// phrase's words keep their order), and with them the verb's zu-infinitive ("auszuweisen"), the
/// split present plural ("weisen … aus") and the forms a subordinate clause joins ("als er
/// zurückkehrte", "dass der Browser den Inhalt anordnet"), which Ding does not list.
struct GlossaryRenderingStems {
    /// Stems on consecutive words, and for a separable verb's split form the stem of the particle
    /// that must close a clause after them (`StemPhraseIndex.spans(of:closedBy:)`).
    struct Phrase: Equatable {
        let stems: [String]
        let particle: String?
    }

    private let weakForms: WeakVerbForms
    /// What a separable verb puts between particle and verb in its zu-infinitive ("auszuweisen").
    private let infinitiveInfix: String
    private let stem: (String) -> String

    /// - Parameter stem: the Snowball stem of a word of the target language.
    init(language: Language, stem: @escaping (String) -> String) throws {
        let morphology = try LanguageDataFile.loadIfPresent("spelling-morphology", language: language)
        weakForms = WeakVerbForms(morphology: morphology, lemmaRules: try LanguageDataFile.loadIfPresent("lemma-rules", language: language))
        infinitiveInfix = morphology.section("infinitive-infix").first ?? ""
        self.stem = stem
    }

    /// The stem phrases of `german`, the written words' own first; one per combination of its words'
    /// distinct stems, and for a one-word rendering one per split form of its verb.
    func phrases(of german: String, verbForms: GermanVerbForms) -> [Phrase] {
        let words = german.split(separator: " ").map(String.init)
        var phrases: [[String]] = [[]]
        var split: [Phrase] = []
        for word in words {
            var stems = [stem(word)]
            if word.first?.isLowercase == true {
                for form in forms(of: word, verbForms: verbForms) {
                    if let particle = form.particle {
                        let phrase = Phrase(stems: [stem(form.word)], particle: stem(particle))
                        if words.count == 1, !split.contains(phrase) { split.append(phrase) }
                    } else if !stems.contains(stem(form.word)) {
                        stems.append(stem(form.word))
                    }
                }
            }
            phrases = phrases.flatMap { phrase in stems.map { phrase + [$0] } }
        }
        return phrases.map { Phrase(stems: $0, particle: nil) } + split
    }

    /// The forms of a lower-case `word` if it is an infinitive, with the particle a split form needs:
    /// Ding's participles, else the regular ones; Ding's finite forms, else the regular ones; for a
    /// separable verb Ding splits, also each split form joined ("wies aus" → "auswies"), its
    /// zu-infinitive and its split present plural (the verb without its particle: "weisen" … "aus").
    private func forms(of word: String, verbForms: GermanVerbForms) -> [(word: String, particle: String?)] {
        let listed = verbForms.participles(of: word)
        let finite = verbForms.finiteForms(of: word)
        var result: [(word: String, particle: String?)] = (listed.isEmpty ? weakForms.participles(ofInfinitive: word) : listed).map { ($0, nil) }
        result += finite.isEmpty ? weakForms.finiteForms(ofInfinitive: word).map { ($0, nil) } : finite.map { ($0.word, $0.particle) }
        var particles: [String] = []
        for form in finite {
            guard let particle = form.particle else { continue }
            result.append((particle + form.word, nil))
            if !particles.contains(particle) { particles.append(particle) }
        }
        for particle in particles {
            let verb = String(word.dropFirst(particle.count))
            result.append((verb, particle))
            result.append((particle + infinitiveInfix + verb, nil))
        }
        return result
    }
}
