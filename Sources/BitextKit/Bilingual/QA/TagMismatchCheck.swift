/// `tag-mismatch`: an inline code of the source (bold, a link, a placeholder of the original file)
/// missing, added or moved in the target. A missing or surplus code breaks the translated file
/// (unbalanced formatting, a lost link or variable); a different order is sometimes what the target
/// language's word order needs, so it is a warning.
enum TagMismatchCheck {
    static let check = QACheck(
        id: "tag-mismatch",
        title: "Inline code missing, added or reordered",
        explanation: "An inline code of the source (formatting, a link, a placeholder) is missing in the target, the target has one the source has not, or the codes come in another order. Missing and added codes are errors: the translated file loses formatting or breaks. Another order is a warning, as word order may require it. Codes are shown as {1} (opening or standalone) and {/1} (closing).",
        severity: .error, needsSource: true)

    /// - Complexity: O(c log c) in the number of codes.
    static func findings(source: BilingualSegment, target: BilingualSegment) -> [QAFinding] {
        func key(_ code: InlineCode) -> String { code.placeholder }
        var remaining: [String: Int] = [:]
        for code in source.codes { remaining[key(code), default: 0] += 1 }
        var findings: [QAFinding] = []
        var matchedTarget: [InlineCode] = []
        for code in target.codes {
            if let count = remaining[key(code)], count > 0 {
                remaining[key(code)] = count - 1
                matchedTarget.append(code)
            } else {
                findings.append(target.finding(check, code.displayRange, message: "inline code \(code.placeholder) is not in the source",
                                               suggestion: ""))
            }
        }
        let missing = source.codes.filter { code in
            guard let count = remaining[key(code)], count > 0 else { return false }
            remaining[key(code)] = count - 1
            return true
        }
        // A span's opening and closing code missing together are one finding ("{5}…{/5}").
        let whole = 0..<target.display.unicodeScalars.count
        let missingKeys = Set(missing.map(key))
        for code in missing where !(code.kind == .close && missingKeys.contains("{\(code.id)}")) {
            let shown = code.kind == .open && missingKeys.contains("{/\(code.id)}") ? "\(code.placeholder)…{/\(code.id)}" : code.placeholder
            findings.append(target.finding(check, whole, message: "inline code \(shown) of the source is missing in the target"))
        }
        if missing.isEmpty, findings.isEmpty {
            let expected = source.codes.map(key)
            if let index = matchedTarget.indices.first(where: { key(matchedTarget[$0]) != expected[$0] }) {
                let code = matchedTarget[index]
                findings.append(target.finding(check, code.displayRange, severity: .warning,
                                               message: "inline codes in another order than the source (\(expected.joined()))"))
            }
        }
        return findings.sorted { $0.start < $1.start }
    }
}
