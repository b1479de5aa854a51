/// `dash-style`: a dash typed as hyphens. "--" is never German or English typography (warning); a
/// spaced hyphen " - " is common in informal text and only noted (info).
///
/// A "--" whose source has "--" as well was carried over from the source's own typing (subtitles
/// and transcripts type dashes so): a house-style matter, noted (info). On MQM-annotated TED output,
/// where every source has them, raters marked 35% of such dashes.
struct DashStyleCheck: QARule {
    static let check = QACheck(
        id: "dash-style",
        title: "Dash typed as hyphens",
        explanation: """
            A double hyphen ("--") stands for a dash: write "–" (en dash, with spaces, in German) or \
            "—" (em dash, in English). When the source types its dashes as "--" too, or for a single \
            hyphen between spaces (" - "), it is only a note (info): a matter of house style.
            """,
        severity: .warning,
        targetLanguages: [.de, .en])

    func findings(in input: QAInput) -> [QAFinding] {
        let text = input.target
        let s = text.scalars
        let dash = text.language == .en ? "\u{2014}" : "\u{2013}"
        let copied = input.source.map { Self.hasDoubleHyphen($0.scalars) } ?? false
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
                result.append(text.finding(Self.check, index..<end, severity: copied ? .info : nil,
                                           message: "\"--\" used as a dash" + (copied ? " (as in the source)" : "") + "; write \"\(dash)\"",
                                           suggestion: dash))
            } else if end - index == 1, before == " ", after == " ", index > 0, index + 1 < s.count {
                result.append(text.finding(Self.check, index..<end, severity: .info, message: "hyphen used as a dash; typeset \"\(dash)\"", suggestion: dash))
            }
            index = end - 1
        }
        return result
    }

    private static func hasDoubleHyphen(_ scalars: [Unicode.Scalar]) -> Bool {
        scalars.indices.dropLast().contains { scalars[$0] == "-" && scalars[$0 + 1] == "-" }
    }
}
