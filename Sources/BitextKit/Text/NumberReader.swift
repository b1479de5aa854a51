/// Reads numbers as values, whatever their written form: German "1.000,5" and English "1,000.5",
/// times ("21.30 Uhr", "21:30", "9.30 pm"), ordinals ("20." and "20th"), ranges ("2018-19"),
/// number words ("sixty", "centennial", "twenty-five"), scale words and abbreviations ("44
/// Millionen", "£44m", "3 Mrd.", "€3bn").
///
/// A number has several readings where its written form allows them: "21.30" is 21.3, and also the
/// hour 21 and the minute 30; "9 pm" is 9 and 21; "44m" is 44 and 44,000,000. Two texts state the same
/// number when a reading of one is a reading of the other. The language data (`number-words.txt`:
/// sections `[numbers]`, `[scales]`, `[afternoon]`, `[centuries]`, `[range]`; and the currency names of
/// `CurrencyNames`) is the reader's; the parsing of digit strings
/// (`value(of:language:)`, `key(of:language:)`) needs none and is shared by pairing and alignment.
public struct NumberReader: Sendable {
    public let language: Language
    /// Number words ("sixty" → 60, "centennial" → 100, "dozen" → 12).
    let words: [String: Double]
    /// Scale words and abbreviations after a number ("million", "m", "bn", "Mio", "Milliarden").
    let scales: [String: Double]
    /// Words after an hour that move it by twelve ("pm", "p.m").
    let afternoon: Set<String>
    /// Words after an ordinal that make it a century ("20. Jahrhundert", "20th century": the 1900s).
    let centuries: Set<String>
    /// Words between the two ends of a range besides a hyphen or dash ("6 to 8 pm").
    let rangeWords: Set<String>
    /// The hyphen and the en dash between the two ends of a range ("2018-19", "170–180 kg").
    static let rangeDashes: Set<String> = ["-", "–"]
    /// Currency signs, codes and words beside an amount ("$", "EUR", "Pfund").
    let currencies: CurrencyNames

    public init(language: Language) throws {
        self.language = language
        var words: [String: Double] = [:]
        var scales: [String: Double] = [:]
        var afternoon: Set<String> = []
        var centuries: Set<String> = []
        var rangeWords: Set<String> = []
        let name = "\(language.rawValue)/number-words.txt"
        for entry in try LanguageDataFile.loadIfPresent("number-words", language: language).entries {
            let fields = entry.text.split(separator: " ")
            switch entry.section {
            case "afternoon": afternoon.insert(entry.text.lowercased()); continue
            case "centuries": centuries.insert(entry.text.lowercased()); continue
            case "range": rangeWords.insert(entry.text.lowercased()); continue
            default: break
            }
            guard fields.count == 2, let value = Double(fields[1]) else {
                throw LanguageDataError.invalid(file: name, line: entry.line, message: "expected WORD VALUE")
            }
            if entry.section == "scales" { scales[fields[0].lowercased()] = value } else { words[fields[0].lowercased()] = value }
        }
        self.words = words
        self.scales = scales
        self.afternoon = afternoon
        self.centuries = centuries
        self.rangeWords = rangeWords
        currencies = try CurrencyNames(language: language)
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
    /// Indian grouping ("2,06,737": lakhs and crores in pairs of digits) groups too. A separator after
    /// the last digit belongs to no number: the tokenizer keeps a no-break space after "7.49" before "±".
    public static func key(of token: String, language: Language) -> String? {
        let chars = Array(token)
        guard let lastDigit = chars.lastIndex(where: \.isASCIIDigitCharacter) else { return nil }
        if isIndianGrouping(token) { return token.filter(\.isASCIIDigitCharacter) }
        var result = ""
        for (i, c) in chars.enumerated() {
            if c.isASCIIDigitCharacter {
                result.append(c)
            } else if c == "." || c == "," || c == "'" || c == "\u{202F}" || c == "\u{A0}" {
                if i > lastDigit || isThousandsGroup(chars, after: i) { continue }
                result.append(c == "." || c == "," ? "." : c)
            } else {
                result.append(c)
            }
        }
        return result
    }

    /// One or two digits, then groups of two, then a group of three, all set apart by commas.
    private static func isIndianGrouping(_ token: String) -> Bool {
        let groups = token.split(separator: ",", omittingEmptySubsequences: false)
        guard groups.count >= 3, (1...2).contains(groups[0].count), groups.last?.count == 3,
              groups.allSatisfy({ $0.allSatisfy(\.isASCIIDigitCharacter) }) else { return false }
        return groups.dropFirst().dropLast().allSatisfy { $0.count == 2 }
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
    /// number token, a word token that starts with digits ("20th", "44m", "9pm", "1990s") or with a
    /// currency letter or two before them ("N585", "R20bn"), or a number word. Empty when the token
    /// is none of these. A date "13.12.2024" reads as its year, day and month; "0430" (four digits
    /// after a zero) also as the time 4:30; an hour before a range's afternoon word ("6-8 p.m.")
    /// also twelve hours on.
    ///
    /// - Parameter minutes: whether a time's minutes count as a reading of their own. A text whose
    ///   numbers are looked up wants them ("21:30" has a token "30"); a number being looked for does
    ///   not ("22.30" would otherwise match any half past).
    /// - Complexity: O(1) (a look at the neighbouring tokens).
    public func readings(at index: Int, words tokens: [String], kinds: [WordToken.Kind], minutes: Bool = true) -> [Double] {
        let token = tokens[index]
        var result: [Double] = []
        var suffix = ""
        if kinds[index] != .punctuation, let (value, scale) = prefixedAmount(token) {
            // "N585", "R20bn": a currency letter or two before the digits.
            result.append(value)
            if let scale { result.append(value * scale) }
            // "FY19", "SS19": a season or fiscal year's code names the year ("2019" in a translation).
            if scale == nil, token.count == 4, token.last?.isASCIIDigitCharacter == true, value < 100 { result.append(2000 + value) }
        } else if kinds[index] == .number {
            if let date = Self.dateReadings(token) { return date }
            // The minutes of "4:30", written as a token of their own after the hour's colon.
            if !minutes, isMinutesOfTime(at: index, tokens, kinds) { return [] }
            guard let value = Self.value(of: token, language: language) else { return [] }
            result.append(value)
            result += clockReadings(token, minutes: minutes)
            result += militaryTimeReadings(token, minutes: minutes)
            if value < 12, afternoonRange(after: index, tokens, kinds) { result.append(value + 12) }
            result += rangeReadings(at: index, tokens, kinds)
            result += decimalRangeEndReadings(at: index, tokens, kinds)
            result += spacedGroupReading(at: index, tokens, kinds)
            // "10:26 PM" (three tokens) or "9:30pm" (minutes glued to the afternoon word): the hour
            // moves by twelve.
            if value < 12, index + 2 < tokens.count, tokens[index + 1] == ":", afternoonMinutes(at: index + 2, tokens, kinds) {
                result.append(value + 12)
            }
        } else if kinds[index] == .word, let first = token.unicodeScalars.first, first.properties.numericType != nil,
                  first.isASCII {
            // The minutes of "9:30pm", glued to the afternoon word after the hour's colon.
            if !minutes, index >= 2, tokens[index - 1] == ":", kinds[index - 2] == .number, afternoonMinutes(at: index, tokens, kinds) { return [] }
            let digits = String(token.prefix { $0.isASCIIDigitCharacter || $0 == "." || $0 == "," })
            guard let value = Self.value(of: digits, language: language) else { return [] }
            result.append(value)
            suffix = String(token.dropFirst(digits.count)).lowercased()
            if let scale = scales[suffix] { result.append(value * scale) }
            if afternoon.contains(suffix), value < 12 {
                // "1.30pm" is also hour and minutes, twelve hours on ("13:30", "13.30").
                let clock = clockReadings(digits, minutes: minutes)
                result += clock + [value + 12] + clock.prefix(1).map { $0 + 12 }
            }
        } else if kinds[index] == .word, let value = words[token.lowercased()] {
            result.append(value)
            // "twenty-five": a tens word, a hyphen and a units word; "twenty eight", as some write it,
            // has only a space between (a tens word proper then: "hundred five" is no number).
            if index + 2 < tokens.count, tokens[index + 1] == "-", let units = words[tokens[index + 2].lowercased()], units < 10, value >= 20 {
                result.append(value + units)
            } else if index + 1 < tokens.count, (20..<100).contains(value), value.truncatingRemainder(dividingBy: 10) == 0,
                      let units = words[tokens[index + 1].lowercased()], (1..<10).contains(units) {
                result.append(value + units)
            }
        } else {
            return []
        }
        // A scale or afternoon word after the number ("44 Millionen", "3 Mrd.", "9.30 pm").
        if let next = nextWord(after: index, tokens, kinds) {
            let lower = next.lowercased()
            if let scale = scales[lower] {
                result += result.map { $0 * scale }
                if kinds[index] == .number, let decimal = Self.decimalBeforeScale(tokens[index]) { result.append(decimal * scale) }
            }
            if afternoon.contains(lower), let hour = result.first.map({ $0.rounded(.down) }), hour < 12 { result.append(hour + 12) }
            // "20. Jahrhundert", "20th century": the 1900s as well.
            if centuries.contains(lower), let ordinal = result.first, ordinal >= 1, ordinal <= 30, ordinal == ordinal.rounded() {
                result.append((ordinal - 1) * 100)
            }
        }
        return result
    }

    /// The currency of the amount at token `index` and the token that names it: a sign or code right
    /// before it ("$5m", "EUR 5"), or after it and its scale word ("5 Millionen Euro", "3 Mrd. Dollar",
    /// "500 US-Dollar", "5 €"). Nil when no currency stands beside the number.
    ///
    /// - Complexity: O(1).
    public func currency(at index: Int, words tokens: [String], kinds: [WordToken.Kind]) -> (code: String, token: Int)? {
        if index > 0, let code = currencies.code(of: tokens[index - 1]) { return (code, index - 1) }
        var next = index + 1
        if next < tokens.count, kinds[next] == .word, scales[tokens[next].lowercased()] != nil {
            next += 1
            if next < tokens.count, tokens[next] == "." { next += 1 }
        }
        // "US-Dollar": the country's letters and a hyphen before the currency's name.
        if next + 2 < tokens.count, kinds[next] == .word, tokens[next].allSatisfy(\.isUppercase), tokens[next + 1] == "-" { next += 2 }
        guard next < tokens.count, let code = currencies.code(of: tokens[next]) else { return nil }
        return (code, next)
    }

    /// The language's own decimal mark: "2,5" in German, "2.5" in English. (`value(of:language:)`
    /// reads the other mark too; a German "0.30" is more often a time than a decimal.)
    public var decimalMark: Character { language == .en ? "." : "," }

    /// Whether the number at token `index` carries a scale, glued to it ("44m", "R20bn") or as the
    /// next word ("44 Millionen", "3 Mrd."): its readings then hold the scaled value besides the
    /// written one, and only the scaled value says how much it is.
    ///
    /// - Complexity: O(1).
    public func hasScale(at index: Int, words tokens: [String], kinds: [WordToken.Kind]) -> Bool {
        if let next = nextWord(after: index, tokens, kinds), scales[next.lowercased()] != nil { return true }
        guard kinds[index] == .word else { return false }
        if let (_, scale) = prefixedAmount(tokens[index]) { return scale != nil }
        let suffix = tokens[index].drop { $0.isASCIIDigitCharacter || $0 == "." || $0 == "," }
        return suffix.count < tokens[index].count && scales[suffix.lowercased()] != nil
    }

    /// "2.394" or "2,394" read with a decimal separator: before a scale word ("2.394 million",
    /// "2,394 Millionen") one separator and three digits are the decimals of the scaled number, which
    /// `key(of:)` alone takes for a thousands group.
    private static func decimalBeforeScale(_ token: String) -> Double? {
        let parts = token.split(whereSeparator: { $0 == "." || $0 == "," })
        guard parts.count == 2, parts[1].count == 3, parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigitCharacter) }) else { return nil }
        return Double("\(parts[0]).\(parts[1])")
    }

    /// "13.12.2024", "11.5.648": day, month and year of a German date, the year first. Nil for
    /// anything else.
    private static func dateReadings(_ token: String) -> [Double]? {
        let parts = token.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count <= 2, parts[1].count <= 2, (2...4).contains(parts[2].count),
              let day = Double(parts[0]), let month = Double(parts[1]), let year = Double(parts[2]),
              (1...31).contains(day), (1...12).contains(month) else { return nil }
        return [year, day, month]
    }

    /// Whether the number token at `index` is the minutes of a time written "4:30" (three tokens).
    private func isMinutesOfTime(at index: Int, _ tokens: [String], _ kinds: [WordToken.Kind]) -> Bool {
        guard index >= 2, tokens[index - 1] == ":", kinds[index - 2] == .number, tokens[index].count == 2,
              let minute = Double(tokens[index]), minute < 60, let hour = Double(tokens[index - 2]), hour <= 24 else { return false }
        return true
    }

    /// Whether the token at `index` is the minutes of a time before an afternoon word: "26" before
    /// "PM", or "30pm" with the word glued on.
    private func afternoonMinutes(at index: Int, _ tokens: [String], _ kinds: [WordToken.Kind]) -> Bool {
        let token = tokens[index]
        let digits = token.prefix { $0.isASCIIDigitCharacter }
        guard digits.count == 2, let minute = Int(digits), minute < 60 else { return false }
        if kinds[index] == .number {
            return digits.count == token.count && index + 1 < tokens.count && afternoon.contains(tokens[index + 1].lowercased())
        }
        return kinds[index] == .word && afternoon.contains(token.dropFirst(2).lowercased())
    }

    /// "0430": four digits after a zero are a time of day (no amount is written with a leading zero).
    private func militaryTimeReadings(_ token: String, minutes: Bool) -> [Double] {
        guard token.count == 4, token.first == "0", let hour = Double(token.prefix(2)), let minute = Double(token.suffix(2)),
              minute < 60 else { return [] }
        return [hour] + (minutes ? [minute] : [])
    }

    /// Whether the number at `index` opens a range whose end carries an afternoon word: "6-8 p.m.",
    /// "6–8pm".
    private func afternoonRange(after index: Int, _ tokens: [String], _ kinds: [WordToken.Kind]) -> Bool {
        guard index + 2 < tokens.count, Self.rangeDashes.contains(tokens[index + 1]) || rangeWords.contains(tokens[index + 1].lowercased()) else { return false }
        let end = index + 2
        if kinds[end] == .word {
            let suffix = tokens[end].drop { $0.isASCIIDigitCharacter }
            return suffix.count < tokens[end].count && afternoon.contains(suffix.lowercased())
        }
        guard kinds[end] == .number, let next = nextWord(after: end, tokens, kinds) else { return false }
        return afternoon.contains(next.lowercased())
    }

    /// The amount of a token of one or two capital letters, digits and an optional scale ("N585",
    /// "R20bn"): a currency written by its letter. Other letters after the digits make a code's
    /// ending ("T20Is", "G7s"): the code's number is the same, "T20" in a translation.
    private func prefixedAmount(_ token: String) -> (Double, Double?)? {
        let letters = token.prefix { $0.isLetter && $0.isUppercase }
        guard (1...2).contains(letters.count) else { return nil }
        let rest = token.dropFirst(letters.count)
        let digits = String(rest.prefix { $0.isASCIIDigitCharacter || $0 == "." || $0 == "," })
        guard let first = digits.first, first.isASCIIDigitCharacter, let value = Self.value(of: digits, language: language) else { return nil }
        let suffix = rest.dropFirst(digits.count).lowercased()
        if suffix.isEmpty { return (value, nil) }
        if let scale = scales[suffix] { return (value, scale) }
        return suffix.allSatisfy(\.isLetter) ? (value, nil) : nil
    }

    /// "21.30" / "9:30" as a time of day: its hour (and minute), and the hour twelve hours apart.
    private func clockReadings(_ token: String, minutes: Bool) -> [Double] {
        let parts = token.split(whereSeparator: { $0 == "." || $0 == ":" })
        guard parts.count == 2, parts[1].count == 2, let hour = Double(parts[0]), let minute = Double(parts[1]),
              hour <= 24, minute < 60 else { return [] }
        return [hour] + (minutes ? [minute] : []) + (hour > 12 ? [hour - 12] : [])
    }

    /// The most digit-group tokens one spaced number is read from: up to 999 999 999 999, and a
    /// constant bound on the look around each token.
    static let mostSpacedGroups = 4

    /// The tokens of the number that the token at `index` belongs to when its groups of three digits
    /// are set apart by spaces ("28 020", "1 234 567": DIN 5008, SI), which the tokenizer splits: a
    /// lead of one to three digits, then groups of three. Nil when the token is not part of such a
    /// run, or the run is longer than `mostSpacedGroups` (a list of numbers, not one number).
    ///
    /// - Complexity: O(1).
    public static func spacedGroupRun(at index: Int, words tokens: [String], kinds: [WordToken.Kind]) -> ClosedRange<Int>? {
        func digits(_ i: Int, _ counts: ClosedRange<Int>) -> Bool {
            i >= 0 && i < tokens.count && kinds[i] == .number && counts.contains(tokens[i].utf8.count)
                && tokens[i].utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
        }
        guard digits(index, 1...3) else { return nil }
        var first = index
        while digits(first, 3...3), digits(first - 1, 1...3), index - first < mostSpacedGroups { first -= 1 }
        var last = index
        while digits(last + 1, 3...3), last - first < mostSpacedGroups { last += 1 }
        guard last > first, last - first < mostSpacedGroups, !(digits(first, 3...3) && digits(first - 1, 1...3)) else { return nil }
        return first...last
    }

    /// The value of a spaced number's run of tokens (`spacedGroupRun`) as the reading of each of them.
    private func spacedGroupReading(at index: Int, _ tokens: [String], _ kinds: [WordToken.Kind]) -> [Double] {
        guard let run = Self.spacedGroupRun(at: index, words: tokens, kinds: kinds), let value = Double(tokens[run].joined()) else { return [] }
        return [value]
    }

    /// "2018-19": the second number of a range of years, completed to "2019".
    private func rangeReadings(at index: Int, _ tokens: [String], _ kinds: [WordToken.Kind]) -> [Double] {
        guard index >= 2, tokens[index].count == 2, let short = Double(tokens[index]), Self.rangeDashes.contains(tokens[index - 1]) || tokens[index - 1] == "/",
              kinds[index - 2] == .number, tokens[index - 2].count == 4, let year = Double(tokens[index - 2]) else { return [] }
        return [(year / 100).rounded(.down) * 100 + short]
    }

    /// "4.25-.35": a range's end written with its decimals only has the whole part of its start (4.35).
    private func decimalRangeEndReadings(at index: Int, _ tokens: [String], _ kinds: [WordToken.Kind]) -> [Double] {
        guard index >= 3, tokens[index - 1] == ".", Self.rangeDashes.contains(tokens[index - 2]), kinds[index - 3] == .number,
              tokens[index].allSatisfy(\.isASCIIDigitCharacter), let start = Self.value(of: tokens[index - 3], language: language),
              start != start.rounded(.towardZero), let decimals = Double("0." + tokens[index]) else { return [] }
        return [start.rounded(.towardZero) + decimals]
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
