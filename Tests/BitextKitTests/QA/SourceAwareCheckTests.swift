@testable import BitextKit
import Testing

/// Source-aware checks that weigh lexical evidence or read numbers as values: named cases, each with
/// its sentence alignment given as beads (source sentences, target sentences).
struct AlignedCase: CustomTestStringConvertible, Sendable {
    let name: String
    let check: String
    let target: String
    let source: String
    let beads: [QABead]
    /// The number of warnings expected.
    let warnings: Int

    var testDescription: String { name }
}

@Suite struct SourceAwareCheckTests {
    static let lexicon = [("Fischer", "fisherman"), ("Boot", "boat"), ("Hafen", "harbour"), ("Fähre", "ferry"),
                          ("Rat", "council"), ("Plan", "plan"), ("billigen", "approve"), ("verkaufen", "sell")]

    static let alignedCases: [AlignedCase] = [
        AlignedCase(name: "a target sentence the translator split off its source sentence is no addition", check: "addition",
                    target: "Die Fischer verkauften ihre Boote. Das geschah im Hafen.",
                    source: "The fishermen sold their boats in the harbour.",
                    beads: [QABead(source: 0..<1, target: 0..<1), QABead(source: 0..<0, target: 1..<2)], warnings: 0),
        AlignedCase(name: "a target sentence whose content the source around it lacks is an addition", check: "addition",
                    target: "Die Fischer verkauften ihre Boote. Der Bürgermeister lobte die neue Fähre.",
                    source: "The fishermen sold their boats in the harbour yesterday.",
                    beads: [QABead(source: 0..<1, target: 0..<1), QABead(source: 0..<0, target: 1..<2)], warnings: 1),
        AlignedCase(name: "a sentence repeated as the source repeats it is no stutter, though the aligner left the source's twin out of its pair",
                    check: "repeated-phrase", target: "Danke, Sir. Ich danke Ihnen. Ich danke Ihnen.", source: "Thank you. Thank you.",
                    beads: [QABead(source: 0..<1, target: 0..<1), QABead(source: 1..<2, target: 1..<2), QABead(source: 2..<2, target: 2..<3)], warnings: 0),
        AlignedCase(name: "a source sentence merged into the translation of its neighbour is no omission", check: "omission",
                    target: "Der Rat billigte den Plan für den Hafen.",
                    source: "The council approved the plan. It concerns the harbour.",
                    beads: [QABead(source: 0..<1, target: 0..<1), QABead(source: 1..<2, target: 0..<0)], warnings: 0),
        AlignedCase(name: "a source sentence whose content the translation lacks is an omission", check: "omission",
                    target: "Der Rat billigte den Plan.",
                    source: "The council approved the plan. The old ferry will be sold to a museum in the city.",
                    beads: [QABead(source: 0..<1, target: 0..<1), QABead(source: 1..<2, target: 0..<0)], warnings: 1),
        AlignedCase(name: "a source sentence paired, with its rendered neighbour, to the neighbour's translation is an omission", check: "omission",
                    target: "Der Rat billigte den Plan.",
                    source: "The council approved the plan. The old ferry will be sold to a museum in the city.",
                    beads: [QABead(source: 0..<2, target: 0..<1)], warnings: 1),
        AlignedCase(name: "two source sentences merged into one translation that renders both are no omission", check: "omission",
                    target: "Der Rat billigte den Plan für den Hafen.",
                    source: "The council approved the plan. It concerns the harbour.",
                    beads: [QABead(source: 0..<2, target: 0..<1)], warnings: 0),
        AlignedCase(name: "a bead whose translation renders none of its source sentences is no omission (non-translation's case)", check: "omission",
                    target: "Der Bürgermeister sprach lange.",
                    source: "The council approved the plan. The old ferry will be sold to a museum in the city.",
                    beads: [QABead(source: 0..<2, target: 0..<1)], warnings: 0),
        AlignedCase(name: "a decade renders its decade whatever its ending (1970s, 1970er): a merged sentence, no omission", check: "omission",
                    target: "Der Rat billigte den Plan aus den 1970er Jahren.",
                    source: "The council approved the plan. It was built in the 1970s.",
                    beads: [QABead(source: 0..<2, target: 0..<1)], warnings: 0),
        AlignedCase(name: "a target sentence paired, with its rendered neighbour, to one source sentence is no addition (translators split sentences)", check: "addition",
                    target: "Der Fischer will das Boot verkaufen. Der Bürgermeister lobte die neue Fähre.",
                    source: "The fisherman will sell the boat.",
                    beads: [QABead(source: 0..<1, target: 0..<2)], warnings: 0),
        AlignedCase(name: "a number the aligned sentence lacks but another source sentence has is no mismatch", check: "number-mismatch",
                    target: "Der Plan kam vor 18 Monaten. Er gilt noch.",
                    source: "The plan came. It has applied since 18 months ago.",
                    beads: [QABead(source: 0..<1, target: 0..<1), QABead(source: 1..<2, target: 1..<2)], warnings: 0),
    ]

    @Test(arguments: alignedCases)
    func alignedCase(_ testCase: AlignedCase) throws {
        let fixture = try QAFixture(lexicon: Self.lexicon)
        let target = try fixture.resources.text(name: "target.txt", language: .de, bytes: Array(testCase.target.utf8))
        let source = try fixture.resources.text(name: "source.txt", language: .en, bytes: Array(testCase.source.utf8))
        let input = QAInput(target: target, source: source, beads: testCase.beads)
        let runner = try QARunner(checks: QARegistry.checks.filter { $0.id == testCase.check }, resources: fixture.resources)
        #expect(runner.run(input).filter { $0.severity != .info }.count == testCase.warnings)
    }

    /// Sentences left out one after another share one place in the translation: one finding names
    /// them all (a finding per sentence would share a span, and the runner keeps one per span).
    @Test func sentencesLeftOutOneAfterAnotherAreOneFindingThatCountsThem() throws {
        let fixture = try QAFixture(lexicon: Self.lexicon)
        let target = try fixture.resources.text(name: "target.txt", language: .de, bytes: Array("Der Rat billigte den Plan.".utf8))
        let source = try fixture.resources.text(name: "source.txt", language: .en, bytes: Array(
            "The council approved the plan. The old ferry will be sold to a museum in the city. Its boats go to the fishermen of the harbour.".utf8))
        let input = QAInput(target: target, source: source, beads: [QABead(source: 0..<1, target: 0..<1),
                                                                    QABead(source: 1..<2, target: 1..<1), QABead(source: 2..<3, target: 1..<1)])
        let runner = try QARunner(checks: QARegistry.checks.filter { $0.id == "omission" }, resources: fixture.resources)
        let findings = runner.run(input)
        #expect(findings.map(\.severity) == [.warning])
        #expect(findings.first?.message.hasPrefix("2 source sentences, from \"The old ferry") == true)
        #expect(findings.first?.message.contains("to \"Its boats go to the fishermen of the harbour.\"") == true)
    }

    /// Numbers written differently on the two sides that state the same value.
    static let sameNumbers: [CheckCase] = [
        CheckCase(name: "an afternoon range: 18 to 20 o'clock for 6-8 p.m.", check: "number-mismatch",
                  target: "Der Empfang ist von 18 bis 20 Uhr.", source: "The reception is from 6-8 p.m.", flagged: []),
        CheckCase(name: "the minutes of 4:30 and a time written 0430", check: "number-mismatch",
                  target: "Es ist 4:30 Uhr.", source: "It is 0430 hours.", flagged: []),
        CheckCase(name: "an amount with a currency letter", check: "number-mismatch",
                  target: "Es ging um 585 Millionen Naira.", source: "It was about N585 million.", flagged: []),
        CheckCase(name: "a century for the hundreds of its years", check: "number-mismatch",
                  target: "Seit dem frühen 20. Jahrhundert wird hier produziert.", source: "Food has been made here since the early 1900s.", flagged: []),
        CheckCase(name: "a German date for an American one", check: "number-mismatch",
                  target: "Sie schrieb den 13.12.648 auf.", source: "She wrote down 12/13/648.", flagged: []),
        CheckCase(name: "a different amount is still a mismatch", check: "number-mismatch",
                  target: "Es ging um 858 Millionen Naira.", source: "It was about N585 million.", flagged: ["858"]),
    ]

    @Test(arguments: sameNumbers)
    func numbers(_ testCase: CheckCase) throws {
        let findings = try QAFixture().findings(testCase.check, testCase.target, source: testCase.source)
        #expect(findings.filter { $0.severity != .info }.map(\.text) == testCase.flagged)
    }

    @Test func anAdjectiveBeforeMoreAdjectivesAndANounIsNoNominalization() throws {
        let flagged = try QAFixture().findings("capitalization", "Man kann ihnen ein viel größeres emotionales Gewicht geben.")
        #expect(flagged.filter { $0.severity != .info }.isEmpty)
    }

    @Test func anAdjectiveOfANameInTheSourceIsNoSpellingError() throws {
        let fixture = try QAFixture()
        let target = "Es war vier Uhr nach itanischer Zeit."
        #expect(try fixture.findings("spelling", target, source: "It was four o'clock Itania time.").filter { $0.severity != .info }.isEmpty)
        #expect(try fixture.findings("spelling", target, source: "It was four o'clock local time.").map(\.text).contains("itanischer"))
    }

    @Test func anInseparablePrefixBeforeAKnownVerbIsNoSpellingError() throws {
        let flagged = try QAFixture().findings("spelling", "Im Frühjahr wollen sie die Felder besäen.")
        #expect(flagged.filter { $0.severity != .info }.isEmpty)
    }

    @Test func aCompoundTheSourceCoinedWithHyphensIsNoCalque() throws {
        let fixture = try QAFixture(lexicon: [("Tod", "death"), ("Gott", "god"), ("Dolch", "dagger")])
        let findings = try fixture.findings("calque-compound", "Sie zog ihren Todesgottdolch.", source: "She pulled out her death-god-y dagger.")
        #expect(findings.allSatisfy { $0.severity == .info })
    }

    /// "Peskow" is the source's "Peskov" in the German press spelling: the name, spelt right, and no
    /// unknown word to note; an unknown name the source lacks still is one.
    @Test func aSourceNameInItsGermanSpellingIsNoUnknownWord() throws {
        let findings = try QAFixture().findings("spelling", "Dmitri Peskow traf Jewgeni Prigoschins Team und Xawerowitsch.",
                                                source: "Dmitry Peskov met Yevgeny Prigozhin's team and someone else.")
        #expect(findings.map(\.text) == ["Xawerowitsch"])
    }

    /// "Thank you. Thank you." translated sentence by sentence repeats as the source does.
    @Test func aSentenceRepeatedAsInTheSourceIsANote() throws {
        let findings = try QAFixture().findings("repeated-phrase", "Ich danke Ihnen. Ich danke Ihnen.", source: "Thank you. Thank you.")
        #expect(findings.map(\.severity) == [.info])
    }

    @Test func loopsThatFollowEachOtherAreOneFinding() throws {
        let findings = try QAFixture().findings("repetition-loop", "Das war alles. . . . . . . . . . . . .. . . . . . . . . . . . .")
        #expect(findings.count == 1)
        #expect(findings.first?.severity == .error)
    }

    /// `name-mismatch` reports only notes, so this is asked at every severity (the table of
    /// `QACheckTests` compares warnings and errors, and would pass whatever the check did).
    @Test func aTranscriptionVariantOfANameIsNoMismatch() throws {
        let fixture = try QAFixture()
        #expect(try fixture.findings("name-mismatch", "Gestern sprach Iwanow.", source: "Yesterday Ivanov spoke.").isEmpty)
        #expect(try fixture.findings("name-mismatch", "Gestern sprach Petrow.", source: "Yesterday Ivanov spoke.").map(\.text) == ["Petrow"])
    }

    @Test func nameMismatchAndUnbalancedBracketsAreNotes() throws {
        let fixture = try QAFixture()
        let names = try fixture.findings("name-mismatch", "Er flog gestern nach Xanthopolis.", source: "Yesterday he flew to Madrid.")
        #expect(names.map(\.text) == ["Xanthopolis"] && names.allSatisfy { $0.severity == .info })
        let brackets = try fixture.findings("unbalanced-brackets", "Die Regierung (in Rom sagte nichts.\n1) Erster Punkt")
        #expect(brackets.map(\.text) == ["("] && brackets.allSatisfy { $0.severity == .info })
    }
}
