/// Findings as JSONL, one object per finding with keys in a fixed order:
/// {"file" or "id", "check", "severity", "line", "column", "start", "end", "text", "message", "suggestion"}.
/// `start`/`end` are 0-based Unicode scalar offsets into the target; "suggestion" is omitted when none.
public enum QAJSONReport {
    public static func render(_ document: QAReportDocument) -> [UInt8] {
        var out: [UInt8] = []
        for finding in document.findings {
            var line = JSONLine()
            if let id = document.recordID {
                line.field("id", raw: id)
            } else {
                line.field("file", document.name)
            }
            fields(of: finding, into: &line)
            out.append(contentsOf: line.finished())
        }
        return out
    }

    /// A finding's own fields, the same in every JSONL report (files, batch records, CAT-file units):
    /// check, severity, line, column, start, end, text, message and the suggestion if any.
    static func fields(of finding: QAFinding, into line: inout JSONLine) {
        line.field("check", finding.check)
        line.field("severity", finding.severity.rawValue)
        line.field("line", finding.line)
        line.field("column", finding.column)
        line.field("start", finding.start)
        line.field("end", finding.end)
        line.field("text", finding.text)
        line.field("message", finding.message)
        if let suggestion = finding.suggestion { line.field("suggestion", suggestion) }
    }
}
