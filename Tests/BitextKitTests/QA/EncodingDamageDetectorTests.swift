@testable import BitextKit
import Testing

@Suite struct EncodingDamageDetectorTests {
    private func damages(_ text: String) -> [(String, String?)] {
        let scalars = Array(text.unicodeScalars)
        return EncodingDamageDetector().damages(in: scalars).map { (String(String.UnicodeScalarView(scalars[$0.range])), $0.repair) }
    }

    @Test func mojibakeOfLettersQuotesAndPictographsIsRepaired() {
        let found = damages("Ã„rger Ã¼ber â€™s und ðŸ˜€ heute")
        #expect(found.map(\.0) == ["Ã„", "Ã¼", "â€™", "ðŸ˜€"])
        #expect(found.map(\.1) == ["Ä", "ü", "\u{2019}", "😀"])
    }

    @Test func consecutiveMisreadCharactersAreOneFinding() {
        #expect(damages("GrÃ¶ÃŸe").map(\.0) == ["Ã¶ÃŸ"])
        #expect(damages("GrÃ¶ÃŸe").first?.1 == "öß")
    }

    /// "ß" before a closing quote is the bytes DF 93 in Windows-1252, valid UTF-8 for an N'Ko letter:
    /// only plausible characters count as repairs.
    @Test func correctGermanIsNoDamage() {
        #expect(damages("„Gruß“ und »Maß« – „Straße…“, ÄRGER, Öl und 5 €").isEmpty)
    }

    @Test func lostCharacterMarksTakeTheBrokenWord() {
        #expect(damages("die ⁇ rzte und Stra\u{FFFD}e, ⁇").map(\.0) == ["⁇ rzte", "Stra\u{FFFD}e", "⁇"])
        #expect(damages("die ⁇ rzte").first?.1 == nil)
    }
}
