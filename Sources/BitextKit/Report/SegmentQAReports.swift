/// The reports of `bitext qa` on bilingual files (`SegmentQA`): every finding names its file and unit,
/// and shows the target as the reviser sees it, inline codes as placeholders.
public enum SegmentQAReport {
    /// Compiler-style lines: `file:line: severity: [check] unit ID: message`, the unit's line in the file,
    /// then the target with the flagged span marked.
    public static func text(_ findings: [SegmentFinding]) -> [UInt8] {
        var out = ""
        for item in findings {
            let finding = item.finding
            out += "\(item.file):\(item.unit.line): \(finding.severity.rawValue): [\(finding.check)] unit \(item.unit.id): \(finding.message)\n"
            let scalars = Array(item.unit.target.display.unicodeScalars)
            var lineStart = 0
            var lineEnd = scalars.count
            for index in stride(from: min(finding.start, scalars.count) - 1, through: 0, by: -1) where scalars[index] == "\n" {
                lineStart = index + 1
                break
            }
            if let newline = scalars[min(finding.start, scalars.count)...].firstIndex(of: "\n") { lineEnd = newline }
            var line = ""
            line.unicodeScalars.append(contentsOf: scalars[lineStart..<lineEnd])
            var marker = ""
            for index in lineStart..<min(finding.start, lineEnd) { marker.unicodeScalars.append(scalars[index] == "\t" ? "\t" : " ") }
            marker += "^" + String(repeating: "~", count: max(1, min(finding.end, lineEnd) - finding.start) - 1)
            out += "    \(line)\n    \(marker)\n"
            if let suggestion = finding.suggestion {
                out += suggestion.isEmpty ? "    suggestion: delete it\n" : "    suggestion: \(suggestion)\n"
            }
        }
        return Array(out.utf8)
    }

    /// One JSON object per finding: {"file", "unit", "hash", "check", "severity", "line", "column",
    /// "start", "end", "text", "message", "suggestion", "source", "target"}. Offsets and line/column are
    /// in the target as shown. Each line is also a valid suppression record (`Suppressions`).
    public static func jsonl(_ findings: [SegmentFinding]) -> [UInt8] {
        var out: [UInt8] = []
        for item in findings {
            let finding = item.finding
            var line = JSONLine()
            line.field("file", item.file)
            line.field("unit", item.unit.id)
            line.field("hash", item.pairHash)
            QAJSONReport.fields(of: finding, into: &line)
            line.field("source", item.unit.source.display)
            line.field("target", item.unit.target.display)
            out.append(contentsOf: line.finished())
        }
        return out
    }

    /// RFC 4180 CSV with a header row, the columns revisers load into a spreadsheet.
    public static func csv(_ findings: [SegmentFinding]) -> [UInt8] {
        var out = "file,unit,check,severity,source,target,flagged,message,suggestion\r\n"
        for item in findings {
            let finding = item.finding
            let fields = [item.file, item.unit.id, finding.check, finding.severity.rawValue, item.unit.source.display,
                          item.unit.target.display, finding.text, finding.message, finding.suggestion ?? ""]
            out += fields.map(GlossaryCSV.quote).joined(separator: ",") + "\r\n"
        }
        return Array(out.utf8)
    }

    /// One self-contained page: a summary per check, then a table of findings with the flagged span
    /// marked in the target.
    public static func html(_ findings: [SegmentFinding], checks: [QACheck], summary: String) -> [UInt8] {
        var html = """
            <!DOCTYPE html>
            <html><head><meta charset="utf-8"><title>bitext qa</title>
            <style>
            body{font:15px/1.5 system-ui,sans-serif;margin:1.5em;color:#222}h1{font-size:1.4em}
            table{border-collapse:collapse;width:100%}td,th{border:1px solid #ccc;padding:.35em .6em;vertical-align:top;text-align:left}
            th{background:#f2f2f2}mark{border-radius:3px;padding:0 1px}mark.error{background:#f8b4b4}mark.warning{background:#fde68a}
            mark.info{background:#cfe3fb}td.error{color:#a40000}td.warning{color:#7a5200}td.info{color:#1d4f91}
            </style></head><body>
            <h1>bitext qa</h1>

            """
        html += "<p>\(escape(summary))</p>\n<table><tr><th>check</th><th>title</th><th>findings</th></tr>\n"
        for check in checks {
            let count = findings.filter { $0.finding.check == check.id }.count
            if count > 0 { html += "<tr><td><code>\(check.id)</code></td><td>\(escape(check.title))</td><td>\(count)</td></tr>\n" }
        }
        html += "</table>\n<h2>Findings</h2>\n<table><tr><th>file</th><th>unit</th><th>check</th><th>source</th><th>target</th><th>message</th></tr>\n"
        for item in findings {
            let finding = item.finding
            let scalars = Array(item.unit.target.display.unicodeScalars)
            func part(_ range: Range<Int>) -> String {
                var text = ""
                text.unicodeScalars.append(contentsOf: scalars[min(range.lowerBound, scalars.count)..<min(range.upperBound, scalars.count)])
                return escape(text)
            }
            let severity = finding.severity.rawValue
            let target = part(0..<finding.start) + "<mark class=\"\(severity)\">" + part(finding.start..<finding.end) + "</mark>"
                + part(finding.end..<scalars.count)
            var message = escape(finding.message)
            if let suggestion = finding.suggestion { message += "<br>suggestion: " + (suggestion.isEmpty ? "delete it" : escape(suggestion)) }
            html += "<tr><td>\(escape(item.file))</td><td>\(escape(item.unit.id))</td><td class=\"\(severity)\">\(finding.check)</td>"
                + "<td>\(escape(item.unit.source.display))</td><td>\(target)</td><td>\(message)</td></tr>\n"
        }
        html += "</table>\n</body></html>\n"
        return Array(html.utf8)
    }

    /// "12 finding(s) in 40 units: …; 3 suppressed; 2 units skipped (state); 1 without a target".
    public static func summary(_ report: SegmentQA.Report) -> String {
        var line = QATextReport.summary(report.findings.map(\.finding)) + " in \(report.checkedUnits) unit(s)"
        if report.suppressed > 0 { line += "; \(report.suppressed) suppressed" }
        if report.skippedByState > 0 { line += "; \(report.skippedByState) unit(s) skipped for their state" }
        if report.emptyTargets > 0 { line += "; \(report.emptyTargets) unit(s) without a target not checked" }
        return line
    }

    private static func escape(_ text: String) -> String {
        XMLEscaper.text(text).replacingOccurrences(of: "\n", with: "<br>")
    }
}
