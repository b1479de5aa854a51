/// Findings as compiler-style diagnostics, one block per finding:
///
/// ```
/// de.txt:1:5: error: [spacing-artifact] stray space before the hyphen; write "EU-Kommission"
///     Die EU -Kommission tagt
///         ^~~~~~~~~~~~~~
/// ```
///
/// The quoted line is cut to `context` scalars either side of the finding (marked "…"), so that a
/// pathological line (thousands of findings on one 40 KB line) gives output linear in the findings, not
/// findings × line length; ordinary paragraphs are quoted whole.
public enum QATextReport {
    /// Scalars of the line quoted before and after a finding, and at most of the finding itself.
    static let context = 400

    public static func render(_ document: QAReportDocument) -> [UInt8] {
        var out = ""
        let text = document.input.target
        for finding in document.findings {
            out += "\(document.name):\(finding.line):\(finding.column): \(finding.severity.rawValue): [\(finding.check)] \(finding.message)\n"
            let line = text.lineRange(containing: finding.start)
            let start = min(max(finding.start, line.lowerBound), line.upperBound)
            let end = min(finding.end, line.upperBound, start + context)
            let shown = max(line.lowerBound, start - context)..<min(line.upperBound, max(end, start) + context)
            var marker = shown.lowerBound > line.lowerBound ? " " : ""
            for index in shown.lowerBound..<start {
                marker.unicodeScalars.append(text.scalars[index] == "\t" ? "\t" : " ")
            }
            let width = max(1, end - start)
            marker += "^" + String(repeating: "~", count: width - 1)
            let quoted = (shown.lowerBound > line.lowerBound ? "…" : "") + text.string(shown) + (shown.upperBound < line.upperBound ? "…" : "")
            out += "    " + quoted + "\n    " + marker + "\n"
            if let suggestion = finding.suggestion {
                out += suggestion.isEmpty ? "    suggestion: delete it\n" : "    suggestion: \(suggestion)\n"
            }
        }
        return Array(out.utf8)
    }

    /// "3 findings: 1 error, 2 warnings, 0 info" for standard error.
    public static func summary(_ findings: [QAFinding]) -> String {
        let counts = QASeverity.allCases.reversed().map { severity in (severity, findings.filter { $0.severity == severity }.count) }
        return "\(findings.count) finding(s): " + counts.map { "\($0.1) \($0.0.rawValue)" }.joined(separator: ", ")
    }
}
