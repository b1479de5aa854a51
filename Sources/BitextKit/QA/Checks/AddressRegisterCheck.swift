/// `address-register`: a text that addresses its reader formally in most sentences and informally in
/// a few, or the reverse (German "Sie" against "du"/"ihr", `AddressForms`).
///
/// English "you" gives no register, so machine translation picks one sentence by sentence; a German
/// text keeps one. Within one text (a plain text file, a `--batch` record, a unit of a bilingual
/// file) the parts compared are its sentences; when one register clearly dominates
/// (`AddressForms.mix`), each sentence of the other is flagged at its first form. Across the units of
/// a bilingual job, where one segment is too short to show a switch, `AddressRegisterAcrossJob` does
/// the same over the units. Quoted speech does not count.
struct AddressRegisterCheck: QARule {
    static let check = QACheck(
        id: "address-register",
        title: "Formal and informal address mixed",
        explanation: """
            Most sentences of the text, or most units of a bilingual job (all files checked together), \
            address the reader one way ("Sie") and this one the other ("du", "ihr"), or the reverse. \
            Machine translation picks a register for English "you" sentence by sentence; a text keeps \
            one. Quoted speech does not count, and a text split about evenly is not judged.
            """,
        severity: .warning, targetLanguages: [.de])

    let forms: AddressForms

    /// - Complexity: O(n) for a text of n scalars.
    func findings(in input: QAInput) -> [QAFinding] {
        let text = input.target
        guard !forms.isEmpty, text.sentences.count >= 2 else { return [] }
        var perSentence = [[AddressForms.Use]](repeating: [], count: text.sentences.count)
        var sentence = 0
        for use in forms.uses(in: text.scalars) {
            while sentence + 1 < text.sentences.count, text.sentences[sentence].scalars.upperBound <= use.range.lowerBound { sentence += 1 }
            perSentence[sentence].append(use)
        }
        guard let mix = AddressForms.mix(perSentence) else { return [] }
        return mix.flagged.map { _, use in
            text.finding(Self.check, use.range, message: "\(mix.kind) address \"\(use.word)\" in a text that addresses the reader "
                + "\(mix.dominantManner) (\(mix.examples) in \(mix.majority.count) sentences)")
        }
    }
}
