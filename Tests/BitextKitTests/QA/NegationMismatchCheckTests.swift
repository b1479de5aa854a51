@testable import BitextKit
import Testing

/// `negation-mismatch` reports notes (info): the severity its measured precision allows.
@Suite struct NegationMismatchCheckTests {
    @Test(arguments: [
        ("Er wird morgen kommen. Sie ist unglücklich.", "He will not come tomorrow. She is not happy.", ["Er wird morgen kommen"]),
        ("Er kommt nicht.", "He is coming.", ["nicht"]),
        ("Er kommt nicht. Das ist unmöglich.", "He is not coming. That is not possible.", []),
    ])
    func aNegationOnOneSideOnlyIsNoted(target: String, source: String, flagged: [String]) throws {
        let found = try QAFixture().findings("negation-mismatch", target, source: source)
        #expect(found.map(\.text) == flagged)
        #expect(found.allSatisfy { $0.severity == .info })
    }
}
