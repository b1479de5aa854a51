import Foundation

/// Findings as one self-contained HTML file (inline CSS, no scripts, no external resources): a
/// summary by check, then source and target side by side — aligned sentence by sentence when an
/// alignment exists, paragraph by paragraph otherwise — with each finding highlighted in the target
/// and its message listed under the row it belongs to.
public enum QAHTMLReport {
    public static func render(_ documents: [QAReportDocument], checks: [QACheck]) -> [UInt8] {
        var html = """
            <!DOCTYPE html>
            <html lang="de"><head><meta charset="utf-8"><title>bitext qa</title>
            <style>
            body{font:15px/1.5 system-ui,sans-serif;margin:1.5em;color:#222}
            h1{font-size:1.4em}h2{font-size:1.15em;margin-top:1.6em}
            table{border-collapse:collapse;width:100%}td,th{border:1px solid #ccc;padding:.35em .6em;vertical-align:top;text-align:left}
            table.pair td{width:50%}th{background:#f2f2f2}
            mark{border-radius:3px;padding:0 1px}mark.error{background:#f8b4b4}mark.warning{background:#fde68a}mark.info{background:#cfe3fb}
            sup{font-size:.7em;color:#555}ul.findings{margin:.3em 0 0 0;padding-left:1.2em;font-size:.9em}
            li.error{color:#a40000}li.warning{color:#7a5200}li.info{color:#1d4f91}code{background:#f4f4f4;padding:0 3px}
            </style></head><body>
            <h1>bitext qa</h1>

            """
        html += summary(documents, checks: checks)
        var number = 0
        for document in documents {
            html += "<h2>\(escape(document.name))</h2>\n"
            html += body(document, number: &number)
        }
        html += "</body></html>\n"
        return Array(html.utf8)
    }

    private static func summary(_ documents: [QAReportDocument], checks: [QACheck]) -> String {
        let findings = documents.flatMap(\.findings)
        var out = "<table class=\"summary\"><tr><th>check</th><th>title</th><th>error</th><th>warning</th><th>info</th></tr>\n"
        for check in checks {
            let mine = findings.filter { $0.check == check.id }
            guard !mine.isEmpty else { continue }
            out += "<tr><td><code>\(check.id)</code></td><td title=\"\(escape(check.explanation))\">\(escape(check.title))</td>"
            for severity in [QASeverity.error, .warning, .info] { out += "<td>\(mine.filter { $0.severity == severity }.count)</td>" }
            out += "</tr>\n"
        }
        out += "<tr><th colspan=\"2\">total</th>"
        for severity in [QASeverity.error, .warning, .info] { out += "<th>\(findings.filter { $0.severity == severity }.count)</th>" }
        return out + "</tr></table>\n"
    }

    /// The rows of one document: (source scalar range, target scalar range) pairs.
    private static func rows(_ input: QAInput) -> [(Range<Int>?, Range<Int>)] {
        let target = input.target
        if let source = input.source, !input.beads.isEmpty {
            return input.beads.map { bead in
                let s = bead.source.isEmpty ? nil : source.sentences[bead.source.lowerBound].scalars.lowerBound..<source.sentences[bead.source.upperBound - 1].scalars.upperBound
                let t = bead.target.isEmpty ? 0..<0 : target.sentences[bead.target.lowerBound].scalars.lowerBound..<target.sentences[bead.target.upperBound - 1].scalars.upperBound
                return (s, t)
            }
        }
        let targetLines = target.lineRanges.filter { !$0.isEmpty }
        let sourceLines = input.source?.lineRanges.filter { !$0.isEmpty } ?? []
        return (0..<max(targetLines.count, sourceLines.count)).map { index in
            (index < sourceLines.count ? sourceLines[index] : (input.source == nil ? nil : 0..<0),
             index < targetLines.count ? targetLines[index] : 0..<0)
        }
    }

    private static func body(_ document: QAReportDocument, number: inout Int) -> String {
        let input = document.input
        var out = document.relation.map { "<p class=\"relation\">Source treated as \(escape($0.summary)).</p>\n" } ?? ""
        out += "<table class=\"pair\">"
        out += input.source != nil ? "<tr><th>source: \(escape(input.source?.name ?? ""))</th><th>target: \(escape(input.target.name))</th></tr>\n" : ""
        var remaining = document.findings[...]
        for (sourceRange, targetRange) in rows(input) {
            let inRow = remaining.prefix { $0.start < targetRange.upperBound }
            remaining = remaining.dropFirst(inRow.count)
            out += "<tr>"
            if input.source != nil {
                out += "<td>\(sourceRange.map { escape(input.source?.string($0) ?? "") } ?? "")</td>"
            }
            out += "<td>" + highlighted(input.target, targetRange, Array(inRow), number: number)
            if !inRow.isEmpty {
                out += "<ul class=\"findings\">"
                for finding in inRow {
                    number += 1
                    let suggestion = finding.suggestion.map { $0.isEmpty ? " — delete" : " — suggestion: <code>\(escape($0))</code>" } ?? ""
                    out += "<li class=\"\(finding.severity.rawValue)\"><b>\(number)</b> \(finding.line):\(finding.column) \(finding.severity.rawValue) [\(finding.check)] \(escape(finding.message))\(suggestion)</li>"
                }
                out += "</ul>"
            }
            out += "</td></tr>\n"
        }
        return out + "</table>\n"
    }

    /// The target range with the findings' spans wrapped in <mark>. Where findings overlap (a
    /// spacing artifact inside an added sentence) each character is marked by the narrowest finding
    /// covering it; a zero-width finding (an omission) is a numbered caret at its position.
    ///
    /// - Complexity: O(n · f) for n characters and f findings in the row.
    private static func highlighted(_ text: QAText, _ range: Range<Int>, _ findings: [QAFinding], number: Int) -> String {
        var owner = [Int](repeating: -1, count: range.count)
        for (index, finding) in findings.enumerated() {
            let width = finding.end - finding.start
            for position in max(finding.start, range.lowerBound)..<max(max(finding.start, range.lowerBound), min(finding.end, range.upperBound)) {
                let current = owner[position - range.lowerBound]
                if current < 0 || width < findings[current].end - findings[current].start { owner[position - range.lowerBound] = index }
            }
        }
        var out = ""
        var position = range.lowerBound
        while position <= range.upperBound {
            for (index, finding) in findings.enumerated() where finding.start == finding.end && finding.start == position {
                out += "<mark class=\"\(finding.severity.rawValue)\" title=\"[\(finding.check)] \(escape(finding.message))\">&#x2038;</mark><sup>\(number + index + 1)</sup>"
            }
            guard position < range.upperBound else { break }
            let current = owner[position - range.lowerBound]
            var end = position + 1
            while end < range.upperBound, owner[end - range.lowerBound] == current { end += 1 }
            let piece = escape(text.string(position..<end))
            if current < 0 {
                out += piece
            } else {
                let finding = findings[current]
                out += "<mark class=\"\(finding.severity.rawValue)\" title=\"[\(finding.check)] \(escape(finding.message))\">\(piece)</mark>"
                if end >= min(finding.end, range.upperBound) { out += "<sup>\(number + current + 1)</sup>" }
            }
            position = end
        }
        return out
    }

    /// XML escaping, with line breaks kept visible as `<br>`.
    static func escape(_ text: String) -> String {
        XMLEscaper.text(text).replacingOccurrences(of: "\n", with: "<br>")
    }
}
