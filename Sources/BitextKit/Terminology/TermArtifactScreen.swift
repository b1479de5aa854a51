/// The QA checks that say a German word is an artifact of the text it was met in, not a term: a
/// calque of the English ("Heißkriegshöhen" from "hot war highs"), a misspelling, a detokenizer's
/// stray space, English left untranslated. A candidate term with such a word is held back from the
/// glossary and listed as a suspect with the finding as its reason (`Glossary.suspects`).
///
/// The checks run as `bitext qa` runs them, on the German text as the target and the English as a
/// comparable source (so nothing depends on a sentence alignment); findings of severity `info`
/// are hints, not verdicts, and are not used.
///
/// Not thread-safe (owns a QA session).
public final class TermArtifactScreen {
    /// The checks whose findings disqualify a term, by `QACheck.id`.
    public static let checkIDs = ["calque-compound", "spelling", "spacing-artifact", "untranslated"]

    private let session: QASession

    /// - Parameter lexicon: the German → English lexicon term pairing uses (the QA checks ask it too).
    public init(lexicon: Lexicon) throws {
        let checks = try QARegistry.select(only: Self.checkIDs, skip: [])
        session = try QASession(checks: checks, source: .en, target: .de, glossary: QAGlossary(), relation: .comparable, lexicon: lexicon)
    }

    /// Flagged German words (lower case) of one German text and its English counterpart, each with
    /// the reason ("calque-compound: …").
    ///
    /// - Complexity: that of the QA pass over the two texts (linear in their length).
    public func flaggedWords(german: [String], english: [String]) throws -> [String: String] {
        let target = Array(german.joined(separator: "\n").utf8)
        let source = Array(english.joined(separator: "\n").utf8)
        guard !target.isEmpty else { return [:] }
        let report = try session.check(name: "glossary-input.de", target: target, source: source.isEmpty ? nil : ("glossary-input.en", source))
        var result: [String: String] = [:]
        for finding in report.findings where finding.severity >= .warning {
            for word in finding.text.split(whereSeparator: { !$0.isLetter && $0 != "-" }) where word.count >= 2 {
                let key = word.lowercased()
                if result[key] == nil { result[key] = "\(finding.check): \(finding.message)" }
            }
        }
        return result
    }
}
