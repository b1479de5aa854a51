/// `address-register` across a job: a job that addresses its reader formally in most units and
/// informally in a few, or the reverse (German "Sie" against "du"/"ihr", `AddressForms`).
///
/// English "you" does not say which, so machine translation decides sentence by sentence: on the
/// MQM-rated TED talks, systems that address the audience with "Sie" throughout slip into "du" in a
/// few segments, and raters mark those as register errors. One segment cannot tell, so the check runs
/// across the job (all files checked together), as `inconsistent-term` does: when one register clearly
/// dominates the job's units (`AddressForms.mix`), each unit of the other is flagged at its first
/// form. Within one text (a unit, a `--batch` record, a plain text file) `AddressRegisterCheck` does
/// the same over its sentences.
enum AddressRegisterAcrossJob {
    /// - Complexity: O(total text).
    static func findings(_ units: [(file: String, unit: BilingualUnit)], forms: AddressForms) -> [SegmentFinding] {
        guard !forms.isEmpty, let mix = AddressForms.mix(units.map { forms.uses(in: Array($0.unit.target.plain.unicodeScalars)) }) else { return [] }
        let example = units[mix.majority[0]].unit.id
        return mix.flagged.map { part, use in
            let (file, unit) = units[part]
            let finding = unit.target.finding(AddressRegisterCheck.check, unit.target.displayRange(ofPlain: use.range),
                                              message: "\(mix.kind) address \"\(use.word)\" in a job that addresses the reader \(mix.dominantManner) "
                                                  + "(\(mix.examples) in \(mix.majority.count) units, e.g. unit \(example))")
            return SegmentFinding(file: file, unit: unit, finding: finding)
        }
    }
}
