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
        """

    static func german() throws -> GermanLemmatizer {
        try GermanLemmatizer(hunspell: try Hunspell(language: .de), grammar: GermanNounGrammar.read(dingBytes: Array(dingLines.utf8)))
    }

    @Test(arguments: [
        ("Botschaften", "Botschaft"), ("Delegationen", "Delegation"), ("Diplomaten", "Diplomat"), ("Hindernisse", "Hindernis"),
        ("Personals", "Personal"), ("Außenministers", "Außenminister"), ("Ausweisungen", "Ausweisung"), ("Botschafter", "Botschafter"),
        ("Mitgliedstaaten", "Mitgliedstaat"), ("Ärzte", "Arzt"), ("Zahnärzte", "Zahnarzt"), ("Daten", "Daten"), ("Kosten", "Kosten"),
        ("EU", "EU"), ("Rat", "Rat"),
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

    @Test func englishNamesOfCapitalizedWordsKeepTheirForm() throws {
        let lemmatizer = try EnglishLemmatizer(hunspell: try Hunspell(language: .en))
        #expect(lemmatizer.baseForm(["United", "States"]) == "United States")
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
