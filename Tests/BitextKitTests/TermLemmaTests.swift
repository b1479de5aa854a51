import Testing
@testable import BitextKit

/// Base forms of terms from Hunspell's stems, Ding's grammar marks and our lemma rules
/// (`de/lemma-rules.txt`, `en/lemma-rules.txt`). Needs the Debian Hunspell dictionaries, which
/// `scripts/setup.sh` installs.
@Suite struct TermLemmaTests {
    /// Ding-format lines of our own, with the grammar marks the reader uses.
    static let dingLines = """
        Botschaft {f} (diplomatische Vertretung) [pol.] | Botschaften {pl} :: embassy | embassies
        Arzt {m}; Ärztin {f} | Ärzte {pl}; Ärztinnen {pl} :: doctor | doctors
        Monat {m}; Monat {n} [Ös.] | Monate {pl} :: month | months
        See {m} | Seen {pl} :: lake | lakes
        See {f} :: sea
        Kosten {pl} :: costs
        Mission {f} | Missionen {pl} :: mission | missions
        Fonds {m} | Fonds {pl} :: fund | funds
        """

    static func german() throws -> GermanLemmatizer {
        try GermanLemmatizer(hunspell: try Hunspell(language: .de), grammar: GermanNounGrammar.read(dingBytes: Array(dingLines.utf8)))
    }

    /// What Ding's marks say, as kept after reading: a gender without a region note wins over one
    /// with ("Monat"), two genders give none ("See"), a plural also listed as a singular has no
    /// singular ("Fonds"), and a headword marked plural alone is plural-only ("Kosten").
    @Test func nounGrammarKeepsTheAnswersOfDingsMarks() {
        let grammar = GermanNounGrammar.read(dingBytes: Array(Self.dingLines.utf8))
        #expect(grammar.gender(of: "Monat") == .masculine && grammar.gender(of: "Botschaft") == .feminine)
        #expect(grammar.gender(of: "See") == nil && grammar.gender(of: "Seen") == nil)
        #expect(grammar.singular(of: "Ärzte") == "Arzt" && grammar.singular(of: "Fonds") == nil)
        #expect(grammar.isPluralOnly("Kosten") && !grammar.isPluralOnly("Fonds") && !grammar.isPluralOnly("Ärzte"))
        #expect(grammar.englishSingular(of: "months") == "month")
    }

    @Test(arguments: [
        ("Botschaften", "Botschaft"), ("Delegationen", "Delegation"), ("Diplomaten", "Diplomat"), ("Hindernisse", "Hindernis"),
        ("Personals", "Personal"), ("Außenministers", "Außenminister"), ("Ausweisungen", "Ausweisung"), ("Botschafter", "Botschafter"),
        ("Mitgliedstaaten", "Mitgliedstaat"), ("Ärzte", "Arzt"), ("Zahnärzte", "Zahnarzt"), ("Daten", "Daten"), ("Kosten", "Kosten"),
        ("EU", "EU"), ("Rat", "Rat"), ("Fonds", "Fonds"), ("Abkommen", "Abkommen"),
    ])
    func germanNounsTakeTheNominativeSingular(_ form: String, _ base: String) throws {
        #expect(try Self.german().noun(form) == base)
    }

    @Test(arguments: [("diplomatischen", "diplomatisch"), ("bilateralen", "bilateral"), ("letzten", "letzt"), ("großer", "groß")])
    func germanAdjectivesTakeThePositiveStem(_ form: String, _ stem: String) throws {
        #expect(try Self.german().adjective(form) == stem)
    }

    @Test(arguments: [
        ("Botschaft", GrammaticalGender.feminine), ("Monat", .masculine), ("Arzt", .masculine), ("Zahnarzt", .masculine),
        ("Verhandlung", .feminine), ("Mädchen", .neuter),
    ])
    func germanGenderComesFromDingThenTheLastPartThenTheSuffix(_ noun: String, _ gender: GrammaticalGender) throws {
        #expect(try Self.german().gender(ofNoun: noun) == gender)
    }

    @Test func aNounWithTwoGendersInDingHasNone() throws {
        #expect(try Self.german().gender(ofNoun: "See") == nil)
    }

    @Test(arguments: [("diplomatisch", GrammaticalGender?.some(.feminine), "diplomatische"), ("diplomatisch", .masculine, "diplomatischer"),
                      ("diplomatisch", .neuter, "diplomatisches"), ("hoch", nil, "hoche")])
    func attributiveAdjectivesAgreeWithTheGender(_ stem: String, _ gender: GrammaticalGender?, _ form: String) throws {
        #expect(try Self.german().attributive(stem, gender: gender) == form)
    }

    @Test(arguments: [
        ("diplomats", "diplomat"), ("embassies", "embassy"), ("agreements", "agreement"), ("injuries", "injury"), ("viruses", "virus"),
        ("houses", "house"), ("news", "news"), ("analysis", "analysis"), ("series", "series"),
    ])
    func englishNounsTakeTheSingular(_ form: String, _ base: String) throws {
        #expect(try EnglishLemmatizer(hunspell: try Hunspell(language: .en)).singular(form) == base)
    }

    @Test func englishPluralsHunspellListsAsWordsTakeDingsSingular() throws {
        let grammar = GermanNounGrammar.read(dingBytes: Array(Self.dingLines.utf8))
        let lemmatizer = try EnglishLemmatizer(hunspell: try Hunspell(language: .en), grammar: grammar)
        #expect(lemmatizer.singular("months") == "month")
        #expect(lemmatizer.singular("news") == "news")
    }

    @Test func englishNamesOfCapitalizedWordsKeepTheirForm() throws {
        let lemmatizer = try EnglishLemmatizer(hunspell: try Hunspell(language: .en))
        #expect(lemmatizer.baseForm(["Faroe", "Islands"]) == "Faroe Islands")
        #expect(lemmatizer.baseForm(["foreign", "ministers"]) == "foreign minister")
        #expect(lemmatizer.baseForm(["expulsions", "of", "diplomats"]) == "expulsion of diplomats")
    }

    @Test func multiwordTermsAreShownWithTheHeadInItsBaseFormAndAgreeingModifiers() throws {
        let pairs = [
            SentencePair(german: "Die diplomatischen Missionen bleiben geschlossen.", english: "The diplomatic missions remain closed."),
            SentencePair(german: "Beide Seiten wollen diplomatische Missionen öffnen.", english: "Both sides want to open diplomatic missions."),
            SentencePair(german: "Eine diplomatische Mission kostet Geld.", english: "A diplomatic mission costs money."),
        ]
        let builder = try LexiconBuilder(source: .de, target: .en)
        builder.add(german: "diplomatische Mission", other: "diplomatic mission")
        let knowledge = TermKnowledge(
            lexicon: builder.finish(), germanDictionary: try Hunspell(language: .de), englishDictionary: try Hunspell(language: .en),
            nounGrammar: GermanNounGrammar.read(dingBytes: Array(Self.dingLines.utf8)))
        let glossary = try GlossaryBuilder(knowledge: knowledge).build(pairs: pairs)
        let entry = try #require(glossary.entries.first { $0.english == "diplomatic mission" })
        #expect(entry.german == "diplomatische Mission")
        #expect(entry.gender == .feminine)
        #expect(entry.frequency == 3)
        #expect(!glossary.entries.contains { $0.german.contains("Missionen") || $0.english.contains("missions") })
    }
}

/// Artifact screening and a terminologist's decisions (`TermArtifactScreen`, `TermDecisions`).
@Suite struct TermScreeningTests {
    static func knowledge(decisions: TermDecisions = TermDecisions()) throws -> TermKnowledge {
        let builder = try LexiconBuilder(source: .de, target: .en)
        for (german, english) in [("Botschaft", "embassy"), ("Schritt", "step"), ("weiß", "white"), ("Haus", "house"), ("Beamter", "official")] {
            builder.add(german: german, other: english)
        }
        let lexicon = builder.finish()
        let splitter = try CompoundSplitter(lexicon: lexicon)
        var knowledge = TermKnowledge(lexicon: lexicon, decompose: { splitter.split($0) }, germanDictionary: try Hunspell(language: .de),
                                      englishDictionary: try Hunspell(language: .en))
        knowledge.screen = try TermArtifactScreen(lexicon: lexicon)
        knowledge.decisions = decisions
        return knowledge
    }

    /// Our own sentences: a calque of "officials of the White House" as a machine translation writes it.
    static let pairs = [
        SentencePair(german: "Die Weißhausbeamtern kamen.", english: "The officials of the White House came."),
        SentencePair(german: "Mit den Weißhausbeamtern kam die Botschaft.", english: "With the officials of the White House came the embassy."),
        SentencePair(german: "Die Botschaft öffnet wieder.", english: "The embassy reopens."),
        SentencePair(german: "Ein erster Schritt ist getan.", english: "A first step has been taken."),
        SentencePair(german: "Der nächste Schritt folgt.", english: "The next step follows."),
    ]

    @Test func aCandidateWithACalqueIsASuspectWithTheFindingNotATerm() throws {
        let glossary = try GlossaryBuilder(knowledge: Self.knowledge()).build(pairs: Self.pairs)
        #expect(!glossary.entries.contains { $0.german.hasPrefix("Weißhaus") })
        let suspect = try #require(glossary.suspects.first { $0.german.hasPrefix("Weißhaus") })
        #expect(suspect.note.hasPrefix("calque-compound: "))
        #expect(glossary.entries.contains { $0.german == "Botschaft" && $0.english == "embassy" })
    }

    @Test func rejectedPairsAreNotOfferedAndAcceptedOnesAreCurated() throws {
        let file = try TextFile(name: "review.tsv", bytes: Array("""
            # reviewed
            Botschaft\tembassy\tnoun\t\t\trejected
            Schritt\tstep\tnoun\t\t\taccepted
            Weißhausbeamter\tofficial\tnoun\t\t\t

            """.utf8))
        let decisions = try TermDecisions.read(file)
        #expect(decisions.isRejected(german: "botschaft", english: "Embassy"))
        #expect(decisions.accepted.entries.map(\.german) == ["Schritt"])
        var knowledge = try Self.knowledge(decisions: decisions)
        knowledge.curated = decisions.accepted
        let glossary = try GlossaryBuilder(knowledge: knowledge).build(pairs: Self.pairs)
        #expect(!glossary.entries.contains { $0.german == "Botschaft" && $0.english == "embassy" })
        #expect(glossary.entries.first { $0.german == "Schritt" }?.evidence == [.curated])
    }

    @Test func aDecisionsRowWithAnUnknownStatusNamesLineAndColumn() throws {
        let file = try TextFile(name: "review.tsv", bytes: Array("Botschaft\tembassy\tnoun\t\t\tmaybe\n".utf8))
        let error = #expect(throws: InputError.self) { try TermDecisions.read(file) }
        #expect(error?.description.hasPrefix("review.tsv:1:") == true)
    }
}
