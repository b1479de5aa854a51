/// One change the normalizer made, pointing back into the original input.
///
/// Edits are the normalizer's audit trail ("nothing is removed silently") and, for artifact rules
/// such as `detokenization-space`, exactly what the QA pass reports.
public struct NormalizationEdit: Sendable, Equatable, Codable {
    /// The rule's stable id, e.g. "detokenization-space".
    public let rule: String
    /// 0-based Unicode scalar range in the original input that the edit replaced.
    public let start: Int
    public let end: Int
    /// 1-based line and column of `start` in the original input.
    public let line: Int
    public let column: Int
    /// The text as this rule saw it (earlier rules may already have changed it) and what replaced it.
    public let before: String
    public let after: String
}
