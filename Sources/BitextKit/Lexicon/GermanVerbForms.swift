/// The forms the Ding dictionary lists for German verbs, by infinitive: past participles, and the
/// third person singular of the present and the past ("treffen": "getroffen", "trifft", "traf");
/// a separable verb's finite forms as a main clause splits them, with their particle ("ausweisen":
/// "ausgewiesen", "weist aus", "wies aus").
///
/// Why: glossary renderings are matched on Snowball stems (`GlossaryRenderingStems`), which bring
/// none of a strong verb's forms to the infinitive's stem, and the regular pattern (`WeakVerbForms`)
/// derives none of them either, so a translation saying "getroffen" or "wies … aus" for a glossary's
/// "treffen" or "ausweisen" was told it lacks the rendering. Ding lists the participles of 8,978 verbs,
/// the present or past of 3,841 of them (1,225 split by a particle).
///
/// Ding's verb entries give them position by position in their `|` sub-entries, one synonym per `;`:
///
/// ```
/// jdn. ausweisen; jdn. des Landes verweisen {vt} | ausweisend; verweisend | ausgewiesen; verwiesen | weist aus; verweist | wies aus; verwies :: …
/// ```
///
/// infinitives, present participles, past participles, present, past; but many entries stop after
/// the participle and go on with examples ("ein Bild von der Wand abhängen"), list the finite forms
/// of only some of their verbs ("treffen; schlagen; … | … | er/sie trifft"), or carry Ding's slips
/// ("dazwischenstehen | dazwischenstellend"). What is taken (`Reader`):
/// - only entries whose first sub-entry is marked `{vt}` or `{vi}`, and in them only the infinitives
///   whose present participle (infinitive + "d") the second sub-entry lists: that says the entry's
///   sub-entries are forms, not examples;
/// - a form only when it starts like its verb's stem (the same letters up to the first vowel, after
///   a separable particle and the participle's "ge": "traf" for "treffen", "ausgewiesen" for
///   "ausweisen", not "zapft an" for "anstechen" where Ding swapped two synonyms), and when it ends as
///   its kind of form does (the present in "t", the participle in "t" or "n");
/// - a finite form's other words only when they are its verb's own (an object "in Unordnung" of "in
///   Unordnung bringen") or its separable particle ("aus" of "ausweisen"), which must start the
///   infinitive ("prasselt herab" is not a form of "herunterprasseln");
/// - where a sub-entry lists fewer synonyms than the first, each form for the one infinitive it fits;
///   a sub-entry of second persons ("du stirbst") is passed over; reading stops at the first
///   sub-entry that gives no form.
///
/// Placeholders (`etw.`, `jdn.`, alternatives with `/`), notes in brackets, the subject pronouns and
/// "sich" (`de/ding-verb-forms.txt`) are not part of a form. Of 100 forms drawn at random from the
/// 16,966 read, 99 are forms of their verb and one is a slip of Ding's that is no word
/// ("festigestellt"); where Ding lists another verb's forms under an infinitive, they are taken too
/// ("drängt" under "dringen"). The measurements: `docs/results/qa.md`, "verb forms from Ding".
public struct GermanVerbForms: Sendable, Equatable {
    /// What Ding lists for one infinitive.
    struct Forms: Sendable, Equatable {
        /// Past participles ("getroffen"; "geschliffen" and "geschleift" for the two verbs "schleifen").
        var participles: [String] = []
        /// Third person singular, present and past ("trifft", "traf"), a separable verb's as Ding writes
        /// them for a main clause: the verb, a space, the particle ("wies aus").
        var finite: [String] = []

        /// Adds a form not listed yet (the same verb has entries of its own senses, with the same forms).
        mutating func add(_ form: String, participle: Bool) {
            if participle {
                if !participles.contains(form) { participles.append(form) }
            } else if !finite.contains(form) {
                finite.append(form)
            }
        }
    }

    /// Infinitive → its forms. Internal for `DingTables+Serialization`.
    var forms: [String: Forms] = [:]

    /// A finite form: the word, and for a separable verb in a main clause the particle that closes the
    /// clause ("wies … aus").
    public struct FiniteForm: Sendable, Equatable {
        public let word: String
        public let particle: String?
    }

    public init() {}

    public var isEmpty: Bool { forms.isEmpty }

    /// The past participles Ding lists for the infinitive (empty when it lists none).
    public func participles(of infinitive: String) -> [String] {
        forms[infinitive]?.participles ?? []
    }

    /// The present and past forms Ding lists for the infinitive (empty when it lists none).
    public func finiteForms(of infinitive: String) -> [FiniteForm] {
        (forms[infinitive]?.finite ?? []).map { written in
            guard let space = written.firstIndex(of: " ") else { return FiniteForm(word: written, particle: nil) }
            return FiniteForm(word: String(written[..<space]), particle: String(written[written.index(after: space)...]))
        }
    }

    /// Reads a Ding file's lines.
    ///
    /// - Throws: when the bundled language data cannot be loaded.
    /// - Complexity: O(bytes).
    public static func read(dingBytes bytes: [UInt8]) throws -> GermanVerbForms {
        var reader = Reader(grammar: try Grammar.load())
        DingReader.forEachEntry(bytes) { german, _ in reader.add(bytes, german: german) }
        return reader.finish()
    }
}

extension GermanVerbForms {
    /// What reading depends on besides Ding: the German endings and letters (`de/spelling-morphology.txt`)
    /// and the words Ding writes beside forms (`de/ding-verb-forms.txt`).
    struct Grammar: Sendable, Equatable {
        let subjectPronouns: Set<String>
        let secondPersonPronouns: Set<String>
        let reflexivePronouns: Set<String>
        let vowels: Set<Character>
        let participlePrefix: [Character]
        let infinitiveEndings: [String]
        let presentParticipleEndings: [String]
        let presentEndings: [String]
        let participleEndings: [String]

        static func load() throws -> Grammar {
            let morphology = try LanguageDataFile.load("spelling-morphology", language: .de)
            let notation = try LanguageDataFile.load("ding-verb-forms", language: .de)
            return Grammar(subjectPronouns: Set(notation.section("subject-pronouns")),
                           secondPersonPronouns: Set(notation.section("second-person-pronouns")),
                           reflexivePronouns: Set(notation.section("reflexive-pronouns")),
                           vowels: Set(morphology.section("vowels").joined()),
                           participlePrefix: Array(morphology.section("participle-prefix").first ?? ""),
                           infinitiveEndings: morphology.section("infinitive-endings"),
                           presentParticipleEndings: morphology.section("present-participle-endings"),
                           presentEndings: morphology.section("third-person-present-endings"),
                           participleEndings: morphology.section("participle-final-letters"))
        }

        /// All of it as one string, for the cache key of what was read with it.
        var key: String {
            [subjectPronouns.sorted(), secondPersonPronouns.sorted(), reflexivePronouns.sorted(), [String(vowels.sorted())], [String(participlePrefix)],
             infinitiveEndings, presentParticipleEndings, presentEndings, participleEndings].map { $0.joined(separator: ",") }.joined(separator: "|")
        }
    }

    /// Reads Ding's verb entries into a `GermanVerbForms` (see there for what is taken).
    struct Reader {
        private let grammar: Grammar
        private var read = GermanVerbForms()

        /// Ding's positions: infinitives, present participles, then the forms taken.
        private enum Position: Int, CaseIterable {
            case participle = 2, present, past
        }

        init(grammar: Grammar) {
            self.grammar = grammar
        }

        /// The forms of everything read.
        func finish() -> GermanVerbForms { read }

        /// One line's German side (`DingReader.forEachEntry`). Lines that are no verb entry are passed
        /// over on their bytes.
        ///
        /// - Complexity: O(line length); a verb entry's synonyms are compared pairwise (a handful).
        mutating func add(_ bytes: [UInt8], german side: Range<Int>) {
            guard Self.marksVerb(bytes, side) else { return }
            let subEntries = DingReader.split(bytes, side, at: 0x7C /* | */)
            guard subEntries.count > Position.participle.rawValue else { return }
            var positions: [[[String]]] = []
            for entry in subEntries where positions.count <= Position.past.rawValue {
                let synonyms = DingReader.split(bytes, entry, at: 0x3B /* ; */).map { words(String(decoding: DingReader.stripAnnotations(bytes, $0), as: UTF8.self)) }
                // A second person ("du stirbst") before the third is passed over.
                if positions.count > Position.participle.rawValue,
                   synonyms.allSatisfy({ $0.first.map(grammar.secondPersonPronouns.contains) ?? false }) { continue }
                positions.append(synonyms)
            }
            let infinitives = positions[0]
            let presentParticiples = Set(positions[1].compactMap(\.last))
            let verbs = infinitives.indices.filter { index in
                guard let verb = infinitives[index].last, isFormWord(verb), grammar.infinitiveEndings.contains(where: verb.hasSuffix) else { return false }
                return grammar.presentParticipleEndings.contains { presentParticiples.contains(verb + $0) }
            }
            guard !verbs.isEmpty else { return }
            for position in Position.allCases where position.rawValue < positions.count {
                let synonyms = positions[position.rawValue]
                var found = false
                for (index, synonym) in synonyms.enumerated() {
                    // Position by position when the sub-entry lists a form per infinitive, else the one
                    // infinitive the form fits.
                    let owners = synonyms.count == infinitives.count ? (verbs.contains(index) ? [index] : [])
                        : verbs.filter { form(synonym, at: position, of: infinitives[$0]) != nil }
                    guard owners.count == 1, let written = form(synonym, at: position, of: infinitives[owners[0]]) else { continue }
                    found = true
                    read.forms[infinitives[owners[0]].last!, default: Forms()].add(written, participle: position == .participle)
                }
                if !found { break }
            }
        }

        /// Whether the first sub-entry (up to the first "|") is marked `{vt}` or `{vi}`: a scan of bytes
        /// that passes over the nine in ten of Ding's lines that are no verb entry before anything is split.
        private static func marksVerb(_ bytes: [UInt8], _ side: Range<Int>) -> Bool {
            var index = side.lowerBound
            while index + 3 < side.upperBound, bytes[index] != 0x7C /* | */ {
                if bytes[index] == 0x7B /* { */, bytes[index + 1] == 0x76 /* v */, bytes[index + 2] == 0x74 /* t */ || bytes[index + 2] == 0x69 /* i */,
                   bytes[index + 3] == 0x7D /* } */ { return true }
                index += 1
            }
            return false
        }

        /// A synonym's words without Ding's notation: placeholders ("etw.", "jdn./etw.") and
        /// alternatives ("aus/in") hold a period or slash; "sich" is dropped; subject pronouns stay
        /// (a finite form is read after them).
        private func words(_ synonym: String) -> [String] {
            synonym.split(separator: " ").map(String.init).filter { word in
                grammar.subjectPronouns.contains(word) || (!grammar.reflexivePronouns.contains(word) && !word.contains(where: { $0 == "." || $0 == "/" }))
            }
        }

        private func isFormWord(_ word: String) -> Bool {
            word.count >= 2 && word.allSatisfy { $0.isLetter && $0.isLowercase }
        }

        /// The form `synonym` (its words) gives at `position` for the infinitive `words` (its last word
        /// the verb), as stored; nil when it is none.
        private func form(_ synonym: [String], at position: Position, of words: [String]) -> String? {
            guard let verb = words.last else { return nil }
            if position == .participle {
                guard let participle = synonym.last, isParticiple(participle, of: verb) else { return nil }
                return participle
            }
            let finite = synonym.drop { grammar.subjectPronouns.contains($0) }
            guard let word = finite.first, isFormWord(word) else { return nil }
            // Words besides the verb: its own (an object of a multi-word verb), else one particle.
            var own = words.dropLast()
            var others: [String] = []
            for other in finite.dropFirst() {
                if let at = own.firstIndex(of: other) { own.remove(at: at) } else { others.append(other) }
            }
            var particle: String?
            if let first = others.first {
                guard others.count == 1, isFormWord(first), verb.hasPrefix(first), verb.count > first.count + 2 else { return nil }
                particle = first
            }
            let base = Array(verb.dropFirst(particle?.count ?? 0))
            let letters = Array(word)
            guard letters != base, alike(letters, base) else { return nil }
            switch position {
            case .present: guard grammar.presentEndings.contains(where: word.hasSuffix) else { return nil }
            default: guard !letters.starts(with: grammar.participlePrefix) || base.starts(with: grammar.participlePrefix) else { return nil }
            }
            return particle.map { word + " " + $0 } ?? word
        }

        /// A past participle of `verb`: it ends as participles do, and after the participle prefix (at
        /// the start or after a separable particle) or without it, it starts like the verb's stem.
        private func isParticiple(_ word: String, of verb: String) -> Bool {
            guard isFormWord(word), grammar.participleEndings.contains(where: word.hasSuffix),
                  !grammar.presentParticipleEndings.contains(where: { word == verb + $0 }) else { return false }
            let form = Array(word), infinitive = Array(verb), prefix = grammar.participlePrefix
            if alike(form, infinitive) || (form.starts(with: prefix) && alike(Array(form.dropFirst(prefix.count)), infinitive)) { return true }
            return (1..<infinitive.count).contains { split in
                split + prefix.count < form.count && form[..<split].elementsEqual(infinitive[..<split]) && form[split...].starts(with: prefix)
                    && alike(Array(form[(split + prefix.count)...]), Array(infinitive[split...]))
            }
        }

        /// Whether a form starts like a stem: the same first letter and the same letters up to the first
        /// vowel ("trifft", "traf" / "treffen"; not "zapft" / "stechen", not "isst" / "essen").
        private func alike(_ form: [Character], _ stem: [Character]) -> Bool {
            guard let first = form.first, first == stem.first else { return false }
            return form.prefix { !grammar.vowels.contains($0) }.elementsEqual(stem.prefix { !grammar.vowels.contains($0) })
        }
    }
}
