import Testing
@testable import BitextKit

/// The glossary's confidence curves: the bundled data file, its reader, and which curve a build uses.
@Suite struct GlossaryConfidenceCalibrationTests {
    @Test(arguments: [TextRelation.parallel, .comparable])
    func confidenceRisesWithScoreSupportAndEvidence(_ mode: TextRelation) throws {
        let curve = try GlossaryConfidenceCalibration.bundled(for: mode)
        func c(_ score: Double, _ joint: Int, _ evidence: [TermEvidence]) -> Double {
            curve.confidence(score: score, joint: joint, evidence: evidence, words: 2)
        }
        #expect(c(0.9, 2, [.lexicon]) > c(0.7, 2, [.lexicon]))
        #expect(c(0.9, 5, [.lexicon]) > c(0.9, 1, [.lexicon]))
        #expect(c(0.9, 2, [.lexicon, .cooccurrence]) > c(0.9, 2, [.lexicon]))
        #expect(c(0.9, 2, [.lexicon]) > c(0.9, 2, [.cooccurrence]))
        #expect((0...1).contains(c(1, 1000, TermEvidence.allCases)) && (0...1).contains(c(0, 1, [])))
    }

    @Test func comparableConfidenceFallsWithThePairsLength() throws {
        let curve = try GlossaryConfidenceCalibration.bundled(for: .comparable)
        #expect(curve.confidence(score: 1, joint: 2, evidence: [.lexicon], words: 2)
                > curve.confidence(score: 1, joint: 2, evidence: [.lexicon], words: 5))
    }

    @Test func theTwoModesHaveTheirOwnCurves() throws {
        let parallel = try GlossaryConfidenceCalibration.bundled(for: .parallel)
        let comparable = try GlossaryConfidenceCalibration.bundled(for: .comparable)
        #expect(parallel != comparable)
        #expect(throws: LanguageDataError.self) { try GlossaryConfidenceCalibration.bundled(for: .auto) }
    }

    @Test func unlistedFeaturesWeighNothing() throws {
        let curves = try GlossaryConfidenceCalibration.read(LanguageDataFile(contents: "[parallel]\nbias 0\nscore 2\n"), file: "t.txt")
        let curve = try #require(curves[.parallel])
        #expect(curves[.comparable] == nil)
        #expect(curve.confidence(score: 0, joint: 7, evidence: TermEvidence.allCases, words: 9) == 0.5)
        #expect(curve.confidence(score: 1, joint: 1, evidence: [], words: 1) > 0.88)
    }

    @Test(arguments: [
        ("bias 1\n", 1),                              // before any section: no mode
        ("[auto]\nbias 1\n", 2),                      // auto has no curve of its own
        ("[parallel]\nbias one\n", 2),                // not a number
        ("[parallel]\nbias 1\nbreadth 2\n", 3),       // no such feature
        ("[comparable]\nscore 1\nscore 2\n", 3),      // given twice
        ("[comparable]\nscore 1 2\n", 2),             // three fields
    ])
    func malformedLinesAreReportedWithTheirLine(_ text: String, _ line: Int) {
        #expect {
            _ = try GlossaryConfidenceCalibration.read(LanguageDataFile(contents: text), file: "t.txt")
        } throws: { error in
            guard case let .invalid(file, at, _)? = error as? LanguageDataError else { return false }
            return file == "t.txt" && at == line
        }
    }

    @Test func comparableBuildsWriteTheComparableCurvesConfidence() throws {
        let articles = [ArticlePair(
            german: ["Die Botschaft in Warschau bleibt zu.", "Die Ausweisung der Diplomaten war ein Schock.", "Das Wetter war schön."],
            english: ["After the expulsion of the diplomats, talks began.", "The embassy in Warsaw stays closed.", "Markets rose."])]
        let lexicon = try GlossaryExtractionTests.lexicon([("Botschaft", "embassy"), ("Ausweisung", "expulsion")])
        let knowledge = TermKnowledge(lexicon: lexicon)
        let calibrated = try GlossaryBuilder(knowledge: knowledge).build(articles: articles, mode: .comparable)
        let raw = try GlossaryBuilder(knowledge: knowledge, rawConfidence: true).build(articles: articles, mode: .comparable)
        let curve = try GlossaryConfidenceCalibration.bundled(for: .comparable)
        #expect(calibrated.entries.map(\.german) == raw.entries.map(\.german))
        #expect(!calibrated.entries.isEmpty)
        for (entry, rawEntry) in zip(calibrated.entries, raw.entries) {
            let score = try #require(rawEntry.confidence)
            let words = entry.german.split(separator: " ").count + entry.english.split(separator: " ").count
            let expected = curve.confidence(score: score, joint: entry.frequency ?? 0, evidence: entry.evidence, words: words)
            // The raw score is written rounded to three decimals; the curve saw it unrounded.
            #expect(abs((entry.confidence ?? -1) - expected) < 0.002)
        }
    }
}
