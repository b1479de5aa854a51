/// Grammatical gender of a German noun, with the TBX-Basic `grammaticalGender` values.
public enum GrammaticalGender: String, Sendable, CaseIterable, Codable {
    case masculine, feminine, neuter

    /// Ding's mark: `{m}`, `{f}`, `{n}`.
    init?(dingMark: String) {
        switch dingMark {
        case "m": self = .masculine
        case "f": self = .feminine
        case "n": self = .neuter
        default: return nil
        }
    }

    /// The short form used in the glossary TSV's `gender` column and in line files: m, f, n.
    public var letter: String { String(rawValue.prefix(1)) }

    /// Parses "m"/"f"/"n" or "masculine"/"feminine"/"neuter".
    public init?(lenient text: String) {
        if let full = GrammaticalGender(rawValue: text) {
            self = full
        } else if let short = GrammaticalGender.allCases.first(where: { $0.letter == text }) {
            self = short
        } else {
            return nil
        }
    }
}

/// What Ding's grammar marks say about single German nouns: the gender of a singular
/// (`Botschaft {f}`) and the singular of a plural listed beside it (`Botschaft {f} | Botschaften {pl}`,
/// `Arzt {m} | Ärzte {pl}`: umlaut plurals that no ending rule undoes).
///
/// A noun Ding gives two genders ("See {m}", "See {f}") has none here: the gender would be a guess.
/// Only the answers are kept (`Reader` holds what reading needs besides: every singular seen, the
/// ambiguous genders), as they are held for a whole `bitext run`. The tables are internal for
/// `DingTables+Serialization`, which stores them in the cache.
public struct GermanNounGrammar: Sendable, Equatable {
    /// Noun (as written) → its one gender.
    var genders: [String: GrammaticalGender] = [:]
    /// Plural form → singular, both as written (capitalized), for plurals never listed as a singular.
    var singulars: [String: String] = [:]
    /// English plural → singular, lower case as Ding writes them ("months" → "month").
    var englishSingulars: [String: String] = [:]
    /// Nouns Ding lists only as plurals (`Leute {pl}`, `Kosten {pl}`).
    var pluralOnly: Set<String> = []

    public init() {}

    /// The English singular Ding lists beside the plural `word`.
    public func englishSingular(of word: String) -> String? { englishSingulars[word] }

    /// The gender Ding gives the noun `word` (as written), if it gives exactly one.
    public func gender(of word: String) -> GrammaticalGender? { genders[word] }

    /// The singular Ding lists beside the plural `word`.
    public func singular(of word: String) -> String? { singulars[word] }

    /// Whether Ding lists `word` as a plural and never as a singular noun.
    public func isPluralOnly(_ word: String) -> Bool { pluralOnly.contains(word) }

    /// Reads the German side of every line of a Ding file.
    ///
    /// - Complexity: O(n) in the file size (25 MB: about 0.3 s in release).
    public static func read(dingBytes bytes: [UInt8]) -> GermanNounGrammar {
        var reader = Reader()
        DingReader.forEachEntry(bytes) { reader.add(bytes, german: $0, english: $1) }
        return reader.finish()
    }
}

extension GermanNounGrammar {
    /// Reads Ding's lines into a `GermanNounGrammar`, keeping what the answers depend on until `finish`.
    public struct Reader {
        /// Genders from synonyms without a [domain/region/register] note, and from those with one: the
        /// second only counts for words the first never lists ("Monat {m}" beside "Monat {n} [Ös.]").
        private var plain = GenderVotes()
        private var noted = GenderVotes()
        /// Plural form → singular, both as written (capitalized).
        private var singulars: [String: String] = [:]
        private var englishSingulars: [String: String] = [:]
        /// Words Ding lists as a headword marked plural (first sub-entry: `Leute {pl}`, `Kosten {pl}`);
        /// those never listed as a singular nor beside one are plural-only nouns.
        private var pluralOnly: Set<String> = []
        private var singularSeen: Set<String> = []

        private struct GenderVotes {
            var genders: [String: GrammaticalGender] = [:]
            var ambiguous: Set<String> = []

            mutating func add(_ word: String, _ gender: GrammaticalGender) {
                guard !ambiguous.contains(word) else { return }
                if let known = genders[word], known != gender {
                    genders[word] = nil
                    ambiguous.insert(word)
                } else {
                    genders[word] = gender
                }
            }

            func knows(_ word: String) -> Bool { genders[word] != nil || ambiguous.contains(word) }
        }

        public init() {}

        /// One Ding entry: its German and English side in `bytes` (`DingReader.forEachEntry`).
        public mutating func add(_ bytes: [UInt8], german: Range<Int>, english: Range<Int>) {
            let germanText = String(decoding: bytes[german], as: UTF8.self)
            read(line: germanText)
            readEnglish(line: String(decoding: bytes[english], as: UTF8.self), german: germanText)
        }

        /// The answers of everything read.
        public func finish() -> GermanNounGrammar {
            var grammar = GermanNounGrammar()
            grammar.genders = plain.genders
            for (word, gender) in noted.genders where !plain.knows(word) { grammar.genders[word] = gender }
            // "Abkommen" is listed as a plural of "Abkomme" and as a singular noun of its own.
            // Filtered into new tables sized for what they keep (`filter` keeps the capacity).
            grammar.singulars = Dictionary(uniqueKeysWithValues: singulars.lazy.filter { !singularSeen.contains($0.key) }.map { ($0.key, $0.value) })
            grammar.englishSingulars = englishSingulars
            grammar.pluralOnly = Set(pluralOnly.lazy.filter { singulars[$0] == nil && !singularSeen.contains($0) })
            return grammar
        }

        /// One line's German side: sub-entries separated by " | ", synonyms by "; ".
        mutating func read(line: String) {
            let subEntries = line.split(separator: "|").map { $0.split(separator: ";").map(Self.markedNoun) }
            for (position, entry) in subEntries.enumerated() {
                for case let (word, mark, noted)? in entry {
                    if let gender = GrammaticalGender(dingMark: mark) {
                        singularSeen.insert(word)
                        if noted { self.noted.add(word, gender) } else { plain.add(word, gender) }
                    } else if mark == "pl", position == 0 {
                        pluralOnly.insert(word)
                    }
                }
            }
            // "Singular {g} | Plural {pl}", synonym by synonym; or one plural for synonyms that differ only
            // in region or register ("Monat {m}; Monat {n} [Ös.] | Monate {pl}").
            guard subEntries.count >= 2 else { return }
            var pairs = Array(zip(subEntries[0], subEntries[1]))
            if subEntries[0].count != subEntries[1].count {
                let plurals = subEntries[1].compactMap { $0 }
                guard plurals.count == 1, let first = subEntries[0].first else { return }
                pairs = [(first, plurals[0])]
            }
            for (singular, plural) in pairs {
                guard let singular, let plural, singular.mark != "pl", plural.mark == "pl", singular.word != plural.word,
                      Self.sameInitial(singular.word, plural.word) else { continue }
                if singulars[plural.word] == nil { singulars[plural.word] = singular.word }
            }
        }

        /// Whether two forms start alike, umlauts folded ("Arzt"/"Ärzte"): a plural listed beside an
        /// unrelated singular is not taken.
        static func sameInitial(_ a: String, _ b: String) -> Bool {
            let fold: [Character: Character] = ["Ä": "A", "Ö": "O", "Ü": "U"]
            guard let x = a.first, let y = b.first else { return false }
            return (fold[x] ?? x) == (fold[y] ?? y)
        }

        /// English plural → singular from a line whose German side pairs a singular with a `{pl}`
        /// sub-entry: "Monat {m} | Monate {pl} :: month | months" gives months → month (en_US Hunspell lists
        /// "months" as a stem of its own). Only single words, only when both start alike.
        mutating func readEnglish(line: String, german: String) {
            let germanEntries = german.split(separator: "|")
            guard germanEntries.count >= 2, germanEntries[1].contains("{pl}"), !germanEntries[0].contains("{pl}") else { return }
            // The first synonym of each sub-entry without its marks ("month /mo./ /mth/" → "month").
            let english = line.split(separator: "|").map { entry in
                (entry.split(separator: ";").first ?? "").split(separator: " ").filter { token in
                    guard let first = token.first else { return false }
                    return !"/([{<".contains(first)
                }.joined(separator: " ")
            }
            guard english.count >= 2 else { return }
            let singular = english[0]
            let plural = english[1]
            guard !singular.isEmpty, !plural.isEmpty, singular != plural, !singular.contains(" "), !plural.contains(" "),
                  singular.allSatisfy(\.isLetter), plural.allSatisfy(\.isLetter), plural.hasPrefix(String(singular.prefix(2))) else { return }
            if englishSingulars[plural] == nil { englishSingulars[plural] = singular }
        }

        /// A synonym that is one capitalized word with a grammar mark: "Botschaft {f} (diplomatische
        /// Vertretung) [pol.]" → ("Botschaft", "f", false). Notes in (), [] and <> are skipped; `noted`
        /// says whether a [region/register] note qualified it ("Monat {n} [Ös.]"), whose gender is not
        /// the standard one.
        static func markedNoun(_ synonym: Substring) -> (word: String, mark: String, noted: Bool)? {
            var words: [Substring] = []
            var mark: Substring?
            var depth = 0
            var noted = false
            for token in synonym.split(separator: " ") {
                if token.first == "[" { noted = true }
                if depth > 0 || token.first == "(" || token.first == "[" || token.first == "<" {
                    depth += token.filter { "([<".contains($0) }.count - token.filter { ")]>".contains($0) }.count
                    if depth < 0 { depth = 0 }
                    continue
                }
                if token.first == "{", token.last == "}" {
                    mark = token.dropFirst().dropLast()
                    continue
                }
                if token.first == "/" { continue }
                words.append(token)
            }
            guard words.count == 1, let mark, let word = words.first, let first = word.first, first.isUppercase,
                  word.allSatisfy({ $0.isLetter || $0 == "-" }) else { return nil }
            return (String(word), String(mark), noted)
        }
    }
}
