/// `encoding-damage`: characters lost or garbled between encoders ("Ã¤" for "ä", "⁇ rzte" for
/// "Ärzte"); see `EncodingDamageDetector`. A reader sees broken text, so it is an error.
struct EncodingDamageCheck: QARule {
    static let check = QACheck(
        id: "encoding-damage",
        title: "Garbled or lost characters",
        explanation: """
            UTF-8 text read in the wrong encoding ("fÃ¼r" → "für", "â€žJaâ€œ" → "„Ja“"), or a mark standing \
            for a character the translation system or a decoder could not produce ("⁇ rzte", "Stra�e"). \
            The repaired text is suggested where the damage can be undone.
            """,
        severity: .error)

    private let detector = EncodingDamageDetector()

    func findings(in input: QAInput) -> [QAFinding] {
        let text = input.target
        return detector.damages(in: text.scalars).map { damage in
            if let repair = damage.repair {
                return text.finding(Self.check, damage.range,
                                    message: "UTF-8 read in the wrong encoding: \"\(text.string(damage.range))\" stands for \"\(repair)\"",
                                    suggestion: repair)
            }
            return text.finding(Self.check, damage.range, message: "a character was lost here (a decoder's or translation system's stand-in mark)")
        }
    }
}
