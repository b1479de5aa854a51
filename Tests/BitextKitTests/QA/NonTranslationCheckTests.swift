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

    /// Four content words are too few for the share of linked words to mean much, unless the length
    /// is not that of a translation either: then a segment with (almost) no linked word is unrelated.
    @Test(arguments: [
        ("Schiffe lagen im Hafen der Fischer.",
         "The government wants to raise taxes next year to balance the budget, the minister said on Tuesday after a long meeting.", true),
        ("Schiffe lagen im Hafen der Fischer.", "The minister said taxes will rise in the spring.", false),
        ("Die Regierung will Steuern erhöhen.",
         "The government wants to raise taxes next year to balance the budget, the minister said on Tuesday after a long meeting.", false),
    ])
    func aShortSegmentFarFromItsSourcesLengthNeedsALink(target: String, source: String, flagged: Bool) throws {
        try Self.expect(target, source: source, flagged: flagged, saying: "% of the source's length")
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

    /// A translation keeps the source's names and numbers: when none of them is there and nothing but
    /// a function word links, the segment is unrelated whatever its length. Numbers compare by digits.
    @Test(arguments: [
        ("Perhaps the government of Norway wants to raise taxes to balance the budget next year.",
         "Im Hafen lagen vielleicht viele Schiffe der Fischer bei schönem Wetter.", true),
        ("Perhaps the government wants to raise taxes by 10,000 crowns to balance the budget.",
         "Im Hafen lagen vielleicht viele Schiffe der Fischer bei schönem Wetter.", true),
        ("Perhaps the government wants to raise taxes by 10,000 crowns to balance the budget.",
         "Im Hafen lagen vielleicht 10.000 Schiffe der Fischer bei schönem Wetter.", false),
    ])
    func aFunctionWordLinkDoesNotRelateASegmentWithoutTheSourcesNamesAndNumbers(source: String, target: String, flagged: Bool) throws {
        try Self.expect(target, source: source, flagged: flagged, saying: "none of the source's names and numbers is there")
    }

    /// One warning whose message says `reason` when `flagged`, else none.
    private static func expect(_ target: String, source: String, flagged: Bool, saying reason: String) throws {
        let found = try QAFixture(lexicon: lexicon).findings("non-translation", target, source: source)
        #expect(found.map(\.severity) == (flagged ? [.warning] : []))
        #expect(found.allSatisfy { $0.message.contains(reason) })
    }

    /// A German word with very many translations meets one of them in any text ("Art" → way): with
    /// such a link alone, the segment is still unrelated. The same link from a word with two
    /// translations is evidence.
    @Test(arguments: [2, LexicalLinks.chanceTranslationCount + 1])
    func aLinkThroughAWordWithVeryManyTranslationsIsLikelyByChance(translations: Int) throws {
        let senses = [("Art", "way"), ("Art", "kind")] + (2..<translations).map { ("Art", "sense" + Self.letters($0)) }
        let fixture = try QAFixture(lexicon: Self.lexicon + senses)
        let found = try fixture.findings("non-translation", "Diese Art von Schiffen lag bei schönem Wetter im Hafen der Fischer.",
                                         source: "The government wants to raise taxes the same way next year.")
        let byChance = translations > LexicalLinks.chanceTranslationCount
        #expect(found.map(\.severity) == (byChance ? [.warning] : []))
        #expect(found.allSatisfy { $0.message.contains("1 more only through a word with very many translations") })
    }

    /// An English word that very many German words render ("way") is met by chance: a link to it from
    /// a word with one translation ("Weise") is weak evidence too.
    @Test(arguments: [1, LexicalLinks.chanceRenderingCount + 1])
    func aLinkToAnEnglishWordThatVeryManyGermanWordsRenderIsLikelyByChance(renderings: Int) throws {
        let others = (1..<renderings).map { ("Wegx" + Self.letters($0), "way") }
        let fixture = try QAFixture(lexicon: Self.lexicon + [("Weise", "way")] + others)
        let found = try fixture.findings("non-translation", "Auf diese Weise lagen Schiffe bei schönem Wetter im Hafen der Fischer.",
                                         source: "The government wants to raise taxes the same way next year.")
        #expect(found.map(\.severity) == (renderings > LexicalLinks.chanceRenderingCount ? [.warning] : []))
    }

    /// Two links likely by chance are more than chance gives a short segment.
    @Test func twoLinksLikelyByChanceRelateASegment() throws {
        let others = (1...LexicalLinks.chanceRenderingCount).flatMap { [("Wegx" + Self.letters($0), "way"), ("Jahrx" + Self.letters($0), "year")] }
        let fixture = try QAFixture(lexicon: Self.lexicon + [("Weise", "way"), ("Jahr", "year")] + others)
        let found = try fixture.findings("non-translation", "Auf diese Weise lagen Schiffe das ganze Jahr im Hafen der Fischer.",
                                         source: "The government wants to raise taxes the same way next year.")
        #expect(found.isEmpty)
    }

    /// Distinct letters-only suffixes ("aaaaa", "aaaai", …) for made-up dictionary words: vowels
    /// only, so that no German or English stemming ending is cut off and every word keeps its own stem.
    private static func letters(_ number: Int) -> String {
        let vowels = Array("aiou")
        var rest = number
        var result = ""
        for _ in 0..<5 {
            result.append(vowels[rest % 4])
            rest /= 4
        }
        return result
    }
}
