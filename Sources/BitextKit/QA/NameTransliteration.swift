/// Respells a Russian or Ukrainian name from its English transliteration into the German press
/// spelling ("Medvedev" → "Medwedew", "Khodorkovsky" → "Chodorkowski"), by the rules of
/// `de/transliteration-from-english.txt`.
struct NameTransliteration: Sendable {
    private struct Rule: Sendable {
        let from: [Unicode.Scalar]
        let to: String
        let atStart: Bool
        let atEnd: Bool
    }

    /// Endings that mark a name as Russian or Ukrainian in English transliteration.
    let cueEndings: [String]
    /// Rules, longest first.
    private let rules: [Rule]
    private let established: [String: String]

    init(language: Language) throws {
        let file = try LanguageDataFile.loadIfPresent("transliteration-from-english", language: language)
        cueEndings = file.section("cue-endings").sorted { $0.count > $1.count }
        var rules: [Rule] = []
        for entry in file.entries where entry.section == "rules" {
            let fields = entry.text.split(separator: " ").map(String.init)
            guard fields.count == 2 else {
                throw LanguageDataError.invalid(file: "\(language.rawValue)/transliteration-from-english.txt", line: entry.line, message: "expected FROM TO")
            }
            var from = fields[0]
            let atStart = from.hasPrefix("^")
            let atEnd = from.hasSuffix("$")
            if atStart { from.removeFirst() }
            if atEnd { from.removeLast() }
            rules.append(Rule(from: Array(from.unicodeScalars), to: fields[1], atStart: atStart, atEnd: atEnd))
        }
        self.rules = rules.sorted { $0.from.count > $1.from.count }
        var established: [String: String] = [:]
        for entry in file.entries where entry.section == "established" {
            let fields = entry.text.split(separator: " ").map(String.init)
            guard fields.count == 2 else {
                throw LanguageDataError.invalid(file: "\(language.rawValue)/transliteration-from-english.txt", line: entry.line, message: "expected ENGLISH GERMAN")
            }
            established[fields[0]] = fields[1]
        }
        self.established = established
    }

    /// Whether a capitalized word ends like a Russian or Ukrainian name in English transliteration.
    func isCue(_ word: String) -> Bool {
        let lower = word.lowercased()
        return lower.unicodeScalars.count >= 5 && cueEndings.contains { lower.hasSuffix($0) }
    }

    /// The German spelling of a name written in English transliteration (capitalized like the input).
    ///
    /// - Complexity: O(n · r) for n letters and r rules.
    func german(_ word: String) -> String {
        let lower = word.lowercased()
        if let known = established[lower] { return known }
        let scalars = Array(lower.unicodeScalars)
        var output = ""
        var index = 0
        while index < scalars.count {
            let rule = rules.first { rule in
                let end = index + rule.from.count
                return end <= scalars.count && (!rule.atStart || index == 0) && (!rule.atEnd || end == scalars.count)
                    && scalars[index..<end].elementsEqual(rule.from)
            }
            if let rule {
                output += rule.to
                index += rule.from.count
            } else {
                output.unicodeScalars.append(scalars[index])
                index += 1
            }
        }
        return word.first?.isUppercase == true ? output.prefix(1).uppercased() + output.dropFirst() : output
    }
}
