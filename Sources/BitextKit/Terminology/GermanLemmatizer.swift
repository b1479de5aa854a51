/// Base forms of German term words: nouns in the nominative singular ("Delegationen" →
/// "Delegation", "Außenministers" → "Außenminister", "Ärzte" → "Arzt"), adjectives in the positive
/// stem ("diplomatischen" → "diplomatisch"), and the gender of a noun, for citation forms of
/// multiword terms ("diplomatische Mission").
///
/// Knowledge, in order: Ding's plural → singular pairs (umlaut plurals), Hunspell's affix stems
/// when the remainder is an inflection ending from `de/lemma-rules.txt` (Hunspell also strips
/// derivational suffixes: "Beziehungen" → "beziehen" is not a lemma), inflection endings stripped
/// by rule when Hunspell accepts the result and does not itself read it as an inflected form, and
/// for compounds, which Hunspell does not stem, the lemma of their last part ("Mitgliedstaaten" →
/// "Mitglied" + "Staat"). Without Hunspell the light rule of `lightKey` groups forms.
///
/// Not thread-safe (caches answers, as its `Hunspell` does).
final class GermanLemmatizer {
    /// Shortest stem left after stripping by rule: shorter words are returned whole ("Rat", "Amt").
    static let minimumStem = 3
    /// Shortest last part of a compound that is looked up on its own ("Amt" in "Auswärtiges Amt" is whole).
    static let minimumTail = 3

    private let hunspell: Hunspell?
    private let grammar: GermanNounGrammar
    private let nounEndings: [String]
    private let adjectiveEndings: [String]
    private let strongEndings: [String: String]
    /// Suffix → gender, longest first.
    private let genderSuffixes: [(suffix: String, gender: GrammaticalGender)]
    private var nouns: [String: String] = [:]
    private var adjectives: [String: String] = [:]
    private var stemCache: [String: [String]] = [:]

    init(hunspell: Hunspell?, grammar: GermanNounGrammar) throws {
        self.hunspell = hunspell
        self.grammar = grammar
        let rules = try LanguageDataFile.load("lemma-rules", language: .de)
        nounEndings = rules.section("noun-endings")
        adjectiveEndings = rules.section("adjective-endings")
        var strong: [String: String] = [:]
        for line in rules.section("strong-endings") {
            let fields = line.split(separator: " ")
            if fields.count == 2 { strong[String(fields[0])] = String(fields[1]) }
        }
        strongEndings = strong
        genderSuffixes = rules.section("gender-suffixes").compactMap { line in
            let fields = line.split(separator: " ")
            guard fields.count == 2, let gender = GrammaticalGender(lenient: String(fields[1])) else { return nil }
            return (String(fields[0]), gender)
        }.sorted { $0.suffix.count > $1.suffix.count }
    }

    /// The light grouping key used without Hunspell: strips -en, -es (after s/ß), -e, -n (after
    /// -er/-el), -s, keeping at least four letters.
    static func lightKey(_ lowerCasedWord: String) -> String {
        let w = lowerCasedWord
        func strip(_ suffix: String) -> String? {
            guard w.hasSuffix(suffix), w.count - suffix.count >= 4 else { return nil }
            return String(w.dropLast(suffix.count))
        }
        if let s = strip("en") { return s }
        if w.hasSuffix("ses") || w.hasSuffix("ßes"), let s = strip("es") { return s }
        if let s = strip("e") { return s }
        if w.hasSuffix("ern") || w.hasSuffix("eln"), let s = strip("n") { return s }
        if !w.hasSuffix("ss"), !w.hasSuffix("us"), let s = strip("s") { return s }
        return w
    }

    /// The nominative singular of a capitalized noun as written; names and words nothing is known
    /// about come back unchanged, acronyms too.
    func noun(_ word: String) -> String {
        if let known = nouns[word] { return known }
        let lemma = computeNoun(word)
        nouns[word] = lemma
        return lemma
    }

    /// A noun's part of a lemma key, lower case: its lemma, or without Hunspell its `lightKey`
    /// (forms group, and the glossary shows the most frequent one).
    func nounKey(_ word: String) -> String {
        hunspell == nil ? Self.lightKey(word.lowercased()) : noun(word).lowercased()
    }

    /// The positive stem of a declined adjective, lower case ("diplomatischen" → "diplomatisch").
    func adjective(_ lowerCasedWord: String) -> String {
        if let known = adjectives[lowerCasedWord] { return known }
        let lemma = computeAdjective(lowerCasedWord)
        adjectives[lowerCasedWord] = lemma
        return lemma
    }

    /// The gender of a noun in its base form: Ding's mark for it or, for a compound, for its
    /// longest last part Ding marks; else the gender its suffix fixes (`[gender-suffixes]`).
    func gender(ofNoun base: String) -> GrammaticalGender? {
        if let gender = grammar.gender(of: base) { return gender }
        let letters = Array(base)
        if letters.count > Self.minimumTail + 1 {
            for start in 1...(letters.count - Self.minimumTail) {
                let tail = Hunspell.capitalized(String(letters[start...]))
                if let gender = grammar.gender(of: tail) { return gender }
            }
        }
        let lower = base.lowercased()
        return genderSuffixes.first { lower.hasSuffix($0.suffix) }?.gender
    }

    /// Whether a capitalized word is an adjective or participle written with a capital in a name
    /// ("Europäischen" in "Europäischen Union"): Hunspell accepts its lower-case form, which it
    /// rejects for nouns ("außenminister").
    func isCapitalizedAdjective(_ word: String) -> Bool {
        guard let hunspell, adjectiveEndings.contains(where: { word.hasSuffix($0) }) else { return false }
        return hunspell.accepts(word.lowercased())
    }

    /// Whether Ding lists the word only as a plural ("Kosten", "Leute"): its base form is the plural.
    func isPluralOnly(_ word: String) -> Bool { grammar.isPluralOnly(word) }

    /// An attributive adjective agreeing with a noun of `gender` in a citation form without article
    /// (`[strong-endings]`): ("diplomatisch", .feminine) → "diplomatische"; nil gender means plural.
    func attributive(_ adjectiveStem: String, gender: GrammaticalGender?) -> String {
        adjectiveStem + (strongEndings[gender?.letter ?? "pl"] ?? "e")
    }

    private func stems(_ word: String) -> [String] {
        if let known = stemCache[word] { return known }
        let result = hunspell?.stems(word) ?? []
        stemCache[word] = result
        return result
    }

    /// Whether `word` is `stem` plus one of `endings` (case-insensitively on the stem's first letter).
    private static func isInflection(_ word: String, of stem: String, endings: [String]) -> Bool {
        let w = word.lowercased()
        let s = stem.lowercased()
        guard w.count > s.count, w.hasPrefix(s) else { return false }
        let ending = String(w.dropFirst(s.count))
        return endings.contains(ending)
    }

    private func computeNoun(_ word: String) -> String {
        let letters = word.unicodeScalars.filter { $0.properties.isAlphabetic }
        guard letters.count >= 3, !letters.allSatisfy({ $0.properties.isUppercase }) else { return word }
        if let singular = grammar.singular(of: word) { return singular }
        guard let hunspell else { return word }
        // A plural-only noun, or a noun Ding lists as a singular ("Fonds", whose plural is the same).
        if grammar.isPluralOnly(word) || grammar.gender(of: word) != nil { return word }
        let found = stems(word)
        if found.contains(word) { return word }
        // A nominalized infinitive ("Abkommen", "Treffen", "Unternehmen"): Hunspell knows the verb,
        // and stripping "-n" would make another noun ("Abkomme").
        let lower = word.lowercased()
        if lower.hasSuffix("n"), hunspell.accepts(lower), stems(lower).contains(lower) { return word }
        // Hunspell's stems that differ from the word by an inflection ending; the longest wins
        // ("Diplomaten": "Diplomat", not a shorter reading).
        let capitalizedFirst = word.first?.isUppercase ?? false
        if let stem = found.filter({ ($0.first?.isUppercase ?? false) == capitalizedFirst && Self.isInflection(word, of: $0, endings: nounEndings) })
            .max(by: { $0.count < $1.count }) {
            return stem
        }
        // A lower-case stem ("Monate": "monat") when the word is no adjective written as a noun
        // ("Erwachsene": Hunspell accepts "erwachsene", and the nominalized adjective is the base form).
        if capitalizedFirst, !hunspell.accepts(word.lowercased()),
           let stem = found.filter({ Self.isInflection(word, of: $0, endings: nounEndings) }).max(by: { $0.count < $1.count }) {
            return Hunspell.capitalized(stem)
        }
        // A compound Hunspell accepts but does not stem: the lemma of its longest last part that
        // Hunspell or Ding knows.
        if found.isEmpty, hunspell.accepts(word), let compound = compoundLemma(word) { return compound }
        // Inflection endings stripped by rule, shortest first, when Hunspell accepts what is left
        // and does not read it as an inflected form itself ("Staaten" → "Staate" is a dative of
        // "Staat", so the next candidate "Staat" is taken).
        for ending in nounEndings where word.hasSuffix(ending) && word.count - ending.count >= Self.minimumStem {
            let candidate = String(word.dropLast(ending.count))
            guard hunspell.accepts(candidate) else { continue }
            let candidateStems = stems(candidate)
            if candidateStems.contains(candidate) || !candidateStems.contains(where: { Self.isInflection(candidate, of: $0, endings: nounEndings) }) {
                return candidate
            }
        }
        return word
    }

    /// "Mitgliedstaaten" → "Mitgliedstaat": the longest last part (at least `minimumTail` letters)
    /// that Ding or Hunspell's stems know, lemmatized, after the unchanged first part.
    ///
    /// - Complexity: O(L) Hunspell lookups for a word of L letters (each answer cached).
    private func compoundLemma(_ word: String) -> String? {
        let letters = Array(word)
        guard letters.count > Self.minimumTail + 1 else { return nil }
        for start in 2...(letters.count - Self.minimumTail) {
            let tail = Hunspell.capitalized(String(letters[start...]))
            guard grammar.singular(of: tail) != nil || !stems(tail).isEmpty else { continue }
            let lemma = noun(tail)
            guard lemma != tail else { return word }
            return String(letters[..<start]) + lemma.lowercased()
        }
        return nil
    }

    private func computeAdjective(_ word: String) -> String {
        let found = stems(word)
        if let stem = found.filter({ Self.isInflection(word, of: $0, endings: adjectiveEndings) }).max(by: { $0.count < $1.count }) {
            return stem.lowercased()
        }
        // A declined adjective has one of the endings (the extractor's test for an adjective), so the
        // longest that leaves a stem is stripped even where Hunspell has no stem ("letzten" → "letzt").
        for ending in adjectiveEndings where word.hasSuffix(ending) && word.count - ending.count >= Self.minimumStem {
            return String(word.dropLast(ending.count))
        }
        return word
    }
}
