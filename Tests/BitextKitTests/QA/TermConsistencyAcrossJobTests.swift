@testable import BitextKit
import Testing

@Suite struct TermConsistencyAcrossJobTests {
    static func unit(_ id: String, _ source: String, _ target: String) -> (file: String, unit: BilingualUnit) {
        ("job.xlf", BilingualUnit(id: id, source: BilingualSegment(display: source, plain: source, codes: []),
                                  target: BilingualSegment(display: target, plain: target, codes: []), state: .translated, line: 1, entry: 1))
    }

    static func findings(_ units: [(file: String, unit: BilingualUnit)], lexicon pairs: [(String, String)],
                         glossary: QAGlossary = QAGlossary()) throws -> [SegmentFinding] {
        let builder = try LexiconBuilder(source: .de, target: .en)
        for (german, english) in pairs { builder.add(german: german, other: english) }
        for entry in glossary.entries { builder.add(german: entry.german, other: entry.english) }
        let analyzers = try Sides(Sides(target: Language.de, source: .en)) { try TextAnalyzer(language: $0) }
        return try TermConsistencyAcrossJob.findings(
            units, glossary: glossary, lexicon: try QALexiconAnswers(dictionary: builder.finish(), words: Sides(target: analyzers.target.words, source: analyzers.source.words)),
            analyzers: analyzers)
    }

    static let ferryJob = [
        unit("1", "The ferry leaves at noon.", "Die Fähre legt um zwölf Uhr ab."),
        unit("2", "Tickets for the ferry are sold online.", "Karten für die Fähre gibt es im Netz."),
        unit("3", "The ferry was late again.", "Das Schiff hatte wieder Verspätung."),
        unit("4", "The harbour is closed.", "Der Hafen ist gesperrt."),
    ]

    @Test func aLexiconRenderingThatDiffersFromTheJobsIsInformation() throws {
        let found = try Self.findings(Self.ferryJob, lexicon: [("Fähre", "ferry"), ("Schiff", "ferry"), ("Hafen", "harbour")])
        #expect(found.count == 1)
        let first = try #require(found.first)
        #expect(first.unit.id == "3" && first.finding.check == "inconsistent-term" && first.finding.severity == .info)
        #expect(first.finding.text == "Schiff" && first.finding.suggestion == "Fähre")
        #expect(first.finding.message.contains("units 1, 2"))
    }

    @Test func aUnitUsingBothRenderingsOrNeitherCountsForNone() throws {
        let job = [
            Self.unit("1", "The ferry leaves.", "Die Fähre legt ab."),
            Self.unit("2", "The ferry, a small ship, leaves.", "Die Fähre, ein kleines Schiff, legt ab."),
            Self.unit("3", "The ferry leaves.", "Sie legt ab."),
        ]
        #expect(try Self.findings(job, lexicon: [("Fähre", "ferry"), ("Schiff", "ferry")]).isEmpty)
    }

    @Test func theGlossarysPreferredRenderingWinsOverTheMajority() throws {
        let glossary = QAGlossary(entries: [QAGlossary.Entry(german: "Fähre", english: "ferry", status: .preferred),
                                            QAGlossary.Entry(german: "Schiff", english: "ferry", status: .admitted)])
        let job = [
            Self.unit("1", "The ferry leaves.", "Das Schiff legt ab."),
            Self.unit("2", "The ferry is full.", "Das Schiff ist voll."),
            Self.unit("3", "The ferry arrives.", "Die Fähre kommt an."),
        ]
        let found = try Self.findings(job, lexicon: [], glossary: glossary)
        #expect(found.map(\.unit.id) == ["1", "2"])
        #expect(found.allSatisfy { $0.finding.severity == .warning && $0.finding.suggestion == "Fähre" && $0.finding.message.contains("preferred") })
    }

    @Test func aGlossaryVerbIsFollowedInItsRegularForms() throws {
        let glossary = QAGlossary(entries: [QAGlossary.Entry(german: "unterzeichnen", english: "sign", status: .preferred),
                                            QAGlossary.Entry(german: "signieren", english: "sign", status: .admitted)])
        let job = [
            Self.unit("1", "The ministers signed the treaty.", "Die Minister unterzeichneten den Vertrag."),
            Self.unit("2", "The treaty was signed in May.", "Der Vertrag wurde im Mai unterzeichnet."),
            Self.unit("3", "Both sides signed it.", "Beide Seiten signierten ihn."),
        ]
        let found = try Self.findings(job, lexicon: [], glossary: glossary)
        #expect(found.map(\.unit.id) == ["3"])
        #expect(found.first?.finding.text == "signierten" && found.first?.finding.suggestion == "unterzeichnen")
    }

    /// Renderings are followed in the forms Ding lists, a separable verb's split ones too: the unit
    /// using the admitted "abschieben" ("schob … ab") is flagged on the split form, the one using the
    /// preferred "ausweisen" ("wies … aus") is its model.
    @Test func aGlossaryVerbIsFollowedInTheFormsDingLists() throws {
        let glossary = QAGlossary(entries: [QAGlossary.Entry(german: "ausweisen", english: "expel", status: .preferred),
                                            QAGlossary.Entry(german: "abschieben", english: "expel", status: .admitted)],
                                  verbForms: try GermanVerbFormsTests.fixture())
        let job = [
            Self.unit("1", "Russia expelled two diplomats.", "Russland wies zwei Diplomaten aus."),
            Self.unit("2", "Poland expelled three diplomats.", "Polen schob drei Diplomaten ab."),
        ]
        let found = try Self.findings(job, lexicon: [], glossary: glossary)
        #expect(found.map(\.unit.id) == ["2"])
        #expect(found.first?.finding.text == "schob drei Diplomaten ab" && found.first?.finding.suggestion == "ausweisen")
    }

    @Test func consistentJobsAreClean() throws {
        let job = Array(Self.ferryJob.prefix(2)) + [Self.ferryJob[3]]
        #expect(try Self.findings(job, lexicon: [("Fähre", "ferry"), ("Schiff", "ferry"), ("Hafen", "harbour")]).isEmpty)
    }
}
