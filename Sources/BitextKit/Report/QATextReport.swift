/// Findings as compiler-style diagnostics, one block per finding:
///
/// ```
/// de.txt:1:5: error: [spacing-artifact] stray space before the hyphen; write "US-amerikanischen"
///     Die US -amerikanischen Diplomaten
///         ^~~~~~~~~~~~~~~~~~
/// ```
public enum QATextReport {
    public static func render(_ document: QAReportDocument) -> [UInt8] {
        var out = ""
        let text = document.input.target
        for finding in document.findings {
            out += "\(document.name):\(finding.line):\(finding.column): \(finding.severity.rawValue): [\(finding.check)] \(finding.message)\n"
            let line = text.lineRange(containing: finding.start)
            var marker = ""
            for index in line.lowerBound..<min(finding.start, line.upperBound) {
                marker.unicodeScalars.append(text.scalars[index] == "\t" ? "\t" : " ")
            }
            let width = max(1, min(finding.end, line.upperBound) - finding.start)
            marker += "^" + String(repeating: "~", count: width - 1)
            out += "    " + text.string(line) + "\n    " + marker + "\n"
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
