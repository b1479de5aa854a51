@testable import BitextKit
import Testing

@Suite struct ChecklistTests {
    /// Every match of a forbidden word is placed in the reviser's view, past the placeholders of the
    /// inline codes before it, and quoted as written there (the matches' offsets are counted on from one
    /// to the next, so a unit of many matches costs one pass).
    @Test func forbiddenWordsArePlacedPastInlineCodes() throws {
        let checklist = try Checklist(TextFile(name: "rules.tsv", string: "forbid\tAmtskollege\t\twarning\tterm\n"))
        var target = SegmentBuilder()
        target.text("Der Amtskollege ")
        target.code("1", .open)
        target.text("kam, ")
        target.code("1", .close)
        target.text("der Amtskollege ging.")
        let unit = BilingualUnit(id: "u1", source: BilingualSegment(display: "The counterpart", plain: "The counterpart", codes: []),
                                 target: target.segment, state: .translated, line: 1, entry: 1)
        let findings = checklist.findings(unit)
        #expect(findings.map(\.start) == [4, 32])
        #expect(findings.map(\.text) == ["Amtskollege", "Amtskollege"])
    }
}
