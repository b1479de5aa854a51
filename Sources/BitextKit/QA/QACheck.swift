/// The declaration of one QA check: what it is called, what it looks for, how serious its findings
/// are and which texts it applies to. Declarations are data, listed once in `QARegistry.entries`,
/// so the CLI, the reports and the README table all describe the same checks.
public struct QACheck: Sendable, Hashable {
    /// Stable kebab-case id, used in `--checks`/`--skip`, in every finding and in evaluation scripts.
    public let id: String
    /// A short name for reports.
    public let title: String
    /// What the check looks for and why it matters, written for translators.
    public let explanation: String
    /// The severity of a typical finding; a check may lower it when its evidence is weak (or raise it
    /// when a source confirms it), and says so in its explanation.
    public let severity: QASeverity
    /// Target languages the check applies to; empty means every language.
    public let targetLanguages: [Language]
    /// Whether the check compares the target with a source text (it is skipped without one).
    public let needsSource: Bool
    /// Whether a finding of this check stands for the findings of other checks inside its span: a
    /// loop's every copy repeats its double words and misplaced dashes, and one finding for the loop
    /// says what the translator must do. `QARunner` folds them into it and counts them in its message.
    public let coversFindingsInside: Bool

    public init(id: String, title: String, explanation: String, severity: QASeverity,
                targetLanguages: [Language] = [], needsSource: Bool = false, coversFindingsInside: Bool = false) {
        self.id = id
        self.title = title
        self.explanation = explanation
        self.severity = severity
        self.targetLanguages = targetLanguages
        self.needsSource = needsSource
        self.coversFindingsInside = coversFindingsInside
    }

    /// Whether the check runs on a target in `language`, with or without a source.
    public func applies(to language: Language, hasSource: Bool) -> Bool {
        (targetLanguages.isEmpty || targetLanguages.contains(language)) && (hasSource || !needsSource)
    }
}
