/// The words by which a text addresses its reader or listener, formally or informally
/// (`address.txt`: German "Sie" against "du"/"ihr"); empty for a language without the distinction.
struct AddressForms: Sendable {
    enum Register: Sendable, Equatable {
        case formal, informal
    }

    /// One form in a text: where it stands and which register it belongs to.
    struct Use: Equatable {
        let range: Range<Int>
        let word: String
        let register: Register
    }

    /// Informal forms in lower case (matched in any case).
    private let informal: Set<String>
    /// Formal forms as written (matched only capitalized, inside a sentence).
    private let formal: Set<String>

    /// The lengths, in scalars, of the listed forms: a word of another length is no form and is not
    /// made a string (most words of a text).
    private let lengths: Range<Int>
    /// The letters a listed form can start with as written (an informal form's in either case). A word
    /// that starts with another letter (most words of a text) is not made a string either.
    private let firstLetters: [Unicode.Scalar]
    /// The forms as scalars (informal ones lower-cased), for `register(of:atSentenceStart:)`.
    private let informalScalars: [[Unicode.Scalar]]
    private let formalScalars: [[Unicode.Scalar]]

    init(language: Language) throws {
        let file = try LanguageDataFile.loadIfPresent("address", language: language)
        informal = Set(file.section("informal").map { $0.lowercased() })
        formal = Set(file.section("formal"))
        let counts = informal.union(formal).map(\.unicodeScalars.count)
        lengths = (counts.min() ?? 0)..<((counts.max() ?? -1) + 1)
        let informalFirsts = informal.compactMap(\.first).flatMap { [$0.lowercased(), $0.uppercased()] }
        firstLetters = Array(Set((informalFirsts + formal.compactMap(\.first).map { String($0) }).flatMap(\.unicodeScalars)))
        informalScalars = informal.map { Array($0.unicodeScalars) }
        formalScalars = formal.map { Array($0.unicodeScalars) }
    }

    var isEmpty: Bool { informal.isEmpty && formal.isEmpty }

    /// The forms of address in `scalars` outside quotations (quoted speech addresses whom the speaker
    /// addresses, not the reader), a quotation left open running to the end of the text. A formal
    /// form counts only inside a sentence: at a sentence's start, after a colon or at the start of the
    /// text, German "Sie" may be "she" or "they". Handles and hashtags ("@user4") are skipped, as not
    /// part of the sentence.
    ///
    /// - Complexity: O(n) for n scalars.
    func uses(in scalars: [Unicode.Scalar]) -> [Use] {
        guard !isEmpty else { return [] }
        // Found only once a form is: most texts have none.
        var quoted: [Range<Int>]?
        var nextQuotation = 0
        var result: [Use] = []
        // Whether a sentence may start at the next word: at the text's start, after . ! ? : … or a line break.
        var sentenceStart = true
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            guard ScalarClass.isLetter(scalar) else {
                if scalar == " " {
                    // The commonest scalar between words: it neither starts nor ends a sentence.
                } else if scalar == "@" || scalar == "#" {
                    // A handle or hashtag ("@user4 @user3 Ihr könnt …") is no word of the sentence.
                    while index < scalars.count, !scalars[index].properties.isWhitespace { index += 1 }
                    continue
                } else if ".!?:\u{2026}\n".unicodeScalars.contains(scalar) {
                    sentenceStart = true
                } else if !scalar.properties.isWhitespace && !Self.isTransparent(scalar) {
                    sentenceStart = false
                }
                index += 1
                continue
            }
            let start = index
            while index < scalars.count, ScalarClass.isLetter(scalars[index]) { index += 1 }
            let range = start..<index
            let atSentenceStart = sentenceStart
            sentenceStart = false
            guard lengths.contains(range.count), firstLetters.contains(scalars[start]),
                  let register = register(of: scalars[range], atSentenceStart: atSentenceStart) else { continue }
            var word = ""
            word.unicodeScalars.append(contentsOf: scalars[range])
            let spans = quoted ?? QuotationSpans.all(in: scalars, runningOn: true)
            quoted = spans
            while nextQuotation < spans.count, spans[nextQuotation].upperBound <= start { nextQuotation += 1 }
            if nextQuotation < spans.count, spans[nextQuotation].contains(start) { continue }
            result.append(Use(range: range, word: word, register: register))
        }
        return result
    }

    /// The register of a word of the text: informal when it is an informal form in any case, formal
    /// when it is a formal form as written and does not open a sentence; nil otherwise.
    ///
    /// Why scalar by scalar: most words that pass the length and first-letter tests are articles
    /// ("die", "der", "das" start as "du" and "dein" do), and making each a string, lower-casing and
    /// hashing it was 1.5 % of a batch's CPU time (`perf`, the 2.0 MB throughput set). An ASCII word
    /// is lower-cased here as `lowercased()` would; any other word is compared as a string.
    private func register(of word: ArraySlice<Unicode.Scalar>, atSentenceStart: Bool) -> Register? {
        guard word.allSatisfy(\.isASCII) else {
            var string = ""
            string.unicodeScalars.append(contentsOf: word)
            if informal.contains(string.lowercased()) { return .informal }
            return !atSentenceStart && formal.contains(string) ? .formal : nil
        }
        let lower = word.lazy.map { $0.value &- 0x41 < 26 ? Unicode.Scalar($0.value | 0x20)! : $0 }
        if informalScalars.contains(where: { $0.count == word.count && $0.elementsEqual(lower) }) { return .informal }
        return !atSentenceStart && formalScalars.contains(where: { $0.elementsEqual(word) }) ? .formal : nil
    }

    /// The parts (units of a job, sentences of a text) that use the register that does not dominate.
    struct Mix {
        /// The register of the flagged parts.
        let register: Register
        /// The parts that use the dominant register.
        let majority: [Int]
        /// The dominant register's forms, distinct, sorted.
        let majorityWords: [String]
        /// Each flagged part with its first form of `register`.
        let flagged: [(part: Int, use: Use)]

        /// "informal" or "formal", for the flagged parts' register, and how the others address the
        /// reader ("formally").
        var kind: String { register == .informal ? "informal" : "formal" }
        var dominantManner: String { register == .informal ? "formally" : "informally" }
        /// Up to three of the dominant register's forms, quoted.
        var examples: String { majorityWords.prefix(3).map { "\"\($0)\"" }.joined(separator: ", ") }
    }

    /// The fewest parts the dominant register must be used in before the others are flagged.
    static let minimumMajority = 2
    /// How many times as many parts the dominant register must have as the other. On the development
    /// half of the MQM TED talks (parts: units), raters marked 10 of the 28 switches this leaves out
    /// (systems that switched in more than a third of their addressing units) and 19 of the 30 it
    /// keeps; a WMT24 social thread addresses one poster formally and the others informally.
    static let dominance = 2

    /// Which parts switch register, given each part's uses: none unless one register is used in at
    /// least `minimumMajority` parts and `dominance` times as many parts as the other. A text split
    /// more evenly says nothing about which register it meant, and some address several people (a
    /// thread of posts: "Ihren Thread" to one poster, "euch" to the others).
    ///
    /// - Complexity: O(total uses).
    static func mix(_ uses: [[Use]]) -> Mix? {
        let formal = uses.indices.filter { uses[$0].contains { $0.register == .formal } }
        let informal = uses.indices.filter { uses[$0].contains { $0.register == .informal } }
        guard min(formal.count, informal.count) > 0, max(formal.count, informal.count) >= minimumMajority,
              max(formal.count, informal.count) >= dominance * min(formal.count, informal.count) else { return nil }
        let (majority, minority, register): ([Int], [Int], Register) =
            formal.count > informal.count ? (formal, informal, .informal) : (informal, formal, .formal)
        let words = Set(majority.flatMap { part in uses[part].filter { $0.register != register }.map { $0.word } }).sorted()
        let flagged = minority.compactMap { part in uses[part].first { $0.register == register }.map { (part, $0) } }
        return Mix(register: register, majority: majority, majorityWords: words, flagged: flagged)
    }

    /// Marks that may stand between a sentence's end and its first word without ending the sentence
    /// start: quotation marks, brackets, dashes.
    private static func isTransparent(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .initialPunctuation, .finalPunctuation, .openPunctuation, .dashPunctuation: return true
        default: return "\"'".unicodeScalars.contains(scalar)
        }
    }
}
