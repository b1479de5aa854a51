/// One normalization step: it inspects the text and asks for replacements; the buffer applies them.
public protocol NormalizationRule: Sendable {
    /// Stable kebab-case id, used in edit records and shared with QA findings.
    var id: String { get }
    func replacements(in buffer: NormalizationBuffer) throws -> [NormalizationBuffer.Replacement]
}

/// Character classes shared by the rules.
enum ScalarClass {
    /// Alphabetic, with ASCII answered without the Unicode property tables: the hot loops of QA ask
    /// this of every scalar of a text, and most are ASCII.
    @inline(__always)
    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return (scalar.value | 0x20) &- 0x61 < 26 }
        return scalar.properties.isAlphabetic
    }

    /// Unicode's White_Space, with ASCII answered without the property tables (tab to carriage
    /// return, and the space): `WebAddressChunks` asks it of every scalar of every target, where the
    /// property look-up was 3 % of a batch's CPU time (`perf`, the 2.0 MB throughput set).
    @inline(__always)
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar == " " || (scalar.value &- 0x09) < 5 }
        return scalar.properties.isWhitespace
    }

    /// Upper case, with ASCII answered without the property tables (A–Z).
    @inline(__always)
    static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar.value &- 0x41 < 26 }
        return scalar.properties.isUppercase
    }

    static func isLetterOrDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    /// Horizontal whitespace inside a line.
    static func isBlank(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t"
    }
}

extension ScalarClass {
    /// Punctuation after which a spaced hyphen is a dash: "Kiel, Deutschland - Reedereien".
    static func isPunctuationMark(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "," || scalar == "." || scalar == ")" || scalar == "\u{201C}" || scalar == "\u{201D}"
    }
}
