/// Reads numbers as values, whatever their written form: German "1.000,5" and English "1,000.5",
/// times ("21.30 Uhr", "21:30", "9.30 pm"), ordinals ("20." and "20th"), ranges ("2018-19"),
/// number words ("sixty", "centennial", "twenty-five"), scale words and abbreviations ("44
/// Millionen", "£44m", "3 Mrd.", "€3bn").
///
/// A number has several readings where its written form allows them: "21.30" is 21.3, and also the
/// hour 21 and the minute 30; "9 pm" is 9 and 21; "44m" is 44 and 44,000,000. Two texts state the same
/// number when a reading of one is a reading of the other. The language data (`number-words.txt`:
/// sections `[numbers]`, `[scales]`, `[afternoon]`) is the reader's; the parsing of digit strings
/// (`value(of:language:)`, `key(of:language:)`) needs none and is shared by pairing and alignment.
public struct NumberReader: Sendable {
    public let language: Language
    /// Number words ("sixty" → 60, "centennial" → 100, "dozen" → 12).
    let words: [String: Double]
    /// Scale words and abbreviations after a number ("million", "m", "bn", "Mio", "Milliarden").
    let scales: [String: Double]
    /// Words after an hour that move it by twelve ("pm", "p.m").
    let afternoon: Set<String>

    public init(language: Language) throws {
        self.language = language
        var words: [String: Double] = [:]
        var scales: [String: Double] = [:]
        var afternoon: Set<String> = []
        let name = "\(language.rawValue)/number-words.txt"
        for entry in try LanguageDataFile.loadIfPresent("number-words", language: language).entries {
            let fields = entry.text.split(separator: " ")
            if entry.section == "afternoon" {
                afternoon.insert(entry.text.lowercased())
                continue
            }
            guard fields.count == 2, let value = Double(fields[1]) else {
                throw LanguageDataError.invalid(file: name, line: entry.line, message: "expected WORD VALUE")
            }
            if entry.section == "scales" { scales[fields[0].lowercased()] = value } else { words[fields[0].lowercased()] = value }
        }
        self.words = words
        self.scales = scales
        self.afternoon = afternoon
    }

    // MARK: - Digit strings

    /// The value of a digit string in `language`'s format: German "1.000,5", English "1,000.5"; the
    /// other language's decimal mark is read as one when it is not followed by a group of three
    /// digits ("3.5" in German text is 3.5). Nil for anything but digits and separators.
    public static func value(of token: String, language: Language) -> Double? {
        guard let key = key(of: token, language: language), !key.contains(where: { !$0.isASCIIDigitCharacter && $0 != "." }) else { return nil }
        return Double(key)
    }

    /// A language-independent key of a number token: German "1.000" and English "1,000" become
    /// "1000", German "3,5" and English "3.5" become "3.5"; characters other than digits and
    /// separators are kept ("3x"). Nil without a digit.
    ///
    /// A separator followed by exactly three digits (and then a separator or the end) groups
    /// thousands (also "'", thin and no-break spaces); otherwise a separator is a decimal point.
    public static func key(of token: String, language: Language) -> String? {
        let chars = Array(token)
        guard chars.contains(where: \.isASCIIDigitCharacter) else { return nil }
        var result = ""
        for (i, c) in chars.enumerated() {
            if c.isASCIIDigitCharacter {
                result.append(c)
            } else if c == "." || c == "," || c == "'" || c == "\u{202F}" || c == "\u{A0}" {
                if isThousandsGroup(chars, after: i) { continue }
                result.append(c == "." || c == "," ? "." : c)
            } else {
                result.append(c)
            }
        }
        return result
    }

    private static func isThousandsGroup(_ chars: [Character], after i: Int) -> Bool {
        var digits = 0
        var j = i + 1
        while j < chars.count, chars[j].isASCIIDigitCharacter {
            digits += 1
            j += 1
        }
        return digits == 3 && (j == chars.count || !chars[j].isLetter) && i > 0 && chars[i - 1].isASCIIDigitCharacter
    }

    // MARK: - Readings in running text

    /// The readings of the number at token `index` of a text (`words` and `kinds` of its tokens): a
    /// number token, a word token that starts with digits ("20th", "44m", "9pm", "1990s"), or a
    /// number word. Empty when the token is none of these.
    ///
    /// - Parameter minutes: whether a time's minutes count as a reading of their own. A text whose
    ///   numbers are looked up wants them ("21:30" has a token "30"); a number being looked for does
    ///   not ("22.30" would otherwise match any half past).
    /// - Complexity: O(1) (a look at the neighbouring tokens).
    public func readings(at index: Int, words tokens: [String], kinds: [WordToken.Kind], minutes: Bool = true) -> [Double] {
        let token = tokens[index]
        var result: [Double] = []
        var suffix = ""
        if kinds[index] == .number {
            guard let value = Self.value(of: token, language: language) else { return [] }
            result.append(value)
            result += clockReadings(token, minutes: minutes)
            result += rangeReadings(at: index, tokens, kinds)
            // "10:26 PM", written as three tokens: the hour moves by twelve.
            if index + 3 < tokens.count, tokens[index + 1] == ":", kinds[index + 2] == .number, tokens[index + 2].count == 2,
               afternoon.contains(tokens[index + 3].lowercased()), value < 12 {
                result.append(value + 12)
            }
        } else if kinds[index] == .word, let first = token.unicodeScalars.first, first.properties.numericType != nil,
                  first.isASCII {
            let digits = String(token.prefix { $0.isASCIIDigitCharacter || $0 == "." || $0 == "," })
            guard let value = Self.value(of: digits, language: language) else { return [] }
            result.append(value)
            suffix = String(token.dropFirst(digits.count)).lowercased()
            if let scale = scales[suffix] { result.append(value * scale) }
            if afternoon.contains(suffix), value < 12 { result.append(value + 12) }
        } else if kinds[index] == .word, let value = words[token.lowercased()] {
            result.append(value)
            // "twenty-five": a tens word, a hyphen and a units word.
            if index + 2 < tokens.count, tokens[index + 1] == "-", let units = words[tokens[index + 2].lowercased()], units < 10, value >= 20 {
                result.append(value + units)
            }
        } else {
            return []
        }
        // A scale or afternoon word after the number ("44 Millionen", "3 Mrd.", "9.30 pm").
        if let next = nextWord(after: index, tokens, kinds) {
            let lower = next.lowercased()
            if let scale = scales[lower] { result += result.map { $0 * scale } }
            if afternoon.contains(lower), let hour = result.first.map({ $0.rounded(.down) }), hour < 12 { result.append(hour + 12) }
        }
        return result
    }

    /// "21.30" / "9:30" as a time of day: its hour (and minute), and the hour twelve hours apart.
    private func clockReadings(_ token: String, minutes: Bool) -> [Double] {
        let parts = token.split(whereSeparator: { $0 == "." || $0 == ":" })
        guard parts.count == 2, parts[1].count == 2, let hour = Double(parts[0]), let minute = Double(parts[1]),
              hour <= 24, minute < 60 else { return [] }
        return [hour] + (minutes ? [minute] : []) + (hour > 12 ? [hour - 12] : [])
    }

    /// "2018-19": the second number of a range of years, completed to "2019".
    private func rangeReadings(at index: Int, _ tokens: [String], _ kinds: [WordToken.Kind]) -> [Double] {
        guard index >= 2, tokens[index].count == 2, let short = Double(tokens[index]), ["-", "–", "/"].contains(tokens[index - 1]),
              kinds[index - 2] == .number, tokens[index - 2].count == 4, let year = Double(tokens[index - 2]) else { return [] }
        return [(year / 100).rounded(.down) * 100 + short]
    }

    /// The next word token after `index`, over one "." ("3 Mrd. Euro", "9.30 p.m.").
    private func nextWord(after index: Int, _ tokens: [String], _ kinds: [WordToken.Kind]) -> String? {
        var next = index + 1
        if next < tokens.count, kinds[next] == .punctuation, tokens[next] != "." { return nil }
        if next < tokens.count, kinds[next] == .punctuation { next += 1 }
        guard next < tokens.count, kinds[next] == .word else { return nil }
        return tokens[next]
    }
}

extension Character {
    var isASCIIDigitCharacter: Bool { isASCII && isNumber }
}
