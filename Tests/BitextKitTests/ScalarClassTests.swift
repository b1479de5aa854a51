@testable import BitextKit
import Testing

/// `ScalarClass` answers ASCII without Unicode's property tables; the answers must be the tables' own.
@Suite struct ScalarClassTests {
    @Test func asciiAnswersAreUnicodePropertiesAnswers() {
        for value in UInt32(0)..<0x80 {
            let scalar = Unicode.Scalar(value)!
            #expect(ScalarClass.isWhitespace(scalar) == scalar.properties.isWhitespace, "U+\(String(value, radix: 16))")
            #expect(ScalarClass.isUppercase(scalar) == scalar.properties.isUppercase, "U+\(String(value, radix: 16))")
            #expect(ScalarClass.isLetter(scalar) == scalar.properties.isAlphabetic, "U+\(String(value, radix: 16))")
        }
    }

    @Test(arguments: ["\u{00A0}", "\u{2009}", "\u{3000}", "\u{0085}", "Ä", "ß", "é"] as [Unicode.Scalar])
    func otherScalarsAreAskedOfTheTables(_ scalar: Unicode.Scalar) {
        #expect(ScalarClass.isWhitespace(scalar) == scalar.properties.isWhitespace)
        #expect(ScalarClass.isUppercase(scalar) == scalar.properties.isUppercase)
        #expect(ScalarClass.isLetter(scalar) == scalar.properties.isAlphabetic)
    }
}
