@testable import BitextKit
import Testing

@Suite struct NameTransliterationTests {
    static let transliteration = Result { try NameTransliteration(language: .de) }

    @Test(arguments: [
        ("Volkov", "Wolkow"), ("Arkady", "Arkadi"), ("Dmitry", "Dmitri"), ("Andrei", "Andrej"), ("Navalny", "Nawalny"), ("Alexey", "Alexej"), ("Nikolay", "Nikolaj"),
        ("Zhukovskaya", "Schukowskaja"), ("Khodorovich", "Chodorowitsch"), ("Yuliya", "Julija"),
        ("Tsvetkov", "Zwetkow"), ("Shchukin", "Schtschukin"), ("Dmitriy", "Dmitri"), ("Kovalenko", "Kowalenko"),
    ])
    func englishTransliterationIsRespelledByTheGermanRules(english: String, german: String) throws {
        #expect(try Self.transliteration.get().german(english) == german)
    }

    @Test(arguments: [("Volkov", true), ("Kovalenko", true), ("Harvey", false), ("Austin", false), ("Kiev", false)])
    func surnameEndingsAreTheCue(word: String, isCue: Bool) throws {
        #expect(try Self.transliteration.get().isCue(word) == isCue)
    }
}
