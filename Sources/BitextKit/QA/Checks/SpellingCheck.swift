/// `spelling`: words the target language's Hunspell dictionary does not know.
///
/// Accepted without asking the dictionary: words that also occur in the source or the glossary
/// (names, terms, titles), numbers and words with digits, acronyms, web addresses, parts of
/// hyphenated compounds the dictionary knows on their own, and abbreviations the sentence splitter's
/// list has, written with their period ("bzw.", "ca.", "n. Chr."). Accepted after asking it: words the
/// German-English dictionary (Ding) lists in that very form ("kalben", "gekalbt"), since Hunspell's
/// word list lacks many of them (old spellings Ding marks `[alt]`, and words under six letters, do
/// not count), and capitalized words that are the German press spelling of a source name ("Peskow"
/// for "Peskov", `NameTransliteration`). Unknown compounds of known words are
/// left to `calque-compound`; words inside HTML tags to `markup-remnant`, garbled ones to
/// `encoding-damage`.
///
/// Hunspell's German dictionary lacks many rare but correct words ("astrophysikalische"), so an
/// unknown word is a warning only when a known word is one typing slip away (`TypoCorrector`:
/// "Empfinflichkeit" → "Empfindlichkeit"); otherwise, and for capitalized words (names, nouns) other
/// than abstract nouns in -keit/-heit/-ität, it is info. "ss" for "ß" and the pre-1996 "daß" are
/// slips in a text of standard spelling and notes in a text that keeps that convention throughout
/// (`SharpSVariant`). So is a word whose correction only swaps c for k or z ("decodieren" / "dekodieren"):
/// German spells loanwords both ways, and Hunspell knows one of them; and so is a word the source
/// language's dictionary knows ("like").
struct SpellingCheck: QARule {
    static let check = QACheck(
        id: "spelling",
        title: "Unknown word",
        explanation: """
            The spelling dictionary (Hunspell) does not know the word: a typo, a wrong form, or a word \
            the machine translation invented. Names and terms found in the source or the glossary (also \
            a source name in its German press spelling: "Peskow" for "Peskov"), and \
            words the German-English dictionary lists in that form, are accepted. It is a warning when a known word is one typing slip away \
            ("Empfinflichkeit" → "Empfindlichkeit"), otherwise a note (info): rare words and names are \
            often missing from the dictionary. Swiss "ss" for "ß" and the pre-1996 "daß" are warnings in a \
            text of standard spelling and notes in a text that keeps that convention throughout.
            """,
        severity: .warning)

    let spelling: QASpelling
    let languages: Sides<Language>
    let lexicon: QALexiconAnswers
    private let typos: TypoCorrector
    /// Endings of declined adjectives, longest first (`adjective-endings` in `lemma-rules.txt`).
    private let adjectiveEndings: [String]
    /// Words inside HTML tags are `markup-remnant`'s.
    private let tags: HTMLTagDetector
    private let ranking: CorrectionRanking
    /// The target language's word-formation data (`spelling-morphology.txt`); empty sections turn
    /// the rules that use them off.
    private let loanVerbPrefixes: [String]
    private let loanVerbEndings: [String]
    private let loanVerbStemEndings: [String]
    private let abstractNounEndings: [String]
    private let numeralProbe: String?
    /// Pairs of a loanword letter and the German letter for it ("c" → "k").
    private let loanwordLetters: Set<[Unicode.Scalar]>
    private let infinitiveInfix: [Unicode.Scalar]
    /// Inseparable verb prefixes and separable particles (`inseparable-verb-prefixes`,
    /// `separable-verb-prefixes`): what a verb form may start with (`isPrefixedVerb`).
    private let verbPrefixes: [String]
    private let superlativeStemEndings: [String]
    private let superlativeEndings: [String]
    /// The comparative's ending (`comparative-ending`): "härter" vouches for "härteste".
    private let comparativeEnding: String
    /// The genitive ending of a name (`name-genitive-ending`), nil for a language without the file.
    private let nameGenitiveEnding: String?
    private let weakVerbForms: WeakVerbForms
    private let vowels: Set<Unicode.Scalar>
    /// "-isch" and its inflected forms: the suffix that makes an adjective of a name ("itanischer").
    private let nameAdjectiveSuffixes: [String]
    private let abbreviations: AbbreviationWords
    /// Words garbled by an encoder ("Ã¤", "Ver‰nderungen") are `encoding-damage`'s.
    private let encodingDamage: EncodingDamageDetector
    /// Respells the source's names into the German press spelling: "Peskow" for the source's
    /// "Peskov" is the name, spelt as it should be, and no unknown word.
    private let transliteration: NameTransliteration

    init(spelling: QASpelling, languages: Sides<Language>, lexicon: QALexiconAnswers) throws {
        self.spelling = spelling
        self.languages = languages
        self.lexicon = lexicon
        let morphology = try LanguageDataFile.loadIfPresent("spelling-morphology", language: languages.target)
        typos = TypoCorrector(speller: spelling.target, alphabet: Array(morphology.section("alphabet").joined().unicodeScalars),
                              letterRuns: spelling.targetLetterRuns, shared: spelling.memos?.typos)
        ranking = try CorrectionRanking(language: languages.target)
        tags = try HTMLTagDetector()
        let lemmaRules = try LanguageDataFile.loadIfPresent("lemma-rules", language: languages.target)
        weakVerbForms = WeakVerbForms(morphology: morphology, lemmaRules: lemmaRules)
        adjectiveEndings = lemmaRules.section("adjective-endings")
        vowels = Set(morphology.section("vowels").joined().unicodeScalars)
        nameAdjectiveSuffixes = morphology.section("name-adjective-suffixes")
        loanVerbPrefixes = morphology.section("loan-verb-prefixes")
        loanVerbEndings = morphology.section("loan-verb-endings")
        loanVerbStemEndings = morphology.section("loan-verb-stem-endings")
        abstractNounEndings = morphology.section("abstract-noun-endings")
        numeralProbe = morphology.section("numeral-probe").first
        loanwordLetters = Set(morphology.section("loanword-letter-variants").map { Array($0.unicodeScalars) }.filter { $0.count == 2 })
        infinitiveInfix = morphology.section("infinitive-infix").first.map { Array($0.unicodeScalars) } ?? []
        verbPrefixes = morphology.section("inseparable-verb-prefixes") + morphology.section("separable-verb-prefixes")
        superlativeStemEndings = morphology.section("superlative-stem-endings")
        superlativeEndings = morphology.section("superlative-endings")
        comparativeEnding = morphology.section("comparative-ending").first ?? ""
        nameGenitiveEnding = morphology.section("name-genitive-ending").first
        abbreviations = try AbbreviationWords(language: languages.target)
        encodingDamage = EncodingDamageDetector(macRoman: MacRomanMisreading(letters: try LetterFolding(language: languages.target)))
        transliteration = try NameTransliteration(language: languages.target)
    }

    /// The German press spellings of the source's capitalized words (an English possessive without
    /// its ending), lower-case, where they differ from the source's own ("medwedew", "selenskyj"), and
    /// each with the genitive ending (`name-genitive-ending`).
    ///
    /// - Complexity: O(n · r) for n letters of the source's capitalized words and r rules.
    func germanSpellings(ofNamesIn source: QAText) -> Set<String> {
        var result = Set<String>()
        for index in source.tokens.indices where source.isCapitalized(index) {
            let word = PossessiveEnding.stripped(source.words[index])
            let german = transliteration.german(word).lowercased()
            guard german != word.lowercased() else { continue }
            result.insert(german)
            if let ending = nameGenitiveEnding { result.insert(german + ending) }
        }
        return result
    }

    /// The correction to offer: the only one, or among several the likeliest slip
    /// (`CorrectionRanking`).
    private func preferred(_ corrections: [String], for word: String) -> String? {
        guard corrections.count > 1 else { return corrections.first }
        return ranking.ranked(corrections, for: word).first
    }

    /// The stems of the source's capitalized words of five letters or more, lower-case and without
    /// their final vowels ("Itania" → "itan"): what a German adjective of the name is built on.
    ///
    /// - Complexity: O(n) in the source.
    func nameStems(_ source: QAText) -> Set<String> {
        var stems = Set<String>()
        for index in source.tokens.indices where source.isCapitalized(index) && source.words[index].unicodeScalars.count >= 5 {
            var stem = source.words[index].lowercased().unicodeScalars[...]
            while let last = stem.last, vowels.contains(last) { stem = stem.dropLast() }
            if stem.count >= 4 { stems.insert(String(String.UnicodeScalarView(stem))) }
        }
        return stems
    }

    /// Whether a lower-case word is an adjective in "-isch" of a name the source has ("itanischer"
    /// for "Itania"): German derives them from any place or person, and no dictionary lists them all.
    func isAdjective(_ word: String, ofNameIn stems: Set<String>) -> Bool {
        guard !stems.isEmpty, let first = word.unicodeScalars.first, first.properties.isLowercase else { return false }
        for ending in nameAdjectiveSuffixes where word.hasSuffix(ending) {
            return stems.contains(String(word.dropLast(ending.count)))
        }
        return false
    }

    func findings(in input: QAInput) -> [QAFinding] {
        let text = input.target
        // The source's distinct words (its vocabulary) rather than every token: each is lower-cased once.
        var known = input.source.map { Set($0.lowercasedVocabulary) } ?? []
        for entry in input.glossary.entries {
            for word in entry.german.split(whereSeparator: { $0 == " " || $0 == "-" }) { known.insert(word.lowercased()) }
        }
        // Asked only about words the dictionaries do not know, so made on the first such word: most
        // texts have none, and these sets cost a hash of every source or target word.
        var sourceNamesCache: Set<String>?
        func sourceNames() -> Set<String> {
            if let known = sourceNamesCache { return known }
            let stems = input.source.map(nameStems) ?? []
            sourceNamesCache = stems
            return stems
        }
        var sourceSpellingsCache: Set<String>?
        func isGermanSpellingOfSourceName(_ index: Int) -> Bool {
            guard let source = input.source, text.isCapitalized(index) else { return false }
            let spellings = sourceSpellingsCache ?? germanSpellings(ofNamesIn: source)
            sourceSpellingsCache = spellings
            return spellings.contains(text.lowercased(index))
        }
        // Capitalized words used inside sentences are names wherever they stand, also first in a sentence.
        var namesCache: Set<String>?
        func names() -> Set<String> {
            if let known = namesCache { return known }
            let words = Set(text.tokens.indices.filter { text.isCapitalized($0) && !text.startsSentence[$0] }.map { text.words[$0] })
            namesCache = words
            return words
        }
        // Computed on the first unknown word only: most texts have none.
        // Words inside markup or garbled by an encoder are `markup-remnant`'s and `encoding-damage`'s.
        // Each list in text order, searched by halves: a text of many tags and many unknown words
        // must not cost their product.
        var markupCache: (tags: [Range<Int>], damages: [Range<Int>])?
        func isMarkup(_ range: Range<Int>) -> Bool {
            let spans = markupCache ?? (tags.tags(in: text.scalars).map(\.range), encodingDamage.damages(in: text.scalars).map(\.range))
            markupCache = spans
            return spans.tags.anyOverlaps(range) || spans.damages.anyOverlaps(range)
        }
        var addressesCache: WebAddressChunks?
        func isInsideAddress(_ range: Range<Int>) -> Bool {
            let chunks = addressesCache ?? WebAddressChunks(text.scalars)
            addressesCache = chunks
            return chunks.isInsideAddress(range)
        }
        var sourceTermsCache: SourceTermMatch?
        var shortQuotationsCache: [Range<Int>]?
        func shortQuotations() -> [Range<Int>] {
            if let known = shortQuotationsCache { return known }
            let spans = QuotationSpans.short(in: text)
            shortQuotationsCache = spans
            return spans
        }
        var result: [QAFinding] = []
        var variants: [(Range<Int>, SharpSVariant, String)] = []
        for index in text.tokens.indices where text.tokens[index].kind == .word {
            let word = text.words[index]
            guard isCandidate(word), !known.contains(text.lowercased(index)) else { continue }
            let range = text.tokens[index].scalars
            // A loop is `repetition-loop`'s; a "word" longer than any German word is glued text,
            // reported without a search that would grow with its square.
            guard text.isAnalysable(index) else {
                if !text.isInLoop(range), !isAdjective(word, ofNameIn: sourceNames()) {
                    result.append(text.finding(Self.check, range, severity: .info, message: "unknown word of \(range.count) letters (text glued together?)"))
                }
                continue
            }
            // A known word is no adjective of a source name to excuse: asking the dictionary's
            // (cached) verdict first spares most words the name stems.
            if spelling.isTargetWord(word, capitalizedByPosition: text.startsSentence[index]) || isAdjective(word, ofNameIn: sourceNames()) { continue }
            if isMarkup(range) { continue }
            if isInsideAddress(range) || isKnownCompoundPart(index, text) || isNumberEnding(range, text)
                || isAfterAccentApostrophe(range, text) || abbreviations.isAbbreviation(at: index, in: text) { continue }
            if spelling.compoundParts(word) != nil || isZuInfinitive(word) || isPrefixedVerb(word) || isWeakVerbForm(word) || isSuperlative(word) || isNumeralCompoundHead(index, text) { continue }
            if isGermanSpellingOfSourceName(index) { continue }
            // Capitalized unknown words are mostly names and nouns the dictionary lacks; lower-case ones
            // between capitalized words are inside a name ("University of Kent"); words of a short
            // quotation are often a foreign title („gilets jaunes“); English verb stems with German
            // endings are loan verbs ("shoppen", "gepostet").
            // Abstract nouns ("…keit", "…ität") are no names, so their slips are judged like any word's.
            let likelyName = ((text.isCapitalized(index) || names().contains(word)) && !isMisspeltAbstractNoun(word))
                || isInsideName(index, text) || shortQuotations().contains { $0.contains(range.lowerBound) } || isLoanVerb(word)
            let corrections = likelyName ? [] : typos.corrections(of: word)
            if let variant = corrections.lazy.compactMap({ correction in SharpSVariant(word, correction: correction).map { ($0, correction) } }).first {
                variants.append((range, variant.0, variant.1))
                continue
            }
            let suggestion = preferred(corrections, for: word)
            // An English word ("like") in German text is a quotation or a loan, which `untranslated`
            // judges; a German word one slip away is a coincidence, not evidence of a typo. A likely
            // name has no corrections and its message no such note, so the English dictionary is
            // not asked about it (most unknown words are names).
            let english = !likelyName && spelling.source.accepts(word)
            let typo = !english && suggestion != nil && !corrections.contains { isLoanwordVariant(word, of: $0) }
            // A declined form of a dictionary word that renders a source word is a term Hunspell
            // lacks ("kongenitalen" for "congenital"), not a slip (`SourceTermMatch`).
            if typo, let source = input.source, lexicon.hasLexicon {
                let terms = sourceTermsCache ?? SourceTermMatch(source, lexicon: lexicon)
                sourceTermsCache = terms
                if let rendered = terms.renderedWord(word, endings: adjectiveEndings, isListed: spelling.isKnownForm) {
                    result.append(text.finding(Self.check, range, severity: .info,
                                               message: "unknown word \"\(word)\" (a declined form of the dictionary's word for the source's \"\(rendered)\", which the spelling dictionary lacks)"))
                    continue
                }
            }
            let message = likelyName
                ? "unknown word \"\(word)\" (a name? check its spelling)"
                : "unknown word \"\(word)\"" + (english ? " (an English word?)" : "") + (suggestion.map { "; did you mean \"\($0)\"?" } ?? "")
            result.append(text.finding(Self.check, range, severity: typo ? .warning : .info, message: message, suggestion: suggestion))
        }
        return result + variantFindings(variants, in: text)
    }

    /// Findings for words spelled under another ß convention. A text that follows the convention
    /// throughout (two such words or more, and nothing of the standard one) is Swiss or written
    /// before 1996 on purpose: a note. A single such word among standard spellings is a slip.
    private func variantFindings(_ variants: [(Range<Int>, SharpSVariant, String)], in text: QAText) -> [QAFinding] {
        var consistent: [SharpSVariant: Bool] = [:]
        for kind in Set(variants.map(\.1)) {
            consistent[kind] = variants.count(where: { $0.1 == kind }) >= 2 && !kind.standardSpellingOccurs(in: text.scalars, vowels: vowels)
        }
        return variants.map { range, kind, correction in
            let word = text.string(range)
            let throughout = consistent[kind] == true
            return text.finding(Self.check, range, severity: throughout ? .info : .warning,
                                message: kind.message(word: word, correction: correction, throughout: throughout), suggestion: correction)
        }
    }

    /// A word with an abstract-noun ending ("Empfindlichkeit"; four letters or more before it) that
    /// is not a compound with a known noun at its end ("Refluxkrankheit" is one, and its head a term
    /// the dictionary lacks). Names are not built this way, so its slips are judged like any word's.
    private func isMisspeltAbstractNoun(_ word: String) -> Bool {
        guard abstractNounEndings.contains(where: { word.hasSuffix($0) && word.count >= $0.count + 4 }) else { return false }
        let letters = Array(word.unicodeScalars)
        for cut in 3..<max(3, letters.count - 5) {
            let tail = String(String.UnicodeScalarView(letters[cut...]))
            if spelling.target.acceptsCapitalized(tail) { return false }
        }
        return true
    }

    /// Whether `word` differs from `correction` only where it has "c" and the correction "k" or "z"
    /// ("decodieren" / "dekodieren", "Centrum" / "Zentrum").
    private func isLoanwordVariant(_ word: String, of correction: String) -> Bool {
        let a = Array(word.lowercased().unicodeScalars), b = Array(correction.lowercased().unicodeScalars)
        guard a.count == b.count, a != b else { return false }
        return zip(a, b).allSatisfy { $0 == $1 || loanwordLetters.contains([$0, $1]) }
    }

    /// A lower-case word with a name at most two words before and after it is part of a name or
    /// title ("Rio de Janeiro", "Memories of the Land"). A name is a capitalized word the dictionary
    /// does not know: in German every noun is capitalized, and "Pflanzen haben grosse Mühe" holds no
    /// name.
    private func isInsideName(_ index: Int, _ text: QAText) -> Bool {
        func isName(_ i: Int) -> Bool {
            text.isCapitalized(i) && !spelling.targetAccepts(text.words[i], capitalizedByPosition: text.startsSentence[i])
        }
        let before = (max(0, index - 2)..<index).contains(where: isName)
        let after = ((index + 1)..<min(text.tokens.count, index + 3)).contains(where: isName)
        return before && after
    }

    /// The head of a compound with a number ("83-stündige"), which German only writes after a
    /// numeral: known when the dictionary knows it after a number word ("zweistündige").
    private func isNumeralCompoundHead(_ index: Int, _ text: QAText) -> Bool {
        let start = text.tokens[index].scalars.lowerBound
        guard start >= 2, text.scalars[start - 1] == "-", text.scalars[start - 2].properties.numericType != nil else { return false }
        return numeralProbe.map { spelling.target.accepts($0 + text.words[index]) } ?? false
    }

    /// An English verb with German inflection ("shoppen", "toppen", "gepostet", "outete"): the English
    /// dictionary knows the stem once the German prefix "ge", the ending and a doubled final
    /// consonant are removed. Stems in -el and -er take only "n" ("modeln", "twittern").
    private func isLoanVerb(_ word: String) -> Bool {
        guard languages.source == .en else { return false }
        var stem = Substring(word)
        if let prefix = loanVerbPrefixes.first(where: { stem.hasPrefix($0) }), stem.count > prefix.count + 3 { stem = stem.dropFirst(prefix.count) }
        if loanVerbStemEndings.contains(where: { stem.hasSuffix($0) }), stem.count >= 6,
           spelling.source.accepts(String(stem.dropLast())) { return true }
        return loanVerbEndings.contains { ending in
            guard stem.hasSuffix(ending), stem.count - ending.count >= 3 else { return false }
            var verb = stem.dropLast(ending.count)
            if let last = verb.last, verb.dropLast().last == last { verb = verb.dropLast() }
            return spelling.source.accepts(String(verb))
        }
    }

    /// A regular past tense or participle of a verb whose infinitive Hunspell or Ding knows ("blaffte",
    /// "angefühlt"; `WeakVerbForms`). Infinitives under six letters do not count, as for Ding's forms.
    private func isWeakVerbForm(_ word: String) -> Bool {
        let lower = word.lowercased()
        return weakVerbForms.infinitives(of: lower).contains { $0.count >= QASpelling.minimumListedFormLength && isKnownVerb($0) }
    }

    /// A verb form Hunspell accepts or Ding lists (Ding lists many verbs Hunspell lacks: "aufhalsen").
    private func isKnownVerb(_ verb: String) -> Bool {
        spelling.isKnownForm(verb)
    }

    /// A lower-case word of an inseparable prefix or a separable particle and a verb form of four
    /// letters or more the dictionary knows, or a regular form of a verb it knows ("besäen": be + säen,
    /// "anstaunten": an + staunten, "einnetzte": ein + netzte of "netzen"); the dictionaries list only
    /// the common such verbs.
    private func isPrefixedVerb(_ word: String) -> Bool {
        guard word.unicodeScalars.first?.properties.isLowercase == true else { return false }
        return verbPrefixes.contains { prefix in
            guard word.hasPrefix(prefix) else { return false }
            let rest = String(word.dropFirst(prefix.count))
            return rest.unicodeScalars.count >= 4 && (isKnownVerb(rest) || isWeakVerbForm(rest))
        }
    }

    /// A lower-case superlative in "-est-" of an adjective whose comparative the dictionary knows
    /// ("härteste": "härter"), for stems that take the "e" (`superlative-stem-endings`).
    private func isSuperlative(_ word: String) -> Bool {
        guard word.unicodeScalars.first?.properties.isLowercase == true,
              let ending = superlativeEndings.first(where: word.hasSuffix) else { return false }
        let stem = String(word.dropLast(ending.count))
        return stem.count >= 3 && !comparativeEnding.isEmpty && superlativeStemEndings.contains(where: stem.hasSuffix)
            && spelling.target.accepts(stem + comparativeEnding)
    }

    /// German writes the "zu" of an infinitive inside separable verbs ("auszutreten", "abzufahren"),
    /// forms Hunspell often lacks: accept them when the verb without "zu" is known (to Hunspell, or
    /// listed by Ding: "aufzuhalsen").
    private func isZuInfinitive(_ word: String) -> Bool {
        let scalars = Array(word.unicodeScalars)
        let infix = infinitiveInfix
        guard !infix.isEmpty, scalars.count >= 7 else { return false }
        // The particle at the start, as a separable prefix: "zurollen".
        if scalars.starts(with: infix), spelling.target.accepts(String(String.UnicodeScalarView(scalars[infix.count...]))) { return true }
        for cut in 2..<(scalars.count - 4) where scalars[cut...].starts(with: infix) {
            let verb = String(String.UnicodeScalarView(scalars[0..<cut] + scalars[(cut + infix.count)...]))
            if isKnownVerb(verb) { return true }
        }
        return false
    }

    /// Words worth a dictionary lookup: letters only (no digits, no dots), not an acronym.
    private func isCandidate(_ word: String) -> Bool {
        // Fast path for ASCII words: letters only, at most the first upper case.
        var ascii = true
        var index = 0
        for byte in word.utf8 {
            if byte >= 0x80 { ascii = false; break }
            let lower = byte >= 0x61 && byte <= 0x7A
            let upper = byte >= 0x41 && byte <= 0x5A
            if !(lower || (upper && index == 0)) { ascii = false; break }
            index += 1
        }
        if ascii { return index >= 2 }
        var letters = 0
        var upper = 0
        // German words with an umlaut come here: their ASCII letters are answered without the
        // Unicode property tables, which were 1 % of a batch's CPU time (`perf`, 2.0 MB throughput set).
        for scalar in word.unicodeScalars {
            if ScalarClass.isLetter(scalar) {
                letters += 1
                if ScalarClass.isUppercase(scalar) { upper += 1 }
            } else if scalar != "'" && scalar != "\u{2019}" {
                return false
            }
        }
        return letters >= 2 && upper < 2
    }

    /// A lower-case ending glued to a number or a percent sign, or joined by a hyphen ("100%igen",
    /// "50%-igen"): the number's adjective, which the tokenizer cuts off; not a word to spell.
    private func isNumberEnding(_ range: Range<Int>, _ text: QAText) -> Bool {
        guard range.lowerBound > 0, text.scalars[range.lowerBound].properties.isLowercase else { return false }
        var before = range.lowerBound - 1
        if text.scalars[before] == "-", before > 0 { before -= 1 }
        return text.scalars[before] == "%" || text.scalars[before].properties.numericType != nil
    }

    /// The rest of a name whose apostrophe was typed as an accent ("Ng´ombe", "O`Neill"): the
    /// tokenizer keeps a real apostrophe inside the word, but cuts at an accent.
    private func isAfterAccentApostrophe(_ range: Range<Int>, _ text: QAText) -> Bool {
        guard range.lowerBound > 1 else { return false }
        let mark = text.scalars[range.lowerBound - 1]
        return (mark == "\u{00B4}" || mark == "`") && text.scalars[range.lowerBound - 2].properties.isAlphabetic
    }

    /// A part of a hyphenated compound ("Ex-Agenten", "Nah-Tod-Erfahrung") the dictionary knows as a
    /// prefix ("Ex-") or in the other case.
    private func isKnownCompoundPart(_ index: Int, _ text: QAText) -> Bool {
        let range = text.tokens[index].scalars
        let hyphenBefore = range.lowerBound > 0 && text.scalars[range.lowerBound - 1] == "-"
        let hyphenAfter = range.upperBound < text.scalars.count && text.scalars[range.upperBound] == "-"
        guard hyphenBefore || hyphenAfter else { return false }
        let word = text.words[index]
        let speller = spelling.target
        return speller.acceptsCapitalized(word.lowercased()) || (hyphenAfter && speller.accepts(word + "-"))
    }
}
