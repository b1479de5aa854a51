/// Normalizes a number token to a language-independent key: German "1.000" and English "1,000"
/// both become "1000"; German "3,5" and English "3.5" become "3.5".
///
/// A separator followed by exactly three digits (and then a separator or the end) groups
/// thousands; otherwise the language's decimal separator is a decimal point. English uses "." for
/// decimals, German and French ",".
public enum NumberAnchor {
    /// The key of `token`, or nil when it has no digits.
    public static func key(_ token: String, language: Language) -> String? {
        let decimal: Character = language == .en ? "." : ","
        let chars = Array(token)
        guard chars.contains(where: \.isASCIIDigitCharacter) else { return nil }
        var result = ""
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c.isASCIIDigitCharacter {
                result.append(c)
            } else if c == "." || c == "," || c == "'" || c == "\u{202F}" || c == "\u{A0}" {
                if isThousandsGroup(chars, after: i) {
                    // grouping separator: drop
                } else if c == decimal {
                    result.append(".")
                } else {
                    result.append(c == "." || c == "," ? "." : c)
                }
            } else {
                result.append(c)
            }
            i += 1
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
        return digits == 3 && (j == chars.count || !chars[j].isLetter)
            && i > 0 && chars[i - 1].isASCIIDigitCharacter
    }
}

extension Character {
    var isASCIIDigitCharacter: Bool { isASCII && isNumber }
}
