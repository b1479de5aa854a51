/// A German article's QA report as a run keeps it: the findings, and the report's two files
/// (`qa/<german>.jsonl` and `.html`) rendered when the article was checked.
///
/// Why not the `QAReportDocument` itself: a document holds the analyses of both articles it
/// compares (`QAText`: every token and its word analysis, the text as Unicode scalars), and a run
/// writes its files only after the glossary, when every article has been checked. On 1,000
/// synthetic article pairs (`eval/run_bench.py --articles 1000`) holding the documents cost about
/// 115 MB of peak memory; their rendered files come to under 10 MB.
public struct RunQAReport: Sendable {
    public let name: String
    public let findings: [QAFinding]
    /// `QAJSONReport.render` of the document.
    let jsonl: [UInt8]
    /// `QAHTMLReport.render` of the document alone.
    let html: [UInt8]

    /// Renders `document`'s files; the document itself is not kept.
    public init(_ document: QAReportDocument) {
        name = document.name
        findings = document.findings
        jsonl = QAJSONReport.render(document)
        html = QAHTMLReport.render([document], checks: QARegistry.checks)
    }
}
