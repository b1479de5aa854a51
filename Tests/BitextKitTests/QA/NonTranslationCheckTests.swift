@testable import BitextKit
import Testing

@Suite struct NonTranslationCheckTests {
    static let lexicon = [("Regierung", "government"), ("Steuer", "tax"), ("erhöhen", "raise"), ("Haushalt", "budget"),
                          ("Hafen", "harbour"), ("Schiff", "ship"), ("Fischer", "fisherman"), ("Wetter", "weather"),
                          ("Minister", "minister"), ("Plan", "plan"), ("Woche", "week"), ("vorstellen", "present"),
                          ("vielleicht", "perhaps")]

    @Test func aSegmentUnrelatedToItsSourceIsFlagged() throws {
        let fixture = try QAFixture(lexicon: Self.lexicon)
        let found = try fixture.findings("non-translation", "Im Hafen lagen viele Schiffe der Fischer bei schönem Wetter.",
                                         source: "The government wants to raise taxes to balance the budget next year.")
        #expect(found.map(\.severity) == [.warning])
    }

    /// A multi-word entry pairs each of its German words with every English one ("Hafen der Regierung"
    /// would give Hafen → government): only a word's own entries link a translation to its source.
    @Test func aWordOnlyInAMultiWordEntryLinksNothing() throws {
        let fixture = try QAFixture(lexicon: Self.lexicon + [("Hafen der Regierung", "government harbour")])
        let found = try fixture.findings("non-translation", "Im Hafen lagen viele Schiffe der Fischer bei schönem Wetter.",
                                         source: "The government wants to raise taxes to balance the budget next year.")
        #expect(found.map(\.severity) == [.warning])
    }

    @Test func aTranslationLinkedByTheLexiconPasses() throws {
        let fixture = try QAFixture(lexicon: Self.lexicon)
        let found = try fixture.findings("non-translation", "Die Regierung will die Steuern erhöhen, um den Haushalt auszugleichen.",
                                         source: "The government wants to raise taxes to balance the budget next year.")
        #expect(found.isEmpty)
    }

    @Test func anUnlinkedSentenceBetweenLinkedOnesIsFlagged() throws {
        let fixture = try QAFixture(lexicon: Self.lexicon)
        let target = "Die Regierung will die Steuern erhöhen. Im Hafen lagen gestern viele Schiffe der Fischer bei schönem Wetter vor Anker. Der Minister will den Plan nächste Woche vorstellen."
        let source = "The government wants to raise taxes. The budget deficit grew faster than any economist had expected this spring. The minister will present the plan next week."
        let found = try fixture.findings("non-translation", target, source: source)
        #expect(found.map(\.text) == ["Hafen lagen gestern viele Schiffe der Fischer bei schönem Wetter vor Anker"])
    }

    /// A function word has so many translations that one of them turns up anywhere ("vielleicht" →
    /// perhaps): with such a link alone, the segment's length decides.
    @Test(arguments: [
        ("Perhaps the government wants to raise taxes to balance the budget next year.", true),
        ("Perhaps the government wants to raise taxes next year to balance the budget, and the opposition says it will vote against every part of that plan.", false),
    ])
    func oneLinkThroughAFunctionWordCountsOnlyWhenTheLengthsFit(source: String, fits: Bool) throws {
        let fixture = try QAFixture(lexicon: Self.lexicon)
        let found = try fixture.findings("non-translation", "Im Hafen lagen vielleicht viele Schiffe der Fischer bei schönem Wetter.", source: source)
        #expect(found.isEmpty == fits)
        #expect(found.allSatisfy { $0.message.contains("1 more only through a function word") })
    }
}
