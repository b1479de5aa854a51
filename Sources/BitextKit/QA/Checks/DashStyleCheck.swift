/// `dash-style`: a dash typed as hyphens. "--" is never German or English typography (warning); a
/// spaced hyphen " - " is common in informal text and only noted (info).
struct DashStyleCheck: QARule {
    static let check = QACheck(
        id: "dash-style",
        title: "Dash typed as hyphens",
        explanation: """
            A double hyphen ("--") stands for a dash: write "–" (en dash, with spaces, in German) or \
            "—" (em dash, in English). A single hyphen between spaces (" - ") is noted as well, but only \
            as info, because many publications accept it.
            """,
        severity: .warning,
        targetLanguages: [.de, .en])

    func findings(in input: QAInput) -> [QAFinding] {
        let text = input.target
        let s = text.scalars
        let dash = text.language == .en ? "\u{2014}" : "\u{2013}"
        var result: [QAFinding] = []
        var index = 0
        while index < s.count {
            defer { index += 1 }
            guard s[index] == "-" else { continue }
            var end = index
            while end < s.count, s[end] == "-" { end += 1 }
            let before: Unicode.Scalar = index > 0 ? s[index - 1] : "\n"
            let after: Unicode.Scalar = end < s.count ? s[end] : "\n"
            if end - index == 2, before != "-", after != "-" {
                result.append(text.finding(Self.check, index..<end, message: "\"--\" used as a dash; write \"\(dash)\"", suggestion: dash))
            } else if end - index == 1, before == " ", after == " ", index > 0, index + 1 < s.count {
                result.append(text.finding(Self.check, index..<end, severity: .info, message: "hyphen used as a dash; typeset \"\(dash)\"", suggestion: dash))
            }
            index = end - 1
        }
        return result
    }
}
