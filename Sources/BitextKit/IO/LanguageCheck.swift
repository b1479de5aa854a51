/// Tells whether an article is written in the language its side expects, by counting function
/// words (`stopwords.txt`) that belong to one language and not the other.
///
/// A German folder with an English article in it is a common mistake when collections are assembled
/// by hand or by a crawler. Paired as German, such an article matches nothing (its words find no
/// translation) or, worse, its English names and numbers pull it towards an English article. Function
/// words settle the question after a few sentences: "the", "and", "of" against "der", "und", "nicht".
public struct LanguageCheck: Sendable {
    /// Fewer function words than this are too little evidence to call an article misplaced.
    public static let minimumEvidence = 10
    /// The other language must have this many times the expected one's function words.
    public static let dominance = 2

    private let expected: Language
    private let others: [Language]
    private let words: [Language: ByteStringSet]
    private let markup: HTMLTagDetector

    /// - Parameters: `expected`: the side's language; `others`: languages an article may be in instead.
    public init(expected: Language, others: [Language]) throws {
        self.expected = expected
        self.others = others.filter { $0 != expected }
        var lists: [Language: Set<String>] = [:]
        for language in [expected] + self.others { lists[language] = try StopWords.load(language).words }
        // Words both lists know ("in", "so", "die") say nothing about which language a text is in.
        var words: [Language: ByteStringSet] = [:]
        for (language, list) in lists {
            let elsewhere = lists.filter { $0.key != language }.values.reduce(into: Set<String>()) { $0.formUnion($1) }
            words[language] = ByteStringSet(list.subtracting(elsewhere).map { Array($0.utf8) })
        }
        self.words = words
        markup = try HTMLTagDetector()
    }

    /// The language the text is written in instead of the expected one, with the function-word counts,
    /// or nil when it is in the expected language or the evidence is too thin.
    ///
    /// - Complexity: O(n) bytes, one set look-up per word; markup is left out (`prose`).
    /// - Parameter minimumEvidence: function words of the other language needed at the least; a mere
    ///   warning (`AlignmentWarning`) may ask for less than setting an article aside does.
    package func misplaced(_ bytes: [UInt8], minimumEvidence: Int = LanguageCheck.minimumEvidence) -> (language: Language, found: Int, expected: Int)? {
        var counts: [Language: Int] = [:]
        var word: [UInt8] = []
        func flush() {
            guard !word.isEmpty else { return }
            for (language, set) in words where set.contains(word) { counts[language, default: 0] += 1 }
            word.removeAll(keepingCapacity: true)
        }
        for b in prose(bytes) {
            if ByteCase.isWordByte(b) {
                word.append(ByteCase.lower(b, after: word.last))
            } else {
                flush()
            }
        }
        flush()
        let own = counts[expected, default: 0]
        guard let (language, found) = others.map({ ($0, counts[$0, default: 0]) }).max(by: { $0.1 < $1.1 }),
              found >= minimumEvidence, found >= Self.dominance * max(own, 1) else { return nil }
        return (language, found, own)
    }

    /// The text with its HTML tags and comments (`HTMLTagDetector`'s, as the normalizer removes them)
    /// made spaces: markup is English ("<a href=…>…</a>" counts "a" twice per link), and a scraped
    /// German article full of links was set aside as English.
    private func prose(_ bytes: [UInt8]) -> [UInt8] {
        guard bytes.contains(UInt8(ascii: "<")) else { return bytes }
        let scalars = Array(String(decoding: bytes, as: UTF8.self).unicodeScalars)
        let tags = markup.tags(in: scalars)
        guard !tags.isEmpty else { return bytes }
        var text = String.UnicodeScalarView()
        var next = 0
        for tag in tags {
            text.append(contentsOf: scalars[next..<tag.range.lowerBound])
            text.append(" ")
            next = tag.range.upperBound
        }
        text.append(contentsOf: scalars[next...])
        return Array(String(text).utf8)
    }
}

extension ArticleCollection {
    /// Moves articles written in another language than `expected` to `skipped`, with the evidence.
    public mutating func setAsideMisplaced(expected: Language, others: [Language]) throws {
        let check = try LanguageCheck(expected: expected, others: others)
        var keptNames: [String] = [], keptTexts: [[UInt8]] = []
        for (name, text) in zip(names, texts) {
            if let found = check.misplaced(text) {
                skipped.append(InputError(file: name, reason: .wrongLanguage(expected: expected, found: found.language,
                                                                             evidence: found.found, against: found.expected)))
            } else {
                keptNames.append(name)
                keptTexts.append(text)
            }
        }
        names = keptNames
        texts = keptTexts
    }
}
