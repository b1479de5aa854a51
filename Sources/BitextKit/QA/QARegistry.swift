/// Every QA check, in report order. This array is the one list of checks: `--checks`/`--skip`,
/// `--list-checks`, the reports and the README table all come from it.
public enum QARegistry {
    static let entries: [QARegistryEntry] = [
        QARegistryEntry(check: SpacingArtifactCheck.check) { SpacingArtifactCheck(spacing: $0.spacing) },
        QARegistryEntry(check: MarkupRemnantCheck.check) { _ in try MarkupRemnantCheck() },
        QARegistryEntry(check: EncodingDamageCheck.check) { try EncodingDamageCheck(spelling: $0.spelling, languages: $0.languages) },
        QARegistryEntry(check: RepetitionLoopCheck.check) { _ in RepetitionLoopCheck() },
        QARegistryEntry(check: CalqueCompoundCheck.check) { CalqueCompoundCheck(spelling: $0.spelling, lexicon: $0.lexicon) },
        QARegistryEntry(check: RepeatedPhraseCheck.check) { _ in RepeatedPhraseCheck() },
        QARegistryEntry(check: DoubleWordCheck.check) { try DoubleWordCheck(spelling: $0.spelling) },
        QARegistryEntry(check: SpellingCheck.check) { try SpellingCheck(spelling: $0.spelling, languages: $0.languages, lexicon: $0.lexicon) },
        QARegistryEntry(check: CapitalizationCheck.check) { try CapitalizationCheck(spelling: $0.spelling, lexicon: $0.lexicon, languages: $0.languages) },
        QARegistryEntry(check: UntranslatedCheck.check) { try UntranslatedCheck(spelling: $0.spelling) },
        QARegistryEntry(check: TermConsistencyCheck.check) { try TermConsistencyCheck(lexicon: $0.lexicon, language: $0.languages.target) },
        QARegistryEntry(check: NumberMismatchCheck.check) { NumberMismatchCheck(numbers: $0.numbers, units: $0.units) },
        QARegistryEntry(check: NumberSpacingCheck.check) { NumberSpacingCheck(numbers: $0.numbers) },
        QARegistryEntry(check: DateMismatchCheck.check) { DateMismatchCheck(dates: $0.dates) },
        QARegistryEntry(check: NameMismatchCheck.check) { try NameMismatchCheck(spelling: $0.spelling, lexicon: $0.lexicon, names: $0.names, dates: $0.dates, languages: $0.languages) },
        QARegistryEntry(check: NameConventionCheck.check) { try NameConventionCheck(spelling: $0.spelling, languages: $0.languages) },
        QARegistryEntry(check: FalseFriendCheck.check) { try FalseFriendCheck(languages: $0.languages) },
        QARegistryEntry(check: NegationMismatchCheck.check) { try NegationMismatchCheck(spelling: $0.spelling, languages: $0.languages) },
        QARegistryEntry(check: NonTranslationCheck.check) { NonTranslationCheck(links: try LexicalLinks(resources: $0)) },
        QARegistryEntry(check: OmissionCheck.check) { OmissionCheck(links: try LexicalLinks(resources: $0)) },
        QARegistryEntry(check: AdditionCheck.check) { AdditionCheck(links: try LexicalLinks(resources: $0)) },
        QARegistryEntry(check: UnbalancedQuotesCheck.check) { _ in UnbalancedQuotesCheck() },
        QARegistryEntry(check: QuoteStyleCheck.check) { _ in QuoteStyleCheck() },
        QARegistryEntry(check: UnbalancedBracketsCheck.check) { _ in UnbalancedBracketsCheck() },
        QARegistryEntry(check: PunctuationSpacingCheck.check) { _ in PunctuationSpacingCheck() },
        QARegistryEntry(check: DashStyleCheck.check) { _ in DashStyleCheck() },
        QARegistryEntry(check: AddressRegisterCheck.check) { AddressRegisterCheck(forms: try AddressForms(language: $0.targetLanguage)) },
    ]

    /// Checks that only bilingual files (XLIFF, TMX, PO) give them something to compare: inline codes,
    /// several units of one job, a reviser's checklist. `SegmentQA` runs them; on plain text they have
    /// nothing to look at.
    static let segmentChecks: [QACheck] = [TagMismatchCheck.check, TranslationConsistency.check, TermConsistencyAcrossJob.check, Checklist.check]

    /// The declarations of all checks, in report order.
    public static var checks: [QACheck] { entries.map(\.check) + segmentChecks }

    /// The declaration with this id.
    public static func check(id: String) -> QACheck? { checks.first { $0.id == id } }

    /// The checks selected by `--checks` (only these) or `--skip` (all but these).
    /// - Throws: `QAError.unknownCheck` for an id no check has.
    public static func select(only: [String], skip: [String]) throws -> [QACheck] {
        for id in only + skip where check(id: id) == nil { throw QAError.unknownCheck(id) }
        return checks.filter { (only.isEmpty || only.contains($0.id)) && !skip.contains($0.id) }
    }
}
