@testable import BitextKit
import Testing

@Suite struct TypoCorrectorTests {
    private func scalars(_ text: String) -> [Unicode.Scalar] { Array(text.unicodeScalars) }

    @Test func aRunNoListedWordHasRulesOutTheCandidate() {
        let runs = LetterGrams(words: ["Empfindlichkeit", "Haus"])
        #expect(runs.allows(scalars("empfindlichkeit"), changed: 6..<7))
        #expect(!runs.allows(scalars("empfinqlichkeit"), changed: 6..<7))
        // Only the runs over the changed letters count: "xq" far from the change does not matter.
        #expect(runs.allows(scalars("xqempfindlichkeit"), changed: 8..<9))
        // Case does not matter, word boundaries do.
        #expect(runs.allows(scalars("HAUS"), changed: 0..<4))
        #expect(!runs.allows(scalars("hausx"), changed: 4..<5))
    }

    @Test func aDeletionIsTestedAcrossItsSeam() {
        let runs = LetterGrams(words: ["Haus"])
        #expect(runs.allows(scalars("haus"), changed: 2..<2))
        #expect(!runs.allows(scalars("hus"), changed: 1..<1))
    }

    @Test func aCompoundPassesTheEdgeTestWhateverItsSeam() {
        let runs = LetterGrams(words: ["Duftstoff", "Mix"])
        #expect(runs.allowsEdges(scalars("duftstoffmix")))
        #expect(!runs.allows(scalars("duftstoffmix"), changed: 0..<12))
        #expect(!runs.allowsEdges(scalars("nsthor")))
    }

    /// A word's unknown runs tell where a single slip would have to be: "empfinqlichkeit" has its
    /// only unknown runs around the "q".
    @Test func unknownRunsLieAroundTheSlip() {
        let runs = LetterGrams(words: ["Empfindlichkeit"])
        let unknown = runs.unknownRuns(in: scalars("empfinqlichkeit"))
        #expect(!unknown.isEmpty && unknown.allSatisfy { (3...7).contains($0) })
        #expect(runs.unknownRuns(in: scalars("empfindlichkeit")).isEmpty)
    }

    @Test func lettersOutsideTheTableAlwaysPass() {
        let runs = LetterGrams(words: ["Haus"])
        #expect(runs.allows(scalars("café"), changed: 3..<4))
    }

    @Test func theTableTakesMoreWordsAndSurvivesItsBits() throws {
        let a = LetterGrams(words: ["Haus"])
        let both = a.adding(words: ["Maus"])
        #expect(both.allows(scalars("maus"), changed: 0..<4) && both.allows(scalars("haus"), changed: 0..<4))
        #expect(!a.allows(scalars("maus"), changed: 0..<1))
        let copy = try #require(LetterGrams(bits: a.bits, edgeBits: a.edgeBits))
        #expect(copy.allows(scalars("haus"), changed: 0..<4) && !copy.allows(scalars("maus"), changed: 0..<1))
        #expect(LetterGrams(bits: [0], edgeBits: a.edgeBits) == nil)
    }

    /// The filter only skips dictionary look-ups: with a table that lists the corrections, the
    /// corrections found are the same as without it.
    @Test func theLetterRunFilterFindsWhatTheFullSearchFinds() throws {
        let speller = try Hunspell(language: .de)
        let words = ["verhnadelten", "Empfinflichkeit", "grosse", "Rgierung"]
        let alphabet = Array(try LanguageDataFile.loadIfPresent("spelling-morphology", language: .de).section("alphabet").joined().unicodeScalars)
        #expect(alphabet.contains("ß") && alphabet.contains("z"))
        let full = TypoCorrector(speller: speller, alphabet: alphabet)
        let expected = words.map { full.corrections(of: $0) }
        #expect(expected[0].contains("verhandelten") && expected[1].contains("Empfindlichkeit"))
        let filtered = TypoCorrector(speller: speller, alphabet: alphabet, letterRuns: LetterGrams(words: expected.flatMap { $0 }))
        #expect(words.map { filtered.corrections(of: $0) } == expected)
    }
}

@Suite struct WeakVerbFormsTests {
    @Test func regularFormsLeadBackToTheirInfinitive() throws {
        let forms = WeakVerbForms(morphology: try LanguageDataFile.loadIfPresent("spelling-morphology", language: .de),
                                  lemmaRules: try LanguageDataFile.loadIfPresent("lemma-rules", language: .de))
        #expect(forms.infinitives(of: "blaffte").contains("blaffen"))
        #expect(forms.infinitives(of: "angefühlt").contains("anfühlen"))
        #expect(forms.infinitives(of: "geschindelt").contains("schindeln"))
        #expect(forms.infinitives(of: "geoutete").contains("outen"))
        #expect(forms.infinitives(of: "striff").isEmpty)
    }

    @Test func anInfinitiveGivesItsRegularForms() throws {
        let forms = WeakVerbForms(morphology: try LanguageDataFile.loadIfPresent("spelling-morphology", language: .de),
                                  lemmaRules: try LanguageDataFile.loadIfPresent("lemma-rules", language: .de))
        #expect(Set(["meldet", "meldete", "meldeten"]).isSubset(of: forms.finiteForms(ofInfinitive: "melden")))
        #expect(forms.participles(ofInfinitive: "melden").contains("gemeldet"))
        #expect(forms.participles(ofInfinitive: "anmelden").contains("angemeldet"))
        #expect(forms.finiteForms(ofInfinitive: "sammeln").contains("sammelt") && forms.participles(ofInfinitive: "sammeln").contains("gesammelt"))
        #expect(forms.finiteForms(ofInfinitive: "haus").isEmpty && forms.participles(ofInfinitive: "haus").isEmpty)
    }
}

@Suite struct CorrectionRankingTests {
    @Test func likelierSlipsComeFirst() throws {
        let ranking = try CorrectionRanking(language: .de)
        // A tripled letter before a replacement, a transposition before a dropped letter, a key's
        // neighbour before a distant key.
        #expect(ranking.ranked(["begonnen", "begannen"].reversed(), for: "begonnnen").first == "begonnen")
        #expect(ranking.ranked(["erfolgreichste", "erfoglreichste2"], for: "erfoglreichste").first == "erfolgreichste")
        #expect(ranking.ranked(["Hpus", "Haus"], for: "Hsus").first == "Haus")
        #expect(ranking.ranked(["kommen", "komen2"], for: "komen").first == "kommen")
    }
}
