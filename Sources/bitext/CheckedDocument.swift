import BitextKit

/// What `bitext qa` keeps of one checked document until the report is written: its findings (for the
/// summary and the exit status), how its source was treated, and either its report already rendered
/// or, for a report that needs every document at once (HTML), the document itself with its texts.
struct CheckedDocument: Sendable {
    let name: String
    let findings: [QAFinding]
    let relation: RelationDecision?
    let rendered: [UInt8]
    let document: QAReportDocument?

    init(_ document: QAReportDocument, render: (@Sendable (QAReportDocument) -> [UInt8])?) {
        name = document.name
        findings = document.findings
        relation = document.relation
        rendered = render?(document) ?? []
        self.document = render == nil ? document : nil
    }
}
