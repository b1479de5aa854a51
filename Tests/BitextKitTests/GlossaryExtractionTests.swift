import Testing
@testable import BitextKit

/// Term extraction and pairing on small hand-written sentence pairs (no dictionary installed needed:
/// each test builds the few lexicon entries it relies on).
@Suite struct GlossaryExtractionTests {
    /// A lexicon from German-English word pairs, as a dictionary file would give them.
    static func lexicon(_ pairs: [(String, String)]) throws -> Lexicon {
        let builder = try LexiconBuilder(source: .de, target: .en)
        for (german, english) in pairs { builder.add(german: german, other: english) }
        return builder.finish()
    }

    static let embassyPairs = [
        SentencePair(german: "Die Botschaft in Warschau bleibt geschlossen.", english: "The embassy in Warsaw remains closed."),
        SentencePair(german: "Beide Länder wollen ihre Botschaften wieder öffnen.", english: "Both countries want to reopen their embassies."),
        SentencePair(german: "Der Botschafter sprach über die Ausweisung von Diplomaten.", english: "The ambassador spoke about the expulsion of diplomats."),
        SentencePair(german: "Wenn die Ausweisung zurückgenommen wird, öffnet die Botschaft.", english: "If the expulsion is reversed, the embassy opens."),
        SentencePair(german: "Die Diplomaten kehren nach Warschau zurück.", english: "The diplomats return to Warsaw."),
    ]

    static func build(_ pairs: [SentencePair], lexicon: Lexicon, curated: Glossary = Glossary()) throws -> Glossary {
        let folder = try NameFolder()
        let knowledge = TermKnowledge(lexicon: lexicon, curated: curated, nameKey: { folder.fold($0) },
                                      germanDictionary: try Hunspell(language: .de), englishDictionary: try Hunspell(language: .en))
        return try GlossaryBuilder(knowledge: knowledge).build(pairs: pairs)
    }

    static func pair(_ glossary: Glossary, _ german: String) -> GlossaryEntry? {
        glossary.entries.first { $0.german == german }
    }

    @Test func inflectedFormsAreOneEntryUnderTheBaseForm() throws {
        let glossary = try Self.build(Self.embassyPairs, lexicon: Self.lexicon([("Botschaft", "embassy")]))
        let entry = try #require(Self.pair(glossary, "Botschaft"))
        #expect(entry.english == "embassy")
        #expect(entry.frequency == 3)
        #expect(entry.evidence.contains(.lexicon))
        #expect(!glossary.entries.contains { $0.german == "Botschaften" || $0.english == "embassies" })
    }

    @Test func cooccurrenceAlonePairsTermsWithoutALexicon() throws {
        // Significance needs more sentence pairs than five: add unrelated ones.
        let filler = (1...7).map { SentencePair(german: "Satz Nummer \($0) handelt vom Wetter.", english: "Sentence number \($0) is about weather.") }
        let glossary = try Self.build(Self.embassyPairs + filler, lexicon: Lexicon(source: .de, target: .en))
        #expect(Self.pair(glossary, "Botschaft")?.english == "embassy")
        #expect(Self.pair(glossary, "Botschaft")?.evidence == [.cooccurrence])
    }

    @Test func entriesCarryContextSentencePairs() throws {
        let glossary = try Self.build(Self.embassyPairs, lexicon: Self.lexicon([("Ausweisung", "expulsion")]))
        let entry = try #require(Self.pair(glossary, "Ausweisung"))
        #expect(entry.english == "expulsion")
        #expect(entry.contexts == [Self.embassyPairs[2], Self.embassyPairs[3]])
        let curve = try GlossaryConfidenceCalibration.bundled(for: .parallel)
        #expect(entry.confidence == TermPairer.rounded(curve.confidence(score: 1, joint: 2, evidence: entry.evidence, words: 2)))
    }

    @Test func functionWordsAtSentenceStartAreNotTerms() throws {
        let glossary = try Self.build(Self.embassyPairs, lexicon: Self.lexicon([("wenn", "if")]))
        #expect(!glossary.entries.contains { ["Wenn", "Die", "Der", "Beide"].contains($0.german) })
        #expect(!glossary.entries.contains { ["the", "if", "both"].contains($0.english.lowercased()) })
    }

    @Test func aWordCheckerRejectsSentenceInitialNonNouns() throws {
        // "Heute" never occurs in lower case here, so only a word checker (Hunspell in production)
        // can tell that it is an adverb; "Botschaft" in lower case is no word, so it stays a noun.
        let pairs = [
            SentencePair(german: "Heute öffnet die Botschaft.", english: "Today the embassy reopened."),
            SentencePair(german: "Heute schließt die Botschaft.", english: "Today, the embassy remained closed."),
        ]
        let knowledge = TermKnowledge(lexicon: try Self.lexicon([("heute", "today"), ("Botschaft", "embassy")]),
                                      acceptsLowercaseGerman: { ["heute", "öffnet", "schließt"].contains($0) })
        let glossary = try GlossaryBuilder(knowledge: knowledge).build(pairs: pairs)
        #expect(!glossary.entries.contains { $0.german == "Heute" })
        #expect(Self.pair(glossary, "Botschaft")?.english == "embassy")
    }

    @Test func compoundPartsTranslateACompound() throws {
        let pairs = [
            SentencePair(german: "Ein Botschaftsbeamter wurde ausgewiesen.", english: "An embassy official was expelled."),
            SentencePair(german: "Der Botschaftsbeamter reiste ab.", english: "The embassy official left."),
        ]
        let lexicon = try Self.lexicon([("Botschaft", "embassy"), ("Beamter", "official")])
        let splitter = try CompoundSplitter(lexicon: lexicon)
        let knowledge = TermKnowledge(lexicon: lexicon, decompose: { splitter.split($0) })
        let glossary = try GlossaryBuilder(knowledge: knowledge).build(pairs: pairs)
        let entry = try #require(Self.pair(glossary, "Botschaftsbeamter"))
        #expect(entry.english == "embassy official")
        #expect(entry.evidence.contains(.compound))
    }

    @Test func namesMatchAcrossSpellings() throws {
        let pairs = [
            SentencePair(german: "Dmitri Medwedew traf Blinken.", english: "Dmitry Medvedev met Blinken."),
            SentencePair(german: "Danach sprach Medwedew.", english: "Afterwards Medvedev spoke."),
        ]
        let glossary = try Self.build(pairs, lexicon: Lexicon(source: .de, target: .en))
        let entry = try #require(Self.pair(glossary, "Medwedew"))
        #expect(entry.english == "Medvedev")
        #expect(entry.evidence.contains(.name))
    }

    @Test func multiwordUnitsOnBothSides() throws {
        let pairs = [
            SentencePair(german: "Die diplomatischen Beziehungen sind gespannt.", english: "The diplomatic relations are strained."),
            SentencePair(german: "Sie wollen die diplomatischen Beziehungen verbessern.", english: "They want to improve diplomatic relations."),
            SentencePair(german: "Die Wiederherstellung der Beziehungen dauert.", english: "The restoration of relations takes time."),
        ]
        let glossary = try Self.build(pairs, lexicon: Self.lexicon([("diplomatisch", "diplomatic"), ("Beziehung", "relation"), ("Wiederherstellung", "restoration")]))
        #expect(Self.pair(glossary, "diplomatische Beziehung")?.english == "diplomatic relation")
        #expect(Self.pair(glossary, "Wiederherstellung der Beziehungen")?.english == "restoration of relations")
    }

    /// An English possessive is its base word, and it ends the phrase: "the harbour’s pier" holds the
    /// terms "harbour" and "pier", never "harbour’s" or "harbour’s pier".
    @Test(arguments: ["’s", "'s"])
    func aPossessiveIsItsBaseWordAndEndsThePhrase(ending: String) throws {
        let pairs = [
            SentencePair(german: "Der Kai des Hafens wird erneuert.", english: "The harbour\(ending) pier is being renewed."),
            SentencePair(german: "Der Hafen bleibt geöffnet.", english: "The harbour stays open."),
            SentencePair(german: "Ein neuer Kai entsteht.", english: "A new pier is built."),
        ]
        let glossary = try Self.build(pairs, lexicon: Self.lexicon([("Hafen", "harbour"), ("Kai", "pier")]))
        #expect(Self.pair(glossary, "Hafen")?.english == "harbour")
        #expect(Self.pair(glossary, "Kai")?.english == "pier")
        #expect(!glossary.entries.contains { $0.english.contains(ending) || $0.variants.contains { $0.term.contains(ending) } })
    }

    @Test func curatedEntriesTakePrecedence() throws {
        let curated = Glossary(entries: [GlossaryEntry(german: "Botschaft", english: "embassy", domain: "diplomacy", status: .preferred)])
        let glossary = try Self.build(Self.embassyPairs, lexicon: Lexicon(source: .de, target: .en), curated: curated)
        let first = try #require(glossary.entries.first)
        #expect(first.german == "Botschaft" && first.english == "embassy")
        #expect(first.evidence == [.curated] && first.status == .preferred && first.domain == "diplomacy")
        #expect(glossary.entries.filter { $0.german == "Botschaft" }.count == 1)
    }

    @Test func comparableArticlesNeedLexicalEvidence() throws {
        let articles = [ArticlePair(
            german: ["Die Botschaft in Warschau bleibt zu.", "Die Ausweisung der Diplomaten war ein Schock.", "Das Wetter war schön."],
            english: ["After the expulsion of the diplomats, talks began.", "The embassy in Warsaw stays closed.", "Markets rose."])]
        let lexicon = try Self.lexicon([("Botschaft", "embassy"), ("Ausweisung", "expulsion"), ("Diplomat", "diplomat"), ("Warschau", "Warsaw")])
        let glossary = try GlossaryBuilder(knowledge: TermKnowledge(lexicon: lexicon)).build(articles: articles, mode: .comparable)
        #expect(Self.pair(glossary, "Botschaft")?.english == "embassy")
        #expect(Self.pair(glossary, "Ausweisung")?.english == "expulsion")
        #expect(glossary.entries.allSatisfy { !$0.evidence.isEmpty && $0.evidence != [.cooccurrence] })
    }

    @Test func outputIsDeterministic() throws {
        let lexicon = try Self.lexicon([("Botschaft", "embassy")])
        let a = GlossaryFormat.jsonl.write(try Self.build(Self.embassyPairs, lexicon: lexicon))
        let b = GlossaryFormat.jsonl.write(try Self.build(Self.embassyPairs, lexicon: lexicon))
        #expect(a == b)
    }

    @Test(arguments: [("embassies", "embassy"), ("expulsions", "expulsion"), ("news", "news"), ("status", "status"), ("boxes", "box"), ("officials", "official")])
    func englishHeadNounsAreSingularizedWithoutADictionary(_ plural: String, _ singular: String) throws {
        #expect(try EnglishLemmatizer(hunspell: nil).singular(plural) == singular)
    }

    @Test(arguments: [("botschaften", "botschaft"), ("außenministers", "außenminister"), ("botschafter", "botschafter"), ("prozess", "prozess"), ("rat", "rat")])
    func germanInflectionEndingsAreStrippedWithoutADictionary(_ form: String, _ key: String) {
        #expect(GermanLemmatizer.lightKey(form) == key)
    }

    @Test func logLikelihoodIsZeroForIndependentTerms() {
        #expect(AssociationMeasures.logLikelihood(joint: 1, german: 10, english: 10, total: 100) == 0)
        #expect(AssociationMeasures.logLikelihood(joint: 10, german: 10, english: 10, total: 100) > 10.83)
        #expect(AssociationMeasures.dice(joint: 2, german: 2, english: 2) == 1)
    }
}

/// Cognates are compared after the spelling differences of `de/cognate-folding.txt` and the German
/// letters of `de/ascii-letters.txt` are folded away.
@Suite struct CognateTests {
    @Test(arguments: [("Konferenz", "conference"), ("Diplomat", "diplomat"), ("Philosophie", "philosophy"), ("Route", "route")])
    func borrowedWordsAreCognates(german: String, english: String) throws {
        #expect(try Cognates().similarity(german, english) >= Cognates.threshold)
    }

    @Test func unrelatedAndShortWordsAreNot() throws {
        let cognates = try Cognates()
        #expect(cognates.similarity("Botschaft", "embassy") < Cognates.threshold)
        #expect(cognates.similarity("Rat", "rot") == 0)
    }
}
