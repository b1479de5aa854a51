/// `address-register`: a job that addresses its reader formally in most units and informally in a
/// few, or the reverse (German "Sie" against "du"/"ihr", `AddressForms`).
///
/// English "you" does not say which, so machine translation decides sentence by sentence: on the
/// MQM-rated TED talks, systems that address the audience with "Sie" throughout slip into "du" in a
/// few segments, and raters mark those as register errors. A unit alone cannot tell, so the check
/// runs across the job (all files checked together), as `inconsistent-term` does: when one register
/// clearly dominates, each unit of the other is flagged at its first form. Clearly: in at least
/// `minimumMajority` units and `dominance` times as many units as the other. A job split more
/// evenly says nothing about which register it meant, and some texts address several people (a
/// thread of posts: "Ihren Thread" to one poster, "euch" to the others); it gets no finding. Quoted
/// speech is left out (`AddressForms.uses`).
enum AddressRegisterAcrossJob {
    static let check = QACheck(
        id: "address-register",
        title: "Formal and informal address mixed",
        explanation: """
            Most units of the job (all files checked together) address the reader one way ("Sie") and \
            this unit the other ("du", "ihr"), or the reverse. Machine translation picks a register for \
            English "you" sentence by sentence; a text keeps one. Quoted speech does not count.
            """,
        severity: .warning, targetLanguages: [.de])

    /// The fewest units the job's register must be used in before the others are flagged.
    static let minimumMajority = 2
    /// How many times as many units the job's register must have as the other. On the development
    /// half of the MQM TED talks, raters marked 10 of the 28 switches this leaves out (systems that
    /// switched in more than a third of their addressing units) and 19 of the 30 it keeps; a WMT24
    /// social thread addresses one poster formally and the others informally.
    static let dominance = 2

    /// - Complexity: O(total text).
    static func findings(_ units: [(file: String, unit: BilingualUnit)], forms: AddressForms) -> [SegmentFinding] {
        guard !forms.isEmpty else { return [] }
        let uses = units.map { forms.uses(in: Array($0.unit.target.plain.unicodeScalars)) }
        func unitsUsing(_ register: AddressForms.Register) -> [Int] {
            uses.indices.filter { uses[$0].contains { $0.register == register } }
        }
        let formal = unitsUsing(.formal)
        let informal = unitsUsing(.informal)
        let (fewer, more) = (min(formal.count, informal.count), max(formal.count, informal.count))
        guard fewer > 0, more >= minimumMajority, more >= dominance * fewer else { return [] }
        let (majority, minority, register): ([Int], [Int], AddressForms.Register) =
            formal.count > informal.count ? (formal, informal, .informal) : (informal, formal, .formal)
        let example = units[majority[0]].unit.id
        let majorityWords = Set(majority.flatMap { unit in uses[unit].filter { $0.register != register }.map { $0.word } }).sorted()
        let quoted = majorityWords.prefix(3).map { "\"\($0)\"" }.joined(separator: ", ")
        return minority.compactMap { index in
            guard let use = uses[index].first(where: { $0.register == register }) else { return nil }
            let (file, unit) = units[index]
            let kind = register == .informal ? "informal" : "formal"
            let jobKind = register == .informal ? "formally" : "informally"
            let finding = unit.target.finding(check, unit.target.displayRange(ofPlain: use.range),
                                              message: "\(kind) address \"\(use.word)\" in a job that addresses the reader \(jobKind) "
                                                  + "(\(quoted) in \(majority.count) units, e.g. unit \(example))")
            return SegmentFinding(file: file, unit: unit, finding: finding)
        }
    }
}
