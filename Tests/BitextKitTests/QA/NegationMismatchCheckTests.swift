@testable import BitextKit
import Testing

/// `negation-mismatch` reports notes (info): the severity its measured precision allows.
@Suite struct NegationMismatchCheckTests {
    @Test(arguments: [
        ("Er wird morgen kommen. Sie ist unglücklich.", "He will not come tomorrow. She is not happy.", ["Er wird morgen kommen"]),
        ("Er kommt nicht.", "He is coming.", ["nicht"]),
        ("Er kommt nicht. Das ist unmöglich.", "He is not coming. That is not possible.", []),
        // A contraction is a negation however short ("don’t", "isn't").
        ("Ich nenne es nicht leichtfertig eine Bestie.", "I don’t call it a beast lightly.", []),
        ("Er kommt heute.", "He isn't coming today.", ["Er kommt heute"]),
        // An answer renders an answer, and only that.
        ("Nein, sagte sie leise.", "No, she said quietly.", []),
        ("Und nein, sie werden zurückkehren.", "Nor will they return.", ["Und nein, sie werden zurückkehren"]),
        // An answer inside a sentence whose source answers nothing renders a negation, even beside another one.
        ("Sie waren nicht dort, und nein, sie werden morgen dort sein.", "They were not there, nor will they be there tomorrow.", ["nein"]),
        ("Nein, überhaupt nicht.", "Not at all.", []),
        // Question tags ask for agreement and negate nothing.
        ("Du hast bald Geburtstag, oder?", "It’s your birthday soon, isn’t it?", []),
        ("Das ist ein schöner Tag, nicht wahr?", "This is a lovely day, right?", []),
        // A word that negates by its meaning renders a negation but is no sign of one lost or added.
        ("Das Gericht lehnte die Berufung ab.", "The court declined the appeal.", []),
        ("Es ist nicht so extrem wie die Wüste.", "It is less extreme than the desert.", []),
        // "No." before a number abbreviates "number" (`abbreviations.txt`); "No." ending a sentence is an answer.
        ("Der Probebetrieb beginnt auf der Linie Nr. 3.", "A trial begins on route No. 3.", []),
        ("Der Bus fährt heute.", "The bus does not run today, says No. 3 of the list.", ["Der Bus fährt heute"]),
    ])
    func aNegationOnOneSideOnlyIsNoted(target: String, source: String, flagged: [String]) throws {
        let found = try QAFixture().findings("negation-mismatch", target, source: source)
        #expect(found.map(\.text) == flagged)
        #expect(found.allSatisfy { $0.severity == .info })
    }
}
