/// The reports of `bitext qa` on bilingual files (`SegmentQA`): every finding names its file and unit,
/// and shows the target as the reviser sees it, inline codes as placeholders.
public enum SegmentQAReport {
    /// Compiler-style lines: `file:line: severity: [check] unit ID: message`, the unit's line in the file,
    /// then the target with the flagged span marked (cut, as `QATextReport` cuts it, to `QATextReport.context`
    /// scalars either side, so that thousands of findings on one long segment give output linear in them).
    public static func text(_ findings: [SegmentFinding]) -> [UInt8] {
        var out = ""
        var last: (file: String, unit: String, scalars: [Unicode.Scalar])?
        for item in findings {
            let finding = item.finding
            out += "\(item.file):\(item.unit.line): \(finding.severity.rawValue): [\(finding.check)] unit \(item.unit.id): \(finding.message)\n"
            // A unit's findings come together: its scalars are made once for all of them.
            if last == nil || last?.file != item.file || last?.unit != item.unit.id {
                last = (item.file, item.unit.id, Array(item.unit.target.display.unicodeScalars))
            }
            let scalars = last?.scalars ?? []
            let start = min(finding.start, scalars.count)
            var lineStart = 0
            var lineEnd = scalars.count
            for index in stride(from: start - 1, through: max(0, start - QATextReport.context - 1), by: -1) where scalars[index] == "\n" {
                lineStart = index + 1
                break
            }
            lineStart = max(lineStart, start - QATextReport.context)
            let end = min(max(finding.end, start), start + QATextReport.context)
            if let newline = scalars[start..<min(scalars.count, end + QATextReport.context)].firstIndex(of: "\n") {
                lineEnd = newline
            } else {
                lineEnd = min(scalars.count, end + QATextReport.context)
            }
            var line = ""
            line.unicodeScalars.append(contentsOf: scalars[lineStart..<lineEnd])
            var marker = ""
            for index in lineStart..<min(start, lineEnd) { marker.unicodeScalars.append(scalars[index] == "\t" ? "\t" : " ") }
            marker += "^" + String(repeating: "~", count: max(1, min(end, lineEnd) - start) - 1)
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
    ///
    /// - Complexity: O(f + u) for f findings and u units' text: source and target are shown up to
    ///   `shownLength` scalars (a unit of 16,000 brackets has 16,000
    ///   findings, and repeating its whole text on each line made a 16 KB file a 257 MB report).
    public static func jsonl(_ findings: [SegmentFinding]) -> [UInt8] {
        var out: [UInt8] = []
        var unit: (file: String, id: String, source: String, target: String)?
        for item in findings {
            if unit == nil || unit?.file != item.file || unit?.id != item.unit.id {
                unit = (item.file, item.unit.id, shown(item.unit.source.display), shown(item.unit.target.display))
            }
            guard let unit else { continue }
            var line = JSONLine()
            line.field("file", item.file)
            line.field("unit", item.unit.id)
            line.field("hash", item.pairHash)
            QAJSONReport.fields(of: item.finding, into: &line)
            line.field("source", unit.source)
            line.field("target", unit.target)
            out.append(contentsOf: line.finished())
        }
        return out
    }

    /// Source and target in a per-finding report line are cut to this many scalars (with "…"): enough
    /// to recognize any real segment, bounded for a pathological one.
    static let shownLength = 2_000

    /// `text` cut to `shownLength` scalars.
    static func shown(_ text: String) -> String {
        guard text.unicodeScalars.count > shownLength else { return text }
        var cut = String.UnicodeScalarView()
        cut.append(contentsOf: text.unicodeScalars.prefix(shownLength))
        return String(cut) + "…"
    }

    /// RFC 4180 CSV with a header row, the columns revisers load into a spreadsheet.
    public static func csv(_ findings: [SegmentFinding]) -> [UInt8] {
        var out = "file,unit,check,severity,source,target,flagged,message,suggestion\r\n"
        for item in findings {
            let finding = item.finding
            let fields = [item.file, item.unit.id, finding.check, finding.severity.rawValue, shown(item.unit.source.display),
                          shown(item.unit.target.display), finding.text, finding.message, finding.suggestion ?? ""]
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
