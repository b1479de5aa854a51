@testable import BitextKit
import Testing

@Suite struct AddressRegisterAcrossJobTests {
    static func findings(_ targets: [String]) throws -> [SegmentFinding] {
        let units = targets.enumerated().map { index, target in
            ("talk.xlf", BilingualUnit(id: "\(index + 1)", source: BilingualSegment(display: "You", plain: "You", codes: []),
                                       target: BilingualSegment(display: target, plain: target, codes: []), state: .translated, line: 1, entry: index + 1))
        }
        return AddressRegisterAcrossJob.findings(units, forms: try AddressForms(language: .de))
    }

    @Test func anInformalUnitInAFormalJobIsAWarningOnItsFirstForm() throws {
        let found = try Self.findings([
            "Stellen Sie sich ein Schwarzes Loch vor.",
            "Dann würden Sie den Klang hören.",
            "Wenn du nahe genug stündest, würde dein Ohr gedehnt.",
            "Das Universum ist still.",
        ])
        #expect(found.count == 1)
        let first = try #require(found.first)
        #expect(first.unit.id == "3" && first.finding.check == "address-register" && first.finding.severity == .warning)
        #expect(first.finding.text == "du" && first.finding.start == 5)
        #expect(first.finding.message.contains("formally") && first.finding.message.contains("2 units, e.g. unit 1"))
    }

    @Test func aFormalUnitInAnInformalJobIsFlaggedToo() throws {
        let found = try Self.findings(["Hast du Zeit?", "Dann komm zu dir nach Hause.", "Ich zeige Ihnen den Weg."])
        #expect(found.map(\.unit.id) == ["3"])
        #expect(found.first?.finding.text == "Ihnen" && found.first?.finding.message.contains("informally") == true)
    }

    /// "Sie" opening a sentence may be "she" or "they"; quoted speech addresses whom the speaker addresses.
    @Test func sentenceStartsAndQuotationsAreNoEvidence() throws {
        #expect(try Self.findings([
            "Sie können dich sehen.",
            "Er sagte: Sie kommen morgen.",
            "„Kommst du mit?“, fragte sie ihren Bruder.",
            "Wir hören, wie es klingt.",
        ]).isEmpty)
    }

    /// A quotation of several sentences opens in one segment and closes in a later one.
    @Test func aQuotationLeftOpenRunsToTheUnitsEnd() throws {
        #expect(try Self.findings(["Er sagte: „Ich sag euch eins, das war schlecht.", "Haben Sie das gehört?", "Kennen Sie ihn?"]).isEmpty)
    }

    /// Letters and forums capitalize the informal plural "Ihr", which is also the formal "your".
    @Test func aCapitalizedIhrIsNoEvidence() throws {
        #expect(try Self.findings(["Habt Ihr euch verlaufen?", "Kommt Ihr morgen?", "Seht Ihr das?"]).isEmpty)
    }

    /// A thread of posts addresses one poster formally and the others informally: no dominant register.
    @Test func aJobWithoutADominantRegisterSaysNothing() throws {
        #expect(try Self.findings(["Können Sie mich hören?", "Hörst du mich?"]).isEmpty)
        #expect(try Self.findings(["Ich lese Ihren Thread gern.", "Danke für Ihre Fotos.", "Hört ihr mich?",
                                   "Ich helfe euch gern.", "Schreibt mir, wenn ihr Fragen habt: Ich antworte euch."]).isEmpty)
        #expect(try Self.findings(["Können Sie mich hören?", "Sehen Sie das?", "Danke."]).isEmpty)
    }

    @Test func aHandleBeforeASentenceLeavesItsStart() throws {
        #expect(try Self.findings(["Ich helfe euch.", "Habt ihr Zeit? Ich frage euch.", "@user4 @user3 Ihr könnt das schaffen!"]).isEmpty)
    }
}

/// `address-register` within one text: its sentences are the parts compared.
@Suite struct AddressRegisterCheckTests {
    @Test func aSentenceThatSwitchesInAFormalTextIsAWarning() throws {
        let text = "Stellen Sie sich ein Schwarzes Loch vor. Dann würden Sie den Klang hören. Wenn du nahe genug stündest, "
            + "würde dein Ohr klingen. Das Universum ist still."
        let found = try QAFixture().findings("address-register", text)
        #expect(found.map(\.text) == ["du"])
        #expect(found.first?.severity == .warning && found.first?.message.contains("2 sentences") == true)
    }

    @Test func aSingleSentenceOrAnEvenSplitSaysNothing() throws {
        #expect(try QAFixture().findings("address-register", "Können Sie mich hören, wenn du rufst?").isEmpty)
        #expect(try QAFixture().findings("address-register", "Können Sie mich hören? Hörst du mich?").isEmpty)
    }

    /// A bilingual unit whose own sentences switch is reported once, by the text check, not again by the job.
    @Test func aUnitFlaggedWithinItselfIsNotFlaggedAgainAcrossTheJob() throws {
        let targets = ["Dann hören Sie es. Danach sehen Sie es. Wenn du es hörst, ist es gut.", "Kennen Sie das?", "Sehen Sie!"]
        let document = BilingualDocument(name: "talk.tmx", format: .tmx, sourceLanguage: "en", targetLanguage: "de", units: targets.enumerated().map { index, target in
            BilingualUnit(id: "\(index + 1)", source: BilingualSegment(display: "x", plain: "x", codes: []),
                          target: BilingualSegment(display: target, plain: target, codes: []), state: .translated, line: 1, entry: index + 1)
        })
        let checks = QARegistry.checks.filter { $0.id == "address-register" }
        let batch = try QABatch(checks: checks, source: .en, target: .de, glossary: QAGlossary(), relation: .parallel, useInstalledLexicon: false)
        let report = try SegmentQA(batch: batch, checks: checks, checklist: nil).check([document], states: Set(SegmentState.allCases), jobs: 1)
        #expect(report.findings.map(\.finding.text) == ["du"])
    }
}


extension AddressRegisterCheckTests {
    /// English has no register to switch: no data, no findings, and no failure to set up.
    /// Forms are matched scalar by scalar in ASCII words and as strings in others; both ways give
    /// `address.txt`'s rule: an informal form in any case, a formal one as written inside a sentence.
    @Test func formsAreFoundInAnyCaseOrAsWrittenWhateverTheWordsLetters() throws {
        let text = "Dürfen wir DICH fragen, ob Sie kommen? Sie danken Ihnen, dir und Dir. Die Öfen sind für euch."
        let uses = try AddressForms(language: .de).uses(in: Array(text.unicodeScalars))
        #expect(uses.map(\.word) == ["DICH", "Sie", "Ihnen", "dir", "Dir", "euch"])
        #expect(uses.map(\.register) == [.informal, .formal, .formal, .informal, .informal, .informal])
    }

    @Test func aLanguageWithoutTheDistinctionHasNoForms() throws {
        let forms = try AddressForms(language: .en)
        #expect(forms.isEmpty && forms.uses(in: Array("Do you know what you want?".unicodeScalars)).isEmpty)
    }
}
