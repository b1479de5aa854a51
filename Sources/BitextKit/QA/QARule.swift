/// The implementation of one declared check: given a QA input, its findings.
protocol QARule {
    func findings(in input: QAInput) -> [QAFinding]
}

/// A registry entry: a check's declaration and how to build its implementation from the session's
/// services, handing it only those it names.
struct QARegistryEntry: Sendable {
    let check: QACheck
    let make: @Sendable (QAResources) throws -> any QARule
}
