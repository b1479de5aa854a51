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

    /// At most this many missing codes are named in the one finding that reports them; the message
    /// gives the count of all.
    static let namedMissingCodes = 10

    /// The codes of the target the source lacks are one finding each, at the code. The codes of the
    /// source missing in the target are one finding over the whole target (there is no place to point
    /// at) naming them: a finding per missing code would quote the whole target each time, so a
    /// segment losing thousands of codes gave output growing with the square of its length.
    ///
    /// - Complexity: O(n + c log c) for n scalars of the target and c codes.
    static func findings(source: BilingualSegment, target: BilingualSegment) -> [QAFinding] {
        func key(_ code: InlineCode) -> String { code.placeholder }
        var remaining: [String: Int] = [:]
        for code in source.codes { remaining[key(code), default: 0] += 1 }
        let positions = target.displayPositions
        var findings: [QAFinding] = []
        var matchedTarget: [InlineCode] = []
        for code in target.codes {
            if let count = remaining[key(code)], count > 0 {
                remaining[key(code)] = count - 1
                matchedTarget.append(code)
            } else {
                findings.append(positions.finding(check, code.displayRange, message: "inline code \(code.placeholder) is not in the source",
                                                  suggestion: ""))
            }
        }
        let missing = source.codes.filter { code in
            guard let count = remaining[key(code)], count > 0 else { return false }
            remaining[key(code)] = count - 1
            return true
        }
        // A span's opening and closing code missing together are named once ("{5}…{/5}").
        let missingKeys = Set(missing.map(key))
        var named: [String] = []
        for code in missing where !(code.kind == .close && missingKeys.contains("{\(code.id)}")) {
            if named.count == namedMissingCodes {
                named.append("…")
                break
            }
            named.append(code.kind == .open && missingKeys.contains("{/\(code.id)}") ? "\(code.placeholder)…{/\(code.id)}" : code.placeholder)
        }
        if !named.isEmpty {
            let message = named.count == 1 ? "inline code \(named[0]) of the source is missing in the target"
                : "\(missing.count) inline codes of the source are missing in the target: \(named.joined(separator: ", "))"
            findings.append(positions.finding(check, 0..<target.display.unicodeScalars.count, message: message))
        }
        if missing.isEmpty, findings.isEmpty {
            let expected = source.codes.map(key)
            if let index = matchedTarget.indices.first(where: { key(matchedTarget[$0]) != expected[$0] }) {
                let code = matchedTarget[index]
                findings.append(positions.finding(check, code.displayRange, severity: .warning,
                                                  message: "inline codes in another order than the source (\(expected.joined()))"))
            }
        }
        return findings.sorted { $0.start < $1.start }
    }
}
