/// One checked text as the reports see it: the name to print (a file or a batch record id), the
/// texts and their findings.
public struct QAReportDocument: Sendable {
    public let name: String
    /// The batch record id as raw JSON (kept exactly as given), nil for files.
    public let recordID: [UInt8]?
    public let input: QAInput
    public let findings: [QAFinding]
    /// How the source was treated when the session decided it per document (`TextRelation.auto`).
    public let relation: RelationDecision?

    public init(name: String, recordID: [UInt8]? = nil, input: QAInput, findings: [QAFinding], relation: RelationDecision? = nil) {
        self.name = name
        self.recordID = recordID
        self.input = input
        self.findings = findings
        self.relation = relation
    }
}
